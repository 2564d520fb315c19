package dev.mbx.cli;

import static dev.mbx.cli.DoctorFixturesTest.API_KEY;
import static dev.mbx.cli.DoctorFixturesTest.SECRET;
import static dev.mbx.cli.DoctorFixturesTest.TIMESTAMP;
import static dev.mbx.cli.DoctorFixturesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mbx doctor}: the classic question, the input forms, the report and the set-up check. */
class DoctorCommandTest {
  private static final String HASH_OBJECT_SENTENCE =
      "not hex: you sent the text of a hash object; compute HMAC-SHA256 of the payload with your"
          + " secret and send its hex digest";

  /** HMAC-SHA256 of {@code timestamp=1499827319559} with the secret, by Python's hmac module. */
  private static final String TIMESTAMP_ONLY_SIGNATURE =
      "2222d49722f6af5da13f6da6bfc0d7de19ca2815ebc98bbc49e4942268472f3f";

  @Test
  void doctor_hashObjectCurlLine_namesTheMistakeAndItsCorrectionPassesTheSandbox()
      throws Exception {
    String curl = Files.readString(resource("signature-hash-object.txt")).strip();

    Cli result = doctor(curl, "--server-time", Long.toString(TIMESTAMP));

    assertThat(result.out())
        .contains("rejected: Binance answers -1100")
        .contains(HASH_OBJECT_SENTENCE)
        .contains("payload to sign:   timestamp=1499827319559\n");
    HttpResponse<String> response = sendToSandbox(correctedCurl(result.out()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"balances\"");
  }

  @Test
  void doctor_hashObject_printsCorrectSignatureAndCurlWithoutSecret() {
    Cli result =
        doctor(
            "curl -H 'X-MBX-APIKEY: "
                + API_KEY
                + "' 'https://api.binance.com/api/v3/account?timestamp=1499827319559"
                + "&signature=%3Csha256%20HASH%20object%20%40%200x7f3b2c1d9e50%3E'",
            "--server-time",
            Long.toString(TIMESTAMP));

    assertThat(result.out())
        .contains("correct signature: " + TIMESTAMP_ONLY_SIGNATURE)
        .contains(
            "  curl -H 'X-MBX-APIKEY: "
                + API_KEY
                + "' 'https://api.binance.com/api/v3/account?timestamp=1499827319559&signature="
                + TIMESTAMP_ONLY_SIGNATURE
                + "'")
        .doesNotContain(SECRET);
  }

  @Test
  void doctor_methodUrlBodyForm_namesQueryOnlySigning() throws IOException {
    String[] line =
        Files.readString(resource("query-only-signed-method-url.txt")).strip().split(" ");

    Cli result =
        Cli.run(
            "doctor",
            "-H",
            "X-MBX-APIKEY: " + API_KEY,
            "--secret-file",
            resource("secret.txt").toString(),
            "--server-time",
            Long.toString(TIMESTAMP),
            line[0],
            line[1],
            line[2]);

    assertThat(result.out()).contains("cause:             query-only-signed\n");
  }

  @Test
  void doctor_curlWordsAfterDoubleDash_readAsOneCurlLine() {
    Cli result =
        Cli.run(
            "doctor",
            "--secret-file",
            resource("secret.txt").toString(),
            "--server-time",
            Long.toString(TIMESTAMP),
            "--",
            "curl",
            "-sS",
            "-H",
            "X-MBX-APIKEY: " + API_KEY,
            "https://api.binance.com/api/v3/account?timestamp=1499827319559&signature="
                + TIMESTAMP_ONLY_SIGNATURE);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("cause:             accepted\n");
  }

  @Test
  void doctor_unknownMismatch_showsSentAndExpectedSideBySideWithFirstDifference() {
    Cli result =
        doctor(
            "curl -H 'X-MBX-APIKEY: "
                + API_KEY
                + "' 'https://api.binance.com/api/v3/account?timestamp=1499827319559&signature="
                + "0222d49722f6af5da13f6da6bfc0d7de19ca2815ebc98bbc49e4942268472f3f'",
            "--server-time",
            Long.toString(TIMESTAMP));

    assertThat(result.out())
        .contains("cause:             signature-mismatch\n")
        .contains(
            "signature sent:    0222d497"
                + "22f6af5da13f6da6bfc0d7de19ca2815ebc98bbc49e4942268472f3f\n"
                + "signature correct: 2222d497")
        .contains("\n                   ^ first difference at byte 0\n");
  }

  @Test
  void doctor_timestampOutsideWindow_saysHowFar() throws IOException {
    Cli result =
        doctor(
            Files.readString(resource("timestamp-outside-window.txt")).strip(),
            "--server-time",
            Long.toString(TIMESTAMP));

    assertThat(result.out())
        .contains("timestamp is 7342 ms behind the server's time 1499827319559, more than")
        .contains("recvWindow 5000 ms");
  }

  @Test
  void doctor_help_documentsEveryInputFormWithAnExample() {
    Cli result = Cli.run("doctor", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("a curl command line, as one argument:")
        .contains("mbx doctor \"curl -H 'X-MBX-APIKEY:")
        .contains("from stdin with '-':")
        .contains("mbx doctor --request-file request.txt")
        .contains("METHOD URL [BODY]")
        .contains("mbx doctor -H 'X-MBX-APIKEY: vmPUZE6mv9...' POST 'https://")
        .contains("a raw HTTP request from a file or stdin")
        .contains("mbx doctor --request-file captured.http")
        .contains("no request at all: check the set-up")
        .contains("--secret-env", "--secret-file", "--key-file", "--public-key-file")
        .contains("--server-time");
  }

  @Test
  void doctor_noRequest_checksKeysClockAndTargetAgainstARunningSandbox() {
    try (Sandbox sandbox = Sandbox.builder().start()) {
      Cli result =
          Cli.run(
              "doctor",
              "--secret-file",
              resource("secret.txt").toString(),
              "--base-url",
              sandbox.baseUrl().toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .contains("ok    key type: HMAC secret in ")
          .contains("ok    target: " + sandbox.baseUrl() + " reachable, round trip ")
          .containsPattern("ok    clock: server minus local -?\\d+ ms")
          .contains("set-up looks fine")
          .doesNotContain(SECRET);
    }
  }

  @Test
  void doctor_noRequestDefaultTarget_usesEmbeddedSandbox() {
    Cli result = Cli.run("doctor", "--key-file", resource("ed25519.pem").toString());

    assertThat(result.out())
        .contains("ok    key type: ED25519 private key in ")
        .contains("reachable, round trip")
        .contains("(embedded sandbox: its clock is this machine's");
  }

  @Test
  void doctor_noRequestSecretWithTrailingSpaces_fails(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret"), SECRET + "  \n");

    Cli result = Cli.run("doctor", "--secret-file", secret.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("FAIL  key: the HMAC secret in " + secret + " has surrounding whitespace")
        .doesNotContain(SECRET);
  }

  @Test
  void doctor_noRequestUnreachableTarget_fails() {
    Cli result =
        Cli.run(
            "doctor",
            "--secret-file",
            resource("secret.txt").toString(),
            "--base-url",
            "http://127.0.0.1:1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("FAIL  target: http://127.0.0.1:1 not reachable: ");
  }

  @Test
  void doctor_publicKeyOnly_namesCauseButCannotSign() {
    Cli result =
        Cli.run(
            "doctor",
            "--public-key-file",
            resource("ed25519.pub.pem").toString(),
            "--server-time",
            "1578963600000",
            "--request-file",
            resource("hex-for-ed25519.txt").toString());

    assertThat(result.out())
        .contains("cause:             hex-for-rsa-ed25519\n")
        .contains("(a public key cannot sign: sign the payload above with your private key)");
  }

  @Test
  void doctor_unreadableRequest_saysWhichFormsItTakes() {
    Cli result = doctor("hello there friend of mine");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "mbx: cannot read the request: give a curl command line, METHOD URL [BODY], or a raw"
                + " HTTP request\n");
  }

  private static Cli doctor(String request, String... more) {
    String[] args = new String[more.length + 4];
    args[0] = "doctor";
    args[1] = "--secret-file";
    args[2] = resource("secret.txt").toString();
    System.arraycopy(more, 0, args, 3, more.length);
    args[args.length - 1] = request;
    return Cli.run(args);
  }

  private static String correctedCurl(String out) {
    String after =
        out.substring(out.indexOf("corrected request:\n") + "corrected request:\n".length());
    return after.lines().findFirst().orElseThrow().strip();
  }

  /**
   * Parses {@code curl} and sends it with java.net.http to a sandbox clocked at the fixture's time.
   */
  private static HttpResponse<String> sendToSandbox(String curl) throws Exception {
    DoctorRequest request = CurlLine.parse(curl);
    try (Sandbox sandbox = DoctorFixturesTest.hmacSandbox()) {
      String query = request.request().query();
      URI uri = URI.create(sandbox.baseUrl() + request.request().path() + "?" + query);
      HttpRequest.Builder http =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(10))
              .method(
                  request.request().method(),
                  HttpRequest.BodyPublishers.ofString(
                      request.request().body(), StandardCharsets.UTF_8));
      request.request().headers().forEach(http::header);
      return HttpClient.newHttpClient().send(http.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
