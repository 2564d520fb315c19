package dev.mbx.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The single percent-encoder (and its inverse) for everything mbx signs and sends.
 *
 * <p>It follows RFC 3986: the unreserved characters {@code A-Z a-z 0-9 - _ . ~} stay as they are;
 * every other character is encoded as the {@code %XX} upper-case hex of its UTF-8 bytes. A space
 * becomes {@code %20} and {@code +} becomes {@code %2B}, so neither can be mistaken for the other
 * by a form decoder. Since 2026-01-15 Binance verifies the signature over these encoded bytes, so
 * the string this class returns is both what is signed and what goes on the wire.
 */
public final class PercentEncoding {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private PercentEncoding() {}

  /** Returns {@code text} percent-encoded as described in the class comment. */
  public static String encode(String text) {
    if (isUnreservedOnly(text)) {
      return text;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length * 3];
    int length = 0;
    for (byte b : utf8) {
      if (isUnreserved(b)) {
        out[length++] = b;
      } else {
        out[length++] = '%';
        out[length++] = HEX[(b >> 4) & 0xF];
        out[length++] = HEX[b & 0xF];
      }
    }
    return new String(out, 0, length, StandardCharsets.US_ASCII);
  }

  /**
   * Decodes {@code %XX} sequences as UTF-8. A {@code +} stays a {@code +}: Binance's form decoding
   * turns it into a space, which callers who need that emulate themselves.
   *
   * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits
   */
  public static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw new IllegalArgumentException("truncated percent escape at index " + i);
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("malformed percent escape at index " + i);
        }
        out.write((high << 4) | low);
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.writeBytes(bytes);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isUnreservedOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || !isUnreserved((byte) c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(byte b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '_'
        || b == '.'
        || b == '~';
  }
}
