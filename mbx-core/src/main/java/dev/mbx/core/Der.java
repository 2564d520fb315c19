package dev.mbx.core;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough DER to tell key structures apart and to wrap a PKCS#1 RSA key in PKCS#8: the JDK
 * parses the keys themselves, but exposes neither the algorithm OID of a PKCS#8 blob nor a PKCS#1
 * reader.
 */
final class Der {
  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;

  /** One TLV element; {@code content} is a view into the original bytes. */
  record Element(int tag, byte[] source, int offset, int length) {
    byte[] content() {
      byte[] copy = new byte[length];
      System.arraycopy(source, offset, copy, 0, length);
      return copy;
    }

    /** The elements inside a constructed element such as a SEQUENCE. */
    List<Element> children() {
      List<Element> children = new ArrayList<>();
      int position = offset;
      while (position < offset + length) {
        Element child = read(source, position, offset + length);
        children.add(child);
        position = child.offset + child.length;
      }
      return children;
    }
  }

  private Der() {}

  /**
   * Reads the single element that makes up {@code der}.
   *
   * @throws IllegalArgumentException if the bytes are not well-formed DER
   */
  static Element parse(byte[] der) {
    Element element = read(der, 0, der.length);
    if (element.offset + element.length != der.length) {
      throw new IllegalArgumentException("trailing bytes after the key structure");
    }
    return element;
  }

  private static Element read(byte[] der, int position, int limit) {
    if (position + 2 > limit) {
      throw new IllegalArgumentException("truncated key structure");
    }
    int tag = der[position] & 0xFF;
    int length = der[position + 1] & 0xFF;
    int contentStart = position + 2;
    if (length >= 0x80) {
      int lengthBytes = length & 0x7F;
      if (lengthBytes == 0 || lengthBytes > 3 || contentStart + lengthBytes > limit) {
        throw new IllegalArgumentException("bad length in key structure");
      }
      length = 0;
      for (int i = 0; i < lengthBytes; i++) {
        length = (length << 8) | (der[contentStart + i] & 0xFF);
      }
      contentStart += lengthBytes;
    }
    if (contentStart + length > limit) {
      throw new IllegalArgumentException("truncated key structure");
    }
    return new Element(tag, der, contentStart, length);
  }

  static byte[] encode(int tag, byte[]... contents) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] content : contents) {
      body.writeBytes(content);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    writeLength(out, body.size());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
    } else if (length <= 0xFF) {
      out.write(0x81);
      out.write(length);
    } else if (length <= 0xFFFF) {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length);
    } else {
      out.write(0x83);
      out.write(length >> 16);
      out.write(length >> 8);
      out.write(length);
    }
  }
}
