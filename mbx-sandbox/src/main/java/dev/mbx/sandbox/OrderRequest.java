package dev.mbx.sandbox;

import dev.mbx.sandbox.OrderEnums.RespType;
import dev.mbx.sandbox.OrderEnums.Side;
import dev.mbx.sandbox.OrderEnums.TimeInForce;
import dev.mbx.sandbox.OrderEnums.Type;
import java.math.BigDecimal;

/**
 * A new order that passed every check that does not need the account: parameters and filters.
 *
 * @param timeInForce null for MARKET and LIMIT_MAKER
 * @param quantity the base quantity; for a {@code quoteOrderQty} MARKET order, the quantity that
 *     amount buys or sells at the last price, rounded down to the step size
 * @param price the limit price, or null for MARKET
 * @param quoteOrderQty the quote amount sent, or null
 * @param clientOrderId the {@code newClientOrderId} sent, or null to have one generated
 */
record OrderRequest(
    SymbolSpec spec,
    Side side,
    Type type,
    TimeInForce timeInForce,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal quoteOrderQty,
    String clientOrderId,
    RespType respType) {

  /** Whether the order trades at once against the last price rather than resting. */
  boolean isMarketable() {
    if (type == Type.MARKET) {
      return true;
    }
    int cmp = price.compareTo(spec.lastPrice());
    return side == Side.BUY ? cmp >= 0 : cmp <= 0;
  }

  /** The price the order trades at: the last price, as a taker against the book. */
  BigDecimal fillPrice() {
    return spec.lastPrice();
  }
}
