package dev.mbx.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request weight per client IP in the current minute, for {@code X-MBX-USED-WEIGHT-1M}. Windows
 * start on the minute of the sandbox clock, as Binance's do. The sandbox reports the weight but
 * does not enforce the 6000 limit (no 429/418), so load tests against it are not cut off.
 */
final class WeightMeter {
  private static final long MINUTE_MILLIS = 60_000;

  private final Map<String, Window> byIp = new ConcurrentHashMap<>();

  /** One IP's count in one minute; a new minute resets it. */
  private static final class Window {
    private long minute = Long.MIN_VALUE;
    private int used;

    synchronized int add(long nowMinute, int weight) {
      if (nowMinute != minute) {
        minute = nowMinute;
        used = 0;
      }
      used += weight;
      return used;
    }
  }

  /** Adds {@code weight} to {@code ip}'s current minute and returns the minute's total. */
  int add(String ip, int weight, long nowMillis) {
    Window window = byIp.computeIfAbsent(ip, k -> new Window());
    return window.add(Math.floorDiv(nowMillis, MINUTE_MILLIS), weight);
  }
}
