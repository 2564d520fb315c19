package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxHelpTest {

  @Test
  void sandboxHelp_listsTheSandboxOptionsIncludingFaults() {
    Cli cli = Cli.run("sandbox", "--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .contains("--account K=FILE", "--explain", "--clock-skew-ms N", "--fail-orders WHEN")
        .contains("--enforce-rate-limits", "/sandbox/faults");
  }

  @Test
  void sandbox_unknownOption_isOneLineNamingIt() {
    Cli cli = Cli.run("sandbox", "--bogus");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err())
        .startsWith("mbx: unknown option: --bogus (known: [--port,")
        .hasLineCount(1);
  }

  @Test
  void everyCommand_takesHelp() {
    for (String command :
        new String[] {
          "sign", "verify", "keygen", "ping", "time", "account", "orders", "doctor", "sandbox"
        }) {
      assertThat(Cli.run(command, "--help").exitCode()).as(command).isZero();
    }
  }
}
