package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mbx.core.Keys;
import dev.mbx.sandbox.Sandbox;
import dev.mbx.sandbox.diagnosis.Cause;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4: every mistake {@code mbx doctor} recognises is a fixture under {@code doctor/}; the
 * doctor must name it, and the sandbox must reject that exact request with Binance's code.
 */
class DoctorFixturesTest {
  static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  static final long TIMESTAMP = 1_499_827_319_559L;
  static final long KEY_PAIR_TIMESTAMP = 1_578_963_600_000L;

  enum Key {
    HMAC,
    ED25519,
    RSA
  }

  /** One fixture: the cause the doctor must name and the code Binance (and the sandbox) answers. */
  record Case(String file, Cause cause, Key key, long serverTime) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        hmac("accepted.http", Cause.ACCEPTED),
        hmac("signature-hash-object.txt", Cause.SIGNATURE_HASH_OBJECT),
        hmac("signature-not-hex.txt", Cause.SIGNATURE_NOT_HEX),
        hmac("sha256-of-secret.txt", Cause.SHA256_OF_SECRET),
        hmac("hmac-key-message-swapped.txt", Cause.HMAC_KEY_MESSAGE_SWAPPED),
        hmac("query-only-signed.txt", Cause.QUERY_ONLY_SIGNED),
        hmac("body-only-signed.txt", Cause.BODY_ONLY_SIGNED),
        hmac("ampersand-at-join.txt", Cause.AMPERSAND_AT_JOIN),
        hmac("signed-unencoded.txt", Cause.SIGNED_UNENCODED),
        hmac("signed-encoded-sent-unencoded.txt", Cause.SIGNED_ENCODED_SENT_UNENCODED),
        hmac("double-encoded.txt", Cause.DOUBLE_ENCODED),
        hmac("plus-vs-percent20.txt", Cause.PLUS_VS_PERCENT20),
        hmac("order-mismatch.txt", Cause.ORDER_MISMATCH),
        hmac("signature-not-last.txt", Cause.SIGNATURE_NOT_LAST),
        hmac("signature-in-own-payload.txt", Cause.SIGNATURE_IN_OWN_PAYLOAD),
        hmac("secret-whitespace-newline.txt", Cause.SECRET_WHITESPACE),
        hmac("secret-whitespace-spaces.txt", Cause.SECRET_WHITESPACE),
        hmac("base64-for-hmac.txt", Cause.BASE64_FOR_HMAC),
        keyPair("hex-for-ed25519.txt", Cause.HEX_FOR_RSA_ED25519, Key.ED25519, 0),
        keyPair("hex-for-rsa.txt", Cause.HEX_FOR_RSA_ED25519, Key.RSA, 0),
        keyPair("ed25519-plus-as-space.txt", Cause.RSA_ED25519_PLUS_AS_SPACE, Key.ED25519, 2),
        keyPair("rsa-plus-as-space.txt", Cause.RSA_ED25519_PLUS_AS_SPACE, Key.RSA, 0),
        hmac("timestamp-outside-window.txt", Cause.TIMESTAMP_OUTSIDE_WINDOW),
        hmac("timestamp-ahead.txt", Cause.TIMESTAMP_AHEAD),
        hmac("timestamp-in-seconds.txt", Cause.TIMESTAMP_IN_SECONDS),
        hmac("recv-window-too-large.txt", Cause.RECV_WINDOW_TOO_LARGE),
        hmac("api-key-in-query.txt", Cause.API_KEY_IN_QUERY),
        hmac("api-key-whitespace.txt", Cause.API_KEY_WHITESPACE),
        hmac("signature-mismatch.txt", Cause.SIGNATURE_MISMATCH));
  }

  private static Case hmac(String file, Cause cause) {
    return new Case(file, cause, Key.HMAC, TIMESTAMP);
  }

  private static Case keyPair(String file, Cause cause, Key key, long timestampOffset) {
    return new Case(file, cause, key, KEY_PAIR_TIMESTAMP + timestampOffset);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void doctor_fixture_namesCauseAndNeverPrintsSecret(Case c) {
    List<String> args = new ArrayList<>(List.of("doctor", "--request-file"));
    args.add(resource(c.file()).toString());
    args.addAll(keyArgs(c.key()));
    args.addAll(List.of("--server-time", Long.toString(c.serverTime())));

    Cli result = Cli.run(args.toArray(String[]::new));

    assertThat(result.out()).contains("cause:             " + c.cause().id() + "\n");
    assertThat(result.exitCode()).isEqualTo(c.cause() == Cause.ACCEPTED ? 0 : 1);
    assertThat(result.out()).doesNotContain(SECRET);
    if (c.cause() != Cause.ACCEPTED) {
      assertThat(result.out()).contains("rejected: Binance answers " + c.cause().code());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sandbox_fixtureSentRaw_answersTheCausesCode(Case c) throws IOException {
    DoctorRequest sent = DoctorRequest.parse(Files.readString(resource(c.file())));

    int code;
    try (Sandbox sandbox = c.key() == Key.HMAC ? hmacSandbox() : keyPairSandbox(c)) {
      code = codeOf(sendRaw(sandbox, sent));
    }

    assertThat(code).isEqualTo(c.cause().code());
  }

  static Sandbox hmacSandbox() {
    return Sandbox.builder()
        .clock(Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC))
        .demoApiKey(API_KEY)
        .demoSecretKey(SECRET)
        .start();
  }

  /** The fixture's API key holds the public half of the key the fixture was signed with. */
  private static Sandbox keyPairSandbox(Case c) {
    String publicFile = c.key() == Key.ED25519 ? "ed25519.pub.pem" : "rsa.pub.pem";
    return Sandbox.builder()
        .clock(Clock.fixed(Instant.ofEpochMilli(c.serverTime()), ZoneOffset.UTC))
        .keyAccount(API_KEY, Keys.readPublicKey(resource(publicFile)))
        .start();
  }

  static List<String> keyArgs(Key key) {
    return switch (key) {
      case HMAC -> List.of("--secret-file", resource("secret.txt").toString());
      case ED25519 -> List.of("--key-file", resource("ed25519.pem").toString());
      case RSA -> List.of("--key-file", resource("rsa.pem").toString());
    };
  }

  static Path resource(String name) {
    return Cli.resource("/doctor/" + name);
  }

  /** Binance's {@code code}, or 0 for a success body. */
  private static int codeOf(String json) throws IOException {
    return new ObjectMapper().readTree(json).path("code").asInt(0);
  }

  /**
   * Sends {@code sent} byte for byte on a plain socket: java.net.http would re-encode or refuse the
   * raw characters some fixtures carry.
   */
  static String sendRaw(Sandbox sandbox, DoctorRequest sent) throws IOException {
    StringBuilder head = new StringBuilder();
    String query = sent.request().query();
    head.append(sent.request().method())
        .append(' ')
        .append(sent.request().path())
        .append(query.isEmpty() ? "" : "?" + query)
        .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (Map.Entry<String, String> header : sent.request().headers().entrySet()) {
      if (!header.getKey().equals("content-length") && !header.getKey().equals("host")) {
        head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
      }
    }
    byte[] body = sent.request().body().getBytes(StandardCharsets.UTF_8);
    if (body.length > 0) {
      head.append("Content-Type: application/x-www-form-urlencoded\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      return bodyOf(socket.getInputStream());
    }
  }

  private static String bodyOf(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String response = all.toString(StandardCharsets.UTF_8);
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }
}
