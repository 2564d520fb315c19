package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mbx.client.Exchange;
import dev.mbx.client.NewOrder;
import dev.mbx.client.Order;
import dev.mbx.client.Side;
import dev.mbx.client.SpotClient;
import dev.mbx.core.MbxException;
import dev.mbx.core.RecvWindow;
import dev.mbx.sandbox.RateLimits;
import dev.mbx.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, item 6: a full tour of client traffic (every endpoint, async, rejections, retries, an
 * unknown outcome, rate limiting) with every {@code dev.mbx} logger at its finest level, through
 * JUL, the default {@code System.Logger} backend. Read retries after a 5xx are covered by the
 * client module's scripted-server tests, since the sandbox fails only orders on demand. Nothing
 * logged may contain the secret, the API key or any signature that went over the wire.
 */
class LoggingTest {
  private static final Pattern SIGNATURE = Pattern.compile("signature=([0-9a-f]{64})");
  private static final NewOrder RESTING =
      NewOrder.limit("BTCUSDT", Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000"));

  private final Logger root = Logger.getLogger("dev.mbx");
  private final List<String> lines = new ArrayList<>();
  private final Set<String> signatures = ConcurrentHashMap.newKeySet();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String thrown = record.getThrown() == null ? "" : " " + record.getThrown();
          synchronized (lines) {
            lines.add(record.getLevel() + " " + record.getMessage() + thrown);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previous;

  @BeforeEach
  void captureFinest() {
    previous = root.getLevel();
    capture.setLevel(Level.ALL);
    root.setLevel(Level.ALL);
    root.addHandler(capture);
  }

  @AfterEach
  void restore() {
    root.removeHandler(capture);
    root.setLevel(previous);
  }

  @Test
  void fullClientTour_debugAndTraceLogs_carryNoSecretKeyOrSignature() {
    RateLimits limits = RateLimits.BINANCE.withRequestWeight(400, Duration.ofSeconds(1));
    try (Sandbox sandbox = Sandbox.builder().rateLimits(limits).start()) {
      Admin admin = new Admin(sandbox);
      try (SpotClient client = client(sandbox).build()) {
        tour(client, admin);
      }
      try (SpotClient wrongSecret =
          client(sandbox).secretKey("wrong" + sandbox.demo().secretKey()).build()) {
        assertThatThrownBy(wrongSecret::account).isInstanceOf(MbxException.class);
      }
      admin.faults("{\"rateLimits\":{\"enforced\":true,\"requestWeight\":3}}");
      try (SpotClient unpaced = client(sandbox).rateLimitPacing(false).build()) {
        assertThatThrownBy(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    unpaced.account();
                  }
                })
            .isInstanceOf(MbxException.class);
      }

      String log = String.join("\n", lines);
      assertThat(signatures).hasSizeGreaterThan(10);
      assertThat(log)
          .contains("GET /api/v3/account -> 200")
          .contains("signature=<redacted>")
          .contains("X-MBX-APIKEY=<redacted>")
          .contains("GET /api/v3/account got -1021: measuring the server clock")
          .contains("server clock offset")
          .doesNotContain(sandbox.demo().secretKey())
          .doesNotContain(sandbox.demo().apiKey());
      for (String signature : signatures) {
        assertThat(log).doesNotContain(signature);
      }
    }
  }

  private void tour(SpotClient client, Admin admin) {
    client.ping();
    client.serverTime();
    client.syncClock();
    client.exchangeInfo();
    client.exchangeInfo(List.of("BTCUSDT"));
    client.account();
    client.testOrder(RESTING);
    Order placed = client.newOrder(RESTING);
    client.order("BTCUSDT", placed.orderId());
    client.order("BTCUSDT", placed.clientOrderId());
    client.openOrders("BTCUSDT");
    client.openOrders(null);
    client.cancelOrder("BTCUSDT", placed.orderId());
    Order second = client.newOrderAsync(RESTING).join();
    client.cancelOrderAsync("BTCUSDT", second.clientOrderId()).join();
    client.accountAsync().join();
    assertThatThrownBy(() -> client.order("BTCUSDT", 999_999L)).isInstanceOf(MbxException.class);
    admin.faults("{\"orderFailure\":\"AFTER_EXECUTION\",\"failingOrders\":1}");
    client.cancelOrder("BTCUSDT", client.newOrder(RESTING).orderId());
    admin.faults("{\"orderFailure\":\"BEFORE_EXECUTION\",\"failingOrders\":1}");
    assertThatThrownBy(() -> client.newOrder(RESTING)).isInstanceOf(MbxException.class);
    admin.faults("{\"clockSkewMillis\":20000}");
    client.account();
    admin.faults("{\"clockSkewMillis\":0}");
  }

  private SpotClient.Builder client(Sandbox sandbox) {
    return SpotClient.builder()
        .baseUrl(sandbox.baseUrl().toString())
        .apiKey(sandbox.demo().apiKey())
        .secretKey(sandbox.demo().secretKey())
        .recvWindow(RecvWindow.ofMillis(300))
        .exchangeListener(this::collectSignature);
  }

  private void collectSignature(Exchange exchange) {
    Matcher matcher = SIGNATURE.matcher(exchange.url() + " " + exchange.requestBody());
    while (matcher.find()) {
      signatures.add(matcher.group(1));
    }
  }
}
