package dev.mbx.sandbox;

import dev.mbx.sandbox.OrderEnums.Type;
import java.math.BigDecimal;

/**
 * The symbol filters that need only the order (Binance filters.md). Each failure is {@code -1013
 * Filter failure: NAME}. A zero bound or step disables that check, as on Binance.
 *
 * <p>Step checks use {@code value % step == 0}, the current filters.md wording (older docs used
 * {@code (value - min) % step}; the two agree for these symbols, whose minimums are one step).
 */
final class Filters {
  private Filters() {}

  static void check(OrderRequest order) {
    SymbolSpec spec = order.spec();
    if (order.price() != null) {
      checkPrice(order.price(), spec);
    }
    checkLot(order.quantity(), spec.minQty(), spec.maxQty(), spec.stepSize(), "LOT_SIZE");
    if (order.type() == Type.MARKET) {
      checkLot(
          order.quantity(),
          BigDecimal.ZERO,
          spec.marketMaxQty(),
          BigDecimal.ZERO,
          "MARKET_LOT_SIZE");
    }
    checkNotional(order);
  }

  private static void checkPrice(BigDecimal price, SymbolSpec spec) {
    if (!inRange(price, spec.minPrice(), spec.maxPrice()) || !onStep(price, spec.tickSize())) {
      throw ApiException.filterFailure("PRICE_FILTER");
    }
  }

  private static void checkLot(
      BigDecimal qty, BigDecimal min, BigDecimal max, BigDecimal step, String filter) {
    if (!inRange(qty, min, max) || !onStep(qty, step) || qty.signum() <= 0) {
      throw ApiException.filterFailure(filter);
    }
  }

  /** NOTIONAL with applyMinToMarket true and applyMaxToMarket false, as Binance lists it. */
  private static void checkNotional(OrderRequest order) {
    boolean market = order.type() == Type.MARKET;
    BigDecimal price = market ? order.spec().lastPrice() : order.price();
    BigDecimal notional = price.multiply(order.quantity());
    BigDecimal max = market ? BigDecimal.ZERO : order.spec().maxNotional();
    if (!inRange(notional, order.spec().minNotional(), max)) {
      throw ApiException.filterFailure("NOTIONAL");
    }
  }

  private static boolean inRange(BigDecimal value, BigDecimal min, BigDecimal max) {
    boolean aboveMin = min.signum() == 0 || value.compareTo(min) >= 0;
    boolean belowMax = max.signum() == 0 || value.compareTo(max) <= 0;
    return aboveMin && belowMax;
  }

  private static boolean onStep(BigDecimal value, BigDecimal step) {
    return step.signum() == 0 || value.remainder(step).signum() == 0;
  }
}
