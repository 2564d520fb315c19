package dev.mbx.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.Params;
import dev.mbx.core.RecvWindow;
import org.junit.jupiter.api.Test;

class SigningTest {
  private final Signing signing =
      new Signing(HmacSigner.of(TestSupport.SECRET), RecvWindow.ofMillis(5000));

  @Test
  void sign_callerGivenTimestampAndRecvWindow_areKeptAsGiven() {
    Params params =
        Params.builder()
            .add("symbol", "LTCBTC")
            .add("recvWindow", 1000)
            .add("timestamp", 42)
            .build();

    WireRequest wire = signing.sign("GET", "/api/v3/order", params, 1_499_827_319_559L);

    String payload = "symbol=LTCBTC&recvWindow=1000&timestamp=42";
    assertThat(wire.query()).isEqualTo(payload + "&signature=" + TestSupport.hmacHex(payload));
  }

  @Test
  void sign_withoutTimestamp_appendsTheGivenOne() {
    WireRequest wire = signing.sign("GET", "/api/v3/account", Params.of(), 1_499_827_319_559L);

    assertThat(wire.query()).startsWith("recvWindow=5000&timestamp=1499827319559&signature=");
  }
}
