package dev.mbx.client;

import java.time.Instant;
import java.util.Objects;

/**
 * HTTP 429: a request-weight or order limit was exceeded ({@code -1003}, {@code -1015}). The client
 * sends nothing more to this server before {@link #retryAfter()}: calls made until then fail at
 * once with this exception and send nothing, because Binance bans an IP that keeps going (HTTP 418,
 * {@link BannedException}).
 */
public class RateLimitedException extends BinanceException {
  private static final long serialVersionUID = 1L;

  private final Instant retryAfter;
  private final boolean sent;

  public RateLimitedException(int httpStatus, int code, String binanceMessage, Instant retryAfter) {
    this(httpStatus, code, binanceMessage, retryAfter, true);
  }

  RateLimitedException(
      int httpStatus, int code, String binanceMessage, Instant retryAfter, boolean sent) {
    super(httpStatus, code, binanceMessage, suffix(retryAfter, sent));
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter == null");
    this.sent = sent;
  }

  /** The earliest time to send to this server again, from the response's {@code Retry-After}. */
  public Instant retryAfter() {
    return retryAfter;
  }

  /**
   * Whether this request reached the server; false when the client refused it because an earlier
   * response's {@code Retry-After} was still running.
   */
  public boolean sent() {
    return sent;
  }

  /** The same verdict for a request the client refused to send before {@link #retryAfter()}. */
  RateLimitedException refused() {
    return new RateLimitedException(httpStatus(), code(), binanceMessage(), retryAfter, false);
  }

  private static String suffix(Instant retryAfter, boolean sent) {
    return (sent ? "; retry after " : "; not sent, the server asked to wait until ") + retryAfter;
  }
}
