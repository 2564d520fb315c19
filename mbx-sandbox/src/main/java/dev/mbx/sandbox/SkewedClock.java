package dev.mbx.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongSupplier;

/** A clock that reads a base clock plus a skew that may change while it runs. */
final class SkewedClock extends Clock {
  private final Clock base;
  private final LongSupplier skewMillis;

  SkewedClock(Clock base, LongSupplier skewMillis) {
    this.base = base;
    this.skewMillis = skewMillis;
  }

  @Override
  public long millis() {
    return base.millis() + skewMillis.getAsLong();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new SkewedClock(base.withZone(zone), skewMillis);
  }
}
