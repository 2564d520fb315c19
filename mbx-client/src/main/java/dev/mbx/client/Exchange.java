package dev.mbx.client;

import java.util.Objects;

/**
 * What went over the wire for one call, for verbose and JSON output.
 *
 * <p>The API key header is deliberately absent. The signature is included: it is not a secret and
 * is useless without the key that made it.
 *
 * @param method the HTTP method
 * @param url the full URL including the query string and signature, exactly as sent
 * @param requestBody the form body as sent, with its signature; empty when there was none
 * @param status the HTTP status code of the response
 * @param responseBody the response body as received
 */
public record Exchange(
    String method, String url, String requestBody, int status, String responseBody) {
  public Exchange {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(requestBody, "requestBody == null");
    Objects.requireNonNull(responseBody, "responseBody == null");
  }
}
