package dev.mbx.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How long after its {@code timestamp} a request stays valid, in milliseconds.
 *
 * <p>Binance takes up to three decimal places (microsecond precision, since 2025-08-28) and at most
 * 60,000 ms; the default on the server is 5,000 ms.
 *
 * @param millis the window in milliseconds, positive, at most 60000, at most three decimals
 */
public record RecvWindow(BigDecimal millis) {
  /** Binance's upper bound, in milliseconds. */
  public static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(60_000);

  /** Binance's default when none is sent. */
  public static final RecvWindow DEFAULT = new RecvWindow(BigDecimal.valueOf(5_000));

  public RecvWindow {
    Objects.requireNonNull(millis, "millis == null");
    if (millis.signum() <= 0) {
      throw new IllegalArgumentException("recvWindow must be positive: " + millis.toPlainString());
    }
    if (millis.compareTo(MAX_MILLIS) > 0) {
      throw new IllegalArgumentException(
          "recvWindow must be at most 60000 ms: " + millis.toPlainString());
    }
    if (millis.stripTrailingZeros().scale() > 3) {
      throw new IllegalArgumentException(
          "recvWindow takes at most three decimal places: " + millis.toPlainString());
    }
  }

  public static RecvWindow ofMillis(long millis) {
    return new RecvWindow(BigDecimal.valueOf(millis));
  }

  /** Parses a decimal such as {@code 5000} or {@code 6000.346}. */
  public static RecvWindow parse(String millis) {
    try {
      return new RecvWindow(new BigDecimal(millis.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("recvWindow is not a decimal number: " + millis, e);
    }
  }

  /** The wire text, in plain notation without trailing zeros. */
  public String wire() {
    return millis.stripTrailingZeros().toPlainString();
  }
}
