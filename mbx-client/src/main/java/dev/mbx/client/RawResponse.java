package dev.mbx.client;

import java.util.Map;
import java.util.OptionalLong;

/**
 * One HTTP response as received, before it is judged.
 *
 * @param status the HTTP status code
 * @param body the body as text
 * @param usedWeight {@code X-MBX-USED-WEIGHT-*} values by interval, e.g. {@code "1M" -> 20}
 * @param orderCount {@code X-MBX-ORDER-COUNT-*} values by interval, e.g. {@code "10S" -> 1}
 * @param retryAfterSeconds the {@code Retry-After} header, when present and numeric
 * @param receivedAtMillis local clock when the response arrived
 */
record RawResponse(
    int status,
    String body,
    Map<String, Long> usedWeight,
    Map<String, Long> orderCount,
    OptionalLong retryAfterSeconds,
    long receivedAtMillis) {

  boolean successful() {
    return status >= 200 && status < 300;
  }
}
