package dev.mbx.sandbox.diagnosis;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.PercentEncoding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The known ways to get a signature wrong, most likely first. Each one rebuilds what the user
 * probably signed and checks the sent signature against it; the first that matches names the cause.
 * A hypothesis answers its sentence when it matches, or null.
 */
final class Hypotheses {
  /** A known mistake: when {@code test} answers a sentence, {@code cause} explains the request. */
  record Hypothesis(Cause cause, Function<Attempt, String> test) {}

  /** Signature text that is not a digest at all but how a language prints a hash object. */
  private static final Pattern HASH_OBJECT =
      Pattern.compile(
          "(?i)<[^>]*(hash|hmac|digest|object)[^>]*>|\\[B@[0-9a-f]+|[a-z_.$]+@[0-9a-f]{4,}");

  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
  private static final Pattern DOUBLE_ESCAPE = Pattern.compile("%25([0-9A-Fa-f]{2})");
  private static final int MAX_PERMUTED_HMAC = 7;
  private static final int MAX_PERMUTED_ASYMMETRIC = 6;
  private static final HexFormat LOWER_HEX = HexFormat.of();

  /** For a signature that is not 64 hex characters, where the key is HMAC or unknown. */
  static final List<Hypothesis> NOT_HEX =
      List.of(
          new Hypothesis(Cause.SIGNATURE_HASH_OBJECT, Hypotheses::hashObject),
          new Hypothesis(Cause.BASE64_FOR_HMAC, Hypotheses::base64ForHmac));

  /** For a signature that does not verify, most likely first. */
  static final List<Hypothesis> MISMATCH =
      List.of(
          new Hypothesis(Cause.RSA_ED25519_PLUS_AS_SPACE, Hypotheses::plusAsSpace),
          new Hypothesis(Cause.HEX_FOR_RSA_ED25519, Hypotheses::hexForAsymmetric),
          new Hypothesis(Cause.DOUBLE_ENCODED, Hypotheses::doubleEncoded),
          new Hypothesis(Cause.SIGNED_UNENCODED, Hypotheses::signedUnencoded),
          new Hypothesis(Cause.PLUS_VS_PERCENT20, Hypotheses::plusVersusPercent20),
          new Hypothesis(Cause.SIGNED_ENCODED_SENT_UNENCODED, Hypotheses::sentUnencoded),
          new Hypothesis(Cause.QUERY_ONLY_SIGNED, Hypotheses::queryOnly),
          new Hypothesis(Cause.BODY_ONLY_SIGNED, Hypotheses::bodyOnly),
          new Hypothesis(Cause.AMPERSAND_AT_JOIN, Hypotheses::ampersandAtJoin),
          new Hypothesis(Cause.SECRET_WHITESPACE, Hypotheses::secretWhitespace),
          new Hypothesis(Cause.SHA256_OF_SECRET, Hypotheses::sha256OfSecret),
          new Hypothesis(Cause.HMAC_KEY_MESSAGE_SWAPPED, Hypotheses::keyAndMessageSwapped),
          new Hypothesis(Cause.SIGNATURE_IN_OWN_PAYLOAD, Hypotheses::signatureInOwnPayload),
          new Hypothesis(Cause.ORDER_MISMATCH, Hypotheses::orderMismatch));

  private Hypotheses() {}

  static String hashObject(Attempt attempt) {
    if (!HASH_OBJECT.matcher(attempt.signature()).find()) {
      return null;
    }
    return "not hex: you sent the text of a hash object; compute HMAC-SHA256 of the payload with"
        + " your secret and send its hex digest";
  }

  static String base64ForHmac(Attempt attempt) {
    String secret = attempt.secret();
    byte[] decoded = base64OrNull(attempt.signature());
    if (secret == null || decoded == null) {
      return null;
    }
    String hex = HmacSigner.of(secret).sign(utf8(attempt.params().payload()));
    if (!LOWER_HEX.formatHex(decoded).equals(hex)) {
      return null;
    }
    return "not hex: the signature is the Base64 of the right HMAC; an HMAC key needs the hex"
        + " digest, 64 characters 0-9a-f";
  }

  static String plusAsSpace(Attempt attempt) {
    String signature = attempt.signature();
    if (attempt.secret() != null || signature.indexOf(' ') < 0) {
      return null;
    }
    if (!attempt.signsWith(attempt.params().payload(), signature.replace(' ', '+'))) {
      return null;
    }
    return "the Base64 signature was sent without percent-encoding, so each '+' arrived as a"
        + " space; percent-encode it (+ as %2B, / as %2F, = as %3D)";
  }

  static String hexForAsymmetric(Attempt attempt) {
    String signature = attempt.signature();
    if (attempt.secret() != null
        || signature.length() % 2 != 0
        || !HEX.matcher(signature).matches()) {
      return null;
    }
    byte[] raw = HexFormat.of().parseHex(signature);
    String base64 = Base64.getEncoder().encodeToString(raw);
    if (!attempt.signsWith(attempt.params().payload(), base64)) {
      return null;
    }
    return "the signature is hex, but an RSA or Ed25519 key needs the standard Base64 of the"
        + " signature bytes, percent-encoded";
  }

  static String signedUnencoded(Attempt attempt) {
    String payload = attempt.params().payload();
    for (UnaryOperator<String> decoding :
        List.<UnaryOperator<String>>of(Hypotheses::percentDecode, Hypotheses::formDecodeAll)) {
      String decoded = decoding.apply(payload);
      if (decoded != null && !decoded.equals(payload) && attempt.signs(decoded)) {
        return "you signed the payload before percent-encoding it and sent it encoded; since"
            + " 2026-01-15 Binance verifies the signature over the encoded bytes exactly as sent,"
            + " so sign the encoded string";
      }
    }
    return null;
  }

  static String plusVersusPercent20(Attempt attempt) {
    String payload = attempt.params().payload();
    if (payload.contains("+") && attempt.signs(payload.replace("+", "%20"))) {
      return "spaces were signed as '%20' but sent as '+' in places; write every space one way"
          + " (%20) and sign exactly the string you send";
    }
    if (payload.contains("%20") && attempt.signs(payload.replace("%20", "+"))) {
      return "spaces were signed as '+' but sent as '%20' in places; write every space one way"
          + " (%20) and sign exactly the string you send";
    }
    return null;
  }

  static String sentUnencoded(Attempt attempt) {
    String payload = attempt.params().payload();
    for (Function<String, String> encoder :
        List.<Function<String, String>>of(PercentEncoding::encode, Hypotheses::formEncode)) {
      String encoded = reencode(attempt.params(), encoder);
      if (!encoded.equals(payload) && attempt.signs(encoded)) {
        return "you signed the percent-encoded payload but sent some characters unencoded;"
            + " Binance verifies the bytes it receives, so send exactly the encoded string you"
            + " signed";
      }
    }
    return null;
  }

  static String queryOnly(Attempt attempt) {
    WireParams params = attempt.params();
    if (params.unsignedBody().isEmpty() || !attempt.signs(params.unsignedQuery())) {
      return null;
    }
    return "you signed only the query string, but a body was sent too; sign the query followed"
        + " directly by the body";
  }

  static String bodyOnly(Attempt attempt) {
    WireParams params = attempt.params();
    if (params.unsignedQuery().isEmpty() || !attempt.signs(params.unsignedBody())) {
      return null;
    }
    return "you signed only the body, but the query string carries parameters too; sign the query"
        + " followed directly by the body";
  }

  static String ampersandAtJoin(Attempt attempt) {
    WireParams params = attempt.params();
    if (params.unsignedQuery().isEmpty() || params.unsignedBody().isEmpty()) {
      return null;
    }
    if (!attempt.signs(params.unsignedQuery() + "&" + params.unsignedBody())) {
      return null;
    }
    return "you joined the query and the body with '&' before signing; Binance joins them with"
        + " nothing in between";
  }

  static String doubleEncoded(Attempt attempt) {
    String payload = attempt.params().payload();
    String once = DOUBLE_ESCAPE.matcher(payload).replaceAll("%$1");
    if (once.equals(payload) || !attempt.signs(once)) {
      return null;
    }
    return "a value was percent-encoded twice ('%25' then hex, such as %2540) after you signed it"
        + " encoded once; encode each value exactly once and sign what you send";
  }

  static String secretWhitespace(Attempt attempt) {
    String secret = attempt.secret();
    if (secret == null) {
      return null;
    }
    byte[] payload = utf8(attempt.params().payload());
    for (String[] variant : secretVariants(secret)) {
      if (HmacSigner.of(variant[0]).sign(payload).equalsIgnoreCase(attempt.signature())) {
        return "the secret you signed with had "
            + variant[1]
            + " (typical when it is read from a file or pasted); use the secret without"
            + " surrounding whitespace";
      }
    }
    return null;
  }

  private static List<String[]> secretVariants(String secret) {
    return List.of(
        new String[] {secret + "\n", "a trailing newline"},
        new String[] {secret + "\r\n", "a trailing CR LF"},
        new String[] {secret + " ", "a trailing space"},
        new String[] {" " + secret, "a leading space"},
        new String[] {" " + secret + " ", "spaces around it"},
        new String[] {secret.strip() + "\n", "a trailing newline"});
  }

  static String sha256OfSecret(Attempt attempt) {
    String secret = attempt.secret();
    if (secret == null || !sha256Hex(utf8(secret)).equalsIgnoreCase(attempt.signature())) {
      return null;
    }
    return "you sent the SHA-256 of your secret, not an HMAC of the payload; compute HMAC-SHA256"
        + " of the payload with your secret as the key and send its hex digest";
  }

  static String keyAndMessageSwapped(Attempt attempt) {
    String secret = attempt.secret();
    String payload = attempt.params().payload();
    if (secret == null || payload.isEmpty()) {
      return null;
    }
    if (!HmacSigner.of(payload).sign(utf8(secret)).equalsIgnoreCase(attempt.signature())) {
      return null;
    }
    return "HMAC key and message are swapped: you used the payload as the key and the secret as"
        + " the message; the secret is the key, the payload the message";
  }

  static String signatureInOwnPayload(Attempt attempt) {
    WireParams params = attempt.params();
    List<String> parts = new ArrayList<>();
    for (WireParams.Pair pair : params.pairs()) {
      parts.add(pair == params.signature() ? WireParams.SIGNATURE + "=" : pair.raw());
    }
    if (!attempt.signs(String.join("&", parts))) {
      return null;
    }
    return "your signed payload included the 'signature' parameter itself; sign every other"
        + " parameter, then append signature last";
  }

  static String orderMismatch(Attempt attempt) {
    List<WireParams.Pair> pairs = attempt.params().unsignedPairs();
    int limit = attempt.secret() != null ? MAX_PERMUTED_HMAC : MAX_PERMUTED_ASYMMETRIC;
    List<WireParams.Pair> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparing(WireParams.Pair::name));
    List<WireParams.Pair> signed =
        attempt.signs(joined(sorted))
            ? sorted
            : pairs.size() <= limit ? permutationSigned(attempt, pairs) : null;
    if (signed == null || signed.equals(pairs)) {
      return null;
    }
    return "the parameters were signed in another order ("
        + signed.stream().map(WireParams.Pair::name).collect(Collectors.joining(", "))
        + ") than sent; sign the parameters in exactly the order you send them";
  }

  /** Heap's algorithm over {@code pairs}; the first order whose join the signature signs. */
  private static List<WireParams.Pair> permutationSigned(
      Attempt attempt, List<WireParams.Pair> pairs) {
    List<WireParams.Pair> order = new ArrayList<>(pairs);
    int[] counters = new int[order.size()];
    int i = 1;
    while (i < order.size()) {
      if (counters[i] < i) {
        Collections.swap(order, i % 2 == 0 ? 0 : counters[i], i);
        if (attempt.signs(joined(order))) {
          return order;
        }
        counters[i]++;
        i = 1;
      } else {
        counters[i] = 0;
        i++;
      }
    }
    return null;
  }

  private static String joined(List<WireParams.Pair> pairs) {
    return pairs.stream().map(WireParams.Pair::raw).collect(Collectors.joining("&"));
  }

  /** Every pair decoded and encoded again with {@code encoder}, each part joined with {@code &}. */
  static String reencode(WireParams params, Function<String, String> encoder) {
    StringBuilder query = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (WireParams.Pair pair : params.unsignedPairs()) {
      StringBuilder part = pair.inQuery() ? query : body;
      if (part.length() > 0) {
        part.append('&');
      }
      part.append(encoder.apply(pair.name())).append('=').append(encoder.apply(pair.value()));
    }
    return query.toString() + body;
  }

  /** {@code %XX} decoded, {@code +} kept; null when the text has a broken escape. */
  private static String percentDecode(String text) {
    try {
      return PercentEncoding.decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String formDecodeAll(String text) {
    return percentDecode(text.replace("+", "%20"));
  }

  /** What HTML forms and {@code URLEncoder} produce: a space as {@code +}. */
  private static String formEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static byte[] base64OrNull(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return LOWER_HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
