package dev.mbx.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Locale;

/** Checks signatures the way Binance does, for the sandbox and {@code mbx verify}. */
public final class SignatureVerifier {
  private SignatureVerifier() {}

  /**
   * True if {@code hex} is the HMAC-SHA256 of {@code payload}. Hex case is ignored (Binance treats
   * HMAC signatures case-insensitively) and the comparison takes constant time.
   */
  public static boolean verifyHmac(String secretKey, byte[] payload, String hex) {
    byte[] expected = HmacSigner.of(secretKey).sign(payload).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * True if {@code base64} is a valid RSA (SHA256withRSA) or Ed25519 signature of {@code payload}
   * under {@code key}. Text that is not Base64 is simply not a valid signature.
   */
  public static boolean verify(PublicKey key, byte[] payload, String base64) {
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(AsymmetricSigner.algorithm(Keys.typeOf(key)));
      verifier.initVerify(key);
      verifier.update(payload);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
