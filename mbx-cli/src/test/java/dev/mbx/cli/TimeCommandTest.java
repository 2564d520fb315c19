package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.sandbox.Faults;
import dev.mbx.sandbox.Sandbox;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeCommandTest {
  private static final Pattern OFFSET = Pattern.compile("offset +([+-]?\\d+) ms");
  private static final Pattern ROUND_TRIP = Pattern.compile("round trip +(\\d+) ms");

  @Test
  void time_embeddedSandbox_printsLocalServerOffsetAndRoundTrip() {
    Cli cli = Cli.run("time");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .containsPattern("local +\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z  \\(\\d{13}\\)")
        .containsPattern("server +\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z  \\(\\d{13}\\)")
        .containsPattern("offset +[+-]?\\d+ ms \\(server minus local\\)")
        .containsPattern("round trip +\\d+ ms");
  }

  @Test
  void time_sandbox30sAhead_showsAnOffsetOfThirtySeconds() {
    Faults ahead = Faults.NONE.withClockSkew(Duration.ofSeconds(30));
    try (Sandbox sandbox = Sandbox.builder().faults(ahead).start()) {
      Cli cli = Cli.run("time", "--base-url", sandbox.baseUrl().toString());

      long offset = number(OFFSET, cli.out());
      long roundTrip = number(ROUND_TRIP, cli.out());
      assertThat(offset).isBetween(30_000 - roundTrip - 1, 30_000 + roundTrip + 1);
    }
  }

  private static long number(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
