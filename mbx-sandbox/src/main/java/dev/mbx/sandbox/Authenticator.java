package dev.mbx.sandbox;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.math.BigDecimal;

/**
 * Checks a SIGNED request the way Binance does (REST "Request security" and "Timing security"), in
 * this order: API key, mandatory {@code timestamp} and {@code signature}, signature format (HMAC
 * only), its place (last), the signature over the raw payload with the account's HMAC secret or
 * RSA/Ed25519 public key, then {@code recvWindow} and the timing rules. Binance does not document
 * the order beyond the key coming first; this one is the digest's reconstruction.
 */
final class Authenticator {
  static final String TIMESTAMP_RANGE = "^[0-9]{1,20}$";

  private static final long MAX_RECV_WINDOW_MILLIS = 60_000;
  private static final BigDecimal DEFAULT_RECV_WINDOW = BigDecimal.valueOf(5_000);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final long MICROS_THRESHOLD = 1_000_000_000_000_000L;
  private static final long AHEAD_LIMIT_MICROS = 1_000_000;

  /** 2017-01-01T00:00:00Z: Binance refuses earlier timestamps since 2024-12-12 (CHANGELOG). */
  private static final long EARLIEST_MICROS = 1_483_228_800_000_000L;

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

  /**
   * The key decides the format check ({@code -1100} for HMAC only); a misplaced signature is
   * checked after the format because Binance's forum reports it as {@code -1022}, not as a format
   * error.
   */
  private static void checkSignature(Account account, RequestParams params, String signature) {
    boolean valid = account.key().verifies(params.signaturePayload(), signature);
    if (!valid || !params.signaturePlacedLast()) {
      throw ApiException.badRequest(-1022, "Signature for this request is not valid.");
    }
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
   * timestamp <= recvWindow}, compared in microseconds. A timestamp of 16 digits or more is taken
   * as microseconds (Binance accepts both since 2024-12; telling them apart by magnitude is an
   * assumption).
   *
   * <p>Since 2024-12-12 Binance also refuses timestamps before 2017-01-01 or more than 10 s ahead,
   * under a code its CHANGELOG does not name. The sandbox answers {@code -1021} with the matching
   * recvWindow text for the first (an assumption); the second is already covered by the stricter
   * 1000 ms rule, so it needs no check of its own.
   */
  private static void checkTiming(String timestamp, long recvWindowMicros, long nowMillis) {
    long stampMicros = timestampMicros(timestamp);
    long serverMicros = nowMillis * 1_000;
    if (stampMicros < EARLIEST_MICROS) {
      throw ApiException.badRequest(
          -1021, "Timestamp for this request is outside of the recvWindow.");
    }
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
