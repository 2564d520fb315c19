package dev.mbx.client;

import static dev.mbx.client.TestSupport.API_KEY;
import static dev.mbx.client.TestSupport.SECRET;
import static dev.mbx.client.TestSupport.fixture;
import static dev.mbx.client.TestSupport.signedClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, clock sync, Retry-After, pacing and the error family, against a scripted server. */
class SpotClientResilienceTest {
  private static final long LOCAL = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
  private static final String SERVER_ERROR = "{\"code\":-1001,\"msg\":\"Internal error.\"}";
  private static final String OUTSIDE_WINDOW =
      "{\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}";
  private static final String LIMITS_25_PER_MINUTE =
      "{\"timezone\":\"UTC\",\"serverTime\":1,\"rateLimits\":[{\"rateLimitType\":"
          + "\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":25}],"
          + "\"exchangeFilters\":[],\"symbols\":[]}";

  private RecordingServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  private SpotClient.Builder syncingClient(MutableClock clock) {
    return SpotClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(API_KEY)
        .secretKey(SECRET)
        .clock(clock);
  }

  @Test
  void account_503ThenOk_isRetriedReSignedWithAFreshTimestamp() {
    server.enqueue(503, SERVER_ERROR).enqueue(200, fixture("account.json"));
    try (SpotClient client =
        signedClient(server).clock(new TestSupport.TickingClock(LOCAL)).build()) {
      client.account();
    }

    String first = server.take().requestLine();
    String second = server.take().requestLine();
    assertThat(first).startsWith("GET /api/v3/account?timestamp=");
    assertThat(second).startsWith("GET /api/v3/account?timestamp=").isNotEqualTo(first);
  }

  @Test
  void account_503OnEveryAttempt_givesUpAfterMaxAttemptsWithTheServerError() {
    server.enqueue(503, SERVER_ERROR).enqueue(503, SERVER_ERROR);
    try (SpotClient client = signedClient(server).maxAttempts(2).build()) {
      BinanceException e = catchThrowableOfType(BinanceException.class, client::account);

      assertThat(e.httpStatus()).isEqualTo(503);
    }
    assertThat(server.pendingRequests()).isEqualTo(2);
  }

  @Test
  void cancelOrder_503_isNeverResentAndReportsAnUnknownOutcome() {
    server.enqueue(503, SERVER_ERROR);
    try (SpotClient client = signedClient(server).build()) {
      UnknownOutcomeException e =
          catchThrowableOfType(
              UnknownOutcomeException.class, () -> client.cancelOrder("BTCUSDT", 7L));

      assertThat(e.resolution()).isEqualTo(UnknownOutcomeException.Resolution.UNRESOLVED);
      assertThat(e).hasMessageStartingWith("outcome unknown: DELETE /api/v3/order may or may not");
    }
    assertThat(server.pendingRequests()).isEqualTo(1);
  }

  @Test
  void account_firstSignedCall_measuresTheServerClockAndSignsWithItsTime() {
    MutableClock clock = new MutableClock(LOCAL);
    server.enqueue(200, "{\"serverTime\":" + (LOCAL - 30_000) + "}");
    server.enqueue(200, fixture("account.json"));
    try (SpotClient client = syncingClient(clock).build()) {
      client.account();

      assertThat(client.clockOffset())
          .hasValueSatisfying(o -> assertThat(o.offsetMillis()).isEqualTo(-30_000));
    }

    assertThat(server.take().requestLine()).isEqualTo("GET /api/v3/time HTTP/1.1");
    assertThat(server.take().requestLine())
        .startsWith("GET /api/v3/account?timestamp=" + (LOCAL - 30_000) + "&signature=");
  }

  @Test
  void account_minus1021_remeasuresTheClockAndResendsOnce() {
    MutableClock clock = new MutableClock(LOCAL);
    server.enqueue(200, "{\"serverTime\":" + LOCAL + "}");
    server.enqueue(400, OUTSIDE_WINDOW);
    server.enqueue(200, "{\"serverTime\":" + (LOCAL + 5_000) + "}");
    server.enqueue(200, fixture("account.json"));
    try (SpotClient client = syncingClient(clock).build()) {
      client.account();
    }

    server.take();
    assertThat(server.take().requestLine()).contains("timestamp=" + LOCAL + "&");
    assertThat(server.take().requestLine()).isEqualTo("GET /api/v3/time HTTP/1.1");
    assertThat(server.take().requestLine()).contains("timestamp=" + (LOCAL + 5_000) + "&");
  }

  @Test
  void account_minus1021Twice_throwsClockSkewExceptionAfterOneResend() {
    MutableClock clock = new MutableClock(LOCAL);
    server.enqueue(200, "{\"serverTime\":" + LOCAL + "}").enqueue(400, OUTSIDE_WINDOW);
    server.enqueue(200, "{\"serverTime\":" + LOCAL + "}").enqueue(400, OUTSIDE_WINDOW);
    try (SpotClient client = syncingClient(clock).build()) {
      assertThatThrownBy(client::account)
          .isInstanceOf(ClockSkewException.class)
          .hasMessage("-1021 Timestamp for this request is outside of the recvWindow. (HTTP 400)");
    }
    assertThat(server.pendingRequests()).isEqualTo(4);
  }

  @Test
  void ping_429WithRetryAfter_sendsNothingUntilItHasPassed() {
    MutableClock clock = new MutableClock(LOCAL);
    server.enqueue(
        429,
        "{\"code\":-1003,\"msg\":\"Too much request weight used.\"}",
        Map.of("Retry-After", "7"));
    server.enqueue(200, "{}");
    try (SpotClient client = signedClient(server).clock(clock).build()) {
      RateLimitedException first = catchThrowableOfType(RateLimitedException.class, client::ping);
      RateLimitedException refused = catchThrowableOfType(RateLimitedException.class, client::ping);
      int seenWhileBlocked = server.pendingRequests();
      clock.advance(7_000);
      client.ping();

      assertThat(first.retryAfter()).isEqualTo(Instant.ofEpochMilli(LOCAL + 7_000));
      assertThat(first.sent()).isTrue();
      assertThat(first.code()).isEqualTo(-1003);
      assertThat(refused.sent()).isFalse();
      assertThat(refused)
          .hasMessageEndingWith("not sent, the server asked to wait until 2026-01-01T00:00:07Z");
      assertThat(seenWhileBlocked).isEqualTo(1);
    }
    assertThat(server.pendingRequests()).isEqualTo(2);
  }

  @Test
  void ping_418_throwsBannedExceptionWithTheBanEnd() {
    MutableClock clock = new MutableClock(LOCAL);
    server.enqueue(
        418,
        "{\"code\":-1003,\"msg\":\"Way too much request weight used; IP banned until 1.\"}",
        Map.of("Retry-After", "120"));
    try (SpotClient client = signedClient(server).clock(clock).build()) {
      BannedException e = catchThrowableOfType(BannedException.class, client::ping);

      assertThat(e.retryAfter()).isEqualTo(Instant.ofEpochMilli(LOCAL + 120_000));
      assertThat(client.rateLimitStatus().retryAfter()).contains(e.retryAfter());
      assertThatThrownBy(client::ping).isInstanceOf(BannedException.class);
    }
    assertThat(server.pendingRequests()).isEqualTo(1);
  }

  @Test
  void errors_areSplitByWhatTheCallerDoesNext() {
    server.enqueue(400, "{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
    server.enqueue(401, "{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions.\"}");
    server.enqueue(400, "{\"code\":-1102,\"msg\":\"Mandatory parameter 'x' was not sent.\"}");
    server.enqueue(400, "{\"code\":-2010,\"msg\":\"Account has insufficient balance.\"}");
    try (SpotClient client = signedClient(server).build()) {
      assertThatThrownBy(client::account).isExactlyInstanceOf(InvalidSignatureException.class);
      assertThatThrownBy(client::account)
          .isExactlyInstanceOf(CredentialsException.class)
          .hasMessageContaining("another environment")
          .hasMessageContaining("whitespace")
          .hasMessageContaining("whitelist")
          .hasMessageContaining("permission");
      assertThatThrownBy(client::account).isExactlyInstanceOf(InvalidRequestException.class);
      assertThatThrownBy(client::account).isExactlyInstanceOf(BinanceException.class);
    }
  }

  @Test
  void ping_beyondTheLimitsOfExchangeInfo_failsFastWithoutSending() {
    server.enqueue(200, LIMITS_25_PER_MINUTE);
    for (int i = 0; i < 5; i++) {
      server.enqueue(200, "{}");
    }
    try (SpotClient client =
        SpotClient.builder().baseUrl(server.baseUrl()).maxRateLimitWait(Duration.ZERO).build()) {
      client.exchangeInfo();
      for (int i = 0; i < 5; i++) {
        client.ping();
      }

      ThrottledException e = catchThrowableOfType(ThrottledException.class, client::ping);
      assertThat(e.retryAt()).isAfter(Instant.now());
      assertThat(client.rateLimitStatus().limits()).hasSize(1);
    }
    assertThat(server.pendingRequests()).isEqualTo(6);
  }

  @Test
  void rateLimitStatus_showsTheHeadersOfTheLastResponse() {
    server.enqueue(
        200,
        fixture("order-ack.json"),
        Map.of("X-MBX-USED-WEIGHT-1M", "42", "X-MBX-ORDER-COUNT-10S", "3"));
    try (SpotClient client = signedClient(server).build()) {
      client.newOrder(NewOrder.market("BTCUSDT", Side.BUY, BigDecimal.ONE));

      assertThat(client.rateLimitStatus().usedWeight()).isEqualTo(Map.of("1M", 42L));
      assertThat(client.rateLimitStatus().orderCount()).isEqualTo(Map.of("10S", 3L));
    }
  }

  @Test
  void accountAsync_completesWithTheAccount_andFailsOnceClosed() {
    server.enqueue(200, fixture("account.json"));
    SpotClient client = signedClient(server).build();

    Account account = client.accountAsync().join();
    client.close();

    assertThat(account.balances()).isNotEmpty();
    assertThatThrownBy(() -> client.accountAsync().join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }
}
