package dev.mbx.core;

/** An enum whose constants travel on the wire under a name other than {@link Enum#name()}. */
public interface WireEnum {

  /** The exact text Binance expects for this constant. */
  String wireName();
}
