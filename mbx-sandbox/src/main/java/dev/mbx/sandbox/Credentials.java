package dev.mbx.sandbox;

import java.util.Objects;

/**
 * An HMAC API key and its secret.
 *
 * @param apiKey the key sent in {@code X-MBX-APIKEY}
 * @param secretKey the HMAC secret; never printed by {@link #toString()}
 */
public record Credentials(String apiKey, String secretKey) {
  public Credentials {
    Objects.requireNonNull(apiKey, "apiKey == null");
    Objects.requireNonNull(secretKey, "secretKey == null");
  }

  @Override
  public String toString() {
    return "Credentials[apiKey=" + apiKey + ", secretKey=***]";
  }
}
