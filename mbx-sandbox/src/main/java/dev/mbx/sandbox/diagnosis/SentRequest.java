package dev.mbx.sandbox.diagnosis;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A request exactly as it was sent: the text of its query string and form body before any decoding,
 * and its headers. The bytes the server verifies are the UTF-8 bytes of this text.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the path, such as {@code /api/v3/account}
 * @param query the query string without {@code ?}, as sent; empty when there is none
 * @param body the form body as sent; empty when there is none
 * @param headers header values by name; names are compared case-insensitively
 */
public record SentRequest(
    String method, String path, String query, String body, Map<String, String> headers) {
  public SentRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(query, "query == null");
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(headers, "headers == null");
    Map<String, String> lowerCase = new TreeMap<>();
    headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
    headers = Map.copyOf(lowerCase);
  }

  /** The value of header {@code name} (any case), or null when it was not sent. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
