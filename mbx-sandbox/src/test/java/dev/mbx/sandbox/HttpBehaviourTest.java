package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mbx.core.MbxException;
import dev.mbx.sandbox.RawConnection.Response;
import dev.mbx.sandbox.TestHttp.Reply;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public endpoints, headers, routing errors and malformed input, over loopback. */
class HttpBehaviourTest {
  private static final long NOW = 1_767_225_630_000L; // 2026-01-01T00:00:30Z
  private static final String JSON_TYPE = "application/json;charset=UTF-8";

  private Sandbox sandbox;
  private TestHttp http;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.builder().clock(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC)).start();
    http = new TestHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void baseUrl_isLoopbackWithPortAndNoTrailingSlash() {
    assertThat(sandbox.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + sandbox.port());
    assertThat(sandbox.port()).isPositive();
  }

  @Test
  void pingAndTime_answerBinanceShapes() {
    Reply ping = http.get("/api/v3/ping");
    Reply time = http.get("/api/v3/time");

    assertThat(ping.raw().body()).isEqualTo("{}");
    assertThat(time.raw().body()).isEqualTo("{\"serverTime\":" + NOW + "}");
    assertThat(time.header("Content-Type")).isEqualTo(JSON_TYPE);
  }

  @Test
  void exchangeInfo_listsSymbolsFiltersAndRateLimits() {
    JsonNode info = http.get("/api/v3/exchangeInfo").json();

    assertThat(info.path("timezone").asText()).isEqualTo("UTC");
    assertThat(info.path("serverTime").asLong()).isEqualTo(NOW);
    assertThat(info.path("rateLimits")).hasSize(4);
    assertThat(info.path("exchangeFilters")).isEmpty();
    List<String> symbols = new ArrayList<>();
    info.path("symbols").forEach(s -> symbols.add(s.path("symbol").asText()));
    assertThat(symbols)
        .containsExactly("BTCUSDT", "ETHUSDT", "BNBUSDT", "LTCBTC", "ETHBTC", "BNBBTC");
    JsonNode btc = info.path("symbols").get(0);
    assertThat(btc.path("baseAssetPrecision").isInt()).isTrue();
    List<String> filters = new ArrayList<>();
    btc.path("filters").forEach(f -> filters.add(f.path("filterType").asText()));
    assertThat(filters)
        .containsExactly(
            "PRICE_FILTER", "LOT_SIZE", "MARKET_LOT_SIZE", "NOTIONAL", "MAX_NUM_ORDERS");
    assertThat(btc.path("filters").get(0).path("tickSize").asText()).isEqualTo("0.01000000");
  }

  @Test
  void exchangeInfo_symbolAndSymbols_filter() {
    JsonNode one = http.get("/api/v3/exchangeInfo?symbol=LTCBTC").json();
    JsonNode two = http.get("/api/v3/exchangeInfo?symbols=%5B%22ETHBTC%22,%22BNBBTC%22%5D").json();
    Reply unknown = http.get("/api/v3/exchangeInfo?symbol=NOPE");

    assertThat(one.path("symbols")).hasSize(1);
    assertThat(two.path("symbols")).hasSize(2);
    assertThat(unknown.code()).isEqualTo(-1121);
  }

  @Test
  void everyResponse_carriesUsedWeightAndJsonContentType() {
    List<Reply> replies =
        List.of(
            http.get("/api/v3/ping"),
            http.get("/api/v3/exchangeInfo"),
            http.get("/api/v3/nowhere"),
            http.send("POST", "/api/v3/ping", "", "", null),
            http.send("GET", "/api/v3/account", "timestamp=" + NOW, "", null),
            http.signed("GET", "/api/v3/account", "timestamp=" + NOW, "", sandbox.demo()));

    for (Reply reply : replies) {
      assertThat(reply.header("X-MBX-USED-WEIGHT-1M")).as(reply.raw().uri().toString()).isNotNull();
      assertThat(reply.header("Content-Type")).isEqualTo(JSON_TYPE);
    }
  }

  @Test
  void usedWeight_addsEndpointWeightsWithinTheMinute() {
    Reply first = http.get("/api/v3/ping");
    Reply second = http.get("/api/v3/exchangeInfo");
    Reply third = http.signed("GET", "/api/v3/account", "timestamp=" + NOW, "", sandbox.demo());

    assertThat(first.header("X-MBX-USED-WEIGHT-1M")).isEqualTo("1");
    assertThat(second.header("X-MBX-USED-WEIGHT-1M")).isEqualTo("21");
    assertThat(third.header("X-MBX-USED-WEIGHT-1M")).isEqualTo("41");
  }

  @Test
  void unknownPath_is404WithBinanceErrorJson() {
    Reply reply = http.get("/api/v3/nowhere");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().path("code").isInt()).isTrue();
    assertThat(reply.json().path("msg").isTextual()).isTrue();
  }

  @Test
  void wrongMethodOnKnownPath_is405WithBinanceErrorJson() {
    Reply reply = http.send("PUT", "/api/v3/order", "", "", null);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.code()).isEqualTo(-1020);
  }

  @Test
  void malformedPercentEscape_is400JsonAndConnectionKeepsServing() throws IOException {
    try (RawConnection connection = new RawConnection(sandbox)) {
      Response bad =
          connection.exchange("GET /api/v3/exchangeInfo?symbol=%G1 HTTP/1.1\r\nHost: x\r\n\r\n");
      Response next = connection.exchange("GET /api/v3/ping HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body())
          .isEqualTo("{\"code\":-1100,\"msg\":\"Illegal characters found in a parameter.\"}");
      assertThat(bad.headers()).containsKey("x-mbx-used-weight-1m");
      assertThat(next.status()).isEqualTo(200);
      assertThat(next.body()).isEqualTo("{}");
    }
  }

  @Test
  void truncatedEscapeAndNonUtf8Bytes_areRejectedWith1100() throws IOException {
    try (RawConnection connection = new RawConnection(sandbox)) {
      Response truncated =
          connection.exchange("GET /api/v3/exchangeInfo?symbol=BTC% HTTP/1.1\r\nHost: x\r\n\r\n");
      Response notUtf8 =
          connection.exchange("GET /api/v3/exchangeInfo?symbol=%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(truncated.status()).isEqualTo(400);
      assertThat(notUtf8.status()).isEqualTo(400);
      assertThat(notUtf8.body()).contains("-1100");
    }
  }

  @Test
  void rawNonUtf8BodyOnSignedEndpoint_isRejectedNotCrashed() throws IOException {
    byte[] head =
        ("POST /api/v3/order HTTP/1.1\r\nHost: x\r\nX-MBX-APIKEY: "
                + sandbox.demo().apiKey()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 12\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] body = {'s', 'y', 'm', 'b', 'o', 'l', '=', (byte) 0xC3, (byte) 0x28, 'a', 'b', 'c'};
    byte[] request = new byte[head.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(body, 0, request, head.length, body.length);

    try (RawConnection connection = new RawConnection(sandbox)) {
      Response response = connection.exchange(request);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body()).contains("\"code\":-1100");
    }
  }

  @Test
  void oversizedBody_is413JsonAndConnectionCloses() throws IOException {
    int size = BoundedAggregator.MAX_BODY_BYTES + 1;
    String request =
        "POST /api/v3/order HTTP/1.1\r\nHost: x\r\nContent-Length: " + size + "\r\n\r\n";

    try (RawConnection connection = new RawConnection(sandbox)) {
      Response response = connection.exchange(request);

      assertThat(response.status()).isEqualTo(413);
      assertThat(response.headers().get("content-type")).isEqualTo(JSON_TYPE);
      assertThat(response.body()).startsWith("{\"code\":");
      assertThat(connection.isClosedByServer()).isTrue();
    }
    assertThat(http.get("/api/v3/ping").status()).isEqualTo(200);
  }

  @Test
  void garbageRequestLine_is400JsonAndServerKeepsServing() throws IOException {
    try (RawConnection connection = new RawConnection(sandbox)) {
      Response response = connection.exchange("\u0001\u0002 NOT HTTP AT ALL\r\n\r\n");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body()).startsWith("{\"code\":");
    }
    assertThat(http.get("/api/v3/ping").status()).isEqualTo(200);
  }

  @Test
  void keepAlive_servesSeveralRequestsOnOneConnection() throws IOException {
    try (RawConnection connection = new RawConnection(sandbox)) {
      for (int i = 0; i < 3; i++) {
        Response response = connection.exchange("GET /api/v3/time HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("connection")).isNotEqualToIgnoringCase("close");
      }
    }
  }

  @Test
  void close_isIdempotentAndStopsListening() {
    int port = sandbox.port();

    sandbox.close();
    sandbox.close();

    assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
        .isInstanceOf(IOException.class);
  }

  @Test
  void portInUse_isOneMbxErrorNamingThePortAndTheFix() {
    Sandbox.Builder second = Sandbox.builder().port(sandbox.port());

    assertThatThrownBy(second::start)
        .isInstanceOf(MbxException.class)
        .hasMessage(
            "cannot listen on 127.0.0.1:"
                + sandbox.port()
                + ": the port is in use; choose another port, or 0 for any free one");
  }

  @Test
  void addHmacAccount_rejectsMalformedAndTakenKeys() {
    assertThatThrownBy(() -> sandbox.addHmacAccount("bad key", "s", java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(
            () -> sandbox.addHmacAccount(sandbox.demo().apiKey(), "s3cret", java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void sandboxMain_parse_readsOptionsAndRejectsUnknown() {
    Sandbox.Builder builder =
        SandboxMain.parse(
            new String[] {"--port", "0", "--demo-api-key", "K1", "--demo-secret-key", "S1"});

    try (Sandbox started = builder.start()) {
      assertThat(started.demo()).isEqualTo(new Credentials("K1", "S1"));
    }
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--verbose", "1"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultDemoKeys_are64Alphanumerics() {
    assertThat(sandbox.demo().apiKey()).matches("[A-Za-z0-9]{64}");
    assertThat(sandbox.demo().secretKey()).matches("[A-Za-z0-9]{64}");
    assertThat(sandbox.demo().toString()).doesNotContain(sandbox.demo().secretKey());
  }
}
