package dev.mbx.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the admin API controls and observes: the {@link Faults} in force, the {@link RateLimiter},
 * and a log of the latest requests with the count of connections accepted. Thread-safe.
 */
final class SandboxControl {
  /** Requests kept in the log; older ones are dropped. */
  static final int LOG_CAPACITY = 10_000;

  private final WeightMeter meter = new WeightMeter();
  private final RateLimiter limiter;
  private final AtomicInteger failingOrders = new AtomicInteger();
  private final AtomicLong connections = new AtomicLong();
  private final ArrayList<LoggedRequest> log = new ArrayList<>();
  private final Faults initialFaults;
  private final RateLimits initialLimits;
  private volatile Faults faults;

  /**
   * One request as the sandbox answered it.
   *
   * @param time the sandbox clock when it arrived, in ms
   * @param status the HTTP status answered
   */
  record LoggedRequest(long time, String method, String path, int status) {}

  SandboxControl(Faults faults, RateLimits rules) {
    this.limiter = new RateLimiter(meter, rules);
    this.initialFaults = faults;
    this.initialLimits = rules;
    faults(faults);
  }

  /** Back to the faults and limits the sandbox started with. */
  void reset() {
    faults(initialFaults);
    limiter.rules(initialLimits);
  }

  WeightMeter meter() {
    return meter;
  }

  RateLimiter limiter() {
    return limiter;
  }

  /** {@code base} with the global clock skew, as it is at each reading. */
  Clock clock(Clock base) {
    return new SkewedClock(base, () -> faults.clockSkew().toMillis());
  }

  /** The faults in force, with the count of orders still to fail. */
  Faults faults() {
    Faults current = faults;
    return new Faults(
        current.clockSkew(),
        current.accountClockSkew(),
        current.latency(),
        current.orderFailure(),
        failingOrders.get());
  }

  void faults(Faults next) {
    this.faults = next;
    failingOrders.set(next.orderFailure() == Faults.OrderFailure.NONE ? 0 : next.failingOrders());
  }

  long latencyMillis() {
    return faults.latency().toMillis();
  }

  /** The extra skew for timestamps of requests signed with {@code apiKey}. */
  long accountSkewMillis(String apiKey) {
    Duration skew = apiKey == null ? null : faults.accountClockSkew().get(apiKey);
    return skew == null ? 0 : skew.toMillis();
  }

  /** Whether the next new order fails as {@code failure}; consumes one if so. */
  boolean takeOrderFailure(Faults.OrderFailure failure) {
    if (faults.orderFailure() != failure) {
      return false;
    }
    return failingOrders.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  void connectionOpened() {
    connections.incrementAndGet();
  }

  long connections() {
    return connections.get();
  }

  synchronized void logRequest(LoggedRequest request) {
    if (log.size() == LOG_CAPACITY) {
      log.subList(0, LOG_CAPACITY / 10).clear();
    }
    log.add(request);
  }

  synchronized List<LoggedRequest> requests() {
    return List.copyOf(log);
  }

  synchronized void clearRequests() {
    log.clear();
  }
}
