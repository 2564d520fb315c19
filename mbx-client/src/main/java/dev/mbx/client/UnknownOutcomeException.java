package dev.mbx.client;

import dev.mbx.core.MbxException;

/**
 * A request that changes state got no final answer: HTTP 5xx, {@code -1006}, {@code -1007}, or a
 * timeout or broken connection after it was sent. Binance may still have executed it, so the client
 * never re-sends it.
 *
 * <p>For a new order the client has already looked the order up by its {@link #clientOrderId()}:
 * had it been found, the order would have been returned instead of this exception. {@link
 * #resolution()} says what the lookups established.
 */
public class UnknownOutcomeException extends MbxException {
  private static final long serialVersionUID = 1L;

  /** What is known after the lookups. */
  public enum Resolution {
    /**
     * The order does not exist and can no longer appear, because the server's clock has passed its
     * {@code timestamp + recvWindow}: it is safe to place it again.
     */
    NOT_PLACED,
    /** Still unknown (lookups failed or were not possible): query it before placing it again. */
    UNRESOLVED
  }

  private final String clientOrderId;
  private final Resolution resolution;
  private final long timestampMillis;

  public UnknownOutcomeException(
      String message, String clientOrderId, Resolution resolution, Throwable cause) {
    this(message, clientOrderId, resolution, cause, 0);
  }

  UnknownOutcomeException(
      String message,
      String clientOrderId,
      Resolution resolution,
      Throwable cause,
      long timestampMillis) {
    super(message, cause);
    this.clientOrderId = clientOrderId;
    this.resolution = resolution;
    this.timestampMillis = timestampMillis;
  }

  /** The client order id the request carried, or null for a request without one. */
  public String clientOrderId() {
    return clientOrderId;
  }

  /** What the lookups established. */
  public Resolution resolution() {
    return resolution;
  }

  /** The signed request's {@code timestamp}, 0 when unknown; bounds when the order can appear. */
  long timestampMillis() {
    return timestampMillis;
  }
}
