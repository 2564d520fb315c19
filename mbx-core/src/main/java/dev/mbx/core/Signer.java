package dev.mbx.core;

/**
 * Computes Binance request signatures with one key. Implementations are immutable, thread-safe and
 * never reveal their key in {@code toString()} or in exception messages.
 */
public interface Signer {

  KeyType keyType();

  /**
   * Returns the signature of {@code payload}, the exact bytes the server will verify: hex for HMAC,
   * standard Base64 for RSA and Ed25519. The text is not yet percent-encoded.
   */
  String sign(byte[] payload);

  /** Signs the UTF-8 bytes of {@code payload}. */
  default String sign(String payload) {
    return sign(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
