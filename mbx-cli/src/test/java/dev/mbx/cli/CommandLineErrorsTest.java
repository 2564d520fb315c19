package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a newcomer gets for {@code --help}, a mistyped option or an unusable file: one line. */
class CommandLineErrorsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sign",
        "verify",
        "keygen",
        "ping",
        "time",
        "account",
        "order",
        "order new",
        "order get",
        "order cancel",
        "orders",
        "sandbox",
        "doctor"
      })
  void help_onEveryCommand_printsItsUsageAndExitsZero(String command) {
    String[] words = (command + " --help").split(" ");

    Cli cli = Cli.run(words);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Usage: mbx " + command + " ");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void missingRequiredOption_isOneLineNamingItAndWhereHelpIs() {
    Cli cli = Cli.run("verify", "timestamp=1");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .isEqualTo(
            "mbx verify: Missing required option: '--signature=SIG'; see 'mbx verify --help'\n");
  }

  @Test
  void unknownCommand_isOneLineWithTheSuggestion() {
    Cli cli = Cli.run("sandbx");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .isEqualTo(
            "mbx: Unmatched argument at index 0: 'sandbx'; did you mean: sandbox?;"
                + " see 'mbx --help'\n");
  }

  @Test
  void quantityNotADecimal_saysSoWithoutJavaInternals() {
    Cli cli =
        Cli.run(
            "order",
            "new",
            "--symbol",
            "BTCUSDT",
            "--side",
            "BUY",
            "--quantity",
            "NaN",
            "--price",
            "1");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .isEqualTo(
            "mbx order new: Invalid value for option '--quantity': not a decimal number: 'NaN';"
                + " see 'mbx order new --help'\n");
  }

  @Test
  void marketOrderWithPrice_isRefusedInsteadOfDroppingThePrice() {
    Cli cli =
        Cli.run(
            "order",
            "new",
            "--symbol",
            "BTCUSDT",
            "--side",
            "BUY",
            "--type",
            "MARKET",
            "--quantity",
            "0.01",
            "--price",
            "30000");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err())
        .isEqualTo(
            "mbx: a MARKET order takes no --price: 30000; leave it out, or use --type LIMIT\n");
  }

  @Test
  void secretFileMissing_saysNoSuchFile() {
    Path absent = dir.resolve("absent");

    Cli cli = Cli.run("sign", "--secret-file", absent.toString(), "a=1");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("mbx: cannot read " + absent + ": no such file\n");
  }

  @Test
  void passphraseVariableUnset_saysSoAndNamesIt() {
    Path key = Cli.resource("/vectors/keys/ed25519-fix-example.pem");

    Cli cli =
        Cli.run(
            "sign",
            "--key-file",
            key.toString(),
            "--passphrase-env",
            "MBX_TEST_UNSET_VARIABLE",
            "timestamp=1");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo(
            "mbx: environment variable MBX_TEST_UNSET_VARIABLE is not set or empty;"
                + " export it, or use a file option\n");
  }

  @Test
  void keygenOutIsAFile_saysItIsNotADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");

    Cli cli = Cli.run("keygen", "ed25519", "--out", file.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("mbx: --out must be a directory, but " + file + " is a file\n");
  }

  @Test
  void orderSideUnknownOrBad_listsOnlyTheValuesAUserCanMean() {
    for (String side : new String[] {"BAD", "UNKNOWN"}) {
      Cli cli = Cli.run("order", "new", "--symbol", "BTCUSDT", "--side", side, "--quantity", "1");

      assertThat(cli.exitCode()).isEqualTo(2);
      assertThat(cli.err())
          .isEqualTo(
              "mbx order new: Invalid value for option '--side': expected one of [BUY, SELL] but"
                  + " was '"
                  + side
                  + "'; see 'mbx order new --help'\n");
    }
  }
}
