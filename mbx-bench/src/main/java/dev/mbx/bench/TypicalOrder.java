package dev.mbx.bench;

import dev.mbx.core.Params;
import java.math.BigDecimal;

/**
 * The new order every signing benchmark builds: a GTC limit buy, as mbx-client's {@code NewOrder}
 * would send it. mbx-bench-peers keeps the same literals for the connectors; both must stay equal.
 */
final class TypicalOrder {
  /** A made-up 64-character HMAC secret, the shape of a Binance one. */
  static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

  static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

  private static final BigDecimal QUANTITY = new BigDecimal("0.00100000");
  private static final BigDecimal PRICE = new BigDecimal("97000.50");

  private TypicalOrder() {}

  /** The parameters, business ones first, then {@code recvWindow} and {@code timestamp}. */
  static Params params(long timestamp) {
    return Params.builder()
        .add("symbol", "BTCUSDT")
        .add("side", "BUY")
        .add("type", "LIMIT")
        .add("timeInForce", "GTC")
        .add("quantity", QUANTITY)
        .add("price", PRICE)
        .add("recvWindow", "5000")
        .add("timestamp", timestamp)
        .build();
  }
}
