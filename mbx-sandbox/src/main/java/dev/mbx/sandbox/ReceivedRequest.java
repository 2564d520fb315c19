package dev.mbx.sandbox;

import java.util.Map;
import java.util.Objects;

/**
 * A request as the sandbox received and decoded it, for tests and tools that check what a client
 * really sent; see {@link Sandbox.Builder#requestObserver}.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the endpoint path, e.g. {@code /api/v3/order}
 * @param rawQuery the query string exactly as received, without {@code ?}; empty if none
 * @param rawBody the form body exactly as received, one char per byte (ISO-8859-1); empty if none
 *     or for GET, whose body Binance ignores
 * @param params every parameter form-decoded as the sandbox reads it (the query's value where both
 *     parts name it), signature included; unmodifiable
 */
public record ReceivedRequest(
    String method, String path, String rawQuery, String rawBody, Map<String, String> params) {
  public ReceivedRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(rawQuery, "rawQuery == null");
    Objects.requireNonNull(rawBody, "rawBody == null");
    params = Map.copyOf(params);
  }
}
