package dev.mbx.client;

import dev.mbx.core.MbxException;
import java.time.Instant;

/**
 * The client did not send the request because it would have exceeded a rate limit that {@code
 * exchangeInfo} reported, and the caller asked not to wait that long ({@link
 * SpotClient.Builder#maxRateLimitWait}). Nothing reached the server.
 */
public class ThrottledException extends MbxException {
  private static final long serialVersionUID = 1L;

  private final Instant retryAt;

  public ThrottledException(String message, Instant retryAt) {
    super(message);
    this.retryAt = retryAt;
  }

  /** When the request would fit within the limits, assuming no other traffic. */
  public Instant retryAt() {
    return retryAt;
  }
}
