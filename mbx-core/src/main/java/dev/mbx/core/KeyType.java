package dev.mbx.core;

/** The kinds of API key Binance issues, each with its own signature algorithm and encoding. */
public enum KeyType {
  /** HMAC-SHA256 with the secret key; the signature is 64 lower-case hex characters. */
  HMAC,
  /** RSASSA-PKCS1-v1_5 with SHA-256; the signature is standard Base64. */
  RSA,
  /** Pure Ed25519 (RFC 8032); the signature is standard Base64 of 64 bytes. */
  ED25519
}
