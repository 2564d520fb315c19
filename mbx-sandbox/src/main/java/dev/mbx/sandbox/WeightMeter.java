package dev.mbx.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request weight per client IP in the current window, for {@code X-MBX-USED-WEIGHT-1M}. Windows
 * start on the boundaries of the sandbox clock, as Binance's do: a minute from :00 by default, or
 * the window of {@link RateLimits#weightInterval()}. Whether the limit is enforced is {@link
 * RateLimiter}'s business, so load tests against a default sandbox are not cut off.
 */
final class WeightMeter {
  private static final long MINUTE_MILLIS = 60_000;

  private final Map<String, Window> byIp = new ConcurrentHashMap<>();
  private volatile long windowMillis = MINUTE_MILLIS;

  /** One IP's count in one window; a new window resets it. */
  private static final class Window {
    private long index = Long.MIN_VALUE;
    private int used;

    synchronized int add(long nowIndex, int weight) {
      if (nowIndex != index) {
        index = nowIndex;
        used = 0;
      }
      used += weight;
      return used;
    }
  }

  /** Adds {@code weight} to {@code ip}'s current window and returns the window's total. */
  int add(String ip, int weight, long nowMillis) {
    Window window = byIp.computeIfAbsent(ip, k -> new Window());
    return window.add(Math.floorDiv(nowMillis, windowMillis), weight);
  }

  /** The weight {@code ip} has used in the current window. */
  int used(String ip, long nowMillis) {
    return add(ip, 0, nowMillis);
  }

  /** Counts in windows of {@code millis} from now on. */
  void windowMillis(long millis) {
    this.windowMillis = millis;
  }

  long windowMillis() {
    return windowMillis;
  }
}
