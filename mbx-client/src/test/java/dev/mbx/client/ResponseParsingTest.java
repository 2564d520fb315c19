package dev.mbx.client;

import static dev.mbx.client.TestSupport.fixture;
import static dev.mbx.client.TestSupport.signedClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Binance's documented sample responses, served over HTTP and read through the public API. */
class ResponseParsingTest {
  private RecordingServer server;
  private SpotClient client;

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
    client = signedClient(server).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  @Test
  void account_documentedSample_readsCommissionsFlagsAndExactBalances() {
    server.enqueue(200, fixture("account.json"));

    Account account = client.account();

    assertThat(account.makerCommission()).isEqualTo(15);
    assertThat(account.commissionRates().maker()).isEqualTo(new BigDecimal("0.00150000"));
    assertThat(account.canTrade()).isTrue();
    assertThat(account.canWithdraw()).isTrue();
    assertThat(account.canDeposit()).isTrue();
    assertThat(account.accountType()).isEqualTo("SPOT");
    assertThat(account.balances())
        .containsExactly(
            new Account.Balance(
                "BTC", new BigDecimal("4723846.89208129"), new BigDecimal("0.00000000")),
            new Account.Balance(
                "LTC", new BigDecimal("4763368.68006011"), new BigDecimal("0.00000000")));
    assertThat(account.balance("LTC")).isPresent();
    assertThat(account.permissions()).containsExactly("SPOT");
    assertThat(account.updateTime()).isEqualTo(123456789L);
    assertThat(account.uid()).isEqualTo(354937868L);
  }

  @Test
  void newOrder_fullResponse_readsOrderAndFills() {
    server.enqueue(200, fixture("order-full.json"));

    Order order = client.newOrder(NewOrder.market("BTCUSDT", Side.SELL, BigDecimal.TEN));

    assertThat(order.symbol()).isEqualTo("BTCUSDT");
    assertThat(order.orderId()).isEqualTo(28L);
    assertThat(order.orderListId()).isEqualTo(-1L);
    assertThat(order.clientOrderId()).isEqualTo("6gCrw2kRUAF9CvJDGP16IP");
    assertThat(order.transactTime()).isEqualTo(1507725176595L);
    assertThat(order.price()).isEqualTo(new BigDecimal("0.00000000"));
    assertThat(order.origQty()).isEqualTo(new BigDecimal("10.00000000"));
    assertThat(order.executedQty()).isEqualTo(new BigDecimal("10.00000000"));
    assertThat(order.cummulativeQuoteQty()).isEqualTo(new BigDecimal("10.00000000"));
    assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(order.timeInForce()).isEqualTo(TimeInForce.GTC);
    assertThat(order.type()).isEqualTo(OrderType.MARKET);
    assertThat(order.side()).isEqualTo(Side.SELL);
    assertThat(order.fills())
        .containsExactly(
            new Order.Fill(
                new BigDecimal("4000.00000000"),
                new BigDecimal("1.00000000"),
                new BigDecimal("4.00000000"),
                "USDT",
                56L));
  }

  @Test
  void newOrder_ackResponse_leavesAbsentFieldsNullAndFillsEmpty() {
    server.enqueue(200, fixture("order-ack.json"));

    Order order = client.newOrder(NewOrder.market("BTCUSDT", Side.SELL, BigDecimal.TEN));

    assertThat(order.orderId()).isEqualTo(28L);
    assertThat(order.status()).isNull();
    assertThat(order.price()).isNull();
    assertThat(order.fills()).isEmpty();
  }

  @Test
  void order_documentedQuerySample_readsTimes() {
    server.enqueue(200, fixture("order-get.json"));

    Order order = client.order("LTCBTC", 1L);

    assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    assertThat(order.price()).isEqualTo(new BigDecimal("0.1"));
    assertThat(order.time()).isEqualTo(1499827319559L);
    assertThat(order.updateTime()).isEqualTo(1499827319559L);
    assertThat(order.transactTime()).isNull();
  }

  @Test
  void cancelOrder_documentedSample_readsOrigClientOrderIdAndStatus() {
    server.enqueue(200, fixture("order-cancel.json"));

    Order order = client.cancelOrder("LTCBTC", "myOrder1");

    assertThat(order.origClientOrderId()).isEqualTo("myOrder1");
    assertThat(order.clientOrderId()).isEqualTo("cancelMyOrder1");
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELED);
  }

  @Test
  void openOrders_documentedSample_readsList() {
    server.enqueue(200, fixture("open-orders.json"));

    List<Order> orders = client.openOrders("LTCBTC");

    assertThat(orders).extracting(Order::clientOrderId).containsExactly("myOrder1");
  }

  @Test
  void order_unknownEnumValuesFromServer_mapToUnknownInsteadOfFailing() {
    server.enqueue(
        200,
        "{\"symbol\":\"LTCBTC\",\"orderId\":1,\"orderListId\":-1,\"clientOrderId\":\"x\","
            + "\"status\":\"PENDING_SOMETHING\",\"type\":\"FANCY\",\"side\":\"BUY\","
            + "\"timeInForce\":\"GTD\",\"newField\":{\"a\":1}}");

    Order order = client.order("LTCBTC", 1L);

    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.type()).isEqualTo(OrderType.UNKNOWN);
    assertThat(order.timeInForce()).isEqualTo(TimeInForce.UNKNOWN);
    assertThat(order.side()).isEqualTo(Side.BUY);
  }

  @Test
  void exchangeInfo_documentedSample_readsSymbolsFiltersAndLimits() {
    server.enqueue(200, fixture("exchange-info.json"));

    ExchangeInfo info = client.exchangeInfo();

    assertThat(info.timezone()).isEqualTo("UTC");
    assertThat(info.serverTime()).isEqualTo(1565246363776L);
    assertThat(info.rateLimits())
        .containsExactly(new ExchangeInfo.RateLimit("REQUEST_WEIGHT", "MINUTE", 1, 6000));
    ExchangeInfo.SymbolInfo ethbtc = info.symbol("ETHBTC").orElseThrow();
    assertThat(ethbtc.status()).isEqualTo("TRADING");
    assertThat(ethbtc.baseAsset()).isEqualTo("ETH");
    assertThat(ethbtc.quoteAssetPrecision()).isEqualTo(8);
    assertThat(ethbtc.orderTypes()).contains(OrderType.LIMIT, OrderType.LIMIT_MAKER);
    assertThat(ethbtc.spotTradingAllowed()).isTrue();
    assertThat(ethbtc.permissionSets()).containsExactly(List.of("SPOT", "MARGIN"));
    assertThat(ethbtc.filter("PRICE_FILTER").orElseThrow())
        .containsExactly(
            Map.entry("filterType", "PRICE_FILTER"),
            Map.entry("minPrice", "0.00000100"),
            Map.entry("maxPrice", "100000.00000000"),
            Map.entry("tickSize", "0.00000100"));
    assertThat(ethbtc.filter("LOT_SIZE").orElseThrow()).containsEntry("stepSize", "0.00100000");
  }
}
