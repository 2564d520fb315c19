package dev.mbx.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Faults the sandbox injects, for testing how a client copes. Set at start with {@link
 * Sandbox.Builder#faults} or at run time with {@code POST /sandbox/faults}.
 *
 * @param clockSkew added to the sandbox's clock for everything: {@code serverTime}, timestamp
 *     checks, order times; negative puts the server behind
 * @param accountClockSkew added on top of {@code clockSkew} when checking the timestamps of the
 *     signed requests of the account with that API key. {@code /api/v3/time} does not show it, so a
 *     client that syncs its clock still fails there with {@code -1021}
 * @param latency added before every {@code /api/} response is written (after the request took
 *     effect, so a client timeout leaves an order placed)
 * @param orderFailure how the next {@code failingOrders} new orders fail
 * @param failingOrders how many new orders fail in that way; counts down to zero
 */
public record Faults(
    Duration clockSkew,
    Map<String, Duration> accountClockSkew,
    Duration latency,
    OrderFailure orderFailure,
    int failingOrders) {

  /** No faults. */
  public static final Faults NONE =
      new Faults(Duration.ZERO, Map.of(), Duration.ZERO, OrderFailure.NONE, 0);

  /**
   * How a new order fails: Binance's HTTP 503 with {@code -1007 Timeout waiting for response from
   * backend server. Send status unknown; execution status unknown.}, either way.
   */
  public enum OrderFailure {
    NONE,
    /** The 503 comes instead of executing the order: no order exists afterwards. */
    BEFORE_EXECUTION,
    /** The order is executed, and then the 503 comes instead of its response. */
    AFTER_EXECUTION
  }

  public Faults {
    Objects.requireNonNull(clockSkew, "clockSkew == null");
    accountClockSkew = Map.copyOf(accountClockSkew);
    Objects.requireNonNull(latency, "latency == null");
    Objects.requireNonNull(orderFailure, "orderFailure == null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency is negative: " + latency);
    }
    if (failingOrders < 0) {
      throw new IllegalArgumentException("failingOrders is negative: " + failingOrders);
    }
  }

  public Faults withClockSkew(Duration skew) {
    return new Faults(skew, accountClockSkew, latency, orderFailure, failingOrders);
  }

  public Faults withAccountClockSkew(Map<String, Duration> skews) {
    return new Faults(clockSkew, skews, latency, orderFailure, failingOrders);
  }

  public Faults withLatency(Duration delay) {
    return new Faults(clockSkew, accountClockSkew, delay, orderFailure, failingOrders);
  }

  /** The next {@code count} new orders fail as {@code failure} says. */
  public Faults withFailingOrders(OrderFailure failure, int count) {
    return new Faults(clockSkew, accountClockSkew, latency, failure, count);
  }
}
