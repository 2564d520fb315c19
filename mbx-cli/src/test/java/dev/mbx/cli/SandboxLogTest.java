package dev.mbx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code mbx sandbox} says on stderr why it rejected a request, and never shows the secret. */
class SandboxLogTest {

  @Test
  void sandbox_rejectedRequest_isExplainedOnStderrWithoutTheSecret() throws Exception {
    String err;
    try (MbxProcess.Running sandbox =
        MbxProcess.startSandbox("--demo-api-key", "logKey", "--demo-secret-key", "logSecret")) {
      BlockingQueue<String> errLines = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> readLines(sandbox.process(), errLines));
      reader.setDaemon(true);
      reader.start();
      String sha256OfSecret = "23e9efa3ced6e70c7f2dbe0d08295f18f94b0cbd5c6026677e3bc51897ee31f2";
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      sandbox.baseUrl()
                          + "/api/v3/account?timestamp="
                          + System.currentTimeMillis()
                          + "&signature="
                          + sha256OfSecret))
              .header("X-MBX-APIKEY", "logKey")
              .build();
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.body())
          .isEqualTo("{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
      err = errLines.poll(30, TimeUnit.SECONDS);
    }

    assertThat(err)
        .isNotNull()
        .contains("rejected GET /api/v3/account: -1022 Signature for this request is not valid.")
        .doesNotContain("logSecret");
  }

  private static void readLines(Process process, BlockingQueue<String> lines) {
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The process ended: nothing more to read.
    }
  }
}
