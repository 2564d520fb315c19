package dev.mbx.sandbox.diagnosis;

import java.util.Locale;

/**
 * Why Binance rejects a SIGNED request, one constant per mistake the diagnosis can recognise, each
 * with the error code Binance answers it with.
 */
public enum Cause {
  ACCEPTED(0),
  API_KEY_MISSING(-2014),
  API_KEY_IN_QUERY(-2014),
  API_KEY_WHITESPACE(-2014),
  API_KEY_MALFORMED(-2014),
  ILLEGAL_CHARACTERS(-1100),
  DUPLICATE_PARAMETER(-1101),
  TIMESTAMP_MISSING(-1102),
  SIGNATURE_MISSING(-1102),
  SIGNATURE_HASH_OBJECT(-1100),
  BASE64_FOR_HMAC(-1100),
  SIGNATURE_NOT_HEX(-1100),
  SIGNATURE_NOT_LAST(-1022),
  RSA_ED25519_PLUS_AS_SPACE(-1022),
  HEX_FOR_RSA_ED25519(-1022),
  SIGNED_UNENCODED(-1022),
  PLUS_VS_PERCENT20(-1022),
  SIGNED_ENCODED_SENT_UNENCODED(-1022),
  QUERY_ONLY_SIGNED(-1022),
  BODY_ONLY_SIGNED(-1022),
  AMPERSAND_AT_JOIN(-1022),
  DOUBLE_ENCODED(-1022),
  SECRET_WHITESPACE(-1022),
  SHA256_OF_SECRET(-1022),
  HMAC_KEY_MESSAGE_SWAPPED(-1022),
  ORDER_MISMATCH(-1022),
  SIGNATURE_IN_OWN_PAYLOAD(-1022),
  SIGNATURE_MISMATCH(-1022),
  RECV_WINDOW_TOO_LARGE(-1102),
  TIMESTAMP_IN_SECONDS(-1021),
  TIMESTAMP_AHEAD(-1021),
  TIMESTAMP_OUTSIDE_WINDOW(-1021);

  private final int code;

  Cause(int code) {
    this.code = code;
  }

  /** Binance's error code for this mistake; 0 for {@link #ACCEPTED}. */
  public int code() {
    return code;
  }

  /** The stable name printed by {@code mbx doctor}, such as {@code signature-hash-object}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
