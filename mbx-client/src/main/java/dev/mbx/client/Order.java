package dev.mbx.client;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order as the server reports it from placing (ACK, RESULT or FULL), querying or cancelling.
 *
 * <p>Which fields are present depends on the endpoint and response type, so every field but the
 * identifiers is nullable: an ACK response, for one, carries no price or status. {@code fills} is
 * never null, and empty unless a FULL response had fills.
 *
 * @param symbol the symbol
 * @param orderId the server's order id
 * @param orderListId the order list id, {@code -1} when the order is not part of one
 * @param clientOrderId the client order id (after a cancel: the id of the cancel request)
 * @param origClientOrderId nullable; only on cancel, the client order id of the cancelled order
 * @param price nullable; the limit price, zero for MARKET
 * @param origQty nullable; quantity ordered
 * @param executedQty nullable; quantity filled so far
 * @param cummulativeQuoteQty nullable; quote amount filled so far (Binance's spelling); negative
 *     for some historical orders, meaning unavailable
 * @param status nullable; {@link OrderStatus#UNKNOWN} for a status this version does not know
 * @param timeInForce nullable
 * @param type nullable
 * @param side nullable
 * @param time nullable; creation time in ms, on queried orders
 * @param transactTime nullable; time of the place or cancel in ms, on those responses
 * @param updateTime nullable; last update in ms, on queried orders
 * @param fills the fills of a FULL response, else empty
 */
public record Order(
    String symbol,
    long orderId,
    long orderListId,
    String clientOrderId,
    String origClientOrderId,
    BigDecimal price,
    BigDecimal origQty,
    BigDecimal executedQty,
    BigDecimal cummulativeQuoteQty,
    OrderStatus status,
    TimeInForce timeInForce,
    OrderType type,
    Side side,
    Long time,
    Long transactTime,
    Long updateTime,
    List<Fill> fills) {

  public Order {
    if (symbol == null) {
      throw new IllegalArgumentException("an order needs a 'symbol'");
    }
    fills = fills == null ? List.of() : List.copyOf(fills);
  }

  /**
   * One fill of a FULL new-order response.
   *
   * @param price the fill price
   * @param qty the quantity filled
   * @param commission the commission charged
   * @param commissionAsset the asset the commission was charged in
   * @param tradeId the trade id
   */
  public record Fill(
      BigDecimal price,
      BigDecimal qty,
      BigDecimal commission,
      String commissionAsset,
      long tradeId) {}
}
