package dev.mbx.client;

import static dev.mbx.client.TestSupport.API_KEY;
import static dev.mbx.client.TestSupport.SECRET;
import static dev.mbx.client.TestSupport.signedClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.RecvWindow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Neither the secret nor the API key ever shows up in text the library produces. */
class SpotClientSecretsTest {
  private RecordingServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  @Test
  void toString_builderAndClientWithKeys_showNeitherSecretNorApiKey() {
    SpotClient.Builder builder = signedClient(server).recvWindow(RecvWindow.ofMillis(5000));

    try (SpotClient client = builder.build()) {
      assertThat(builder.toString())
          .isEqualTo(
              "SpotClient.Builder[baseUrl=" + server.baseUrl() + ", apiKey=***, signer=HMAC]")
          .doesNotContain(SECRET, API_KEY);
      assertThat(client.toString())
          .isEqualTo("SpotClient[baseUrl=" + server.baseUrl() + ", keyType=HMAC, recvWindow=5000]")
          .doesNotContain(SECRET, API_KEY);
    }
  }

  @Test
  void signedCall_exchangeAndError_containNeitherSecretNorApiKey() {
    server.enqueue(
        401, "{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}");
    List<Exchange> seen = new ArrayList<>();
    try (SpotClient client = signedClient(server).exchangeListener(seen::add).build()) {
      Throwable error = catchThrowable(client::account);

      assertThat(error).isInstanceOf(BinanceException.class);
      assertThat(error.toString()).doesNotContain(SECRET, API_KEY);
    }

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).toString()).contains("&signature=").doesNotContain(SECRET, API_KEY);
  }

  @Test
  void apiKey_withTrailingNewline_isRejectedWithoutEchoingTheKey() {
    assertThatThrownBy(() -> SpotClient.builder().apiKey(API_KEY + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(API_KEY);
  }

  @Test
  void build_secretKeyAndSigner_isRejected() {
    SpotClient.Builder builder =
        SpotClient.builder().apiKey(API_KEY).secretKey(SECRET).signer(HmacSigner.of(SECRET));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("set either secretKey or signer, not both");
  }

  @Test
  void build_apiKeyWithoutSecret_isRejected() {
    SpotClient.Builder builder = SpotClient.builder().apiKey(API_KEY);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an apiKey needs a secretKey or signer as well")
        .hasMessageNotContaining(API_KEY);
  }

  @Test
  void baseUrl_notHttpOrWithCredentials_isRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> SpotClient.builder().baseUrl("ftp://127.0.0.1:21"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpotClient.builder().baseUrl("http://me:" + SECRET + "@127.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void baseUrl_withTrailingSlash_isNormalised() {
    try (SpotClient client = SpotClient.builder().baseUrl(server.baseUrl() + "/").build()) {
      assertThat(client.toString()).startsWith("SpotClient[baseUrl=" + server.baseUrl() + ",");
    }
  }
}
