package dev.mbx.sandbox;

import dev.mbx.sandbox.OrderEnums.RespType;
import dev.mbx.sandbox.OrderEnums.Side;
import dev.mbx.sandbox.OrderEnums.TimeInForce;
import dev.mbx.sandbox.OrderEnums.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the parameters of {@code POST /api/v3/order} (and {@code /order/test}) into an {@link
 * OrderRequest}, rejecting with Binance's codes and messages.
 *
 * <p>Check order (Binance does not document it): symbol, side, type, the parameters the type needs
 * or forbids, decimal formats and precision, then PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE and
 * NOTIONAL. Balance and MAX_NUM_ORDERS need the account and are checked when placing.
 */
final class OrderValidator {
  static final String DECIMAL_RANGE = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";
  static final String CLIENT_ID_RANGE = "^[a-zA-Z0-9-_]{1,36}$";

  private static final Pattern DECIMAL = Pattern.compile(DECIMAL_RANGE);
  private static final Pattern CLIENT_ID = Pattern.compile(CLIENT_ID_RANGE);

  /** Valid Binance types the sandbox does not trade, with the engine's "not supported" text. */
  private static final Map<String, String> UNSUPPORTED_TYPES =
      Map.of(
          "STOP_LOSS", "Stop loss orders are not supported for this symbol.",
          "STOP_LOSS_LIMIT", "Stop loss limit orders are not supported for this symbol.",
          "TAKE_PROFIT", "Take profit orders are not supported for this symbol.",
          "TAKE_PROFIT_LIMIT", "Take profit limit orders are not supported for this symbol.");

  private OrderValidator() {}

  static OrderRequest validate(RequestParams params) {
    SymbolSpec spec = Markets.require(mandatory(params, "symbol"));
    Side side = side(mandatory(params, "side"));
    Type type = type(mandatory(params, "type"));
    TimeInForce tif = timeInForce(params, type);
    BigDecimal price = type == Type.MARKET ? forbidden(params, "price") : required(params, "price");
    BigDecimal quoteQty = decimal(params, "quoteOrderQty");
    BigDecimal quantity = quantity(params, type, spec, quoteQty);
    OrderRequest order =
        new OrderRequest(
            spec,
            side,
            type,
            tif,
            quantity,
            price,
            quoteQty,
            clientOrderId(params),
            resp(params, type));
    Filters.check(order);
    return order;
  }

  private static String mandatory(RequestParams params, String name) {
    String value = params.nonEmpty(name);
    if (value == null) {
      throw ApiException.mandatory(name);
    }
    return value;
  }

  private static Side side(String value) {
    Side side = OrderEnums.parse(Side.class, value);
    if (side == null) {
      throw ApiException.badRequest(-1117, "Invalid side.");
    }
    return side;
  }

  private static Type type(String value) {
    String unsupported = UNSUPPORTED_TYPES.get(value);
    if (unsupported != null) {
      throw ApiException.newOrderRejected(unsupported);
    }
    Type type = OrderEnums.parse(Type.class, value);
    if (type == null) {
      throw ApiException.badRequest(-1116, "Invalid orderType.");
    }
    return type;
  }

  private static TimeInForce timeInForce(RequestParams params, Type type) {
    String value = params.nonEmpty("timeInForce");
    if (type != Type.LIMIT) {
      if (value != null) {
        throw ApiException.badRequest(-1114, "TimeInForce parameter sent when not required.");
      }
      return null;
    }
    if (value == null) {
      throw ApiException.mandatory("timeInForce");
    }
    TimeInForce tif = OrderEnums.parse(TimeInForce.class, value);
    if (tif == null) {
      throw ApiException.badRequest(-1115, "Invalid timeInForce.");
    }
    return tif;
  }

  /**
   * MARKET takes {@code quantity} or {@code quoteOrderQty}. Which error Binance gives for both is
   * unconfirmed; -1106 on {@code quoteOrderQty} is the assumption here.
   */
  private static BigDecimal quantity(
      RequestParams params, Type type, SymbolSpec spec, BigDecimal quoteQty) {
    if (type != Type.MARKET) {
      if (quoteQty != null) {
        throw ApiException.notRequired("quoteOrderQty");
      }
      return required(params, "quantity");
    }
    BigDecimal quantity = decimal(params, "quantity");
    if (quantity == null && quoteQty == null) {
      throw ApiException.eitherMandatory("quantity", "quoteOrderQty");
    }
    if (quantity != null && quoteQty != null) {
      throw ApiException.notRequired("quoteOrderQty");
    }
    return quantity != null ? quantity : quantityFor(quoteQty, spec);
  }

  /** The base quantity {@code quoteQty} buys at the last price, down to the step size. */
  private static BigDecimal quantityFor(BigDecimal quoteQty, SymbolSpec spec) {
    BigDecimal raw = quoteQty.divide(spec.lastPrice(), SymbolSpec.PRECISION, RoundingMode.DOWN);
    BigDecimal steps = raw.divide(spec.stepSize(), 0, RoundingMode.DOWN);
    return steps.multiply(spec.stepSize());
  }

  private static BigDecimal required(RequestParams params, String name) {
    BigDecimal value = decimal(params, name);
    if (value == null) {
      throw ApiException.mandatory(name);
    }
    return value;
  }

  private static BigDecimal forbidden(RequestParams params, String name) {
    if (params.has(name)) {
      throw ApiException.notRequired(name);
    }
    return null;
  }

  private static BigDecimal decimal(RequestParams params, String name) {
    return decimalOrNull(params, name, SymbolSpec.PRECISION);
  }

  /** The decimal, or null when absent; -1100 for a bad format, -1111 beyond {@code maxScale}. */
  static BigDecimal decimalOrNull(RequestParams params, String name, int maxScale) {
    String value = params.nonEmpty(name);
    if (value == null) {
      return null;
    }
    if (!DECIMAL.matcher(value).matches()) {
      throw ApiException.illegalChars(name, DECIMAL_RANGE);
    }
    BigDecimal decimal = new BigDecimal(value);
    if (decimal.stripTrailingZeros().scale() > maxScale) {
      throw ApiException.badRequest(-1111, "Parameter '" + name + "' has too much precision.");
    }
    return decimal;
  }

  private static String clientOrderId(RequestParams params) {
    String value = params.get("newClientOrderId");
    if (value == null) {
      return null;
    }
    if (value.isEmpty()) {
      throw ApiException.badRequest(-1118, "New client order ID was empty.");
    }
    if (!CLIENT_ID.matcher(value).matches()) {
      throw ApiException.illegalChars("newClientOrderId", CLIENT_ID_RANGE);
    }
    return value;
  }

  /** Default FULL for MARKET and LIMIT, ACK for the other types (Binance docs). */
  private static RespType resp(RequestParams params, Type type) {
    String value = params.nonEmpty("newOrderRespType");
    if (value == null) {
      return type == Type.LIMIT_MAKER ? RespType.ACK : RespType.FULL;
    }
    RespType resp = OrderEnums.parse(RespType.class, value);
    if (resp == null) {
      throw ApiException.invalidData("newOrderRespType");
    }
    return resp;
  }
}
