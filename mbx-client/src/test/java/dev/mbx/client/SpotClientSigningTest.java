package dev.mbx.client;

import static dev.mbx.client.TestSupport.API_KEY;
import static dev.mbx.client.TestSupport.fixture;
import static dev.mbx.client.TestSupport.hmacHex;
import static dev.mbx.client.TestSupport.signedClient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.core.RecvWindow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpotClientSigningTest {
  private static final Pattern SIGNED_TARGET =
      Pattern.compile("GET /api/v3/account\\?(.*)&signature=([0-9a-f]{64}) HTTP/1\\.1");

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
  void account_signedGet_queryEndsWithHmacOfTheReceivedQuery() {
    server.enqueue(200, fixture("account.json"));
    try (SpotClient client = signedClient(server).build()) {
      client.account();
    }

    RecordingServer.Recorded request = server.take();
    Matcher target = SIGNED_TARGET.matcher(request.requestLine());
    assertThat(target.matches()).as(request.requestLine()).isTrue();
    assertThat(target.group(1)).isEqualTo("timestamp=1499827319559");
    assertThat(target.group(2)).isEqualTo(hmacHex(target.group(1)));
    assertThat(request.header("X-MBX-APIKEY")).isEqualTo(API_KEY);
    assertThat(request.body()).isEmpty();
  }

  @Test
  void testOrder_publishedLimitOrderWithRecvWindow_carriesPublishedSignatureInTheBody() {
    server.enqueue(200, "{}");
    NewOrder order = NewOrder.limit("LTCBTC", Side.BUY, new BigDecimal("1"), new BigDecimal("0.1"));
    try (SpotClient client = signedClient(server).recvWindow(RecvWindow.ofMillis(5000)).build()) {
      client.testOrder(order);
    }

    RecordingServer.Recorded request = server.take();
    assertThat(request.requestLine()).isEqualTo("POST /api/v3/order/test HTTP/1.1");
    assertThat(request.body())
        .isEqualTo(
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
                + "&recvWindow=5000&timestamp=1499827319559"
                + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(request.header("X-MBX-APIKEY")).isEqualTo(API_KEY);
  }

  @Test
  void newOrder_sameOrderSentTwice_isSignedAfreshWithANewTimestamp() {
    server.enqueue(200, fixture("order-ack.json")).enqueue(200, fixture("order-ack.json"));
    NewOrder order =
        NewOrder.market("BTCUSDT", Side.SELL, new BigDecimal("2")).withNewClientOrderId("o1");
    MutableClock clock = new MutableClock(1_700_000_000_000L);
    try (SpotClient client = signedClient(server).clock(clock).build()) {
      client.newOrder(order);
      clock.advance(1);
      client.newOrder(order);
    }

    String first = server.take().body();
    String second = server.take().body();
    String fields = "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=2&newClientOrderId=o1";
    String payload1 = fields + "&timestamp=1700000000000";
    String payload2 = fields + "&timestamp=1700000000001";
    assertThat(first).isEqualTo(payload1 + "&signature=" + hmacHex(payload1));
    assertThat(second).isEqualTo(payload2 + "&signature=" + hmacHex(payload2));
  }

  @Test
  void cancelOrder_byOrderId_sendsDeleteWithSignedQueryAndNoBody() {
    server.enqueue(200, fixture("order-cancel.json"));
    try (SpotClient client = signedClient(server).build()) {
      client.cancelOrder("LTCBTC", 4L);
    }

    String payload = "symbol=LTCBTC&orderId=4&timestamp=1499827319559";
    RecordingServer.Recorded request = server.take();
    assertThat(request.requestLine())
        .isEqualTo(
            "DELETE /api/v3/order?" + payload + "&signature=" + hmacHex(payload) + " HTTP/1.1");
    assertThat(request.body()).isEmpty();
  }

  @Test
  void openOrders_nullSymbol_signsOnlyTheTimestamp() {
    server.enqueue(200, "[]");
    try (SpotClient client = signedClient(server).build()) {
      assertThat(client.openOrders(null)).isEmpty();
    }

    String payload = "timestamp=1499827319559";
    assertThat(server.take().requestLine())
        .isEqualTo(
            "GET /api/v3/openOrders?" + payload + "&signature=" + hmacHex(payload) + " HTTP/1.1");
  }

  @Test
  void publicEndpoints_onAClientWithKeys_sendNoApiKeyHeaderAndNoSignature() {
    server.enqueue(200, "{}").enqueue(200, "{\"serverTime\": 1499827319559}");
    try (SpotClient client = signedClient(server).build()) {
      client.ping();
      assertThat(client.serverTime()).isEqualTo(1499827319559L);
    }

    RecordingServer.Recorded ping = server.take();
    RecordingServer.Recorded time = server.take();
    assertThat(ping.requestLine()).isEqualTo("GET /api/v3/ping HTTP/1.1");
    assertThat(time.requestLine()).isEqualTo("GET /api/v3/time HTTP/1.1");
    assertThat(ping.header("X-MBX-APIKEY")).isNull();
    assertThat(time.header("X-MBX-APIKEY")).isNull();
  }
}
