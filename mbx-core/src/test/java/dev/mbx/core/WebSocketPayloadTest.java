package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sixteen published WebSocket API HMAC vectors. */
class WebSocketPayloadTest {
  private final Signer signer = Signers.hmac(SigningVectors.hmacSecret());

  static Stream<JsonNode> vectors() {
    List<JsonNode> all = new ArrayList<>();
    SigningVectors.root().path("websocket_hmac").path("vectors").forEach(all::add);
    return all.stream();
  }

  @Test
  void vectors_areAllSixteen() {
    assertThat(vectors()).hasSize(16);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void of_paramsInReverseOrderWithSignature_givesPublishedPayloadAndSignature(JsonNode vector) {
    String published = vector.path("payload").asText();
    Map<String, Object> params = reversedParams(published);
    params.put("signature", "ignored");

    String payload = WebSocketPayload.of(params);

    assertThat(payload).isEqualTo(published);
    assertThat(WebSocketPayload.sign(params, signer)).isEqualTo(vector.path("signature").asText());
  }

  @Test
  void of_nonAsciiSymbol_isNotPercentEncoded() {
    Map<String, Object> params = Map.of("symbol", "１２３４５６", "apiKey", "k");

    assertThat(WebSocketPayload.of(params)).isEqualTo("apiKey=k&symbol=１２３４５６");
  }

  private static Map<String, Object> reversedParams(String payload) {
    List<String> pairs = new ArrayList<>(List.of(payload.split("&")));
    Collections.reverse(pairs);
    Map<String, Object> params = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return params;
  }
}
