package dev.mbx.core;

import java.nio.charset.StandardCharsets;

/**
 * The wire form of a SIGNED request: the encoded query string and body exactly as they are sent.
 *
 * <p>Binance's steps (REST "SIGNED endpoint security"), one method each below:
 *
 * <ol>
 *   <li>Encode the query parameters and the body parameters, each as {@code name=value} pairs
 *       joined by {@code &}, percent-encoded (UTF-8, upper-case hex).
 *   <li>The payload is the encoded query followed directly by the encoded body, with no separator.
 *   <li>Sign the payload's bytes with the key.
 *   <li>Append {@code signature} as the last parameter of the last non-empty part (the body if
 *       there is one), percent-encoded, so the signature is never part of its own payload.
 * </ol>
 *
 * @param query the query string as sent, without the leading {@code ?}; may be empty
 * @param body the {@code application/x-www-form-urlencoded} body as sent; may be empty
 * @param payload the bytes that were signed (query then body, no separator)
 * @param signature the signature as computed (hex or Base64), before percent-encoding
 */
public record SignedRequest(String query, String body, String payload, String signature) {

  /** Signs {@code queryParams} and {@code bodyParams} with {@code signer}. */
  public static SignedRequest sign(Params queryParams, Params bodyParams, Signer signer) {
    String query = queryParams.encode();
    String body = bodyParams.encode();
    String payload = query + body;
    String signature = signer.sign(payload.getBytes(StandardCharsets.UTF_8));
    String signatureParam = "signature=" + PercentEncoding.encode(signature);
    if (body.isEmpty()) {
      return new SignedRequest(append(query, signatureParam), body, payload, signature);
    }
    return new SignedRequest(query, append(body, signatureParam), payload, signature);
  }

  private static String append(String part, String param) {
    return part.isEmpty() ? param : part + '&' + param;
  }
}
