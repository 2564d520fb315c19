package dev.mbx.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the payload with the API secret, as lower-case hex.
 *
 * <p>{@code Mac} is not thread-safe and costly to look up, so each thread keeps its own instance,
 * cloned once from a prototype initialised with the key; a signature then costs one {@code
 * doFinal}, written with the hex digits into that thread's scratch arrays, so the signature string
 * is the only allocation. The secret lives only inside the {@code SecretKeySpec}.
 */
public final class HmacSigner implements Signer {
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int MAC_LENGTH = 32;

  private final ThreadLocal<PerThread> perThread;

  /** One thread's {@code Mac} and the arrays it writes the MAC and its hex into. */
  private record PerThread(Mac mac, byte[] mac32, byte[] hex64) {}

  private HmacSigner(SecretKeySpec key) {
    Mac prototype = newMac(key);
    this.perThread =
        ThreadLocal.withInitial(
            () ->
                new PerThread(
                    copyOf(prototype, key), new byte[MAC_LENGTH], new byte[2 * MAC_LENGTH]));
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
    PerThread state = perThread.get();
    try {
      state.mac.update(payload);
      state.mac.doFinal(state.mac32, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("HmacSHA256 wrote more than " + MAC_LENGTH + " bytes", e);
    }
    return lowerHex(state.mac32, state.hex64);
  }

  @Override
  public String toString() {
    return "HmacSigner[secret=***]";
  }

  private static String lowerHex(byte[] bytes, byte[] hex) {
    for (int i = 0; i < bytes.length; i++) {
      hex[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xF];
      hex[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xF];
    }
    return new String(hex, StandardCharsets.US_ASCII);
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
