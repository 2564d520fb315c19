package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.core.Keys;
import dev.mbx.sandbox.Sandbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's acceptance: a user with an Ed25519 key registered in the sandbox runs {@code mbx
 * account} with it. The key pair comes from {@code mbx keygen}; the API key from the environment.
 */
class Ed25519AccountTest {
  private static final String API_KEY = "ed25519UserKey";

  @TempDir Path dir;

  @Test
  void account_keygenKeyRegisteredWithAddKeyAccount_printsBalances() throws Exception {
    Cli keygen = Cli.run("keygen", "ed25519", "--out", dir.toString());
    assertThat(keygen.exitCode()).isZero();
    try (Sandbox sandbox = Sandbox.builder().start()) {
      sandbox.addKeyAccount(
          API_KEY,
          Keys.readPublicKey(dir.resolve("ed25519-public.pem")),
          Map.of("BNB", new BigDecimal("42.5")));

      MbxProcess.Result result =
          MbxProcess.run(
              Map.of("BINANCE_API_KEY", API_KEY),
              "account",
              "--base-url",
              sandbox.baseUrl().toString(),
              "--key-file",
              dir.resolve("ed25519-private.pem").toString(),
              "-v");

      assertThat(result.err()).containsPattern("signature=[A-Za-z0-9%]{88,}").contains("HTTP 200");
      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).containsPattern("BNB\\s+42\\.50000000");
    }
  }

  @Test
  void account_keygenKeyRegisteredWithSandboxCommandAccountOption_printsDemoBalances()
      throws Exception {
    Cli.run("keygen", "ed25519", "--out", dir.toString());
    String account = API_KEY + "=" + dir.resolve("ed25519-public.pem");

    try (MbxProcess.Running sandbox =
        MbxProcess.startSandbox("--port", "0", "--account", account)) {
      MbxProcess.Result result =
          MbxProcess.run(
              Map.of("BINANCE_API_KEY", API_KEY),
              "account",
              "--base-url",
              sandbox.baseUrl(),
              "--key-file",
              dir.resolve("ed25519-private.pem").toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).containsPattern("USDT\\s+10000\\.00000000");
    }
  }

  @Test
  void account_otherEd25519KeyThanRegistered_isRejectedWith1022() throws Exception {
    Cli.run("keygen", "ed25519", "--out", dir.resolve("registered").toString());
    Cli.run("keygen", "ed25519", "--out", dir.resolve("other").toString());
    try (Sandbox sandbox =
        Sandbox.builder()
            .keyAccount(API_KEY, Keys.readPublicKey(dir.resolve("registered/ed25519-public.pem")))
            .start()) {

      MbxProcess.Result result =
          MbxProcess.run(
              Map.of("BINANCE_API_KEY", API_KEY),
              "account",
              "--base-url",
              sandbox.baseUrl().toString(),
              "--key-file",
              dir.resolve("other/ed25519-private.pem").toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .startsWith("mbx: rejected: -1022 Signature for this request is not valid. (HTTP 400)");
    }
  }

  @Test
  void sandboxCommand_accountOptionWithoutEquals_saysTheForm() {
    Cli cli = Cli.run("sandbox", "--account", "justAKey");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("mbx: --account takes API_KEY=PUBLIC_KEY_PEM_FILE: justAKey\n");
  }
}
