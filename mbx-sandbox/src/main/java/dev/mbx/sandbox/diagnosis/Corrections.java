package dev.mbx.sandbox.diagnosis;

import dev.mbx.core.PercentEncoding;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Builds the request that would pass: each parameter stays in its part, decoded and encoded once
 * (RFC 3986), the API key moves to its header, timing values are fixed, and a fresh signature is
 * appended last.
 */
final class Corrections {
  private static final Set<Cause> STALE_TIMESTAMP =
      EnumSet.of(
          Cause.TIMESTAMP_MISSING,
          Cause.TIMESTAMP_IN_SECONDS,
          Cause.TIMESTAMP_AHEAD,
          Cause.TIMESTAMP_OUTSIDE_WINDOW);

  private Corrections() {}

  static Diagnosis.Correction correct(
      SentRequest request,
      WireParams params,
      KeyMaterial key,
      OptionalLong serverTimeMillis,
      Cause cause) {
    String apiKeyParam = Diagnoser.apiKeyParam(params);
    boolean freshTimestamp = STALE_TIMESTAMP.contains(cause) && serverTimeMillis.isPresent();
    StringBuilder query = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (WireParams.Pair pair : params.unsignedPairs()) {
      if (pair.name().equals(apiKeyParam) || (freshTimestamp && isTimestamp(pair))) {
        continue;
      }
      append(pair.inQuery() ? query : body, pair.name(), fixedValue(pair));
    }
    StringBuilder last = body.length() > 0 ? body : query;
    if (freshTimestamp) {
      append(last, "timestamp", Long.toString(serverTimeMillis.getAsLong()));
    }
    String payload = query.toString() + body;
    String signature = key == null ? null : key.sign(Hypotheses.utf8(payload));
    append(last, WireParams.SIGNATURE, signature == null ? "" : signature);
    return new Diagnosis.Correction(
        apiKey(request, params, apiKeyParam),
        query.toString(),
        body.toString(),
        payload,
        signature);
  }

  private static boolean isTimestamp(WireParams.Pair pair) {
    return pair.name().equals("timestamp");
  }

  private static String fixedValue(WireParams.Pair pair) {
    if (pair.name().equals("recvWindow") && overMaximum(pair.value())) {
      return Timing.MAX_RECV_WINDOW.toPlainString();
    }
    return pair.value();
  }

  private static boolean overMaximum(String recvWindow) {
    try {
      return new BigDecimal(recvWindow).compareTo(Timing.MAX_RECV_WINDOW) > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void append(StringBuilder part, String name, String value) {
    if (part.length() > 0) {
      part.append('&');
    }
    part.append(PercentEncoding.encode(name)).append('=').append(PercentEncoding.encode(value));
  }

  /** The key from the header, or from the parameter it was wrongly sent in, without whitespace. */
  private static String apiKey(SentRequest request, WireParams params, String apiKeyParam) {
    String key = request.header(Diagnoser.API_KEY_HEADER);
    if ((key == null || key.isBlank()) && apiKeyParam != null) {
      key = params.value(apiKeyParam);
    }
    return key == null ? null : key.replaceAll("\\s+", "");
  }
}
