package dev.mbx.sandbox.diagnosis;

import dev.mbx.core.KeyType;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recomputes what Binance would for a SIGNED request and names the most likely mistake.
 *
 * <p>The checks run in the order the sandbox (and, as far as documented, Binance) runs them: API
 * key, parameter syntax, mandatory {@code timestamp} and {@code signature}, signature format,
 * signature value, {@code recvWindow}, timing. The first failing check gives the verdict; for a
 * signature that does not verify, {@link Hypotheses} rebuilds what the user probably signed.
 *
 * <p>Stateless and thread-safe. Nothing it returns contains the secret or the private key.
 */
public final class Diagnoser {
  static final String API_KEY_HEADER = "X-MBX-APIKEY";

  private static final Pattern API_KEY = Pattern.compile("[A-Za-z0-9]{1,128}");
  private static final Pattern HEX64 = Pattern.compile("[0-9A-Fa-f]{64}");
  private static final List<String> API_KEY_PARAMS = List.of("apikey", "api_key", "x-mbx-apikey");

  private Diagnoser() {}

  /**
   * Diagnoses {@code request}.
   *
   * @param key the key it should be signed with, or null when unknown (then only the API key,
   *     syntax, format and timing are checked)
   * @param serverTimeMillis the server's time in epoch milliseconds; empty to skip the timing
   *     checks
   */
  public static Diagnosis diagnose(
      SentRequest request, KeyMaterial key, OptionalLong serverTimeMillis) {
    WireParams params;
    try {
      params = WireParams.parse(request);
    } catch (IllegalArgumentException e) {
      return unparsable(request, e.getMessage());
    }
    Finding finding = firstFinding(request, params, key, serverTimeMillis);
    Diagnosis.Correction correction =
        Corrections.correct(request, params, key, serverTimeMillis, finding.cause());
    String expected = key == null ? null : key.sign(Hypotheses.utf8(params.payload()));
    return new Diagnosis(
        finding.cause(),
        finding.sentence(),
        params.payload(),
        sentSignature(params),
        expected,
        correction);
  }

  private static Finding firstFinding(
      SentRequest request, WireParams params, KeyMaterial key, OptionalLong serverTime) {
    List<Function<WireParams, Finding>> checks =
        List.of(
            p -> apiKey(request, p),
            Diagnoser::mandatory,
            p -> signatureFormat(p, key),
            Diagnoser::signatureNotLast,
            p -> signatureValue(p, key),
            Timing::recvWindow,
            p -> Timing.timestamp(p, serverTime));
    for (Function<WireParams, Finding> check : checks) {
      Finding finding = check.apply(params);
      if (finding != null) {
        return finding;
      }
    }
    return new Finding(
        Cause.ACCEPTED, "the request is correct: Binance would accept its signature and timestamp");
  }

  private static Finding apiKey(SentRequest request, WireParams params) {
    String header = request.header(API_KEY_HEADER);
    if (header == null || header.isBlank()) {
      String inQuery = apiKeyParam(params);
      return inQuery != null
          ? new Finding(
              Cause.API_KEY_IN_QUERY,
              "the API key was sent as parameter '"
                  + inQuery
                  + "'; send it in the X-MBX-APIKEY header instead")
          : new Finding(
              Cause.API_KEY_MISSING,
              "no X-MBX-APIKEY header; a SIGNED endpoint needs your API key in it");
    }
    String key = header.strip();
    if (key.chars().anyMatch(Character::isWhitespace)) {
      return new Finding(
          Cause.API_KEY_WHITESPACE,
          "the API key in X-MBX-APIKEY contains whitespace; send the key alone, without spaces or"
              + " line breaks");
    }
    if (!API_KEY.matcher(key).matches()) {
      return new Finding(
          Cause.API_KEY_MALFORMED,
          "X-MBX-APIKEY is not an API key (letters and digits only); send the key without quotes"
              + " or other characters");
    }
    return null;
  }

  /** The name of a parameter that carries the API key, or null. */
  static String apiKeyParam(WireParams params) {
    for (WireParams.Pair pair : params.pairs()) {
      if (API_KEY_PARAMS.contains(pair.name().toLowerCase(Locale.ROOT))) {
        return pair.name();
      }
    }
    return null;
  }

  private static Finding mandatory(WireParams params) {
    String timestamp = params.value("timestamp");
    if (timestamp == null || timestamp.isEmpty()) {
      return new Finding(
          Cause.TIMESTAMP_MISSING,
          "no 'timestamp'; send the current time in milliseconds since the epoch");
    }
    if (sentSignature(params).isEmpty()) {
      return new Finding(
          Cause.SIGNATURE_MISSING,
          "no 'signature'; sign the payload and append signature as the last parameter");
    }
    return null;
  }

  private static Finding signatureFormat(WireParams params, KeyMaterial key) {
    String signature = sentSignature(params);
    if ((key != null && key.type() != KeyType.HMAC) || HEX64.matcher(signature).matches()) {
      return null;
    }
    Finding known = firstMatch(Hypotheses.NOT_HEX, new Attempt(params, hmacOrNull(key), signature));
    return known != null
        ? known
        : new Finding(
            Cause.SIGNATURE_NOT_HEX,
            "not hex: an HMAC signature is 64 hex characters (the HMAC-SHA256 digest of the"
                + " payload), this one has "
                + signature.length()
                + " characters");
  }

  private static KeyMaterial hmacOrNull(KeyMaterial key) {
    return key != null && key.type() == KeyType.HMAC ? key : null;
  }

  private static Finding signatureNotLast(WireParams params) {
    if (params.signatureLast()) {
      return null;
    }
    return new Finding(
        Cause.SIGNATURE_NOT_LAST,
        "'signature' is not the last parameter; append it after every other parameter, at the"
            + " end of the body when there is one");
  }

  private static Finding signatureValue(WireParams params, KeyMaterial key) {
    if (key == null) {
      return null;
    }
    Attempt attempt = new Attempt(params, key, sentSignature(params));
    if (attempt.signs(params.payload())) {
      return null;
    }
    Finding known = firstMatch(Hypotheses.MISMATCH, attempt);
    return known != null
        ? known
        : new Finding(
            Cause.SIGNATURE_MISMATCH,
            "the signature does not match and no known mistake explains it; check that the"
                + " secret or key belongs to this API key, and compare the payload below with"
                + " what you signed");
  }

  /** Hypotheses that need a key are skipped without one: {@code attempt.key()} may be null. */
  private static Finding firstMatch(List<Hypotheses.Hypothesis> hypotheses, Attempt attempt) {
    for (Hypotheses.Hypothesis hypothesis : hypotheses) {
      String sentence =
          attempt.key() == null && hypothesis.cause() != Cause.SIGNATURE_HASH_OBJECT
              ? null
              : hypothesis.test().apply(attempt);
      if (sentence != null) {
        return new Finding(hypothesis.cause(), sentence);
      }
    }
    return null;
  }

  /** The signature as the server reads it: form-decoded, so a raw {@code +} is a space. */
  static String sentSignature(WireParams params) {
    WireParams.Pair signature = params.signature();
    return signature == null ? "" : signature.value();
  }

  private static Diagnosis unparsable(SentRequest request, String problem) {
    boolean duplicate = problem.startsWith("parameter sent twice");
    Cause cause = duplicate ? Cause.DUPLICATE_PARAMETER : Cause.ILLEGAL_CHARACTERS;
    String sentence =
        duplicate
            ? problem + "; send each parameter once"
            : "the parameters cannot be decoded: "
                + problem
                + "; percent-encode every value as UTF-8";
    String payload = request.query() + request.body();
    return new Diagnosis(
        cause,
        sentence,
        payload,
        "",
        null,
        new Diagnosis.Correction(
            request.header(API_KEY_HEADER), request.query(), request.body(), payload, null));
  }
}
