package dev.mbx.sandbox;

import dev.mbx.sandbox.OrderEnums.Side;
import dev.mbx.sandbox.OrderEnums.Status;
import dev.mbx.sandbox.OrderEnums.TimeInForce;
import dev.mbx.sandbox.OrderEnums.Type;
import java.math.BigDecimal;
import java.util.List;

/**
 * One order as the account holds it. Immutable: a cancel replaces it with a copy.
 *
 * @param price the limit price, or zero for MARKET (Binance shows {@code "0.00000000"})
 * @param origQuoteOrderQty the {@code quoteOrderQty} sent, or zero
 * @param fills the trades of this order (the sandbox fills in one trade or not at all)
 */
record Order(
    String symbol,
    long orderId,
    String clientOrderId,
    BigDecimal price,
    BigDecimal origQty,
    BigDecimal executedQty,
    BigDecimal cummulativeQuoteQty,
    BigDecimal origQuoteOrderQty,
    Status status,
    TimeInForce timeInForce,
    Type type,
    Side side,
    long time,
    long updateTime,
    List<Fill> fills) {

  /** A trade of this order. The sandbox charges no commission. */
  record Fill(BigDecimal price, BigDecimal qty, String commissionAsset, long tradeId) {}

  boolean isOpen() {
    return status == Status.NEW;
  }

  Order canceled(long now) {
    return new Order(
        symbol,
        orderId,
        clientOrderId,
        price,
        origQty,
        executedQty,
        cummulativeQuoteQty,
        origQuoteOrderQty,
        Status.CANCELED,
        timeInForce,
        type,
        side,
        time,
        now,
        fills);
  }
}
