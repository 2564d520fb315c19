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
    int queryLength = queryParams.encodedLength();
    byte[] payload = payload(queryParams, queryLength, bodyParams);
    String signature = signer.sign(payload);
    String text = new String(payload, StandardCharsets.US_ASCII);
    String encoded = PercentEncoding.encode(signature);
    if (bodyParams.isEmpty()) {
      return new SignedRequest(withSignature(text, encoded), "", text, signature);
    }
    String query = text.substring(0, queryLength);
    String body = text.substring(queryLength);
    return new SignedRequest(query, withSignature(body, encoded), text, signature);
  }

  /**
   * The encoded query then the encoded body, written once into the one array that is signed and, as
   * text, sent. Encoded text is ASCII, so its bytes and characters coincide.
   */
  private static byte[] payload(Params queryParams, int queryLength, Params bodyParams) {
    byte[] payload = new byte[queryLength + bodyParams.encodedLength()];
    queryParams.encodeTo(payload, 0);
    bodyParams.encodeTo(payload, queryLength);
    return payload;
  }

  /** {@code part} with {@code signature} (already encoded) appended as its last parameter. */
  private static String withSignature(String part, String signature) {
    return part.isEmpty() ? "signature=" + signature : part + "&signature=" + signature;
  }
}
