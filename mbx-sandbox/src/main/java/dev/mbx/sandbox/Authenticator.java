package dev.mbx.sandbox;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Checks a SIGNED request the way Binance does (REST "Request security" and "Timing security"), in
 * this order: API key, mandatory {@code timestamp} and {@code signature}, signature format, HMAC
 * over the raw payload, then {@code recvWindow} and the timing rule. Binance does not document the
 * order beyond the key coming first; this one is the digest's reconstruction.
 */
final class Authenticator {
  static final String SIGNATURE_RANGE = "^[A-Fa-f0-9]{64}$";
  static final String TIMESTAMP_RANGE = "^[0-9]{1,20}$";

  private static final long MAX_RECV_WINDOW_MILLIS = 60_000;
  private static final BigDecimal DEFAULT_RECV_WINDOW = BigDecimal.valueOf(5_000);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final long MICROS_THRESHOLD = 1_000_000_000_000_000L;
  private static final long AHEAD_LIMIT_MICROS = 1_000_000;

  private final Exchange exchange;

  Authenticator(Exchange exchange) {
    this.exchange = exchange;
  }

  /**
   * The account behind {@code X-MBX-APIKEY}. Missing or malformed: {@code -2014}; unknown: {@code
   * -2015}. Both with HTTP 401, as reported by users (Binance documents 401 only for the WS API).
   */
  Account account(String apiKeyHeader) {
    if (apiKeyHeader == null || !Exchange.API_KEY_FORMAT.matcher(apiKeyHeader).matches()) {
      throw new ApiException(HttpResponseStatus.UNAUTHORIZED, -2014, "API-key format invalid.");
    }
    Account account = exchange.account(apiKeyHeader);
    if (account == null) {
      throw new ApiException(
          HttpResponseStatus.UNAUTHORIZED,
          -2015,
          "Invalid API-key, IP, or permissions for action.");
    }
    return account;
  }

  /** Verifies the signature and the timing of a request already matched to {@code account}. */
  void verify(Account account, RequestParams params, long nowMillis) {
    String timestamp = params.nonEmpty("timestamp");
    if (timestamp == null) {
      throw ApiException.mandatory("timestamp");
    }
    String signature = params.nonEmpty(RequestParams.SIGNATURE);
    if (signature == null) {
      throw ApiException.mandatory(RequestParams.SIGNATURE);
    }
    checkSignature(account, params, signature);
    checkTiming(timestamp, recvWindowMicros(params), nowMillis);
  }

  private static void checkSignature(Account account, RequestParams params, String signature) {
    if (!isHex64(signature)) {
      throw ApiException.illegalChars(RequestParams.SIGNATURE, SIGNATURE_RANGE);
    }
    String expected = account.signer().sign(params.signaturePayload());
    byte[] given = signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given)) {
      throw ApiException.badRequest(-1022, "Signature for this request is not valid.");
    }
  }

  private static boolean isHex64(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code recvWindow} in microseconds: milliseconds with up to three decimals, default 5000, at
   * most 60000. Over the maximum Binance answered {@code -1131 'recvWindow' must be less than
   * 60000.} until errors.md dropped -1131; the current errors.md has the -1102 text used here.
   * Which one today's servers send is unconfirmed.
   */
  private static long recvWindowMicros(RequestParams params) {
    BigDecimal millis = OrderValidator.decimalOrNull(params, "recvWindow", 3);
    if (millis == null) {
      millis = DEFAULT_RECV_WINDOW;
    }
    if (millis.compareTo(BigDecimal.valueOf(MAX_RECV_WINDOW_MILLIS)) > 0) {
      throw ApiException.badRequest(
          -1102, "'recvWindow' contains unexpected value. Cannot be greater than 60000.");
    }
    return millis.multiply(THOUSAND).longValueExact();
  }

  /**
   * Binance's rule: accept when {@code timestamp < serverTime + 1000} and {@code serverTime -
   * timestamp <= recvWindow}. A timestamp of 16 digits or more is taken as microseconds (Binance
   * accepts both since 2024-12; telling them apart by magnitude is an assumption).
   */
  private static void checkTiming(String timestamp, long recvWindowMicros, long nowMillis) {
    long stampMicros = timestampMicros(timestamp);
    long serverMicros = nowMillis * 1_000;
    if (stampMicros >= serverMicros + AHEAD_LIMIT_MICROS) {
      throw ApiException.badRequest(
          -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
    }
    if (serverMicros - stampMicros > recvWindowMicros) {
      throw ApiException.badRequest(
          -1021, "Timestamp for this request is outside of the recvWindow.");
    }
  }

  private static long timestampMicros(String timestamp) {
    if (timestamp.length() > 20 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw ApiException.illegalChars("timestamp", TIMESTAMP_RANGE);
    }
    if (timestamp.length() > 17) {
      return Long.MAX_VALUE / 2; // far in the future: rejected as ahead, without overflow
    }
    long value = Long.parseLong(timestamp);
    return value >= MICROS_THRESHOLD ? value : value * 1_000;
  }
}
