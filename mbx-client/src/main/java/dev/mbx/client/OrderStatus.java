package dev.mbx.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Order status.
 *
 * <p>Constants are named exactly as on the wire. {@link #UNKNOWN} stands for any value this version
 * does not know, so a new server value never breaks parsing; it cannot be sent.
 */
public enum OrderStatus {
  NEW,
  PENDING_NEW,
  PARTIALLY_FILLED,
  FILLED,
  CANCELED,
  PENDING_CANCEL,
  REJECTED,
  EXPIRED,
  EXPIRED_IN_MATCH,
  @JsonEnumDefaultValue
  UNKNOWN
}
