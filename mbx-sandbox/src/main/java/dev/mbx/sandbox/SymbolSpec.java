package dev.mbx.sandbox;

import java.math.BigDecimal;

/**
 * One tradable symbol: its assets, its filters as {@code exchangeInfo} shows them, and the fixed
 * "last price" at which MARKET orders fill (the sandbox has no order book to match against).
 */
record SymbolSpec(
    String symbol,
    String baseAsset,
    String quoteAsset,
    BigDecimal lastPrice,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    BigDecimal tickSize,
    BigDecimal minQty,
    BigDecimal maxQty,
    BigDecimal stepSize,
    BigDecimal marketMaxQty,
    BigDecimal minNotional,
    BigDecimal maxNotional,
    int maxNumOrders) {

  /** Asset precision Binance reports for all of these symbols. */
  static final int PRECISION = 8;

  /** Real-looking BTC/USDT-quoted symbols; tick and step sizes as Binance lists them. */
  static SymbolSpec usdt(String symbol, String base, String last, String tick, String step) {
    return new SymbolSpec(
        symbol,
        base,
        "USDT",
        new BigDecimal(last),
        new BigDecimal(tick),
        new BigDecimal("1000000.00000000"),
        new BigDecimal(tick),
        new BigDecimal(step),
        new BigDecimal("9000.00000000"),
        new BigDecimal(step),
        new BigDecimal("100.00000000"),
        new BigDecimal("5.00000000"),
        new BigDecimal("9000000.00000000"),
        200);
  }

  static SymbolSpec btc(String symbol, String base, String last, String tick, String step) {
    return new SymbolSpec(
        symbol,
        base,
        "BTC",
        new BigDecimal(last),
        new BigDecimal(tick),
        new BigDecimal("1000.00000000"),
        new BigDecimal(tick),
        new BigDecimal(step),
        new BigDecimal("100000.00000000"),
        new BigDecimal(step),
        new BigDecimal("10000.00000000"),
        new BigDecimal("0.00010000"),
        new BigDecimal("9000000.00000000"),
        200);
  }
}
