package dev.mbx.sandbox;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one request, decoded, together with the raw bytes a signature covers.
 *
 * <p>Both raw parts are held as ISO-8859-1 strings, one char per byte received, so the payload can
 * be rebuilt byte for byte: Binance verifies over exactly what was sent, never over a re-encoding.
 * Values are form-decoded ({@code +} is a space, {@code %XX} are UTF-8 bytes), as Binance's server
 * does. A name given in both the query and the body takes the query's value (Binance docs, "General
 * Information on Endpoints"); a name repeated within one part is {@code -1101}.
 *
 * <p>{@code signature} must be the last pair of the part that holds it, as Binance's older docs
 * required ("make sure the signature is the end part of your query string or request body") and its
 * forum FAQ lists as a cause of {@code -1022}; {@link #signaturePlacedLast()} reports whether it
 * is.
 */
final class RequestParams {
  static final String SIGNATURE = "signature";

  private static final ThreadLocal<CharsetDecoder> UTF8 =
      ThreadLocal.withInitial(
          () ->
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));

  private final Map<String, String> values;
  private final String unsignedQuery;
  private final String unsignedBody;
  private final boolean signaturePlacedLast;

  private RequestParams(
      Map<String, String> values, Part query, Part body, boolean signatureInBothParts) {
    this.values = values;
    this.unsignedQuery = query.unsigned();
    this.unsignedBody = body.unsigned();
    this.signaturePlacedLast =
        !signatureInBothParts && query.signatureLast() && body.signatureLast();
  }

  /**
   * One part with its signature pair cut out; {@code signatureLast} if it had none or at its end.
   */
  private record Part(String unsigned, boolean signatureLast) {}

  static RequestParams parse(String rawQuery, String rawBody) {
    Map<String, String> values = new HashMap<>();
    Part query = parsePart(rawQuery, values);
    Map<String, String> bodyValues = new HashMap<>();
    Part body = parsePart(rawBody, bodyValues);
    boolean signatureInBoth = values.containsKey(SIGNATURE) && bodyValues.containsKey(SIGNATURE);
    bodyValues.forEach(values::putIfAbsent);
    return new RequestParams(values, query, body, signatureInBoth);
  }

  /** The decoded value, or null when the parameter was not sent. */
  String get(String name) {
    return values.get(name);
  }

  /** The value, or null when it was not sent or is empty: Binance treats both alike. */
  String nonEmpty(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  boolean has(String name) {
    return nonEmpty(name) != null;
  }

  /** Every decoded parameter, the query's value where both parts name it; unmodifiable. */
  Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  /** How many distinct parameter names were sent, query and body together. */
  int size() {
    return values.size();
  }

  /** How many of the names sent are in {@code known}. */
  int countKnown(Set<String> known) {
    int count = 0;
    for (String name : values.keySet()) {
      if (known.contains(name)) {
        count++;
      }
    }
    return count;
  }

  /**
   * False when {@code signature} is not the last pair of its part, or is in both parts. A server
   * that cuts only a trailing signature would sign over the rest, so Binance answers {@code -1022}.
   */
  boolean signaturePlacedLast() {
    return signaturePlacedLast;
  }

  /**
   * The signed payload: the raw query without its {@code signature} pair, directly followed by the
   * raw body without it. No separator is added at the join (Binance's mixed example).
   */
  byte[] signaturePayload() {
    return (unsignedQuery + unsignedBody).getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Decodes every pair of {@code raw} into {@code out}; returns {@code raw} minus the signature.
   */
  private static Part parsePart(String raw, Map<String, String> out) {
    int signatureStart = -1;
    int signatureEnd = -1;
    int start = 0;
    while (start <= raw.length()) {
      int end = raw.indexOf('&', start);
      if (end < 0) {
        end = raw.length();
      }
      if (end > start) {
        String name = putPair(raw, start, end, out);
        if (SIGNATURE.equals(name)) {
          signatureStart = start;
          signatureEnd = end;
        }
      }
      start = end + 1;
    }
    if (signatureStart < 0) {
      return new Part(raw, true);
    }
    return new Part(cut(raw, signatureStart, signatureEnd), signatureEnd == raw.length());
  }

  private static String putPair(String raw, int start, int end, Map<String, String> out) {
    int eq = raw.indexOf('=', start);
    boolean hasValue = eq >= 0 && eq < end;
    String name = decode(raw, start, hasValue ? eq : end);
    String value = hasValue ? decode(raw, eq + 1, end) : "";
    if (out.putIfAbsent(name, value) != null) {
      throw ApiException.badRequest(-1101, "Duplicate values for a parameter detected.");
    }
    return name;
  }

  /** Removes {@code raw[start, end)} and one {@code &} next to it, preferring the one before. */
  private static String cut(String raw, int start, int end) {
    if (start > 0) {
      return raw.substring(0, start - 1) + raw.substring(end);
    }
    return end < raw.length() ? raw.substring(end + 1) : "";
  }

  /** Form-decodes {@code raw[from, to)}: {@code +} to space, {@code %XX} to a byte, then UTF-8. */
  static String decode(String raw, int from, int to) {
    if (isPlainAscii(raw, from, to)) {
      return raw.substring(from, to);
    }
    byte[] bytes = new byte[to - from];
    int length = 0;
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        bytes[length++] = (byte) hexByte(raw, i, to);
        i += 2;
      } else if (c == '+') {
        bytes[length++] = ' ';
      } else if (c > 0xFF) {
        throw ApiException.illegalChars();
      } else {
        bytes[length++] = (byte) c;
      }
    }
    return strictUtf8(bytes, length);
  }

  private static boolean isPlainAscii(String raw, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '%' || c == '+' || c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int hexByte(String raw, int percent, int to) {
    if (percent + 2 >= to) {
      throw ApiException.illegalChars();
    }
    int high = hexDigit(raw.charAt(percent + 1));
    int low = hexDigit(raw.charAt(percent + 2));
    if (high < 0 || low < 0) {
      throw ApiException.illegalChars();
    }
    return (high << 4) | low;
  }

  /** ASCII hex only: {@code Character.digit} would also take non-ASCII digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static String strictUtf8(byte[] bytes, int length) {
    try {
      CharBuffer chars = UTF8.get().reset().decode(ByteBuffer.wrap(bytes, 0, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw ApiException.illegalChars();
    }
  }
}
