package dev.mbx.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The wire form of a SIGNED request: the encoded query string and body exactly as they are sent.
 *
 * <p>Binance's steps (REST "SIGNED endpoint security"), as {@link #sign} takes them:
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
 * <p>A signed request is made on every signed call, so it holds only the two strings that are sent,
 * written once from one array that is also what was signed; {@link #payload} and {@link #signature}
 * are cut from them when asked for. Instances are immutable and thread-safe.
 */
public final class SignedRequest {
  private static final byte[] SIGNATURE_PARAM = "signature=".getBytes(StandardCharsets.US_ASCII);

  private final String query;
  private final String body;

  /** How many characters of the last non-empty part (the body if any) belong to the payload. */
  private final int signedLength;

  private SignedRequest(String query, String body, int signedLength) {
    this.query = query;
    this.body = body;
    this.signedLength = signedLength;
  }

  /** Signs {@code queryParams} and {@code bodyParams} with {@code signer}. */
  public static SignedRequest sign(Params queryParams, Params bodyParams, Signer signer) {
    int queryLength = queryParams.encodedLength();
    int payloadLength = queryLength + bodyParams.encodedLength();
    int signatureAt = payloadLength + (payloadLength == 0 ? 0 : 1) + SIGNATURE_PARAM.length;
    byte[] wire;
    if (signer instanceof HmacSigner hmac) {
      wire = new byte[signatureAt + HmacSigner.HEX_LENGTH];
      encode(queryParams, queryLength, bodyParams, wire);
      hmac.signHex(wire, payloadLength, wire, signatureAt);
    } else {
      byte[] payload = new byte[payloadLength];
      encode(queryParams, queryLength, bodyParams, payload);
      String signature = PercentEncoding.encode(signer.sign(payload));
      wire = Arrays.copyOf(payload, signatureAt + signature.length());
      Params.copyAscii(signature, wire, signatureAt);
    }
    appendSignatureName(wire, payloadLength, signatureAt);
    if (bodyParams.isEmpty()) {
      return new SignedRequest(ascii(wire, 0, wire.length), "", payloadLength);
    }
    String body = ascii(wire, queryLength, wire.length - queryLength);
    return new SignedRequest(ascii(wire, 0, queryLength), body, payloadLength - queryLength);
  }

  /** The query string as sent, without the leading {@code ?}; may be empty. */
  public String query() {
    return query;
  }

  /** The {@code application/x-www-form-urlencoded} body as sent; may be empty. */
  public String body() {
    return body;
  }

  /** The text that was signed: the encoded query then the encoded body, with no separator. */
  public String payload() {
    return body.isEmpty()
        ? query.substring(0, signedLength)
        : query + body.substring(0, signedLength);
  }

  /** The signature as computed (hex or Base64), before percent-encoding. */
  public String signature() {
    String part = body.isEmpty() ? query : body;
    int at = signedLength + (signedLength == 0 ? 0 : 1) + SIGNATURE_PARAM.length;
    return PercentEncoding.decode(part.substring(at));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedRequest that
        && query.equals(that.query)
        && body.equals(that.body);
  }

  @Override
  public int hashCode() {
    return 31 * query.hashCode() + body.hashCode();
  }

  @Override
  public String toString() {
    return "SignedRequest[query=" + query + ", body=" + body + "]";
  }

  /**
   * The encoded query then the encoded body, written once into the array that is signed and, as
   * text, sent. Encoded text is ASCII, so its bytes and characters coincide.
   */
  private static void encode(Params queryParams, int queryLength, Params bodyParams, byte[] out) {
    queryParams.encodeTo(out, 0);
    bodyParams.encodeTo(out, queryLength);
  }

  /** Writes {@code &signature=} (without {@code &} after an empty payload) before the signature. */
  private static void appendSignatureName(byte[] wire, int payloadLength, int signatureAt) {
    if (payloadLength > 0) {
      wire[payloadLength] = '&';
    }
    int nameAt = signatureAt - SIGNATURE_PARAM.length;
    System.arraycopy(SIGNATURE_PARAM, 0, wire, nameAt, SIGNATURE_PARAM.length);
  }

  /** ASCII bytes as a string; ISO-8859-1 takes them as they are, without a check per byte. */
  private static String ascii(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }
}
