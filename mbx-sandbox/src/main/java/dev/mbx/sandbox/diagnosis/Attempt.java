package dev.mbx.sandbox.diagnosis;

import java.nio.charset.StandardCharsets;

/**
 * A request whose signature did not verify, with what a hypothesis needs to test it: the parsed
 * parameters, the key, and the signature as the server read it.
 */
record Attempt(WireParams params, KeyMaterial key, String signature) {

  /** True when the sent signature is the signature of {@code payload} under the key. */
  boolean signs(String payload) {
    return signsWith(payload, signature);
  }

  /** True when {@code candidate} is the signature of {@code payload} under the key. */
  boolean signsWith(String payload, String candidate) {
    return key.matches(payload.getBytes(StandardCharsets.UTF_8), candidate);
  }

  /** The HMAC secret, or null for an RSA or Ed25519 key. */
  String secret() {
    return key instanceof KeyMaterial.Hmac hmac ? hmac.secret() : null;
  }
}
