package dev.mbx.sandbox;

import dev.mbx.sandbox.OrderEnums.Side;
import dev.mbx.sandbox.OrderEnums.Status;
import dev.mbx.sandbox.OrderEnums.TimeInForce;
import dev.mbx.sandbox.OrderEnums.Type;
import dev.mbx.sandbox.diagnosis.KeyMaterial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One account: the key its requests are verified with, its balances and its orders.
 *
 * <p>Thread-safety: every method that reads or changes balances or orders holds this object's
 * monitor, so a placement's balance check and its balance move are one atomic step even when the
 * same key trades from several connections at once. Critical sections are short and allocation free
 * apart from the order they create.
 */
final class Account {
  private static final String INSUFFICIENT =
      "Account has insufficient balance for requested action.";

  private final String apiKey;
  private final AccountKey key;
  private final long uid;
  private final Map<String, Balance> balances = new LinkedHashMap<>();
  private final Map<Long, Order> orders = new LinkedHashMap<>();
  private final Map<String, Long> latestByClientId = new HashMap<>();
  private long updateTime;

  /** Mutable amounts of one asset; only touched under the account's monitor. */
  private static final class Balance {
    BigDecimal free = BigDecimal.ZERO;
    BigDecimal locked = BigDecimal.ZERO;
  }

  /** Receives one balance at a time while the account is locked. */
  interface BalanceVisitor {
    void visit(String asset, BigDecimal free, BigDecimal locked) throws java.io.IOException;
  }

  Account(String apiKey, AccountKey key, Map<String, BigDecimal> initial, long uid, long now) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
    this.key = Objects.requireNonNull(key, "key == null");
    this.uid = uid;
    this.updateTime = now;
    Markets.ASSETS.forEach(asset -> balances.put(asset, new Balance()));
    initial.forEach((asset, amount) -> balance(asset).free = amount);
  }

  String apiKey() {
    return apiKey;
  }

  /** The same key as the diagnosis engine takes it, to explain a rejected signature. */
  KeyMaterial keyMaterial() {
    return key.material();
  }

  AccountKey key() {
    return key;
  }

  /** The key for the diagnosis of rejected requests; never logged or sent. */
  long uid() {
    return uid;
  }

  synchronized long updateTime() {
    return updateTime;
  }

  synchronized void forEachBalance(BalanceVisitor visitor) throws java.io.IOException {
    for (Map.Entry<String, Balance> entry : balances.entrySet()) {
      Balance balance = entry.getValue();
      visitor.visit(entry.getKey(), balance.free, balance.locked);
    }
  }

  /**
   * Places {@code request}: trades at once when marketable, otherwise rests (GTC) or expires
   * (IOC/FOK). Rejections are Binance's {@code -2010} texts and {@code MAX_NUM_ORDERS}.
   */
  synchronized Order place(OrderRequest request, String clientOrderId, Exchange.Ids ids, long now) {
    checkDuplicate(clientOrderId);
    boolean marketable = request.isMarketable();
    if (marketable && request.type() == Type.LIMIT_MAKER) {
      throw ApiException.newOrderRejected("Order would immediately match and take.");
    }
    Order order;
    if (marketable) {
      order = fill(request, clientOrderId, ids, now);
    } else if (request.timeInForce() == TimeInForce.GTC || request.type() == Type.LIMIT_MAKER) {
      order = rest(request, clientOrderId, ids.nextOrderId(), now);
    } else {
      order = newOrder(request, clientOrderId, ids.nextOrderId(), Status.EXPIRED, now, List.of());
    }
    orders.put(order.orderId(), order);
    latestByClientId.put(clientOrderId, order.orderId());
    updateTime = now;
    return order;
  }

  /**
   * The order with {@code orderId} (when given) or else {@code clientOrderId}, on {@code symbol};
   * null when there is none. Both given and not matching: {@code -2039}.
   */
  synchronized Order find(String symbol, Long orderId, String clientOrderId) {
    Long id = orderId != null ? orderId : latestByClientId.get(clientOrderId);
    Order order = id == null ? null : orders.get(id);
    if (order == null || !order.symbol().equals(symbol)) {
      return null;
    }
    if (orderId != null && clientOrderId != null && !clientOrderId.equals(order.clientOrderId())) {
      throw ApiException.badRequest(-2039, "Client order ID is not correct for this order ID.");
    }
    return order;
  }

  /** Cancels the open order and unlocks what it held; null when there is no such open order. */
  synchronized Order cancel(String symbol, Long orderId, String clientOrderId, long now) {
    Order order = find(symbol, orderId, clientOrderId);
    if (order == null || !order.isOpen()) {
      return null;
    }
    SymbolSpec spec = Markets.require(symbol);
    Balance held = lockedBalance(spec, order.side());
    BigDecimal amount = lockAmount(order.side(), order.price(), order.origQty());
    held.locked = held.locked.subtract(amount);
    held.free = held.free.add(amount);
    Order canceled = order.canceled(now);
    orders.put(canceled.orderId(), canceled);
    updateTime = now;
    return canceled;
  }

  /** Open orders, oldest first, on {@code symbol} or on every symbol when it is null. */
  synchronized List<Order> openOrders(String symbol) {
    List<Order> open = new ArrayList<>();
    for (Order order : orders.values()) {
      if (order.isOpen() && (symbol == null || order.symbol().equals(symbol))) {
        open.add(order);
      }
    }
    return open;
  }

  private void checkDuplicate(String clientOrderId) {
    Long id = latestByClientId.get(clientOrderId);
    if (id != null && orders.get(id).isOpen()) {
      throw ApiException.newOrderRejected("Duplicate order sent.");
    }
  }

  private Order fill(OrderRequest request, String clientOrderId, Exchange.Ids ids, long now) {
    SymbolSpec spec = request.spec();
    BigDecimal qty = request.quantity();
    BigDecimal quote = request.fillPrice().multiply(qty);
    Balance base = balance(spec.baseAsset());
    Balance quoteBalance = balance(spec.quoteAsset());
    boolean buy = request.side() == Side.BUY;
    take(buy ? quoteBalance : base, buy ? quote : qty);
    (buy ? base : quoteBalance).free = (buy ? base : quoteBalance).free.add(buy ? qty : quote);
    String commissionAsset = buy ? spec.baseAsset() : spec.quoteAsset();
    Order.Fill fill = new Order.Fill(request.fillPrice(), qty, commissionAsset, ids.nextTradeId());
    Order order =
        newOrder(request, clientOrderId, ids.nextOrderId(), Status.FILLED, now, List.of(fill));
    return order;
  }

  private Order rest(OrderRequest request, String clientOrderId, long orderId, long now) {
    SymbolSpec spec = request.spec();
    if (openOrders(spec.symbol()).size() >= spec.maxNumOrders()) {
      throw ApiException.filterFailure("MAX_NUM_ORDERS");
    }
    Balance held = lockedBalance(spec, request.side());
    BigDecimal amount = lockAmount(request.side(), request.price(), request.quantity());
    take(held, amount);
    held.locked = held.locked.add(amount);
    return newOrder(request, clientOrderId, orderId, Status.NEW, now, List.of());
  }

  private static void take(Balance balance, BigDecimal amount) {
    if (balance.free.compareTo(amount) < 0) {
      throw ApiException.newOrderRejected(INSUFFICIENT);
    }
    balance.free = balance.free.subtract(amount);
  }

  /** BUY locks price × quantity of the quote asset; SELL locks the quantity of the base asset. */
  private static BigDecimal lockAmount(Side side, BigDecimal price, BigDecimal qty) {
    return side == Side.BUY ? price.multiply(qty) : qty;
  }

  private Balance lockedBalance(SymbolSpec spec, Side side) {
    return balance(side == Side.BUY ? spec.quoteAsset() : spec.baseAsset());
  }

  private Balance balance(String asset) {
    return balances.computeIfAbsent(asset, a -> new Balance());
  }

  private static Order newOrder(
      OrderRequest request,
      String clientOrderId,
      long orderId,
      Status status,
      long now,
      List<Order.Fill> fills) {
    boolean filled = status == Status.FILLED;
    BigDecimal executed = filled ? request.quantity() : BigDecimal.ZERO;
    BigDecimal quote = filled ? request.fillPrice().multiply(executed) : BigDecimal.ZERO;
    return new Order(
        request.spec().symbol(),
        orderId,
        clientOrderId,
        request.price() == null ? BigDecimal.ZERO : request.price(),
        request.quantity(),
        executed,
        quote,
        request.quoteOrderQty() == null ? BigDecimal.ZERO : request.quoteOrderQty(),
        status,
        request.timeInForce() == null ? TimeInForce.GTC : request.timeInForce(),
        request.type(),
        request.side(),
        now,
        now,
        fills);
  }
}
