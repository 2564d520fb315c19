package dev.mbx.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Order side.
 *
 * <p>Constants are named exactly as on the wire. {@link #UNKNOWN} stands for any value this version
 * does not know, so a new server value never breaks parsing; it cannot be sent.
 */
public enum Side {
  BUY,
  SELL,
  @JsonEnumDefaultValue
  UNKNOWN
}
