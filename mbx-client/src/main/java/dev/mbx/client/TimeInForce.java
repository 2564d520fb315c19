package dev.mbx.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * How long an order stays on the book: good till cancelled, immediate or cancel, fill or kill.
 *
 * <p>Constants are named exactly as on the wire. {@link #UNKNOWN} stands for any value this version
 * does not know, so a new server value never breaks parsing; it cannot be sent.
 */
public enum TimeInForce {
  GTC,
  IOC,
  FOK,
  @JsonEnumDefaultValue
  UNKNOWN
}
