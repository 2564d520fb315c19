package dev.mbx.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The sandbox's rate limits: what {@code exchangeInfo} advertises, and whether they are enforced.
 *
 * <p>Enforced, the sandbox answers as Binance does: a request that would take the IP's weight in
 * the current window over {@code requestWeight} gets HTTP 429 with {@code -1003} and a {@code
 * Retry-After} of the seconds left in the window; an IP that sends {@value
 * RateLimiter#IGNORED_429_BEFORE_BAN} more requests before that time is banned with HTTP 418 for
 * {@code ban}. A new order beyond {@code ordersPer10Seconds} or {@code ordersPerDay} for its
 * account gets 429 with {@code -1015}. Binance does not publish how many ignored 429s lead to a
 * ban; the number here is the sandbox's choice.
 *
 * <p>Not enforced by default, so that tests and load runs are never cut off; the weight and order
 * count headers are sent either way.
 *
 * @param enforced whether limits are applied
 * @param requestWeight the REQUEST_WEIGHT limit per window and IP
 * @param weightInterval the window, a whole number of seconds, minutes or days; Binance's is 1 min
 * @param ordersPer10Seconds the ORDERS limit per 10 seconds and account
 * @param ordersPerDay the ORDERS limit per day and account
 * @param ban how long an IP stays banned (HTTP 418); Binance's shortest ban is 2 minutes
 */
public record RateLimits(
    boolean enforced,
    int requestWeight,
    Duration weightInterval,
    int ordersPer10Seconds,
    int ordersPerDay,
    Duration ban) {

  /** Binance's documented values, not enforced. */
  public static final RateLimits BINANCE =
      new RateLimits(false, 6000, Duration.ofMinutes(1), 50, 160_000, Duration.ofMinutes(2));

  public RateLimits {
    Objects.requireNonNull(weightInterval, "weightInterval == null");
    Objects.requireNonNull(ban, "ban == null");
    requirePositive(requestWeight, "requestWeight");
    requirePositive(ordersPer10Seconds, "ordersPer10Seconds");
    requirePositive(ordersPerDay, "ordersPerDay");
    if (Interval.of(weightInterval) == null) {
      throw new IllegalArgumentException(
          "weightInterval must be whole seconds, minutes or days: " + weightInterval);
    }
    if (ban.isNegative() || ban.isZero()) {
      throw new IllegalArgumentException("ban must be positive: " + ban);
    }
  }

  /** These limits, enforced. */
  public RateLimits enforce() {
    return new RateLimits(
        true, requestWeight, weightInterval, ordersPer10Seconds, ordersPerDay, ban);
  }

  /** These limits with {@code limit} weight per {@code interval}. */
  public RateLimits withRequestWeight(int limit, Duration interval) {
    return new RateLimits(enforced, limit, interval, ordersPer10Seconds, ordersPerDay, ban);
  }

  /** These limits with {@code perTenSeconds} and {@code perDay} new orders per account. */
  public RateLimits withOrders(int perTenSeconds, int perDay) {
    return new RateLimits(enforced, requestWeight, weightInterval, perTenSeconds, perDay, ban);
  }

  /** These limits with bans of {@code duration}. */
  public RateLimits withBan(Duration duration) {
    return new RateLimits(
        enforced, requestWeight, weightInterval, ordersPer10Seconds, ordersPerDay, duration);
  }

  /** The {@code rateLimits} entries of {@code exchangeInfo}. */
  List<Advertised> advertised() {
    Interval weight = Interval.of(weightInterval);
    return List.of(
        new Advertised("REQUEST_WEIGHT", weight.unit(), weight.countInt(), requestWeight),
        new Advertised("ORDERS", "SECOND", 10, ordersPer10Seconds),
        new Advertised("ORDERS", "DAY", 1, ordersPerDay),
        new Advertised("RAW_REQUESTS", "MINUTE", 5, 300_000));
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /** One {@code exchangeInfo} rate limit. */
  record Advertised(String type, String interval, int intervalNum, int limit) {}

  /**
   * A window as Binance names it: {@code count} of {@code unit}, and the header suffix ({@code
   * "1M"}).
   */
  record Interval(long count, String unit, long millis) {
    static Interval of(Duration duration) {
      long millis = duration.toMillis();
      if (millis <= 0 || millis % 1_000 != 0) {
        return null;
      }
      if (millis % 86_400_000L == 0) {
        return new Interval(millis / 86_400_000L, "DAY", millis);
      }
      if (millis % 60_000L == 0) {
        return new Interval(millis / 60_000L, "MINUTE", millis);
      }
      return new Interval(millis / 1_000L, "SECOND", millis);
    }

    int countInt() {
      return (int) count;
    }

    String suffix() {
      return count + unit.substring(0, 1);
    }

    /** As in Binance's messages: {@code 1 MINUTE}. */
    String text() {
      return count + " " + unit;
    }
  }
}
