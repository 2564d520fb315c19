package dev.mbx.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the payload with the API secret, as lower-case hex.
 *
 * <p>{@code Mac} is not thread-safe and costly to look up, so each thread keeps its own instance,
 * cloned once from a prototype initialised with the key; a signature then costs one {@code
 * doFinal}. {@link SignedRequest} has the hex digits written straight into the array it sends
 * ({@link #signHex}); {@link #sign} writes them into the thread's scratch array, so the signature
 * string is its only allocation besides the JDK's. The secret lives only inside the {@code
 * SecretKeySpec}.
 */
public final class HmacSigner implements Signer {
  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** The length of a signature: 32 bytes as hex. */
  static final int HEX_LENGTH = 64;

  private final ThreadLocal<PerThread> perThread;

  /** One thread's {@code Mac} and the array {@link #sign} writes the hex into. */
  private record PerThread(Mac mac, byte[] hex) {}

  private HmacSigner(SecretKeySpec key) {
    Mac prototype = newMac(key);
    this.perThread =
        ThreadLocal.withInitial(() -> new PerThread(copyOf(prototype, key), new byte[HEX_LENGTH]));
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
    signHexWith(state.mac, payload, payload.length, state.hex, 0);
    return new String(state.hex, StandardCharsets.ISO_8859_1);
  }

  /**
   * Signs the first {@code length} bytes of {@code payload} and writes the signature's {@link
   * #HEX_LENGTH} lower-case hex digits as ASCII into {@code out} from {@code at}.
   */
  void signHex(byte[] payload, int length, byte[] out, int at) {
    signHexWith(perThread.get().mac, payload, length, out, at);
  }

  @Override
  public String toString() {
    return "HmacSigner[secret=***]";
  }

  private static void signHexWith(Mac mac, byte[] payload, int length, byte[] out, int at) {
    mac.update(payload, 0, length);
    byte[] bytes = mac.doFinal();
    for (int i = 0; i < bytes.length; i++) {
      out[at + 2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xF];
      out[at + 2 * i + 1] = HEX_DIGITS[bytes[i] & 0xF];
    }
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
