package dev.mbx.core;

import java.nio.file.Path;
import java.security.PrivateKey;

/** Factories for the {@link Signer} of each key type. */
public final class Signers {
  private Signers() {}

  /** HMAC-SHA256 with the secret key, exactly as given. */
  public static Signer hmac(String secretKey) {
    return HmacSigner.of(secretKey);
  }

  /** RSA or Ed25519, decided by the key's own algorithm. */
  public static Signer privateKey(PrivateKey key) {
    return new AsymmetricSigner(key);
  }

  /**
   * Loads a private key file and returns its signer.
   *
   * @param passphrase for an encrypted key, or null
   * @throws KeyLoadingException naming the file and the problem
   */
  public static Signer load(Path keyFile, char[] passphrase) {
    return privateKey(Keys.readPrivateKey(keyFile, passphrase));
  }
}
