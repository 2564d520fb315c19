package dev.mbx.cli;

import static dev.mbx.cli.DoctorFixturesTest.API_KEY;
import static dev.mbx.cli.DoctorFixturesTest.TIMESTAMP;
import static dev.mbx.cli.DoctorFixturesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code mbx doctor} given requests a newcomer might paste wrongly. */
class DoctorInputTest {

  @Test
  void doctor_urlThatIsNeitherAbsoluteNorAPath_isRefusedInOneLine() {
    Cli result = doctor("GET", "api/v3/account?timestamp=1499827319559");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "mbx: not a URL: api/v3/account?timestamp=1499827319559;"
                + " give http(s)://host/path?query or /path?query\n");
  }

  @Test
  void doctor_undecodableParametersWithAnHmacSecret_doesNotBlameAPublicKey() {
    Cli result =
        doctor(
            "GET", "https://api.binance.com/api/v3/account?timestamp=1499827319559&signature=%zz");

    assertThat(result.out())
        .contains("cause:             illegal-characters\n")
        .contains("correct signature: (none yet: fix the problem named above, then sign)\n")
        .doesNotContain("public key");
  }

  @Test
  void doctor_methodBinanceDoesNotTake_isRefusedInOneLine() {
    Cli result = doctor("FOO", "https://api.binance.com/api/v3/account?timestamp=1499827319559");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "mbx: unsupported method: FOO; Binance's REST API takes GET, POST, PUT and DELETE\n");
  }

  @Test
  void doctor_stdinOverOneMebibyte_isRefusedWithoutReadingItAll() {
    java.io.InputStream original = System.in;
    System.setIn(new java.io.ByteArrayInputStream(new byte[(1 << 20) + 1]));
    Cli result;
    try {
      result = Cli.run("doctor", "--request-file", "-");
    } finally {
      System.setIn(original);
    }

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo("mbx: stdin holds more than 1 MiB; give doctor one request\n");
  }

  private static Cli doctor(String method, String url) {
    return Cli.run(
        "doctor",
        "-H",
        "X-MBX-APIKEY: " + API_KEY,
        "--secret-file",
        resource("secret.txt").toString(),
        "--server-time",
        Long.toString(TIMESTAMP),
        method,
        url);
  }
}
