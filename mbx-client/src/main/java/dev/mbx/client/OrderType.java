package dev.mbx.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Order type.
 *
 * <p>Constants are named exactly as on the wire. {@link #UNKNOWN} stands for any value this version
 * does not know, so a new server value never breaks parsing; it cannot be sent.
 */
public enum OrderType {
  LIMIT,
  MARKET,
  STOP_LOSS,
  STOP_LOSS_LIMIT,
  TAKE_PROFIT,
  TAKE_PROFIT_LIMIT,
  LIMIT_MAKER,
  @JsonEnumDefaultValue
  UNKNOWN
}
