package dev.mbx.bench.peers;

/**
 * The new-order parameters every signing benchmark uses, in the order they are sent. mbx-bench
 * keeps its own copy of these literals (it cannot see this class); both must stay equal.
 */
final class TypicalOrder {
  static final String PATH = "/api/v3/order";
  static final String SYMBOL = "BTCUSDT";
  static final String SIDE = "BUY";
  static final String TYPE = "LIMIT";
  static final String TIME_IN_FORCE = "GTC";
  static final String QUANTITY = "0.00100000";
  static final String PRICE = "97000.50";
  static final String RECV_WINDOW = "5000";

  /**
   * A base URL nothing listens on: building a request opens no connection, and if anything ever
   * tried, it would stay on loopback.
   */
  static final String NOWHERE = "http://127.0.0.1:9";

  private TypicalOrder() {}
}
