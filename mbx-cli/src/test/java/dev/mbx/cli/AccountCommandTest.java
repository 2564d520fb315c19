package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The main job: {@code mbx account} against the sandbox embedded in the command. */
class AccountCommandTest {

  @Test
  void account_embeddedSandbox_printsDemoBalancesFromSignedRequest() {
    Cli cli = Cli.run("account", "-v");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .contains("ASSET", "FREE", "LOCKED")
        .containsPattern("BTC\\s+1\\.00000000");
    assertThat(cli.err())
        .containsPattern(
            "> GET http://127\\.0\\.0\\.1:\\d+/api/v3/account\\?timestamp=\\d{13}&signature=[0-9a-f]{64}")
        .contains("< HTTP 200");
  }

  @Test
  void account_json_printsBinanceRawJson() {
    Cli cli = Cli.run("account", "--json");

    assertThat(cli.out()).startsWith("{").contains("\"balances\"", "\"accountType\":\"SPOT\"");
  }

  @Test
  void orderNew_limitOnEmbeddedSandbox_restsAsNew() {
    Cli cli =
        Cli.run(
            "order",
            "new",
            "--symbol",
            "BTCUSDT",
            "--side",
            "BUY",
            "--quantity",
            "0.01",
            "--price",
            "30000");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .containsPattern("BTCUSDT\\s+BUY\\s+LIMIT\\s+30000\\.?0*\\s+0\\.010*\\s+0\\.?0*\\s+NEW");
  }

  @Test
  void orderNew_limitWithoutPrice_saysWhatIsMissing() {
    Cli cli = Cli.run("order", "new", "--symbol", "BTCUSDT", "--side", "BUY", "--quantity", "1");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("mbx: a LIMIT order needs --price\n");
  }

  @Test
  void orderNew_unknownSymbol_printsBinanceCodeInOneLine() {
    Cli cli =
        Cli.run(
            "order", "new", "--symbol", "NOPE", "--side", "BUY", "--quantity", "1", "--price", "1");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).startsWith("mbx: rejected: -1121 Invalid symbol. (HTTP 400)");
  }

  @Test
  void account_unknownEnv_saysWhichOnesExist() {
    Cli cli = Cli.run("account", "--env", "prod");

    assertThat(cli.err())
        .isEqualTo(
            "mbx: unknown --env: 'prod'; use sandbox, testnet or live, or give --base-url\n");
  }

  @Test
  void account_envAndBaseUrlTogether_isRefused() {
    Cli cli = Cli.run("account", "--env", "testnet", "--base-url", "http://127.0.0.1:1");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("mbx: give either --env or --base-url, not both\n");
  }
}
