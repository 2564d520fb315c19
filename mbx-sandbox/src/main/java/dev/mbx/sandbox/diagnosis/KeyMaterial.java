package dev.mbx.sandbox.diagnosis;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.KeyType;
import dev.mbx.core.Keys;
import dev.mbx.core.SignatureVerifier;
import dev.mbx.core.Signer;
import dev.mbx.core.Signers;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Objects;

/**
 * The key a request should have been signed with: an HMAC secret, a private key (which can also
 * produce the correct signature) or a public key (which can only check one). Never shows the key in
 * {@code toString()}.
 */
public sealed interface KeyMaterial {

  /** An HMAC secret, exactly as Binance issued it. */
  static KeyMaterial hmac(String secret) {
    return new Hmac(secret);
  }

  /** An RSA or Ed25519 private key. */
  static KeyMaterial privateKey(PrivateKey key) {
    return new Private(key);
  }

  /** An RSA or Ed25519 public key: it can check a signature but not make one. */
  static KeyMaterial publicKey(PublicKey key) {
    return new Public(key);
  }

  KeyType type();

  /** True when {@code signature} (hex or Base64, as the server reads it) signs {@code payload}. */
  boolean matches(byte[] payload, String signature);

  /** The correct signature of {@code payload}, or null when this key cannot sign. */
  String sign(byte[] payload);

  /** An HMAC secret. */
  record Hmac(String secret) implements KeyMaterial {
    public Hmac {
      Objects.requireNonNull(secret, "secret == null");
      if (secret.isEmpty()) {
        throw new IllegalArgumentException("secret key is empty");
      }
    }

    @Override
    public KeyType type() {
      return KeyType.HMAC;
    }

    @Override
    public boolean matches(byte[] payload, String signature) {
      return SignatureVerifier.verifyHmac(secret, payload, signature);
    }

    @Override
    public String sign(byte[] payload) {
      return HmacSigner.of(secret).sign(payload);
    }

    @Override
    public String toString() {
      return "Hmac[secret=***]";
    }
  }

  /**
   * A private key. RSA PKCS#1 v1.5 and Ed25519 signatures are deterministic, so a signature matches
   * exactly when it equals the one this key makes.
   */
  final class Private implements KeyMaterial {
    private final KeyType type;
    private final Signer signer;

    private Private(PrivateKey key) {
      Objects.requireNonNull(key, "key == null");
      this.type = Keys.typeOf(key);
      this.signer = Signers.privateKey(key);
    }

    @Override
    public KeyType type() {
      return type;
    }

    @Override
    public boolean matches(byte[] payload, String signature) {
      return sign(payload).equals(signature);
    }

    @Override
    public String sign(byte[] payload) {
      return signer.sign(payload);
    }

    @Override
    public String toString() {
      return "Private[" + type.name().toLowerCase(Locale.ROOT) + ", key=***]";
    }
  }

  /** A public key. */
  record Public(PublicKey key) implements KeyMaterial {
    public Public {
      Objects.requireNonNull(key, "key == null");
      Keys.typeOf(key);
    }

    @Override
    public KeyType type() {
      return Keys.typeOf(key);
    }

    @Override
    public boolean matches(byte[] payload, String signature) {
      return SignatureVerifier.verify(key, payload, signature);
    }

    @Override
    public String sign(byte[] payload) {
      return null;
    }
  }
}
