package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mbx.sandbox.TestHttp.Reply;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Account, order placement, query, cancel and fills with the demo account, over loopback. */
class TradingTest {
  private static final long NOW = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
  private static final String ORDER = "/api/v3/order";
  private static final String LIMIT_BUY =
      "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=60000";

  private Sandbox sandbox;
  private TestHttp http;
  private Credentials demo;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.builder().clock(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC)).start();
    http = new TestHttp(sandbox);
    demo = sandbox.demo();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void account_demoCredentials_listsStartingBalances() {
    Reply reply = signedGet("/api/v3/account", "");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(balance(reply.json(), "BTC")).isEqualTo(new String[] {"1.00000000", "0.00000000"});
    assertThat(balance(reply.json(), "USDT"))
        .isEqualTo(new String[] {"10000.00000000", "0.00000000"});
    assertThat(reply.json().path("accountType").asText()).isEqualTo("SPOT");
    assertThat(reply.json().path("canTrade").asBoolean()).isTrue();
    assertThat(reply.json().path("commissionRates").path("maker").isTextual()).isTrue();
    assertThat(reply.json().path("permissions").get(0).asText()).isEqualTo("SPOT");
    assertThat(reply.json().path("uid").isNumber()).isTrue();
  }

  @Test
  void account_omitZeroBalances_dropsEmptyAssets() {
    Credentials other = new Credentials("other1", "s3cret");
    sandbox.addHmacAccount(other.apiKey(), other.secretKey(), Map.of("ETH", BigDecimal.ONE));

    Reply reply =
        http.signed("GET", "/api/v3/account", "omitZeroBalances=true&timestamp=" + NOW, "", other);

    assertThat(reply.json().path("balances")).hasSize(1);
    assertThat(balance(reply.json(), "ETH")).isEqualTo(new String[] {"1.00000000", "0.00000000"});
  }

  @Test
  void order_limitBuyBelowMarket_restsAsNewAndLocksQuote() {
    Reply placed = signed("POST", ORDER, LIMIT_BUY);

    assertThat(placed.status()).isEqualTo(200);
    assertThat(placed.json().path("status").asText()).isEqualTo("NEW");
    assertThat(placed.json().path("price").asText()).isEqualTo("60000.00000000");
    assertThat(placed.json().path("origQty").asText()).isEqualTo("0.01000000");
    assertThat(placed.json().path("executedQty").asText()).isEqualTo("0.00000000");
    assertThat(placed.json().path("fills")).isEmpty();
    assertThat(placed.json().path("clientOrderId").asText()).matches("[A-Za-z0-9]{22}");
    JsonNode account = signedGet("/api/v3/account", "").json();
    assertThat(balance(account, "USDT")).isEqualTo(new String[] {"9400.00000000", "600.00000000"});
  }

  @Test
  void order_getByOrderIdOrClientOrderId_returnsTheOrder() {
    JsonNode placed = signed("POST", ORDER, LIMIT_BUY + "&newClientOrderId=my-order_1").json();
    long orderId = placed.path("orderId").asLong();

    Reply byId = signedGet(ORDER, "symbol=BTCUSDT&orderId=" + orderId);
    Reply byClientId = signedGet(ORDER, "symbol=BTCUSDT&origClientOrderId=my-order_1");

    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.json().path("clientOrderId").asText()).isEqualTo("my-order_1");
    assertThat(byId.json().path("status").asText()).isEqualTo("NEW");
    assertThat(byId.json().path("isWorking").asBoolean()).isTrue();
    assertThat(byClientId.json().path("orderId").asLong()).isEqualTo(orderId);
  }

  @Test
  void order_getWithoutAnyId_isRejectedWith1102() {
    Reply reply = signedGet(ORDER, "symbol=BTCUSDT");

    assertThat(reply.code()).isEqualTo(-1102);
    assertThat(reply.msg())
        .isEqualTo(
            "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
  }

  @Test
  void order_getUnknown_isRejectedWith2013() {
    Reply reply = signedGet(ORDER, "symbol=BTCUSDT&orderId=424242");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-2013);
    assertThat(reply.msg()).isEqualTo("Order does not exist.");
  }

  @Test
  void openOrders_withAndWithoutSymbol_listRestingOrders() {
    signed("POST", ORDER, LIMIT_BUY);
    signed(
        "POST", ORDER, "symbol=ETHBTC&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=0.06");

    Reply all = signedGet("/api/v3/openOrders", "");
    Reply btc = signedGet("/api/v3/openOrders", "symbol=BTCUSDT");

    assertThat(all.json()).hasSize(2);
    assertThat(btc.json()).hasSize(1);
    assertThat(btc.json().get(0).path("symbol").asText()).isEqualTo("BTCUSDT");
    assertThat(btc.header("X-MBX-USED-WEIGHT-1M")).isNotNull();
  }

  @Test
  void order_cancel_unlocksBalanceAndThenIsUnknown() {
    long orderId = signed("POST", ORDER, LIMIT_BUY).json().path("orderId").asLong();

    Reply canceled = signed("DELETE", ORDER, "symbol=BTCUSDT&orderId=" + orderId);
    Reply again = signed("DELETE", ORDER, "symbol=BTCUSDT&orderId=" + orderId);

    assertThat(canceled.status()).isEqualTo(200);
    assertThat(canceled.json().path("status").asText()).isEqualTo("CANCELED");
    assertThat(canceled.json().path("origClientOrderId").asText()).isNotEmpty();
    JsonNode account = signedGet("/api/v3/account", "").json();
    assertThat(balance(account, "USDT")).isEqualTo(new String[] {"10000.00000000", "0.00000000"});
    assertThat(signedGet("/api/v3/openOrders", "").json()).isEmpty();
    assertThat(again.code()).isEqualTo(-2011);
    assertThat(again.msg()).isEqualTo("Unknown order sent.");
  }

  @Test
  void order_cancelWithParamsInBody_isAccepted() {
    long orderId = signed("POST", ORDER, LIMIT_BUY).json().path("orderId").asLong();

    Reply canceled =
        http.signed(
            "DELETE", ORDER, "", "symbol=BTCUSDT&orderId=" + orderId + "&timestamp=" + NOW, demo);

    assertThat(canceled.json().path("status").asText()).isEqualTo("CANCELED");
  }

  @Test
  void order_marketBuy_fillsAtLastPriceAndMovesBalances() {
    Reply filled = signed("POST", ORDER, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01");

    assertThat(filled.status()).isEqualTo(200);
    assertThat(filled.json().path("status").asText()).isEqualTo("FILLED");
    assertThat(filled.json().path("executedQty").asText()).isEqualTo("0.01000000");
    assertThat(filled.json().path("cummulativeQuoteQty").asText()).isEqualTo("650.00000000");
    JsonNode fill = filled.json().path("fills").get(0);
    assertThat(fill.path("price").asText()).isEqualTo("65000.00000000");
    assertThat(fill.path("qty").asText()).isEqualTo("0.01000000");
    assertThat(fill.path("commissionAsset").asText()).isEqualTo("BTC");
    JsonNode account = signedGet("/api/v3/account", "").json();
    assertThat(balance(account, "BTC")[0]).isEqualTo("1.01000000");
    assertThat(balance(account, "USDT")[0]).isEqualTo("9350.00000000");
  }

  @Test
  void order_marketSellByQuoteQty_sellsThatMuchAtLastPrice() {
    Reply filled = signed("POST", ORDER, "symbol=ETHUSDT&side=SELL&type=MARKET&quoteOrderQty=350");

    assertThat(filled.json().path("executedQty").asText()).isEqualTo("0.10000000");
    assertThat(filled.json().path("origQuoteOrderQty").asText()).isEqualTo("350.00000000");
    JsonNode account = signedGet("/api/v3/account", "").json();
    assertThat(balance(account, "ETH")[0]).isEqualTo("9.90000000");
    assertThat(balance(account, "USDT")[0]).isEqualTo("10350.00000000");
  }

  @Test
  void order_ackResponseType_hasOnlyAckFields() {
    Reply ack = signed("POST", ORDER, LIMIT_BUY + "&newOrderRespType=ACK");

    List<String> names = new ArrayList<>();
    ack.json().fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly("symbol", "orderId", "orderListId", "clientOrderId", "transactTime");
  }

  @Test
  void order_insufficientBalance_isRejectedWith2010() {
    Reply reply =
        signed(
            "POST",
            ORDER,
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=60000");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-2010);
    assertThat(reply.msg()).isEqualTo("Account has insufficient balance for requested action.");
  }

  @Test
  void order_unknownSymbol_isRejectedWith1121() {
    Reply reply = signed("POST", ORDER, "symbol=NOPEUSDT&side=BUY&type=MARKET&quantity=1");

    assertThat(reply.code()).isEqualTo(-1121);
    assertThat(reply.msg()).isEqualTo("Invalid symbol.");
  }

  @Test
  void order_badPriceFormat_isRejectedWith1100AndPattern() {
    Reply reply =
        signed(
            "POST",
            ORDER,
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=6e4");

    assertThat(reply.code()).isEqualTo(-1100);
    assertThat(reply.msg())
        .isEqualTo(
            "Illegal characters found in parameter 'price'; legal range is"
                + " '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
  }

  @Test
  void order_quantityOffStep_failsLotSize() {
    Reply reply =
        signed(
            "POST",
            ORDER,
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000015&price=60000");

    assertThat(reply.code()).isEqualTo(-1013);
    assertThat(reply.msg()).isEqualTo("Filter failure: LOT_SIZE");
  }

  @Test
  void order_badSideAndMissingTimeInForce_useBinanceCodes() {
    Reply side = signed("POST", ORDER, "symbol=BTCUSDT&side=HOLD&type=MARKET&quantity=0.01");
    Reply tif =
        signed("POST", ORDER, "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.01&price=60000");
    Reply type = signed("POST", ORDER, "symbol=BTCUSDT&side=BUY&type=LIMITED&quantity=0.01");

    assertThat(side.code()).isEqualTo(-1117);
    assertThat(side.msg()).isEqualTo("Invalid side.");
    assertThat(tif.code()).isEqualTo(-1102);
    assertThat(tif.msg()).contains("'timeInForce'");
    assertThat(type.code()).isEqualTo(-1116);
    assertThat(type.msg()).isEqualTo("Invalid orderType.");
  }

  @Test
  void order_duplicateOpenClientOrderId_isRejected() {
    signed("POST", ORDER, LIMIT_BUY + "&newClientOrderId=dup");

    Reply again = signed("POST", ORDER, LIMIT_BUY + "&newClientOrderId=dup");

    assertThat(again.code()).isEqualTo(-2010);
    assertThat(again.msg()).isEqualTo("Duplicate order sent.");
  }

  @Test
  void testOrder_validOrder_changesNothing() {
    Reply reply = signed("POST", "/api/v3/order/test", LIMIT_BUY);

    assertThat(reply.raw().body()).isEqualTo("{}");
    JsonNode account = signedGet("/api/v3/account", "").json();
    assertThat(balance(account, "USDT")).isEqualTo(new String[] {"10000.00000000", "0.00000000"});
    assertThat(signedGet("/api/v3/openOrders", "").json()).isEmpty();
  }

  @Test
  void order_concurrentMarketBuys_keepBalancesConsistent() throws Exception {
    int threads = 4;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> buyTimes(perThread)));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(perThread);
      }
    } finally {
      pool.shutdownNow();
    }

    JsonNode account = signedGet("/api/v3/account", "").json();
    assertThat(balance(account, "BTC")[0]).isEqualTo("1.10000000");
    assertThat(balance(account, "USDT")[0]).isEqualTo("3500.00000000");
  }

  private int buyTimes(int count) {
    TestHttp own = new TestHttp(sandbox);
    int filled = 0;
    for (int i = 0; i < count; i++) {
      Reply reply =
          own.signed(
              "POST",
              ORDER,
              "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&timestamp=" + NOW,
              "",
              demo);
      filled += "FILLED".equals(reply.json().path("status").asText()) ? 1 : 0;
    }
    return filled;
  }

  private Reply signed(String method, String path, String params) {
    return http.signed(method, path, params + "&timestamp=" + NOW, "", demo);
  }

  private Reply signedGet(String path, String params) {
    String query = params.isEmpty() ? "timestamp=" + NOW : params + "&timestamp=" + NOW;
    return http.signed("GET", path, query, "", demo);
  }

  /** {free, locked} of {@code asset} in an account response. */
  private static String[] balance(JsonNode account, String asset) {
    for (Iterator<JsonNode> it = account.path("balances").elements(); it.hasNext(); ) {
      JsonNode balance = it.next();
      if (balance.path("asset").asText().equals(asset)) {
        return new String[] {balance.path("free").asText(), balance.path("locked").asText()};
      }
    }
    throw new AssertionError("no balance for " + asset);
  }
}
