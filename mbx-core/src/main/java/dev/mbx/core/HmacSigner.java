package dev.mbx.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the payload with the API secret, as lower-case hex.
 *
 * <p>{@code Mac} is not thread-safe and costly to look up, so each thread keeps its own instance,
 * cloned once from a prototype initialised with the key; a signature then costs one {@code
 * doFinal}. The secret lives only inside the {@code SecretKeySpec}.
 */
public final class HmacSigner implements Signer {
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final ThreadLocal<Mac> macs;

  private HmacSigner(SecretKeySpec key) {
    Mac prototype = newMac(key);
    this.macs = ThreadLocal.withInitial(() -> copyOf(prototype, key));
  }

  /**
   * A signer for {@code secretKey}, taken exactly as given: Binance secrets are case-sensitive and
   * a stray newline or space makes every signature wrong, so nothing is trimmed here.
   *
   * @throws IllegalArgumentException if the secret is empty
   */
  public static HmacSigner of(String secretKey) {
    Objects.requireNonNull(secretKey, "secretKey == null");
    if (secretKey.isEmpty()) {
      throw new IllegalArgumentException("secret key is empty");
    }
    return new HmacSigner(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), ALGORITHM));
  }

  @Override
  public KeyType keyType() {
    return KeyType.HMAC;
  }

  @Override
  public String sign(byte[] payload) {
    return HEX.formatHex(macs.get().doFinal(payload));
  }

  @Override
  public String toString() {
    return "HmacSigner[secret=***]";
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no usable " + ALGORITHM, e);
    }
  }

  private static Mac copyOf(Mac prototype, SecretKeySpec key) {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newMac(key);
    }
  }
}
