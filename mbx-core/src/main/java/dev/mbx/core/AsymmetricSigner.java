package dev.mbx.core;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * RSA (SHA256withRSA, PKCS#1 v1.5; Binance does not accept PSS) or pure Ed25519, as standard
 * Base64. Each thread keeps a {@code Signature} initialised with the key: after {@code sign()} it
 * is ready for the next payload, so a signature costs no key set-up.
 */
final class AsymmetricSigner implements Signer {
  private final KeyType keyType;
  private final ThreadLocal<Signature> signatures;

  AsymmetricSigner(PrivateKey key) {
    this.keyType = Keys.typeOf(key);
    String algorithm = algorithm(keyType);
    newSignature(algorithm, key);
    this.signatures = ThreadLocal.withInitial(() -> newSignature(algorithm, key));
  }

  static String algorithm(KeyType type) {
    return type == KeyType.RSA ? "SHA256withRSA" : "Ed25519";
  }

  @Override
  public KeyType keyType() {
    return keyType;
  }

  @Override
  public String sign(byte[] payload) {
    Signature signature = signatures.get();
    try {
      signature.update(payload);
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new MbxException("cannot sign with the " + keyType + " key: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Signer[" + keyType + ", key=***]";
  }

  private static Signature newSignature(String algorithm, PrivateKey key) {
    try {
      Signature signature = Signature.getInstance(algorithm);
      signature.initSign(key);
      return signature;
    } catch (GeneralSecurityException e) {
      throw new KeyLoadingException(
          "the key cannot sign with " + algorithm + ": " + e.getMessage(), e);
    }
  }
}
