package dev.mbx.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trading rules and symbol information from {@code GET /api/v3/exchangeInfo}.
 *
 * <p>Filters are kept as generic maps (the filter's JSON fields, e.g. {@code "tickSize" ->
 * "0.00000100"}), because Binance adds filter types over time and each has its own fields. Decimal
 * fields arrive as strings and stay strings in those maps.
 *
 * @param timezone the server time zone, {@code UTC}
 * @param serverTime server time in ms
 * @param rateLimits the limits that apply to this API
 * @param exchangeFilters exchange-wide filters
 * @param symbols the symbols asked for
 */
public record ExchangeInfo(
    String timezone,
    long serverTime,
    List<RateLimit> rateLimits,
    List<Map<String, Object>> exchangeFilters,
    List<SymbolInfo> symbols) {

  public ExchangeInfo {
    rateLimits = listOf(rateLimits);
    exchangeFilters = filtersOf(exchangeFilters);
    symbols = listOf(symbols);
  }

  /** The information about {@code symbol}, if present. */
  public Optional<SymbolInfo> symbol(String symbol) {
    return symbols.stream().filter(info -> info.symbol().equals(symbol)).findFirst();
  }

  /**
   * One rate limit.
   *
   * @param rateLimitType {@code REQUEST_WEIGHT}, {@code ORDERS} or {@code RAW_REQUESTS}
   * @param interval {@code SECOND}, {@code MINUTE} or {@code DAY}
   * @param intervalNum how many intervals the window spans
   * @param limit the limit within the window
   */
  public record RateLimit(String rateLimitType, String interval, int intervalNum, long limit) {}

  /**
   * The rules for one symbol.
   *
   * @param symbol the symbol, e.g. {@code ETHBTC}
   * @param status e.g. {@code TRADING}
   * @param baseAsset the base asset
   * @param baseAssetPrecision decimals of the base asset
   * @param quoteAsset the quote asset
   * @param quoteAssetPrecision decimals of the quote asset
   * @param orderTypes the order types allowed; unknown ones appear as {@link OrderType#UNKNOWN}
   * @param icebergAllowed whether iceberg orders are allowed
   * @param ocoAllowed whether OCO orders are allowed
   * @param quoteOrderQtyMarketAllowed whether MARKET orders may use {@code quoteOrderQty}
   * @param spotTradingAllowed whether spot trading is allowed (JSON {@code isSpotTradingAllowed})
   * @param filters the symbol's filters, each a map including its {@code filterType}
   * @param permissionSets sets of permissions; one set must be held in full
   */
  public record SymbolInfo(
      String symbol,
      String status,
      String baseAsset,
      int baseAssetPrecision,
      String quoteAsset,
      int quoteAssetPrecision,
      List<OrderType> orderTypes,
      boolean icebergAllowed,
      boolean ocoAllowed,
      boolean quoteOrderQtyMarketAllowed,
      @JsonProperty("isSpotTradingAllowed") boolean spotTradingAllowed,
      List<Map<String, Object>> filters,
      List<List<String>> permissionSets) {

    public SymbolInfo {
      orderTypes = listOf(orderTypes);
      filters = filtersOf(filters);
      permissionSets = permissionSets == null ? List.of() : copyNested(permissionSets);
    }

    /** The filter of {@code filterType}, e.g. {@code PRICE_FILTER}, if the symbol has one. */
    public Optional<Map<String, Object>> filter(String filterType) {
      return filters.stream()
          .filter(filter -> filterType.equals(filter.get("filterType")))
          .findFirst();
    }

    private static List<List<String>> copyNested(List<List<String>> sets) {
      List<List<String>> copy = new ArrayList<>(sets.size());
      sets.forEach(set -> copy.add(listOf(set)));
      return List.copyOf(copy);
    }
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * Read-only copies that keep the JSON field order (and tolerate JSON nulls, unlike Map.copyOf).
   */
  private static List<Map<String, Object>> filtersOf(List<Map<String, Object>> filters) {
    if (filters == null) {
      return List.of();
    }
    List<Map<String, Object>> copy = new ArrayList<>(filters.size());
    filters.forEach(filter -> copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(filter))));
    return List.copyOf(copy);
  }
}
