package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HmacVectorTest {
  private final HmacSigner signer = HmacSigner.of(SigningVectors.hmacSecret());

  @ParameterizedTest
  @ValueSource(strings = {"H1", "H2", "H3", "H4"})
  void sign_publishedPayload_matchesPublishedSignature(String id) {
    JsonNode vector = SigningVectors.restHmac(id);

    String signature = signer.sign(vector.path("payload").asText());

    assertThat(signature).isEqualTo(vector.path("signature").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"H1", "H2", "H3", "H4"})
  void signedRequest_fromParsedParts_reproducesWireAndSignature(String id) {
    JsonNode vector = SigningVectors.restHmac(id);
    Params query = parse(vector.path("query").asText());
    Params body = parse(vector.path("body").asText());

    SignedRequest signed = SignedRequest.sign(query, body, signer);

    String signature = vector.path("signature").asText();
    assertThat(signed.payload()).isEqualTo(vector.path("payload").asText());
    assertThat(signed.signature()).isEqualTo(signature);
    if (vector.path("body").asText().isEmpty()) {
      assertThat(signed.query())
          .isEqualTo(vector.path("query").asText() + "&signature=" + signature);
    } else {
      assertThat(signed.query()).isEqualTo(vector.path("query").asText());
      assertThat(signed.body()).isEqualTo(vector.path("body").asText() + "&signature=" + signature);
    }
  }

  @org.junit.jupiter.api.Test
  void sign_unencodedH4_givesN1SignatureWhichDiffersFromH4() {
    JsonNode n1 = SigningVectors.restNegative("N1");

    String signature = signer.sign(n1.path("payload_signed").asText());

    assertThat(signature).isEqualTo(n1.path("signature").asText());
    assertThat(signature).isNotEqualTo(SigningVectors.restHmac("H4").path("signature").asText());
  }

  @org.junit.jupiter.api.Test
  void signedRequest_unencodedSymbol_isEncodedBeforeSigning() {
    JsonNode h4 = SigningVectors.restHmac("H4");
    Params query =
        Params.builder()
            .add("symbol", h4.path("unencoded_symbol").asText())
            .add("side", "BUY")
            .add("type", "LIMIT")
            .add("timeInForce", "GTC")
            .add("quantity", new java.math.BigDecimal("1"))
            .add("price", new java.math.BigDecimal("0.1"))
            .add("recvWindow", 5000)
            .add("timestamp", 1499827319559L)
            .build();

    SignedRequest signed = SignedRequest.sign(query, Params.of(), signer);

    assertThat(signed.payload()).isEqualTo(h4.path("payload").asText());
    assertThat(signed.signature()).isEqualTo(h4.path("signature").asText());
  }

  /** Splits a published wire string into parameters, decoding each side once. */
  static Params parse(String wire) {
    Params.Builder params = Params.builder();
    if (wire.isEmpty()) {
      return params.build();
    }
    for (String pair : wire.split("&")) {
      int eq = pair.indexOf('=');
      params.add(
          PercentEncoding.decode(pair.substring(0, eq)),
          PercentEncoding.decode(pair.substring(eq + 1)));
    }
    return params.build();
  }
}
