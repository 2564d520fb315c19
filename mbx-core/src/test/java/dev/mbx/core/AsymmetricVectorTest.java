package dev.mbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Ed25519 and RSA vectors of the shared signing file, with the key files beside them. */
class AsymmetricVectorTest {

  static Stream<Arguments> vectors() {
    List<Arguments> all = new ArrayList<>();
    for (String section : List.of("ed25519", "rsa")) {
      JsonNode node = SigningVectors.root().path(section);
      for (JsonNode vector : node.path("vectors")) {
        all.add(
            Arguments.of(
                section,
                node.path("private_key_file").asText(),
                node.path("public_key_file").asText(),
                vector));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("vectors")
  void sign_vectorPayload_matchesVectorSignature(
      String section, String privateFile, String publicFile, JsonNode vector) {
    Signer signer = Signers.load(resource(privateFile), null);

    String signature = signer.sign(vector.path("payload").asText());

    assertThat(signature).isEqualTo(vector.path("signature").asText());
    if (vector.has("signature_on_wire")) {
      assertThat(PercentEncoding.encode(signature))
          .isEqualTo(vector.path("signature_on_wire").asText());
    }
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("vectors")
  void verify_vectorSignature_withPublicKeyFile(
      String section, String privateFile, String publicFile, JsonNode vector) {
    PublicKey key = Keys.readPublicKey(resource(publicFile));
    byte[] payload = vector.path("payload").asText().getBytes(StandardCharsets.UTF_8);

    assertThat(SignatureVerifier.verify(key, payload, vector.path("signature").asText())).isTrue();
    assertThat(
            SignatureVerifier.verify(
                key, "x".getBytes(StandardCharsets.UTF_8), vector.path("signature").asText()))
        .isFalse();
  }

  static Path resource(String relativeToVectors) {
    try {
      return Path.of(
          AsymmetricVectorTest.class.getResource("/vectors/" + relativeToVectors).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
