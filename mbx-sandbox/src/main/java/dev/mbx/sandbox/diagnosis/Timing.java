package dev.mbx.sandbox.diagnosis;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * Binance's timing rule: accept when {@code timestamp < serverTime + 1000 ms} and {@code serverTime
 * - timestamp <= recvWindow}; {@code recvWindow} defaults to 5000 and may not exceed 60000 ms. A
 * timestamp of 16 digits or more is microseconds, as in the sandbox (telling them apart by
 * magnitude is an assumption).
 */
final class Timing {
  static final BigDecimal MAX_RECV_WINDOW = BigDecimal.valueOf(60_000);
  static final BigDecimal DEFAULT_RECV_WINDOW = BigDecimal.valueOf(5_000);

  private static final long MICROS_THRESHOLD = 1_000_000_000_000_000L;
  private static final long AHEAD_LIMIT_MICROS = 1_000_000;
  private static final long SECONDS_LIMIT = 100_000_000_000L;

  private Timing() {}

  static Finding recvWindow(WireParams params) {
    BigDecimal window = recvWindowOrNull(params);
    if (params.value("recvWindow") != null && window == null) {
      return new Finding(
          Cause.ILLEGAL_CHARACTERS,
          "recvWindow is not a number of milliseconds: '" + params.value("recvWindow") + "'");
    }
    if (window == null || window.compareTo(MAX_RECV_WINDOW) <= 0) {
      return null;
    }
    return new Finding(
        Cause.RECV_WINDOW_TOO_LARGE,
        "recvWindow "
            + window.toPlainString()
            + " is over Binance's maximum of 60000 ms; send at most 60000 (5000 or less is"
            + " advised)");
  }

  static Finding timestamp(WireParams params, OptionalLong serverTimeMillis) {
    String timestamp = params.value("timestamp");
    if (timestamp.length() > 20 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new Finding(
          Cause.ILLEGAL_CHARACTERS,
          "timestamp must be digits only (milliseconds since the epoch): '" + timestamp + "'");
    }
    if (serverTimeMillis.isEmpty()) {
      return null;
    }
    long server = serverTimeMillis.getAsLong();
    if (timestamp.length() <= 17 && Long.parseLong(timestamp) < SECONDS_LIMIT) {
      return new Finding(
          Cause.TIMESTAMP_IN_SECONDS,
          "timestamp " + timestamp + " is in seconds; send milliseconds since the epoch");
    }
    long lateMicros = server * 1_000 - micros(timestamp);
    long windowMicros = window(params).multiply(BigDecimal.valueOf(1_000)).longValue();
    if (lateMicros <= -AHEAD_LIMIT_MICROS) {
      return new Finding(
          Cause.TIMESTAMP_AHEAD,
          "timestamp is "
              + millis(-lateMicros)
              + " ms ahead of the server's time "
              + server
              + " (Binance allows less than 1000 ms); sync your clock with NTP, or take the"
              + " time from GET /api/v3/time");
    }
    if (lateMicros > windowMicros) {
      return new Finding(
          Cause.TIMESTAMP_OUTSIDE_WINDOW,
          "timestamp is "
              + millis(lateMicros)
              + " ms behind the server's time "
              + server
              + ", more than recvWindow "
              + window(params).toPlainString()
              + " ms; send a fresh timestamp and sync your clock with NTP");
    }
    return null;
  }

  /** The recvWindow sent, or the default when none or an unusable one was sent. */
  static BigDecimal window(WireParams params) {
    BigDecimal window = recvWindowOrNull(params);
    return window == null ? DEFAULT_RECV_WINDOW : window;
  }

  private static BigDecimal recvWindowOrNull(WireParams params) {
    String text = params.value("recvWindow");
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long micros(String timestamp) {
    if (timestamp.length() > 17) {
      return Long.MAX_VALUE / 2;
    }
    long value = Long.parseLong(timestamp);
    return value >= MICROS_THRESHOLD ? value : value * 1_000;
  }

  private static String millis(long micros) {
    return BigDecimal.valueOf(micros, 3).stripTrailingZeros().toPlainString();
  }
}
