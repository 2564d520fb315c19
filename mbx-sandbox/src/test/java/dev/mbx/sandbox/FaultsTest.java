package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.sandbox.TestHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin API, order-count headers and the enforced limits, over loopback. */
class FaultsTest {
  private static final String ORDER = "/api/v3/order";

  private Sandbox sandbox;
  private TestHttp http;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().start();
    http = new TestHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Reply placeOrder() {
    String form =
        "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=30000&timestamp="
            + System.currentTimeMillis();
    return http.signed("POST", ORDER, "", form, sandbox.demo());
  }

  @Test
  void getFaults_byDefault_noneAndBinanceLimitsNotEnforced() {
    Reply reply = http.get("/sandbox/faults");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.raw().body())
        .isEqualTo(
            "{\"clockSkewMillis\":0,\"accountClockSkewMillis\":{},\"latencyMillis\":0,"
                + "\"orderFailure\":\"NONE\",\"failingOrders\":0,\"rateLimits\":{\"enforced\":false,"
                + "\"requestWeight\":6000,\"weightIntervalSeconds\":60,\"ordersPer10Seconds\":50,"
                + "\"ordersPerDay\":160000,\"banSeconds\":120}}");
  }

  @Test
  void postFaults_unknownField_is400NamingIt() {
    Reply reply = http.send("POST", "/sandbox/faults", "", "{\"skew\":1}", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(-1130);
    assertThat(reply.msg()).isEqualTo("unknown field: skew");
  }

  @Test
  void adminApi_unknownPath_is404AndNotUnderApi() {
    assertThat(http.get("/sandbox/nothing").status()).isEqualTo(404);
    assertThat(http.get("/api/v3/sandbox/faults").status()).isEqualTo(404);
  }

  @Test
  void postFaults_clockSkew_movesServerTime() {
    long before = http.get("/api/v3/time").json().path("serverTime").asLong();

    http.send("POST", "/sandbox/faults", "", "{\"clockSkewMillis\":3600000}", null);

    long after = http.get("/api/v3/time").json().path("serverTime").asLong();
    assertThat(after - before).isGreaterThanOrEqualTo(3_600_000);
  }

  @Test
  void newOrder_success_carriesOrderCountHeaders() {
    placeOrder();
    Reply second = placeOrder();

    assertThat(second.header("X-MBX-ORDER-COUNT-10S")).isIn("1", "2");
    assertThat(second.header("X-MBX-ORDER-COUNT-1D")).isEqualTo("2");
  }

  @Test
  void ordersLimitEnforced_oneOrderTooMany_is429WithMinus1015AndRetryAfter() {
    http.send(
        "POST",
        "/sandbox/faults",
        "",
        "{\"rateLimits\":{\"enforced\":true,\"ordersPer10Seconds\":1,\"ordersPerDay\":1}}",
        null);
    placeOrder();

    Reply refused = placeOrder();

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo(-1015);
    assertThat(refused.msg()).startsWith("Too many new orders; current limit is 1 orders per ");
    assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
  }

  @Test
  void exchangeInfo_advertisesTheConfiguredWeightLimitAndHeader() {
    http.send(
        "POST",
        "/sandbox/faults",
        "",
        "{\"rateLimits\":{\"requestWeight\":40,\"weightIntervalSeconds\":10}}",
        null);

    Reply info = http.get("/api/v3/exchangeInfo");

    assertThat(info.json().path("rateLimits").get(0).toString())
        .isEqualTo(
            "{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"SECOND\",\"intervalNum\":10,"
                + "\"limit\":40}");
    assertThat(info.header("X-MBX-USED-WEIGHT-10S")).isEqualTo("20");
    assertThat(info.header("X-MBX-USED-WEIGHT-1M")).isNull();
  }

  @Test
  void parse_faultOptions_setFaultsAndEnforcedLimits() {
    Sandbox.Builder builder =
        SandboxMain.parse(
            new String[] {
              "--clock-skew-ms",
              "-30000",
              "--weight-limit",
              "100",
              "--ban-seconds",
              "5",
              "--fail-orders",
              "after"
            });

    try (Sandbox started = builder.start()) {
      Reply faults = new TestHttp(started).get("/sandbox/faults");
      assertThat(faults.json().path("clockSkewMillis").asLong()).isEqualTo(-30_000);
      assertThat(faults.json().path("orderFailure").asText()).isEqualTo("AFTER_EXECUTION");
      assertThat(faults.json().path("rateLimits").path("enforced").asBoolean()).isTrue();
      assertThat(faults.json().path("rateLimits").path("requestWeight").asInt()).isEqualTo(100);
      assertThat(faults.json().path("rateLimits").path("banSeconds").asInt()).isEqualTo(5);
    }
  }
}
