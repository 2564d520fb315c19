package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mbx.client.BinanceException;
import dev.mbx.client.NewOrder;
import dev.mbx.client.Side;
import dev.mbx.client.SpotClient;
import dev.mbx.core.Params;
import dev.mbx.sandbox.ReceivedRequest;
import dev.mbx.sandbox.Sandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values that break other libraries, each sent by the client, seen on the wire by the sandbox, and
 * decoded there. The wire form is checked against a literal written here (computed by hand and with
 * Python's {@code urllib.parse.quote(v, safe='-_.~')}), so a bug mirrored in mbx's encoder and the
 * sandbox's decoder cannot pass. Free-form values go to the sandbox's signed echo endpoint, which
 * reads any parameter; order values go through the typed API.
 */
class ValuesOnTheWireTest {
  private static final String ECHO = "/mbx/v1/echo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<ReceivedRequest> seen = new CopyOnWriteArrayList<>();
  private Sandbox sandbox;
  private SpotClient client;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().requestObserver(seen::add).start();
    client = clientWith(Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void email_atSign_isPercentEncodedAndArrivesIntact() {
    JsonNode echoed = echo("email", "name@example.com");

    assertThat(last().rawBody()).startsWith("email=name%40example.com&timestamp=");
    assertThat(last().params().get("email")).isEqualTo("name@example.com");
    assertThat(echoed.path("email").asText()).isEqualTo("name@example.com");
  }

  @Test
  void email_plusSign_arrivesAsPlusNotSpace() {
    JsonNode echoed = echo("email", "user+16@example.com");

    assertThat(last().rawBody()).startsWith("email=user%2B16%40example.com&timestamp=");
    assertThat(last().params().get("email")).isEqualTo("user+16@example.com");
    assertThat(echoed.path("email").asText()).isEqualTo("user+16@example.com");
  }

  @Test
  void jsonPunctuationAndSpaces_areEncodedWithPercent20() {
    String value = "{ method: \"buy\", to: \"x y\" }";

    echo("memo", value);

    assertThat(last().rawBody())
        .startsWith("memo=%7B%20method%3A%20%22buy%22%2C%20to%3A%20%22x%20y%22%20%7D&timestamp=");
    assertThat(last().params().get("memo")).isEqualTo(value);
  }

  @Test
  void asteriskIsEncodedAndTildeIsNot() {
    client.send(
        "POST", ECHO, Params.builder().add("p", "product*60").add("q", "a~b").build(), true);

    assertThat(last().rawBody()).startsWith("p=product%2A60&q=a~b&timestamp=");
    assertThat(last().params().get("p")).isEqualTo("product*60");
    assertThat(last().params().get("q")).isEqualTo("a~b");
  }

  @Test
  void fullWidthDigitSymbol_travelsAsUtf8BytesAndReachesTheSymbolCheck() {
    NewOrder order = NewOrder.limit("１２３４５６", Side.BUY, new BigDecimal("1"), new BigDecimal("0.1"));

    assertThatThrownBy(() -> client.testOrder(order))
        .isInstanceOfSatisfying(BinanceException.class, e -> assertThat(e.code()).isEqualTo(-1121));

    assertThat(last().rawBody())
        .startsWith("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&");
    assertThat(last().params().get("symbol")).isEqualTo("１２３４５６");
  }

  @Test
  void cjkValue_travelsAsUtf8Bytes() {
    JsonNode echoed = echo("symbol", "币安人生");

    assertThat(last().rawBody()).startsWith("symbol=%E5%B8%81%E5%AE%89%E4%BA%BA%E7%94%9F&");
    assertThat(echoed.path("symbol").asText()).isEqualTo("币安人生");
  }

  @Test
  void symbolsList_isCompactJsonInTheQuery() {
    var info = client.exchangeInfo(List.of("BTCUSDT", "BNBBTC"));

    assertThat(last().rawQuery()).isEqualTo("symbols=%5B%22BTCUSDT%22%2C%22BNBBTC%22%5D");
    assertThat(last().params().get("symbols")).isEqualTo("[\"BTCUSDT\",\"BNBBTC\"]");
    assertThat(info.symbols()).hasSize(2);
  }

  @Test
  void origClientOrderIdList_isCompactJsonWithItsSpaceEncoded() {
    Params params =
        Params.builder().add("origClientOrderIdList", List.of("myOrder1", "my order 2")).build();

    client.send("POST", ECHO, params, true);

    assertThat(last().rawBody())
        .startsWith("origClientOrderIdList=%5B%22myOrder1%22%2C%22my%20order%202%22%5D&timestamp=");
    assertThat(last().params().get("origClientOrderIdList"))
        .isEqualTo("[\"myOrder1\",\"my order 2\"]");
  }

  @Test
  void quantityTinyBigDecimal_leavesAsPlainDecimalNever1E8() {
    BigDecimal quantity = new BigDecimal("1E-8");
    assertThat(quantity.toString()).isEqualTo("1E-8");

    assertThatThrownBy(() -> client.testOrder(limitBtc(quantity)))
        .isInstanceOfSatisfying(
            BinanceException.class, e -> assertThat(e.getMessage()).contains("LOT_SIZE"));

    assertThat(last().rawBody()).contains("&quantity=0.00000001&").doesNotContain("E-");
    assertThat(last().params().get("quantity")).isEqualTo("0.00000001");
  }

  @Test
  void quantityNineDecimalsBigDecimal_arrivesExactlyAndIsJudgedOnPrecision() {
    BigDecimal quantity = new BigDecimal("2.3999E-5");

    assertThatThrownBy(() -> client.testOrder(limitBtc(quantity)))
        .isInstanceOfSatisfying(BinanceException.class, e -> assertThat(e.code()).isEqualTo(-1111));

    assertThat(last().rawBody()).contains("&quantity=0.000023999&");
    assertThat(last().params().get("quantity")).isEqualTo("0.000023999");
  }

  @Test
  void quantityLargeBigDecimalWrittenInScientificNotation_leavesAsPlainDecimal() {
    BigDecimal quantity = new BigDecimal("1.23456789E7");

    assertThatThrownBy(() -> client.testOrder(limitBtc(quantity)))
        .isInstanceOf(BinanceException.class);

    assertThat(last().rawBody()).contains("&quantity=12345678.9&").doesNotContain("E+", "E7");
    assertThat(last().params().get("quantity")).isEqualTo("12345678.9");
  }

  @Test
  void quantityWithNegativeScale_leavesAsPlainIntegerNotExponent() {
    BigDecimal quantity = new BigDecimal("12345600").stripTrailingZeros();
    assertThat(quantity.toString()).isEqualTo("1.23456E+7");

    assertThatThrownBy(() -> client.testOrder(limitBtc(quantity)))
        .isInstanceOf(BinanceException.class);

    assertThat(last().rawBody()).contains("&quantity=12345600&").doesNotContain("E+");
    assertThat(last().params().get("quantity")).isEqualTo("12345600");
  }

  @Test
  void quantitiesAsStrings_arriveExactlyAsWritten() {
    Params params =
        Params.builder()
            .add("a", "0.00000001")
            .add("b", "0.000023999")
            .add("c", "12345678.9")
            .build();

    client.send("POST", ECHO, params, true);

    assertThat(last().rawBody()).startsWith("a=0.00000001&b=0.000023999&c=12345678.9&timestamp=");
    assertThat(last().params())
        .containsEntry("a", "0.00000001")
        .containsEntry("b", "0.000023999")
        .containsEntry("c", "12345678.9");
  }

  @Test
  void quantityAsDouble_isRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> Params.builder().add("quantity", 1e-8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("binary floating point is not accepted, pass a BigDecimal or a String: 1.0E-8");
    assertThat(seen).isEmpty();
  }

  @Test
  void reusedOrder_isSignedAfreshWithNewTimestampAndOneSignature() {
    AtomicLong ticks = new AtomicLong();
    client.close();
    client = clientWith(new SteppingClock(ticks));
    NewOrder order =
        NewOrder.limit("BTCUSDT", Side.BUY, new BigDecimal("0.01"), new BigDecimal("30000"));

    client.testOrder(order);
    client.testOrder(order);

    assertThat(seen).hasSize(2);
    ReceivedRequest first = seen.get(0);
    ReceivedRequest second = seen.get(1);
    assertThat(second.params().get("timestamp")).isNotEqualTo(first.params().get("timestamp"));
    assertThat(second.params().get("signature")).isNotEqualTo(first.params().get("signature"));
    assertThat(second.rawBody().split("signature=", -1)).hasSize(2);
    assertThat(second.rawBody())
        .startsWith(
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=30000"
                + "&timestamp=")
        .doesNotContain(first.params().get("signature"));
  }

  private SpotClient clientWith(Clock clock) {
    return SpotClient.builder()
        .baseUrl(sandbox.baseUrl().toString())
        .apiKey(sandbox.demo().apiKey())
        .secretKey(sandbox.demo().secretKey())
        // Timestamps straight from the given clock: these tests look at what that clock puts on
        // the wire, so the client must not correct it with the server's time.
        .serverTimeSync(false)
        .clock(clock)
        .build();
  }

  private static NewOrder limitBtc(BigDecimal quantity) {
    return NewOrder.limit("BTCUSDT", Side.BUY, quantity, new BigDecimal("30000"));
  }

  /** Sends one parameter to the echo endpoint and returns what the sandbox answered it decoded. */
  private JsonNode echo(String name, String value) {
    String json = client.send("POST", ECHO, Params.builder().add(name, value).build(), true);
    try {
      return JSON.readTree(json).path("params");
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }

  private ReceivedRequest last() {
    assertThat(seen).isNotEmpty();
    return seen.get(seen.size() - 1);
  }

  /** The system time plus one millisecond more on every read, so two calls never share one. */
  private static final class SteppingClock extends Clock {
    private final AtomicLong ticks;

    SteppingClock(AtomicLong ticks) {
      this.ticks = ticks;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(System.currentTimeMillis() + ticks.incrementAndGet());
    }
  }
}
