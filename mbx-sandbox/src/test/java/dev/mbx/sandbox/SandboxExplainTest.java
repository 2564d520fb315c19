package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 4: the sandbox uses the doctor's diagnosis for its log and, with explain, a header. */
class SandboxExplainTest {
  private static final String KEY =
      "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  private static final String SECRET =
      "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final String HASH_OBJECT_REQUEST =
      "GET /api/v3/account?timestamp=1499827319559"
          + "&signature=%3Csha256%20HASH%20object%20%40%200x7f3b2c1d9e50%3E HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nX-MBX-APIKEY: "
          + KEY
          + "\r\n\r\n";
  private static final String ILLEGAL_SIGNATURE_BODY =
      "{\"code\":-1100,\"msg\":\"Illegal characters found in parameter 'signature'; legal range"
          + " is '^[A-Fa-f0-9]{64}$'.\"}";

  @Test
  void explainOn_hashObjectSignature_addsDiagnosisHeaderAndKeepsBinanceBody() throws IOException {
    RawConnection.Response response;
    try (Sandbox sandbox = sandbox(true);
        RawConnection connection = new RawConnection(sandbox)) {
      response = connection.exchange(HASH_OBJECT_REQUEST);
    }

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(ILLEGAL_SIGNATURE_BODY);
    assertThat(response.headers().get("x-mbx-sandbox-diagnosis"))
        .isEqualTo(
            "signature-hash-object: not hex: you sent the text of a hash object; compute"
                + " HMAC-SHA256 of the payload with your secret and send its hex digest");
  }

  @Test
  void explainOn_sha256OfSecret_namesIt() throws IOException {
    String request =
        HASH_OBJECT_REQUEST.replace(
            "%3Csha256%20HASH%20object%20%40%200x7f3b2c1d9e50%3E",
            "23e9efa3ced6e70c7f2dbe0d08295f18f94b0cbd5c6026677e3bc51897ee31f2");
    RawConnection.Response response;
    try (Sandbox sandbox = sandbox(true);
        RawConnection connection = new RawConnection(sandbox)) {
      response = connection.exchange(request);
    }

    assertThat(response.body()).contains("-1022");
    assertThat(response.headers().get("x-mbx-sandbox-diagnosis")).startsWith("sha256-of-secret: ");
  }

  @Test
  void explainOff_rejection_hasNoDiagnosisHeader() throws IOException {
    RawConnection.Response response;
    try (Sandbox sandbox = sandbox(false);
        RawConnection connection = new RawConnection(sandbox)) {
      response = connection.exchange(HASH_OBJECT_REQUEST);
    }

    assertThat(response.body()).isEqualTo(ILLEGAL_SIGNATURE_BODY);
    assertThat(response.headers()).doesNotContainKey("x-mbx-sandbox-diagnosis");
  }

  @Test
  void rejection_isLoggedWithTheDiagnosisButNeverTheSecret() throws IOException {
    List<String> messages;
    try (CapturedLog log = new CapturedLog();
        Sandbox sandbox = sandbox(false);
        RawConnection connection = new RawConnection(sandbox)) {
      connection.exchange(HASH_OBJECT_REQUEST);
      messages = log.messages();
    }

    assertThat(messages)
        .anyMatch(m -> m.contains("-1100") && m.contains("(signature-hash-object: not hex: "))
        .noneMatch(m -> m.contains(SECRET));
  }

  private static Sandbox sandbox(boolean explain) {
    return Sandbox.builder()
        .clock(Clock.fixed(Instant.ofEpochMilli(1_499_827_319_559L), ZoneOffset.UTC))
        .demoApiKey(KEY)
        .demoSecretKey(SECRET)
        .explain(explain)
        .start();
  }
}
