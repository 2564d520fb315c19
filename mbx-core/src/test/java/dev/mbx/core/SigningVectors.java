package dev.mbx.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the test-resource copy of the shared signing vectors (published Binance examples). */
final class SigningVectors {
  private static final JsonNode ROOT = load();

  private SigningVectors() {}

  static JsonNode root() {
    return ROOT;
  }

  static String hmacSecret() {
    return ROOT.path("hmac_key").path("secretKey").asText();
  }

  static JsonNode restHmac(String id) {
    return find(ROOT.path("rest_hmac"), id);
  }

  static JsonNode restNegative(String id) {
    return find(ROOT.path("rest_negative"), id);
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode vector : list) {
      if (vector.path("id").asText().equals(id)) {
        return vector;
      }
    }
    throw new IllegalArgumentException("no vector " + id);
  }

  private static JsonNode load() {
    try (InputStream in = SigningVectors.class.getResourceAsStream("/vectors/signing.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
