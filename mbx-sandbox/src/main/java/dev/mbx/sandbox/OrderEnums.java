package dev.mbx.sandbox;

/** The order enums the sandbox understands, spelled as on the wire (case-sensitive). */
final class OrderEnums {
  private OrderEnums() {}

  enum Side {
    BUY,
    SELL
  }

  /** The types the sandbox trades; the stop and take-profit types are refused as unsupported. */
  enum Type {
    LIMIT,
    MARKET,
    LIMIT_MAKER
  }

  enum TimeInForce {
    GTC,
    IOC,
    FOK
  }

  enum RespType {
    ACK,
    RESULT,
    FULL
  }

  enum Status {
    NEW,
    FILLED,
    CANCELED,
    EXPIRED
  }

  /** The enum constant named {@code value}, or null: {@code valueOf} would throw. */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    return null;
  }
}
