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

  /** Whether each ASCII character is unreserved: a table, as encoding runs on every request. */
  private static final boolean[] UNRESERVED = unreservedAscii();

  private PercentEncoding() {}

  /** Returns {@code text} percent-encoded as described in the class comment. */
  public static String encode(String text) {
    if (isUnreservedOnly(text)) {
      return text;
    }
    byte[] out = new byte[encodedLength(text)];
    encodeTo(text, out, 0);
    return new String(out, StandardCharsets.US_ASCII);
  }

  /** The length of {@link #encode}{@code (text)}, without making it. */
  private static int encodedLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return encodedLengthOfUtf8(text);
      }
      length += isUnreserved((byte) c) ? 1 : 3;
    }
    return length;
  }

  /**
   * Writes {@link #encode}{@code (text)} as ASCII bytes into {@code out} from {@code offset} and
   * returns the index after it; {@code out} must have room for {@link #encodedLength} bytes.
   */
  private static int encodeTo(String text, byte[] out, int offset) {
    int at = offset;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return encodeUtf8To(text, out, offset);
      }
      at = encodeByte((byte) c, out, at);
    }
    return at;
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

  private static int encodedLengthOfUtf8(String text) {
    int length = 0;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      length += isUnreserved(b) ? 1 : 3;
    }
    return length;
  }

  private static int encodeUtf8To(String text, byte[] out, int offset) {
    int at = offset;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      at = encodeByte(b, out, at);
    }
    return at;
  }

  private static int encodeByte(byte b, byte[] out, int at) {
    if (isUnreserved(b)) {
      out[at] = b;
      return at + 1;
    }
    out[at] = '%';
    out[at + 1] = HEX[(b >> 4) & 0xF];
    out[at + 2] = HEX[b & 0xF];
    return at + 3;
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
    return b >= 0 && UNRESERVED[b];
  }

  private static boolean[] unreservedAscii() {
    boolean[] table = new boolean[128];
    for (int c = 0; c < table.length; c++) {
      table[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '~';
    }
    return table;
  }
}
