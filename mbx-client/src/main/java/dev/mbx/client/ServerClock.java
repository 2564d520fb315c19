package dev.mbx.client;

import dev.mbx.core.MbxException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The client's estimate of the server's clock: the local clock plus an offset measured from {@code
 * GET /api/v3/time}. Measured before the first signed request, again once the last measurement is
 * older than the refresh interval, and on demand after a {@code -1021}. Thread-safe; concurrent
 * callers that find the offset stale wait for one measurement rather than each taking their own.
 */
final class ServerClock {
  private static final System.Logger LOG = System.getLogger(ServerClock.class.getName());

  private final Clock local;
  private final boolean automatic;
  private final long refreshMillis;
  private volatile ClockOffset last;
  private volatile long measuredAtMillis;

  ServerClock(Clock local, boolean automatic, long refreshMillis) {
    this.local = local;
    this.automatic = automatic;
    this.refreshMillis = refreshMillis;
  }

  /** The server's time now, as far as the last measurement tells. */
  long now() {
    ClockOffset offset = last;
    return local.millis() + (offset == null ? 0 : offset.offsetMillis());
  }

  Clock local() {
    return local;
  }

  boolean automatic() {
    return automatic;
  }

  Optional<ClockOffset> last() {
    return Optional.ofNullable(last);
  }

  /**
   * Measures unless automatic measuring is off or the last measurement is fresh. A failed refresh
   * keeps the previous offset; without one the failure propagates, since a signed request would
   * then be a guess.
   */
  void ensureFresh(LongSupplier serverTime) {
    if (!automatic || isFresh()) {
      return;
    }
    synchronized (this) {
      if (isFresh()) {
        return;
      }
      try {
        measure(serverTime);
      } catch (MbxException e) {
        if (last == null) {
          throw e;
        }
        LOG.log(Level.DEBUG, () -> "server time refresh failed, keeping the offset: " + e);
      }
    }
  }

  /** Measures the offset now and uses it from then on. */
  synchronized ClockOffset measure(LongSupplier serverTime) {
    long sent = local.millis();
    long server = serverTime.getAsLong();
    long received = local.millis();
    long midpoint = sent + (received - sent) / 2;
    ClockOffset offset =
        new ClockOffset(
            Instant.ofEpochMilli(midpoint),
            Instant.ofEpochMilli(server),
            server - midpoint,
            received - sent);
    last = offset;
    measuredAtMillis = received;
    LOG.log(
        Level.DEBUG,
        () ->
            "server clock offset "
                + offset.offsetMillis()
                + " ms, round trip "
                + offset.roundTripMillis()
                + " ms");
    return offset;
  }

  private boolean isFresh() {
    return last != null && local.millis() - measuredAtMillis < refreshMillis;
  }
}
