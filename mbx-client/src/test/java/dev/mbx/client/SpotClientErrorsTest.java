package dev.mbx.client;

import static dev.mbx.client.TestSupport.fixture;
import static dev.mbx.client.TestSupport.signedClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mbx.core.MbxException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpotClientErrorsTest {
  private RecordingServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  @Test
  void account_binanceErrorJson_throwsBinanceExceptionWithStatusCodeAndMessage() {
    server.enqueue(400, "{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
    try (SpotClient client = signedClient(server).build()) {
      BinanceException e = catchThrowableOfType(BinanceException.class, client::account);

      assertThat(e.httpStatus()).isEqualTo(400);
      assertThat(e.code()).isEqualTo(-1022);
      assertThat(e.binanceMessage()).isEqualTo("Signature for this request is not valid.");
      assertThat(e).hasMessage("-1022 Signature for this request is not valid. (HTTP 400)");
    }
  }

  @Test
  void newOrder_nonJson502_looksTheOrderUpByItsClientOrderIdAndReturnsIt() {
    server.enqueue(502, "<html>\n<body>Bad Gateway</body>\n</html>");
    server.enqueue(200, fixture("order-get.json"));
    NewOrder order = NewOrder.market("BTCUSDT", Side.BUY, BigDecimal.ONE);
    try (SpotClient client = signedClient(server).build()) {
      Order found = client.newOrder(order);

      assertThat(found.orderId()).isEqualTo(1);
    }

    String placed = server.take().body();
    String lookup = server.take().requestLine();
    String clientOrderId = placed.replaceAll(".*newClientOrderId=([^&]+).*", "$1");
    assertThat(clientOrderId).matches("mbx-[A-Za-z0-9]{20}");
    assertThat(lookup)
        .startsWith("GET /api/v3/order?symbol=BTCUSDT&origClientOrderId=" + clientOrderId + "&");
    assertThat(server.pendingRequests()).isZero();
  }

  @Test
  void account_unparseableSuccessBody_throwsMbxExceptionNamingTheEndpoint() {
    server.enqueue(200, "not json");
    try (SpotClient client = signedClient(server).build()) {
      assertThatThrownBy(client::account)
          .isExactlyInstanceOf(MbxException.class)
          .hasMessageStartingWith("cannot parse the response to GET /api/v3/account: ");
    }
  }

  @Test
  void ping_connectionRefused_throwsOneClearLine() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    String baseUrl = "http://127.0.0.1:" + closedPort;
    try (SpotClient client = SpotClient.builder().baseUrl(baseUrl).build()) {
      assertThatThrownBy(client::ping)
          .isExactlyInstanceOf(MbxException.class)
          .hasMessage("cannot reach " + baseUrl + ": connection refused; is the sandbox running?");
    }
  }

  @Test
  void account_onErrorResponse_listenerStillSeesTheExchange() {
    server.enqueue(
        400,
        "{\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}");
    List<Exchange> seen = new ArrayList<>();
    try (SpotClient client = signedClient(server).exchangeListener(seen::add).build()) {
      assertThatThrownBy(client::account).isInstanceOf(BinanceException.class);
    }

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).status()).isEqualTo(400);
    assertThat(seen.get(0).method()).isEqualTo("GET");
    assertThat(seen.get(0).responseBody()).contains("-1021");
  }

  @Test
  void account_withoutKeys_failsBeforeSendingAnything() {
    try (SpotClient client = SpotClient.builder().baseUrl(server.baseUrl()).build()) {
      assertThatThrownBy(client::account)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "/api/v3/account is a SIGNED endpoint: set apiKey and secretKey (or signer) on the"
                  + " builder");
    }

    assertThat(server.pendingRequests()).isZero();
  }

  @Test
  void ping_afterClose_throwsIllegalState() {
    SpotClient client = SpotClient.builder().baseUrl(server.baseUrl()).build();
    client.close();
    client.close();

    assertThatThrownBy(client::ping).isInstanceOf(IllegalStateException.class);
    assertThat(server.pendingRequests()).isZero();
  }

  @Test
  void exchangeInfo_listener_receivesFullUrlAndResponse() {
    String body = fixture("exchange-info.json");
    server.enqueue(200, body);
    List<Exchange> seen = new ArrayList<>();
    try (SpotClient client =
        SpotClient.builder().baseUrl(server.baseUrl()).exchangeListener(seen::add).build()) {
      client.exchangeInfo();
    }

    assertThat(seen)
        .containsExactly(
            new Exchange("GET", server.baseUrl() + "/api/v3/exchangeInfo", "", 200, body));
  }

  @Test
  void account_jsonWithoutBalances_isRefusedNotShownAsAnEmptyAccount() {
    server.enqueue(200, "{\"balances\":null}");
    try (SpotClient client = signedClient(server).build()) {
      assertThatThrownBy(client::account)
          .isInstanceOf(MbxException.class)
          .hasMessageStartingWith("cannot parse the response to GET /api/v3/account: ")
          .hasMessageContaining("an account needs 'balances' and 'accountType'");
    }
  }

  @Test
  void order_emptyJsonObject_isRefusedNotANullPointerLater() {
    server.enqueue(200, "{}");
    try (SpotClient client = signedClient(server).build()) {
      assertThatThrownBy(() -> client.order("BTCUSDT", 1L))
          .isInstanceOf(MbxException.class)
          .hasMessageContaining("an order needs a 'symbol'");
    }
  }

  @Test
  void serverTime_emptyJsonObject_isRefusedNotReadAsEpoch() {
    server.enqueue(200, "{}");
    try (SpotClient client = signedClient(server).build()) {
      assertThatThrownBy(client::serverTime)
          .isInstanceOf(MbxException.class)
          .hasMessageContaining("the response has no 'serverTime'");
    }
  }
}
