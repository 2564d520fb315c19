package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mbx.client.BannedException;
import dev.mbx.client.ClockSkewException;
import dev.mbx.client.NewOrder;
import dev.mbx.client.Order;
import dev.mbx.client.OrderStatus;
import dev.mbx.client.RateLimitedException;
import dev.mbx.client.Side;
import dev.mbx.client.SpotClient;
import dev.mbx.client.UnknownOutcomeException;
import dev.mbx.core.RecvWindow;
import dev.mbx.sandbox.Faults;
import dev.mbx.sandbox.RateLimits;
import dev.mbx.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 5 acceptance: the client against the sandbox's faults, over loopback. */
class ResilienceTest {
  private static final NewOrder RESTING =
      NewOrder.limit("BTCUSDT", Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000"));

  private static SpotClient.Builder client(Sandbox sandbox) {
    return SpotClient.builder()
        .baseUrl(sandbox.baseUrl().toString())
        .apiKey(sandbox.demo().apiKey())
        .secretKey(sandbox.demo().secretKey());
  }

  @ParameterizedTest
  @ValueSource(longs = {-30_000, 30_000})
  void signedCalls_sandboxClock30sOff_noneFailsAfterTheFirstSync(long skewMillis) {
    Faults skewed = Faults.NONE.withClockSkew(Duration.ofMillis(skewMillis));
    try (Sandbox sandbox = Sandbox.builder().faults(skewed).start();
        SpotClient client = client(sandbox).build()) {
      client.account();
      Order placed = client.newOrder(RESTING);
      client.order("BTCUSDT", placed.orderId());
      client.order("BTCUSDT", placed.clientOrderId());
      assertThat(client.openOrders("BTCUSDT")).hasSize(1);
      client.testOrder(RESTING);
      client.cancelOrder("BTCUSDT", placed.orderId());

      long offset = client.clockOffset().orElseThrow().offsetMillis();
      long roundTrip = client.clockOffset().orElseThrow().roundTripMillis();
      assertThat(offset).isBetween(skewMillis - roundTrip - 1, skewMillis + roundTrip + 1);
      assertThat(new Admin(sandbox).requests()).extracting(Admin.Logged::status).containsOnly(200);
    }
  }

  @Test
  void signedCall_serverClockJumpsAtRunTime_resyncsOnMinus1021AndSucceeds() {
    try (Sandbox sandbox = Sandbox.builder().start();
        SpotClient client = client(sandbox).build()) {
      Admin admin = new Admin(sandbox);
      client.account();
      admin.faults("{\"clockSkewMillis\":-30000}");

      client.account();

      assertThat(admin.requests())
          .extracting(r -> r.path() + " " + r.status())
          .containsExactly(
              "/api/v3/time 200",
              "/api/v3/account 200",
              "/api/v3/account 400",
              "/api/v3/time 200",
              "/api/v3/account 200");
    }
  }

  @Test
  void signedCall_accountClockSkewed_failsWithClockSkewAfterOneResync() {
    try (Sandbox sandbox = Sandbox.builder().start();
        SpotClient client = client(sandbox).build()) {
      Admin admin = new Admin(sandbox);
      admin.faults("{\"accountClockSkewMillis\":{\"" + sandbox.demo().apiKey() + "\":60000}}");

      ClockSkewException e = catchThrowableOfType(ClockSkewException.class, client::account);

      assertThat(e.code()).isEqualTo(-1021);
      assertThat(admin.requests())
          .extracting(r -> r.path() + " " + r.status())
          .containsExactly(
              "/api/v3/time 200", "/api/v3/account 400", "/api/v3/time 200", "/api/v3/account 400");
    }
  }

  @Test
  void burstOfTwiceTheWeightLimit_throughOneClient_getsNo429AndAllAreServed() {
    RateLimits limits = RateLimits.BINANCE.enforce().withRequestWeight(40, Duration.ofSeconds(1));
    try (Sandbox sandbox = Sandbox.builder().rateLimits(limits).start();
        SpotClient client = client(sandbox).build()) {
      client.exchangeInfo();
      List<CompletableFuture<Void>> pings = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        pings.add(client.pingAsync());
      }

      CompletableFuture.allOf(pings.toArray(CompletableFuture[]::new)).join();

      List<Admin.Logged> served = new Admin(sandbox).requests();
      assertThat(served).extracting(Admin.Logged::status).containsOnly(200);
      assertThat(served).filteredOn(r -> r.path().equals("/api/v3/ping")).hasSize(80);
    }
  }

  @Test
  void newOrder_5xxAfterExecution_exactlyOneOrderExistsAndTheCallerGetsIt() {
    try (Sandbox sandbox = Sandbox.builder().start();
        SpotClient client = client(sandbox).build()) {
      Admin admin = new Admin(sandbox);
      admin.faults("{\"orderFailure\":\"AFTER_EXECUTION\",\"failingOrders\":1}");

      Order order = client.newOrder(RESTING);

      assertThat(order.status()).isEqualTo(OrderStatus.NEW);
      assertThat(order.clientOrderId()).startsWith("mbx-");
      assertThat(client.openOrders("BTCUSDT"))
          .extracting(Order::clientOrderId)
          .containsExactly(order.clientOrderId());
      assertThat(admin.requests())
          .filteredOn(r -> r.method().equals("POST"))
          .extracting(Admin.Logged::status)
          .containsExactly(503);
    }
  }

  @Test
  void newOrder_5xxBeforeExecution_noOrderAndUnknownOutcomeResolvedNotPlaced() {
    try (Sandbox sandbox = Sandbox.builder().start();
        SpotClient client = client(sandbox).recvWindow(RecvWindow.ofMillis(300)).build()) {
      Admin admin = new Admin(sandbox);
      admin.faults("{\"orderFailure\":\"BEFORE_EXECUTION\",\"failingOrders\":1}");

      UnknownOutcomeException e =
          catchThrowableOfType(UnknownOutcomeException.class, () -> client.newOrder(RESTING));

      assertThat(e.resolution()).isEqualTo(UnknownOutcomeException.Resolution.NOT_PLACED);
      assertThat(e.clientOrderId()).startsWith("mbx-");
      assertThat(e)
          .hasMessageContaining(e.clientOrderId())
          .hasMessageStartingWith("order not placed: ");
      assertThat(client.openOrders("BTCUSDT")).isEmpty();
      assertThat(admin.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(1);
    }
  }

  @Test
  void rateLimited429_clientSendsNothingUntilRetryAfterHasPassed() {
    RateLimits limits = RateLimits.BINANCE.enforce().withRequestWeight(5, Duration.ofSeconds(1));
    try (Sandbox sandbox = Sandbox.builder().rateLimits(limits).start();
        SpotClient client = client(sandbox).build()) {
      Admin admin = new Admin(sandbox);
      RateLimitedException limited = pingUntil(client, RateLimitedException.class, 20);
      int refused = pingUntilServed(client);

      List<Admin.Logged> log = admin.requests();
      int first429 = indexOfStatus(log, 429);
      assertThat(limited.sent()).isTrue();
      assertThat(limited.code()).isEqualTo(-1003);
      assertThat(refused).isPositive();
      assertThat(log.subList(first429 + 1, log.size()))
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.time()).isGreaterThanOrEqualTo(millis(limited)));
      assertThat(log).extracting(Admin.Logged::status).doesNotContain(418);
    }
  }

  @Test
  void banned418_afterAnotherClientKeptGoing_clientSendsNothingUntilTheBanEnds() {
    RateLimits limits =
        RateLimits.BINANCE
            .enforce()
            .withRequestWeight(5, Duration.ofSeconds(1))
            .withBan(Duration.ofSeconds(1));
    try (Sandbox sandbox = Sandbox.builder().rateLimits(limits).start();
        SpotClient client = client(sandbox).build()) {
      Admin admin = new Admin(sandbox);
      List<Integer> statuses = new ArrayList<>();
      while (!statuses.contains(418) && statuses.size() < 30) {
        statuses.add(admin.get("/api/v3/ping"));
      }
      BannedException banned = catchThrowableOfType(BannedException.class, client::ping);
      int refused = pingUntilServed(client);

      List<Admin.Logged> log = admin.requests();
      Admin.Logged clientBanned = log.get(log.size() - 2);
      Admin.Logged served = log.get(log.size() - 1);
      assertThat(statuses).containsSubsequence(200, 429, 418);
      assertThat(banned.sent()).isTrue();
      assertThat(refused).isPositive();
      assertThat(clientBanned.status()).isEqualTo(418);
      assertThat(served.status()).isEqualTo(200);
      assertThat(served.time()).isGreaterThanOrEqualTo(millis(banned));
    }
  }

  @Test
  void latencyFault_slowsAnswersButEveryCallSucceeds() {
    Faults slow = Faults.NONE.withLatency(Duration.ofMillis(30));
    try (Sandbox sandbox = Sandbox.builder().faults(slow).start();
        SpotClient client = client(sandbox).build()) {
      client.ping();
      client.account();

      assertThat(new Admin(sandbox).faults("{}").path("latencyMillis").asLong()).isEqualTo(30);
    }
  }

  @Test
  void oneClientSharedAcrossThreads_reusesConnections() {
    try (Sandbox sandbox = Sandbox.builder().start();
        SpotClient client = client(sandbox).build()) {
      Admin admin = new Admin(sandbox);
      client.account();
      long before = admin.connections();
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        calls.add(client.accountAsync());
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

      assertThat(admin.connections() - before).isLessThan(60);
    }
  }

  @Test
  void closingOneClient_leavesAnotherWorking() {
    try (Sandbox sandbox = Sandbox.builder().start();
        SpotClient other = client(sandbox).build()) {
      SpotClient closed = client(sandbox).build();
      closed.account();
      other.account();

      closed.close();

      assertThat(other.account().balances()).isNotEmpty();
      assertThat(other.accountAsync().join().balances()).isNotEmpty();
    }
  }

  /** Pings until {@code type} is thrown; fails the test after {@code max} pings. */
  private static <T extends Throwable> T pingUntil(SpotClient client, Class<T> type, int max) {
    for (int i = 0; i < max; i++) {
      try {
        client.ping();
      } catch (RuntimeException e) {
        if (type.isInstance(e)) {
          return type.cast(e);
        }
        throw e;
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " after " + max + " pings");
  }

  /** Pings every 20 ms until one is served, for at most 10 s; returns how many were refused. */
  private static int pingUntilServed(SpotClient client) {
    int refused = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        client.ping();
        return refused;
      } catch (RateLimitedException e) {
        assertThat(e.sent()).as("a refused call must not reach the server").isFalse();
        refused++;
        sleep(20);
      }
    }
    throw new AssertionError("still refused after 10 s");
  }

  private static int indexOfStatus(List<Admin.Logged> log, int status) {
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).status() == status) {
        return i;
      }
    }
    throw new AssertionError("no " + status + " in " + log);
  }

  private static long millis(RateLimitedException e) {
    return e.retryAfter().toEpochMilli();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
