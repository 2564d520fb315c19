package dev.mbx.sandbox;

import static dev.mbx.sandbox.JsonBody.decimal8;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mbx.sandbox.OrderEnums.RespType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of Binance's REST answers (rest-api.md samples), field for field. */
final class Responses {
  private static final String[] ORDER_TYPES = {"LIMIT", "LIMIT_MAKER", "MARKET"};

  private Responses() {}

  static JsonBody serverTime(long now) {
    return g -> {
      g.writeStartObject();
      g.writeNumberField("serverTime", now);
      g.writeEndObject();
    };
  }

  static JsonBody exchangeInfo(long now, List<SymbolSpec> symbols) {
    return exchangeInfo(now, symbols, RateLimits.BINANCE.advertised());
  }

  static JsonBody exchangeInfo(
      long now, List<SymbolSpec> symbols, List<RateLimits.Advertised> rateLimits) {
    return g -> {
      g.writeStartObject();
      g.writeStringField("timezone", "UTC");
      g.writeNumberField("serverTime", now);
      g.writeArrayFieldStart("rateLimits");
      for (RateLimits.Advertised limit : rateLimits) {
        rateLimit(g, limit.type(), limit.interval(), limit.intervalNum(), limit.limit());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("exchangeFilters");
      g.writeEndArray();
      g.writeArrayFieldStart("symbols");
      for (SymbolSpec spec : symbols) {
        symbol(g, spec);
      }
      g.writeEndArray();
      g.writeEndObject();
    };
  }

  private static void rateLimit(JsonGenerator g, String type, String interval, int num, int limit)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("rateLimitType", type);
    g.writeStringField("interval", interval);
    g.writeNumberField("intervalNum", num);
    g.writeNumberField("limit", limit);
    g.writeEndObject();
  }

  private static void symbol(JsonGenerator g, SymbolSpec spec) throws IOException {
    g.writeStartObject();
    g.writeStringField("symbol", spec.symbol());
    g.writeStringField("status", "TRADING");
    g.writeStringField("baseAsset", spec.baseAsset());
    g.writeNumberField("baseAssetPrecision", SymbolSpec.PRECISION);
    g.writeStringField("quoteAsset", spec.quoteAsset());
    g.writeNumberField("quotePrecision", SymbolSpec.PRECISION);
    g.writeNumberField("quoteAssetPrecision", SymbolSpec.PRECISION);
    g.writeNumberField("baseCommissionPrecision", SymbolSpec.PRECISION);
    g.writeNumberField("quoteCommissionPrecision", SymbolSpec.PRECISION);
    g.writeFieldName("orderTypes");
    g.writeArray(ORDER_TYPES, 0, ORDER_TYPES.length);
    symbolFlags(g);
    filters(g, spec);
    g.writeArrayFieldStart("permissions");
    g.writeEndArray();
    g.writeArrayFieldStart("permissionSets");
    g.writeStartArray();
    g.writeString("SPOT");
    g.writeEndArray();
    g.writeEndArray();
    g.writeStringField("defaultSelfTradePreventionMode", "NONE");
    g.writeArrayFieldStart("allowedSelfTradePreventionModes");
    g.writeString("NONE");
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * What the sandbox can do: plain LIMIT/MARKET/LIMIT_MAKER, quote-quantity MARKET, nothing else.
   */
  private static void symbolFlags(JsonGenerator g) throws IOException {
    g.writeBooleanField("icebergAllowed", false);
    g.writeBooleanField("ocoAllowed", false);
    g.writeBooleanField("otoAllowed", false);
    g.writeBooleanField("opoAllowed", false);
    g.writeBooleanField("quoteOrderQtyMarketAllowed", true);
    g.writeBooleanField("allowTrailingStop", false);
    g.writeBooleanField("cancelReplaceAllowed", false);
    g.writeBooleanField("amendAllowed", false);
    g.writeBooleanField("pegInstructionsAllowed", false);
    g.writeBooleanField("isSpotTradingAllowed", true);
    g.writeBooleanField("isMarginTradingAllowed", false);
  }

  private static void filters(JsonGenerator g, SymbolSpec spec) throws IOException {
    g.writeArrayFieldStart("filters");
    g.writeStartObject();
    g.writeStringField("filterType", "PRICE_FILTER");
    g.writeStringField("minPrice", decimal8(spec.minPrice()));
    g.writeStringField("maxPrice", decimal8(spec.maxPrice()));
    g.writeStringField("tickSize", decimal8(spec.tickSize()));
    g.writeEndObject();
    lot(g, "LOT_SIZE", spec.minQty(), spec.maxQty(), spec.stepSize());
    lot(g, "MARKET_LOT_SIZE", BigDecimal.ZERO, spec.marketMaxQty(), BigDecimal.ZERO);
    g.writeStartObject();
    g.writeStringField("filterType", "NOTIONAL");
    g.writeStringField("minNotional", decimal8(spec.minNotional()));
    g.writeBooleanField("applyMinToMarket", true);
    g.writeStringField("maxNotional", decimal8(spec.maxNotional()));
    g.writeBooleanField("applyMaxToMarket", false);
    g.writeNumberField("avgPriceMins", 5);
    g.writeEndObject();
    g.writeStartObject();
    g.writeStringField("filterType", "MAX_NUM_ORDERS");
    g.writeNumberField("maxNumOrders", spec.maxNumOrders());
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void lot(
      JsonGenerator g, String type, BigDecimal min, BigDecimal max, BigDecimal step)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("filterType", type);
    g.writeStringField("minQty", decimal8(min));
    g.writeStringField("maxQty", decimal8(max));
    g.writeStringField("stepSize", decimal8(step));
    g.writeEndObject();
  }

  /**
   * {@code GET /api/v3/account}. The sandbox charges no commission, so every rate is zero. The
   * balances are written while the account is locked, so they are one consistent snapshot.
   */
  static JsonBody account(Account account, boolean omitZeroBalances) {
    return g -> {
      g.writeStartObject();
      g.writeNumberField("makerCommission", 0);
      g.writeNumberField("takerCommission", 0);
      g.writeNumberField("buyerCommission", 0);
      g.writeNumberField("sellerCommission", 0);
      g.writeObjectFieldStart("commissionRates");
      for (String name : new String[] {"maker", "taker", "buyer", "seller"}) {
        g.writeStringField(name, "0.00000000");
      }
      g.writeEndObject();
      g.writeBooleanField("canTrade", true);
      g.writeBooleanField("canWithdraw", true);
      g.writeBooleanField("canDeposit", true);
      g.writeBooleanField("brokered", false);
      g.writeBooleanField("requireSelfTradePrevention", false);
      g.writeBooleanField("preventSor", false);
      g.writeNumberField("updateTime", account.updateTime());
      g.writeStringField("accountType", "SPOT");
      balances(g, account, omitZeroBalances);
      g.writeArrayFieldStart("permissions");
      g.writeString("SPOT");
      g.writeEndArray();
      g.writeNumberField("uid", account.uid());
      g.writeEndObject();
    };
  }

  private static void balances(JsonGenerator g, Account account, boolean omitZero)
      throws IOException {
    g.writeArrayFieldStart("balances");
    account.forEachBalance(
        (asset, free, locked) -> {
          if (omitZero && free.signum() == 0 && locked.signum() == 0) {
            return;
          }
          g.writeStartObject();
          g.writeStringField("asset", asset);
          g.writeStringField("free", decimal8(free));
          g.writeStringField("locked", decimal8(locked));
          g.writeEndObject();
        });
    g.writeEndArray();
  }

  /** {@code POST /api/v3/order} in the ACK, RESULT or FULL shape. */
  static JsonBody newOrder(Order order, RespType resp) {
    return g -> {
      g.writeStartObject();
      g.writeStringField("symbol", order.symbol());
      g.writeNumberField("orderId", order.orderId());
      g.writeNumberField("orderListId", -1);
      g.writeStringField("clientOrderId", order.clientOrderId());
      g.writeNumberField("transactTime", order.time());
      if (resp != RespType.ACK) {
        orderResult(g, order);
        g.writeNumberField("workingTime", order.time());
        g.writeStringField("selfTradePreventionMode", "NONE");
      }
      if (resp == RespType.FULL) {
        fills(g, order);
      }
      g.writeEndObject();
    };
  }

  /** The fields RESULT, GET order and DELETE order share, in Binance's order. */
  private static void orderResult(JsonGenerator g, Order order) throws IOException {
    g.writeStringField("price", decimal8(order.price()));
    g.writeStringField("origQty", decimal8(order.origQty()));
    g.writeStringField("executedQty", decimal8(order.executedQty()));
    g.writeStringField("origQuoteOrderQty", decimal8(order.origQuoteOrderQty()));
    g.writeStringField("cummulativeQuoteQty", decimal8(order.cummulativeQuoteQty()));
    g.writeStringField("status", order.status().name());
    g.writeStringField("timeInForce", order.timeInForce().name());
    g.writeStringField("type", order.type().name());
    g.writeStringField("side", order.side().name());
  }

  private static void fills(JsonGenerator g, Order order) throws IOException {
    g.writeArrayFieldStart("fills");
    for (Order.Fill fill : order.fills()) {
      g.writeStartObject();
      g.writeStringField("price", decimal8(fill.price()));
      g.writeStringField("qty", decimal8(fill.qty()));
      g.writeStringField("commission", "0.00000000");
      g.writeStringField("commissionAsset", fill.commissionAsset());
      g.writeNumberField("tradeId", fill.tradeId());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code GET /api/v3/order}. */
  static JsonBody queriedOrder(Order order) {
    return g -> queriedOrder(g, order);
  }

  /** {@code GET /api/v3/openOrders}: an array of the GET order shape. */
  static JsonBody orders(List<Order> orders) {
    return g -> {
      g.writeStartArray();
      for (Order order : orders) {
        queriedOrder(g, order);
      }
      g.writeEndArray();
    };
  }

  private static void queriedOrder(JsonGenerator g, Order order) throws IOException {
    g.writeStartObject();
    g.writeStringField("symbol", order.symbol());
    g.writeNumberField("orderId", order.orderId());
    g.writeNumberField("orderListId", -1);
    g.writeStringField("clientOrderId", order.clientOrderId());
    g.writeStringField("price", decimal8(order.price()));
    g.writeStringField("origQty", decimal8(order.origQty()));
    g.writeStringField("executedQty", decimal8(order.executedQty()));
    g.writeStringField("cummulativeQuoteQty", decimal8(order.cummulativeQuoteQty()));
    g.writeStringField("status", order.status().name());
    g.writeStringField("timeInForce", order.timeInForce().name());
    g.writeStringField("type", order.type().name());
    g.writeStringField("side", order.side().name());
    g.writeStringField("stopPrice", "0.00000000");
    g.writeStringField("icebergQty", "0.00000000");
    g.writeNumberField("time", order.time());
    g.writeNumberField("updateTime", order.updateTime());
    g.writeBooleanField("isWorking", true);
    g.writeNumberField("workingTime", order.time());
    g.writeStringField("origQuoteOrderQty", decimal8(order.origQuoteOrderQty()));
    g.writeStringField("selfTradePreventionMode", "NONE");
    g.writeEndObject();
  }

  /** {@code DELETE /api/v3/order}. */
  static JsonBody canceledOrder(Order order, String cancelClientOrderId, long now) {
    return g -> {
      g.writeStartObject();
      g.writeStringField("symbol", order.symbol());
      g.writeStringField("origClientOrderId", order.clientOrderId());
      g.writeNumberField("orderId", order.orderId());
      g.writeNumberField("orderListId", -1);
      g.writeStringField("clientOrderId", cancelClientOrderId);
      g.writeNumberField("transactTime", now);
      orderResult(g, order);
      g.writeStringField("selfTradePreventionMode", "NONE");
      g.writeEndObject();
    };
  }
}
