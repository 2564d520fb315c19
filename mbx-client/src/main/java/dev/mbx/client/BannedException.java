package dev.mbx.client;

import java.time.Instant;

/**
 * HTTP 418: the server banned this IP for sending after a 429. Bans last from 2 minutes to 3 days;
 * the client sends nothing to this server before {@link #retryAfter()}.
 */
public class BannedException extends RateLimitedException {
  private static final long serialVersionUID = 1L;

  public BannedException(int httpStatus, int code, String binanceMessage, Instant retryAfter) {
    super(httpStatus, code, binanceMessage, retryAfter);
  }

  private BannedException(
      int httpStatus, int code, String binanceMessage, Instant retryAfter, boolean sent) {
    super(httpStatus, code, binanceMessage, retryAfter, sent);
  }

  @Override
  RateLimitedException refused() {
    return new BannedException(httpStatus(), code(), binanceMessage(), retryAfter(), false);
  }
}
