package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mbx.client.BinanceException;
import dev.mbx.client.SpotClient;
import dev.mbx.core.RecvWindow;
import dev.mbx.sandbox.ReceivedRequest;
import dev.mbx.sandbox.Sandbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code recvWindow} and {@code timestamp} from the client's side, against the sandbox. */
class TimeOnTheWireTest {
  private final List<ReceivedRequest> seen = new CopyOnWriteArrayList<>();
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().requestObserver(seen::add).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void recvWindowWithThreeDecimals_isSentAsWrittenAndAccepted() {
    try (SpotClient client = client(RecvWindow.parse("6000.346"), Clock.systemUTC())) {
      client.account();
    }

    assertThat(seen.get(0).rawQuery()).startsWith("recvWindow=6000.346&timestamp=");
  }

  @Test
  void recvWindowOver60000_isRefusedByTheClientBeforeSending() {
    assertThatThrownBy(() -> RecvWindow.parse("60000.001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recvWindow must be at most 60000 ms: 60000.001");
    assertThat(seen).isEmpty();
  }

  @Test
  void recvWindowOver60000_isOneClearLineFromTheCli() {
    Cli cli = Cli.run("account", "--recv-window", "60001");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("mbx: recvWindow must be at most 60000 ms: 60001\n");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void clientClockElevenSecondsAhead_isRejectedWith1021() {
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(11));

    try (SpotClient client = client(RecvWindow.DEFAULT, ahead)) {
      assertThatThrownBy(client::account)
          .isInstanceOfSatisfying(
              BinanceException.class, e -> assertThat(e.code()).isEqualTo(-1021));
    }
  }

  @Test
  void clientClockOutsideWindow_isRejectedWith1021() {
    Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-7));

    try (SpotClient client = client(new RecvWindow(new BigDecimal("5000")), behind)) {
      assertThatThrownBy(client::account)
          .isInstanceOfSatisfying(
              BinanceException.class,
              e ->
                  assertThat(e.getMessage())
                      .contains("Timestamp for this request is outside of the recvWindow."));
    }
  }

  private SpotClient client(RecvWindow window, Clock clock) {
    return SpotClient.builder()
        .baseUrl(sandbox.baseUrl().toString())
        .apiKey(sandbox.demo().apiKey())
        .secretKey(sandbox.demo().secretKey())
        .recvWindow(window)
        // Timestamps straight from the given clock: these tests look at what that clock puts on
        // the wire, so the client must not correct it with the server's time.
        .serverTimeSync(false)
        .clock(clock)
        .build();
  }
}
