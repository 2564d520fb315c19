package dev.mbx.client;

import dev.mbx.core.Params;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order to place with {@link SpotClient#newOrder} or check with {@link SpotClient#testOrder}.
 *
 * <p>Immutable and reusable: each call signs it afresh with a new timestamp. Decimals are {@link
 * BigDecimal} and travel in plain notation; there is deliberately no {@code double} anywhere.
 * Beyond the fields below being present, the server is the judge of what combination is valid, so
 * that its own error codes reach the caller.
 *
 * @param symbol the symbol, e.g. {@code LTCBTC}
 * @param side BUY or SELL
 * @param type the order type
 * @param timeInForce nullable; required by LIMIT types
 * @param quantity nullable; base-asset quantity
 * @param price nullable; limit price
 * @param quoteOrderQty nullable; MARKET only, the quote amount instead of {@code quantity}
 * @param newClientOrderId nullable; the server generates one when absent
 */
public record NewOrder(
    String symbol,
    Side side,
    OrderType type,
    TimeInForce timeInForce,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal quoteOrderQty,
    String newClientOrderId) {

  public NewOrder {
    Objects.requireNonNull(symbol, "symbol == null");
    Objects.requireNonNull(side, "side == null");
    Objects.requireNonNull(type, "type == null");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank");
    }
    requireKnown(side, Side.UNKNOWN, "side");
    requireKnown(type, OrderType.UNKNOWN, "type");
    requireKnown(timeInForce, TimeInForce.UNKNOWN, "timeInForce");
  }

  /** A LIMIT order, good till cancelled. */
  public static NewOrder limit(String symbol, Side side, BigDecimal quantity, BigDecimal price) {
    Objects.requireNonNull(quantity, "quantity == null");
    Objects.requireNonNull(price, "price == null");
    return new NewOrder(
        symbol, side, OrderType.LIMIT, TimeInForce.GTC, quantity, price, null, null);
  }

  /** A MARKET order for a base-asset quantity. */
  public static NewOrder market(String symbol, Side side, BigDecimal quantity) {
    Objects.requireNonNull(quantity, "quantity == null");
    return new NewOrder(symbol, side, OrderType.MARKET, null, quantity, null, null, null);
  }

  /** A MARKET order that spends (BUY) or receives (SELL) a quote-asset amount. */
  public static NewOrder marketQuote(String symbol, Side side, BigDecimal quoteOrderQty) {
    Objects.requireNonNull(quoteOrderQty, "quoteOrderQty == null");
    return new NewOrder(symbol, side, OrderType.MARKET, null, null, null, quoteOrderQty, null);
  }

  public NewOrder withTimeInForce(TimeInForce value) {
    return new NewOrder(
        symbol, side, type, value, quantity, price, quoteOrderQty, newClientOrderId);
  }

  public NewOrder withQuantity(BigDecimal value) {
    return new NewOrder(
        symbol, side, type, timeInForce, value, price, quoteOrderQty, newClientOrderId);
  }

  public NewOrder withPrice(BigDecimal value) {
    return new NewOrder(
        symbol, side, type, timeInForce, quantity, value, quoteOrderQty, newClientOrderId);
  }

  public NewOrder withQuoteOrderQty(BigDecimal value) {
    return new NewOrder(symbol, side, type, timeInForce, quantity, price, value, newClientOrderId);
  }

  public NewOrder withNewClientOrderId(String value) {
    return new NewOrder(symbol, side, type, timeInForce, quantity, price, quoteOrderQty, value);
  }

  /**
   * The business parameters in Binance's documented order (symbol, side, type, timeInForce,
   * quantity, price, then the optional ones), which is the order of the published signing vector.
   */
  Params params() {
    return Params.builder()
        .add("symbol", symbol)
        .add("side", side)
        .add("type", type)
        .addIfPresent("timeInForce", timeInForce)
        .addIfPresent("quantity", quantity)
        .addIfPresent("price", price)
        .addIfPresent("quoteOrderQty", quoteOrderQty)
        .addIfPresent("newClientOrderId", newClientOrderId)
        .build();
  }

  private static <E extends Enum<E>> void requireKnown(E value, E unknown, String name) {
    if (value == unknown) {
      throw new IllegalArgumentException(name + " UNKNOWN cannot be sent");
    }
  }
}
