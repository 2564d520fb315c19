package dev.mbx.sandbox;

import dev.mbx.core.HmacSigner;
import dev.mbx.core.KeyType;
import dev.mbx.core.Keys;
import dev.mbx.core.SignatureVerifier;
import dev.mbx.sandbox.diagnosis.KeyMaterial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Locale;

/**
 * What an account's signatures are checked with: an HMAC secret or an RSA or Ed25519 public key.
 * Immutable and thread-safe; {@code toString()} never shows a secret.
 */
abstract sealed class AccountKey {
  static final String HMAC_SIGNATURE_RANGE = "^[A-Fa-f0-9]{64}$";

  /** An HMAC secret, used exactly as given. */
  static AccountKey hmac(String secretKey) {
    return new Hmac(HmacSigner.of(secretKey), KeyMaterial.hmac(secretKey));
  }

  /**
   * An RSA or Ed25519 public key.
   *
   * @throws IllegalArgumentException for any other kind of key
   */
  static AccountKey publicKey(PublicKey key) {
    String algorithm = key.getAlgorithm();
    if (!algorithm.equals("RSA") && !algorithm.equals("Ed25519") && !algorithm.equals("EdDSA")) {
      throw new IllegalArgumentException("public key must be RSA or Ed25519: " + algorithm);
    }
    return new Public(key);
  }

  abstract KeyType type();

  /** The same key in the form the diagnosis engine takes, to explain a rejection. */
  abstract KeyMaterial material();

  /**
   * Checks {@code signature} (already form-decoded) over {@code payload}: {@code -1100} when it
   * cannot be a signature of this key type, else whether it verifies.
   */
  abstract boolean verifies(byte[] payload, String signature);

  private static final class Hmac extends AccountKey {
    private final HmacSigner signer;
    private final KeyMaterial material;

    Hmac(HmacSigner signer, KeyMaterial material) {
      this.signer = signer;
      this.material = material;
    }

    @Override
    KeyMaterial material() {
      return material;
    }

    @Override
    KeyType type() {
      return KeyType.HMAC;
    }

    /** Binance's published {@code -1100} range for HMAC; hex case is ignored. */
    @Override
    boolean verifies(byte[] payload, String signature) {
      if (!isHex64(signature)) {
        throw ApiException.illegalChars(RequestParams.SIGNATURE, HMAC_SIGNATURE_RANGE);
      }
      byte[] expected = signer.sign(payload).getBytes(StandardCharsets.US_ASCII);
      byte[] given = signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
      return MessageDigest.isEqual(expected, given);
    }

    private static boolean isHex64(String text) {
      if (text.length() != 64) {
        return false;
      }
      for (int i = 0; i < 64; i++) {
        char c = text.charAt(i);
        boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return "AccountKey[HMAC]";
    }
  }

  /**
   * RSA or Ed25519. Binance publishes no {@code -1100} range for these signatures, so text that is
   * not Base64 (such as a {@code +} that arrived unencoded and was decoded to a space) is simply a
   * signature that does not verify: {@code -1022}. That code is an assumption.
   */
  private static final class Public extends AccountKey {
    private final PublicKey key;
    private final KeyType type;

    Public(PublicKey key) {
      this.key = key;
      this.type = Keys.typeOf(key);
    }

    @Override
    KeyType type() {
      return type;
    }

    @Override
    KeyMaterial material() {
      return KeyMaterial.publicKey(key);
    }

    @Override
    boolean verifies(byte[] payload, String signature) {
      return SignatureVerifier.verify(key, payload, signature);
    }

    @Override
    public String toString() {
      return "AccountKey[" + type + "]";
    }
  }
}
