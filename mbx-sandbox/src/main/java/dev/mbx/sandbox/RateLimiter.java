package dev.mbx.sandbox;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies {@link RateLimits}: request weight per IP with 429 and then 418, and new orders per
 * account with 429. Also counts each account's orders for {@code X-MBX-ORDER-COUNT-*}, enforced or
 * not. Orders are counted when placed; Binance's count of unfilled orders also drops when orders
 * fill, which the sandbox does not model. Thread-safe.
 */
final class RateLimiter {
  /** Requests an IP may send during a 429's {@code Retry-After} before it is banned. */
  static final int IGNORED_429_BEFORE_BAN = 2;

  private static final long TEN_SECONDS = 10_000;
  private static final long DAY = 86_400_000;

  private final WeightMeter meter;
  private final Map<String, IpState> ips = new ConcurrentHashMap<>();
  private final Map<String, OrderCounts> orders = new ConcurrentHashMap<>();
  private volatile RateLimits rules;

  /** A refusal: status, Binance code and message, and {@code Retry-After} in seconds. */
  record Refusal(HttpResponseStatus status, int code, String msg, long retryAfterSeconds) {}

  RateLimiter(WeightMeter meter, RateLimits rules) {
    this.meter = meter;
    rules(rules);
  }

  RateLimits rules() {
    return rules;
  }

  void rules(RateLimits next) {
    meter.windowMillis(next.weightInterval().toMillis());
    this.rules = next;
  }

  /** Null when the request may go ahead; else how it is refused. */
  Refusal admit(String ip, int weight, String apiKey, boolean newOrder, long now) {
    RateLimits limits = rules;
    if (!limits.enforced()) {
      return null;
    }
    Refusal refusal = ips.computeIfAbsent(ip, k -> new IpState()).admit(limits, ip, weight, now);
    if (refusal == null && newOrder && apiKey != null) {
      refusal = orders.computeIfAbsent(apiKey, k -> new OrderCounts()).admit(limits, now);
    }
    return refusal;
  }

  /** Counts a placed order and returns the counts for 10 seconds and the day. */
  long[] orderPlaced(String apiKey, long now) {
    return orders.computeIfAbsent(apiKey, k -> new OrderCounts()).add(now);
  }

  /** One IP's weight verdicts: the 429 it was last given, and a ban. */
  private final class IpState {
    private long limitedUntil;
    private int ignored;
    private long bannedUntil;

    synchronized Refusal admit(RateLimits limits, String ip, int weight, long now) {
      if (now < bannedUntil) {
        return banned(now);
      }
      if (now < limitedUntil && ++ignored > IGNORED_429_BEFORE_BAN) {
        bannedUntil = now + limits.ban().toMillis();
        return banned(now);
      }
      long window = meter.windowMillis();
      if (now >= limitedUntil && meter.used(ip, now) + weight <= limits.requestWeight()) {
        return null;
      }
      if (now >= limitedUntil) {
        limitedUntil = (Math.floorDiv(now, window) + 1) * window;
        ignored = 0;
      }
      RateLimits.Interval interval = RateLimits.Interval.of(limits.weightInterval());
      return new Refusal(
          HttpResponseStatus.TOO_MANY_REQUESTS,
          -1003,
          "Too much request weight used; current limit is "
              + limits.requestWeight()
              + " request weight per "
              + interval.text()
              + ". Please use WebSocket Streams for live updates to avoid polling the API.",
          seconds(limitedUntil - now));
    }

    private Refusal banned(long now) {
      return new Refusal(
          HttpResponseStatus.valueOf(418, "I'm a teapot"),
          -1003,
          "Way too much request weight used; IP banned until "
              + bannedUntil
              + ". Please use WebSocket Streams for live updates to avoid bans.",
          seconds(bannedUntil - now));
    }
  }

  /** One account's new orders in the current 10-second and day windows. */
  private static final class OrderCounts {
    private long tenSecondIndex = Long.MIN_VALUE;
    private long tenSecondCount;
    private long dayIndex = Long.MIN_VALUE;
    private long dayCount;

    synchronized Refusal admit(RateLimits limits, long now) {
      roll(now);
      if (tenSecondCount >= limits.ordersPer10Seconds()) {
        return tooMany(limits.ordersPer10Seconds(), "10 SECOND", TEN_SECONDS, now);
      }
      if (dayCount >= limits.ordersPerDay()) {
        return tooMany(limits.ordersPerDay(), "1 DAY", DAY, now);
      }
      return null;
    }

    synchronized long[] add(long now) {
      roll(now);
      return new long[] {++tenSecondCount, ++dayCount};
    }

    private void roll(long now) {
      if (Math.floorDiv(now, TEN_SECONDS) != tenSecondIndex) {
        tenSecondIndex = Math.floorDiv(now, TEN_SECONDS);
        tenSecondCount = 0;
      }
      if (Math.floorDiv(now, DAY) != dayIndex) {
        dayIndex = Math.floorDiv(now, DAY);
        dayCount = 0;
      }
    }

    private static Refusal tooMany(int limit, String per, long window, long now) {
      long end = (Math.floorDiv(now, window) + 1) * window;
      return new Refusal(
          HttpResponseStatus.TOO_MANY_REQUESTS,
          -1015,
          "Too many new orders; current limit is " + limit + " orders per " + per + ".",
          seconds(end - now));
    }
  }

  /** Whole seconds, rounded up, at least one: what {@code Retry-After} carries. */
  private static long seconds(long millis) {
    return Math.max(1, (millis + 999) / 1_000);
  }
}
