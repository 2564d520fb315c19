package dev.mbx.sandbox.diagnosis;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a {@link SentRequest} as Binance reads them: split at {@code &}, form-decoded
 * ({@code +} is a space), the {@code signature} pair cut out of the part that holds it together
 * with one {@code &} next to it. This mirrors the sandbox's own parsing so both reach the same
 * verdict.
 */
final class WireParams {
  static final String SIGNATURE = "signature";

  /** One {@code name=value} pair: its raw text, its decoded name and value, and its part. */
  record Pair(String raw, String name, String value, boolean inQuery) {}

  private final List<Pair> pairs;
  private final String unsignedQuery;
  private final String unsignedBody;
  private final Pair signature;
  private final boolean signatureLast;

  private WireParams(
      List<Pair> pairs, String unsignedQuery, String unsignedBody, Pair signature, boolean last) {
    this.pairs = pairs;
    this.unsignedQuery = unsignedQuery;
    this.unsignedBody = unsignedBody;
    this.signature = signature;
    this.signatureLast = last;
  }

  /**
   * Parses both parts of {@code request}.
   *
   * @throws IllegalArgumentException naming a broken escape, bad UTF-8 or a repeated name
   */
  static WireParams parse(SentRequest request) {
    List<Pair> query = pairs(request.query(), true);
    List<Pair> body = pairs(request.body(), false);
    checkDuplicates(query);
    checkDuplicates(body);
    List<Pair> all = new ArrayList<>(query);
    all.addAll(body);
    Pair signature = find(query, body);
    List<Pair> holder = body.contains(signature) ? body : query;
    boolean last =
        signature != null
            && holder.get(holder.size() - 1) == signature
            && (holder == body || body.isEmpty());
    return new WireParams(
        all,
        cut(request.query(), query, signature),
        cut(request.body(), body, signature),
        signature,
        last);
  }

  List<Pair> pairs() {
    return pairs;
  }

  /** Every pair except {@code signature}, in the order sent. */
  List<Pair> unsignedPairs() {
    List<Pair> unsigned = new ArrayList<>(pairs);
    unsigned.remove(signature);
    return unsigned;
  }

  String unsignedQuery() {
    return unsignedQuery;
  }

  String unsignedBody() {
    return unsignedBody;
  }

  /** What Binance verifies: the query then the body, each without {@code signature}. */
  String payload() {
    return unsignedQuery + unsignedBody;
  }

  /** The decoded value of the first pair named {@code name}, or null. */
  String value(String name) {
    for (Pair pair : pairs) {
      if (pair.name().equals(name)) {
        return pair.value();
      }
    }
    return null;
  }

  /** The signature pair, or null when none was sent. */
  Pair signature() {
    return signature;
  }

  /** True when the signature is the last pair of the last non-empty part. */
  boolean signatureLast() {
    return signatureLast;
  }

  private static Pair find(List<Pair> query, List<Pair> body) {
    for (List<Pair> part : List.of(query, body)) {
      for (Pair pair : part) {
        if (pair.name().equals(SIGNATURE)) {
          return pair;
        }
      }
    }
    return null;
  }

  private static List<Pair> pairs(String raw, boolean inQuery) {
    List<Pair> pairs = new ArrayList<>();
    for (String text : raw.split("&", -1)) {
      if (!text.isEmpty()) {
        int eq = text.indexOf('=');
        String name = decode(eq < 0 ? text : text.substring(0, eq));
        String value = eq < 0 ? "" : decode(text.substring(eq + 1));
        pairs.add(new Pair(text, name, value, inQuery));
      }
    }
    return pairs;
  }

  private static void checkDuplicates(List<Pair> part) {
    Set<String> names = new HashSet<>();
    for (Pair pair : part) {
      if (!names.add(pair.name())) {
        throw new IllegalArgumentException("parameter sent twice: '" + pair.name() + "'");
      }
    }
  }

  /**
   * {@code raw} without the signature pair and one {@code &} next to it, preferring the one before.
   */
  private static String cut(String raw, List<Pair> part, Pair signature) {
    if (signature == null || !part.contains(signature)) {
      return raw;
    }
    int start = offsetOf(raw, signature);
    int end = start + signature.raw().length();
    if (start > 0) {
      return raw.substring(0, start - 1) + raw.substring(end);
    }
    return end < raw.length() ? raw.substring(end + 1) : "";
  }

  private static int offsetOf(String raw, Pair pair) {
    int offset = 0;
    for (String text : raw.split("&", -1)) {
      if (text.equals(pair.raw()) && pairs(text, pair.inQuery()).get(0).name().equals(SIGNATURE)) {
        return offset;
      }
      offset += text.length() + 1;
    }
    throw new IllegalStateException("signature pair not found in its part");
  }

  /**
   * Form-decodes {@code raw}: {@code +} to a space, {@code %XX} to a byte, the result as strict
   * UTF-8.
   *
   * @throws IllegalArgumentException on a broken escape or bytes that are not UTF-8
   */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
      return raw;
    }
    byte[] in = raw.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '%') {
        out.write(hexByte(in, i));
        i += 2;
      } else {
        out.write(in[i] == '+' ? ' ' : in[i]);
      }
    }
    return strictUtf8(out.toByteArray());
  }

  private static int hexByte(byte[] in, int percent) {
    int high = percent + 1 < in.length ? Character.digit(in[percent + 1], 16) : -1;
    int low = percent + 2 < in.length ? Character.digit(in[percent + 2], 16) : -1;
    if (high < 0 || low < 0) {
      throw new IllegalArgumentException("broken percent escape at byte " + percent);
    }
    return (high << 4) | low;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("percent escapes that are not UTF-8", e);
    }
  }
}
