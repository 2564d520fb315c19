package dev.mbx.client;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps requests within the server's rate limits and honours {@code Retry-After}.
 *
 * <p>Design: Binance counts weight in windows aligned to its clock (a minute from :00), which the
 * client can only estimate. So the client keeps a sliding log of what it sent, per limit from
 * {@code exchangeInfo}, and sends only while every span of a window's length (plus a margin for
 * network jitter) holds no more than the limit; any aligned window on the server then holds no more
 * either. On top, the used weight the server reports covers other processes behind the same IP:
 * when it says the current window is full, the client waits for the window's end. Pacing starts
 * once limits are known, from an {@code exchangeInfo} response: before that only the server's
 * verdicts apply. After a 429 or 418, nothing is sent until its {@code Retry-After} has passed.
 * Thread-safe.
 */
final class Pacer {
  private static final long MARGIN_MILLIS = 100;
  private static final int BUCKETS_PER_WINDOW = 50;

  private final ServerClock clock;
  private final boolean pacing;
  private final long maxWaitMillis;
  private List<Budget> budgets = List.of();
  private List<ExchangeInfo.RateLimit> limits = List.of();
  private Map<String, Long> usedWeight = Map.of();
  private Map<String, Long> orderCount = Map.of();
  private final Map<String, long[]> reportedByWindow = new HashMap<>();
  private RateLimitedException blocked;

  Pacer(ServerClock clock, boolean pacing, long maxWaitMillis) {
    this.clock = clock;
    this.pacing = pacing;
    this.maxWaitMillis = maxWaitMillis;
  }

  /** Waits until a request of {@code weight} (a new order when {@code order}) fits the limits. */
  void acquire(int weight, boolean order) {
    long start = clock.local().millis();
    while (true) {
      long wait = tryAcquire(weight, order);
      if (wait <= 0) {
        return;
      }
      long now = clock.local().millis();
      if (now - start + wait > maxWaitMillis) {
        throw new ThrottledException(
            "rate limit reached: request weight "
                + weight
                + " fits again at "
                + Instant.ofEpochMilli(now + wait)
                + ", later than the allowed wait of "
                + maxWaitMillis
                + " ms",
            Instant.ofEpochMilli(now + wait));
      }
      Sleeper.sleep(wait, "waiting for the rate limit");
    }
  }

  /**
   * Takes the limits from an {@code exchangeInfo} response, which cost {@code fetchWeight}: a limit
   * seen for the first time starts with that request in its log.
   */
  synchronized void limits(List<ExchangeInfo.RateLimit> rateLimits, int fetchWeight) {
    long now = clock.local().millis();
    List<Budget> next = new ArrayList<>();
    for (ExchangeInfo.RateLimit limit : rateLimits) {
      long window = windowMillis(limit.intervalNum(), limit.interval());
      if (window > 0) {
        Budget budget = new Budget(limit.rateLimitType(), window, limit.limit());
        if (!keepLog(budget)) {
          budget.add(budget.cost(fetchWeight, false), now);
        }
        next.add(budget);
      }
    }
    budgets = List.copyOf(next);
    limits = List.copyOf(rateLimits);
  }

  /** Notes a response's weight and order-count headers. */
  synchronized void record(RawResponse response) {
    if (!response.usedWeight().isEmpty()) {
      usedWeight = response.usedWeight();
      remember("REQUEST_WEIGHT", response.usedWeight());
    }
    if (!response.orderCount().isEmpty()) {
      orderCount = response.orderCount();
      remember("ORDERS", response.orderCount());
    }
  }

  /** Sends nothing more before the exception's {@code retryAfter}. */
  synchronized void block(RateLimitedException limited) {
    if (blocked == null || limited.retryAfter().isAfter(blocked.retryAfter())) {
      blocked = limited;
    }
  }

  synchronized RateLimitStatus status() {
    Optional<Instant> retryAfter =
        blocked != null && isBlocked() ? Optional.of(blocked.retryAfter()) : Optional.empty();
    return new RateLimitStatus(usedWeight, orderCount, limits, retryAfter);
  }

  /** Reserves and returns 0, or returns how long to wait before trying again. */
  private synchronized long tryAcquire(int weight, boolean order) {
    if (blocked != null && isBlocked()) {
      throw blocked.refused();
    }
    if (!pacing) {
      return 0;
    }
    long now = clock.local().millis();
    long wait = 0;
    for (Budget budget : budgets) {
      wait = Math.max(wait, budget.waitFor(budget.cost(weight, order), now));
      wait = Math.max(wait, reportedWait(budget, budget.cost(weight, order)));
    }
    if (wait > 0) {
      return wait;
    }
    for (Budget budget : budgets) {
      budget.add(budget.cost(weight, order), now);
    }
    return 0;
  }

  private boolean isBlocked() {
    return clock.local().millis() < blocked.retryAfter().toEpochMilli();
  }

  /** The wait until the server's own window ends, when its last report says it is full. */
  private long reportedWait(Budget budget, long cost) {
    long[] reported = reportedByWindow.get(budget.key());
    if (reported == null || cost == 0) {
      return 0;
    }
    long serverNow = clock.now();
    long index = Math.floorDiv(serverNow, budget.windowMillis);
    if (reported[0] != index || reported[1] + cost <= budget.limit) {
      return 0;
    }
    return (index + 1) * budget.windowMillis + MARGIN_MILLIS - serverNow;
  }

  private void remember(String type, Map<String, Long> byInterval) {
    long serverNow = clock.now();
    byInterval.forEach(
        (interval, used) -> {
          long window = windowMillis(interval);
          if (window > 0) {
            long index = Math.floorDiv(serverNow, window);
            long[] previous = reportedByWindow.get(type + interval);
            long kept =
                previous != null && previous[0] == index ? Math.max(previous[1], used) : used;
            reportedByWindow.put(type + interval, new long[] {index, kept});
          }
        });
  }

  /** Copies the log of the same limit into {@code fresh}; false if there was none. */
  private boolean keepLog(Budget fresh) {
    for (Budget old : budgets) {
      if (old.key().equals(fresh.key())) {
        fresh.log.addAll(old.log);
        fresh.sum = old.sum;
        return true;
      }
    }
    return false;
  }

  /** {@code "10S"}, {@code "1M"}, {@code "1D"} in milliseconds; 0 when unreadable. */
  static long windowMillis(String interval) {
    if (interval.length() < 2) {
      return 0;
    }
    String number = interval.substring(0, interval.length() - 1);
    if (!number.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Long.parseLong(number) * unitMillis(interval.charAt(interval.length() - 1));
  }

  private static long windowMillis(int intervalNum, String interval) {
    return interval == null || interval.isEmpty()
        ? 0
        : intervalNum * unitMillis(interval.toUpperCase(Locale.ROOT).charAt(0));
  }

  private static long unitMillis(char unit) {
    return switch (Character.toUpperCase(unit)) {
      case 'S' -> 1_000L;
      case 'M' -> 60_000L;
      case 'H' -> 3_600_000L;
      case 'D' -> 86_400_000L;
      default -> 0L;
    };
  }

  /**
   * One limit's sliding log, in buckets of a fiftieth of the window so that a day's order count
   * stays small. A bucket is forgotten only once its end is a full window (plus margin) old, which
   * errs on the safe side.
   */
  private static final class Budget {
    private final String type;
    private final long windowMillis;
    private final long limit;
    private final long bucketMillis;
    private final ArrayDeque<long[]> log = new ArrayDeque<>();
    private long sum;

    Budget(String type, long windowMillis, long limit) {
      this.type = type;
      this.windowMillis = windowMillis;
      this.limit = limit;
      this.bucketMillis = Math.max(1, windowMillis / BUCKETS_PER_WINDOW);
    }

    String key() {
      return type + intervalKey();
    }

    private String intervalKey() {
      if (windowMillis % 86_400_000L == 0) {
        return windowMillis / 86_400_000L + "D";
      }
      if (windowMillis % 60_000L == 0) {
        return windowMillis / 60_000L + "M";
      }
      return windowMillis / 1_000L + "S";
    }

    long cost(int weight, boolean order) {
      return switch (type) {
        case "REQUEST_WEIGHT" -> weight;
        case "ORDERS" -> order ? 1 : 0;
        case "RAW_REQUESTS" -> 1;
        default -> 0;
      };
    }

    /** 0 when {@code cost} fits now; else the wait until enough of the log has expired. */
    long waitFor(long cost, long now) {
      prune(now);
      if (cost == 0 || sum + cost <= limit || cost > limit) {
        return 0;
      }
      long freed = 0;
      for (long[] entry : log) {
        freed += entry[1];
        if (sum - freed + cost <= limit) {
          return expiry(entry) - now;
        }
      }
      return windowMillis;
    }

    void add(long cost, long now) {
      if (cost == 0) {
        return;
      }
      long bucket = now - Math.floorMod(now, bucketMillis);
      long[] last = log.peekLast();
      if (last != null && last[0] == bucket) {
        last[1] += cost;
      } else {
        log.addLast(new long[] {bucket, cost});
      }
      sum += cost;
    }

    private void prune(long now) {
      while (!log.isEmpty() && expiry(log.peekFirst()) <= now) {
        sum -= log.pollFirst()[1];
      }
    }

    private long expiry(long[] entry) {
      return entry[0] + bucketMillis + windowMillis + MARGIN_MILLIS;
    }
  }
}
