package dev.mbx.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mbx.sandbox.TestHttp.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's own signed echo endpoint and the request observer for tests and tools. */
class EchoAndObserverTest {
  private final List<ReceivedRequest> seen = new CopyOnWriteArrayList<>();
  private Sandbox sandbox;
  private TestHttp http;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().requestObserver(seen::add).start();
    http = new TestHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void echo_signedMixedRequest_answersEveryParameterDecoded() {
    String query = "email=user%2B16%40example.com&empty=";
    String body = "cjk=%E5%B8%81%E5%AE%89&timestamp=" + System.currentTimeMillis();

    Reply reply = http.signed("POST", "/mbx/v1/echo", query, body, sandbox.demo());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("params").path("email").asText()).isEqualTo("user+16@example.com");
    assertThat(reply.json().path("params").path("empty").asText()).isEmpty();
    assertThat(reply.json().path("params").path("cjk").asText()).isEqualTo("币安");
  }

  @Test
  void echo_badSignature_isRejectedLikeAnySignedEndpoint() {
    String query = "a=1&timestamp=" + System.currentTimeMillis() + "&signature=" + "0".repeat(64);

    Reply reply = http.send("GET", "/mbx/v1/echo", query, "", sandbox.demo().apiKey());

    assertThat(reply.code()).isEqualTo(-1022);
  }

  @Test
  void observer_seesRawPartsAndDecodedParameters() {
    http.send("POST", "/api/v3/order/test", "a=x%20y", "b=%2B&c=x+y", sandbox.demo().apiKey());

    assertThat(seen).hasSize(1);
    ReceivedRequest request = seen.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v3/order/test");
    assertThat(request.rawQuery()).isEqualTo("a=x%20y");
    assertThat(request.rawBody()).isEqualTo("b=%2B&c=x+y");
    assertThat(request.params()).isEqualTo(Map.of("a", "x y", "b", "+", "c", "x y"));
  }
}
