package dev.mbx.client;

import static dev.mbx.client.TestSupport.fixture;
import static dev.mbx.client.TestSupport.hmacHex;
import static dev.mbx.client.TestSupport.signedClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bytes on the wire are exactly the encoded, signed strings, with nothing re-encoded. */
class SpotClientWireBytesTest {
  /** Plus, at, space, star, tilde and full-width digits: each one a classic re-encoding trap. */
  private static final String TRICKY = "a+b@c d*e~１２３４５６";

  private static final String TRICKY_WIRE =
      "a%2Bb%40c%20d%2Ae~%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96";

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
  void order_trickyClientOrderId_requestLineIsExactlyTheSignedQuery() {
    server.enqueue(200, fixture("order-get.json"));
    try (SpotClient client = signedClient(server).build()) {
      client.order("LTCBTC", TRICKY);
    }

    String payload = "symbol=LTCBTC&origClientOrderId=" + TRICKY_WIRE + "&timestamp=1499827319559";
    assertThat(server.take().requestLine())
        .isEqualTo("GET /api/v3/order?" + payload + "&signature=" + hmacHex(payload) + " HTTP/1.1");
  }

  @Test
  void newOrder_trickyClientOrderId_bodyIsExactlyTheSignedForm() {
    server.enqueue(200, fixture("order-ack.json"));
    NewOrder order =
        NewOrder.limit("LTCBTC", Side.BUY, new BigDecimal("1"), new BigDecimal("0.1"))
            .withNewClientOrderId(TRICKY);
    try (SpotClient client = signedClient(server).build()) {
      client.newOrder(order);
    }

    String payload =
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
            + "&newClientOrderId="
            + TRICKY_WIRE
            + "&timestamp=1499827319559";
    RecordingServer.Recorded request = server.take();
    assertThat(request.requestLine()).isEqualTo("POST /api/v3/order HTTP/1.1");
    assertThat(request.body()).isEqualTo(payload + "&signature=" + hmacHex(payload));
  }

  @Test
  void exchangeInfo_symbolsList_sendsPercentEncodedJsonArrayVerbatim() {
    server.enqueue(200, fixture("exchange-info.json"));
    try (SpotClient client = SpotClient.builder().baseUrl(server.baseUrl()).build()) {
      client.exchangeInfo(List.of("BTCUSDT", "BNBBTC"));
    }

    assertThat(server.take().requestLine())
        .isEqualTo("GET /api/v3/exchangeInfo?symbols=%5B%22BTCUSDT%22%2C%22BNBBTC%22%5D HTTP/1.1");
  }

  @Test
  void newOrder_decimalsInScientificForm_leaveInPlainNotation() {
    server.enqueue(200, fixture("order-ack.json"));
    NewOrder order =
        NewOrder.limit("BTCUSDT", Side.BUY, new BigDecimal("1E-8"), BigDecimal.valueOf(12345678.9))
            .withNewClientOrderId("plain1");
    try (SpotClient client = signedClient(server).build()) {
      client.newOrder(order);
    }

    assertThat(server.take().body())
        .startsWith(
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.00000001"
                + "&price=12345678.9&newClientOrderId=plain1&timestamp=1499827319559&signature=")
        .doesNotContain("E-8", "E7");
  }
}
