package dev.mbx.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed catalogue of symbols the sandbox trades, in {@code exchangeInfo} order. */
final class Markets {
  static final List<SymbolSpec> ALL =
      List.of(
          SymbolSpec.usdt("BTCUSDT", "BTC", "65000.00", "0.01", "0.00001"),
          SymbolSpec.usdt("ETHUSDT", "ETH", "3500.00", "0.01", "0.0001"),
          SymbolSpec.usdt("BNBUSDT", "BNB", "600.00", "0.01", "0.001"),
          SymbolSpec.btc("LTCBTC", "LTC", "0.001300", "0.000001", "0.001"),
          SymbolSpec.btc("ETHBTC", "ETH", "0.05400", "0.00001", "0.0001"),
          SymbolSpec.btc("BNBBTC", "BNB", "0.009200", "0.000001", "0.001"));

  /** Every asset of the catalogue, in the order accounts list their balances. */
  static final List<String> ASSETS = List.of("BTC", "ETH", "BNB", "LTC", "USDT");

  private static final Map<String, SymbolSpec> BY_NAME = index();

  private Markets() {}

  /** The symbol, or {@code -1121 Invalid symbol.} */
  static SymbolSpec require(String symbol) {
    SymbolSpec spec = BY_NAME.get(symbol);
    if (spec == null) {
      throw ApiException.invalidSymbol();
    }
    return spec;
  }

  private static Map<String, SymbolSpec> index() {
    Map<String, SymbolSpec> map = new LinkedHashMap<>();
    ALL.forEach(spec -> map.put(spec.symbol(), spec));
    return Map.copyOf(map);
  }
}
