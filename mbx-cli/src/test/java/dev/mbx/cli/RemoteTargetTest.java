package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.sandbox.Sandbox;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code mbx} as a separate process against a running sandbox, with keys from the environment as a
 * user sets them.
 */
class RemoteTargetTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.builder().demoApiKey("remoteTestKey").demoSecretKey("remoteTestSecret").start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void account_keysFromEnvironment_printsBalances() throws Exception {
    MbxProcess.Result result =
        mbx(
            Map.of("BINANCE_API_KEY", "remoteTestKey", "BINANCE_SECRET_KEY", "remoteTestSecret"),
            "account",
            "--base-url",
            sandbox.baseUrl().toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).containsPattern("USDT\\s+10000\\.00000000");
  }

  @Test
  void account_wrongSecret_saysRejectedWithHintAndNeverPrintsSecret() throws Exception {
    MbxProcess.Result result =
        mbx(
            Map.of("BINANCE_API_KEY", "remoteTestKey", "BINANCE_SECRET_KEY", "not-the-secret"),
            "account",
            "--base-url",
            sandbox.baseUrl().toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("mbx: rejected: -1022 Signature for this request is not valid. (HTTP 400)")
        .contains("hint: ")
        .doesNotContain("not-the-secret");
  }

  @Test
  void account_noKeysForRemoteTarget_saysWhichVariablesToSet() throws Exception {
    MbxProcess.Result result = mbx(Map.of(), "account", "--base-url", sandbox.baseUrl().toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "mbx: no keys for "
                + sandbox.baseUrl()
                + ": set BINANCE_API_KEY and BINANCE_SECRET_KEY, or leave out --env and"
                + " --base-url to use the embedded sandbox\n");
  }

  @Test
  void orderGetAndCancel_byOrderIdAndClientOrderId_showTheOrder() throws Exception {
    Map<String, String> keys =
        Map.of("BINANCE_API_KEY", "remoteTestKey", "BINANCE_SECRET_KEY", "remoteTestSecret");
    String url = sandbox.baseUrl().toString();
    mbx(
        keys,
        "order",
        "new",
        "--base-url",
        url,
        "--symbol",
        "ETHUSDT",
        "--side",
        "SELL",
        "--quantity",
        "1",
        "--price",
        "4000",
        "--client-order-id",
        "myOrder1");

    MbxProcess.Result get =
        mbx(
            keys,
            "order",
            "get",
            "--base-url",
            url,
            "--symbol",
            "ETHUSDT",
            "--client-order-id",
            "myOrder1");
    MbxProcess.Result cancel =
        mbx(keys, "order", "cancel", "--base-url", url, "--symbol", "ETHUSDT", "--order-id", "1");

    assertThat(get.out()).containsPattern("1\\s+myOrder1\\s+ETHUSDT\\s+SELL\\s+LIMIT.*NEW");
    assertThat(cancel.out()).containsPattern("1\\s+myOrder1\\s+ETHUSDT.*CANCELED");
  }

  private static MbxProcess.Result mbx(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return MbxProcess.run(env, args);
  }
}
