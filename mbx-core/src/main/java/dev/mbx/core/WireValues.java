package dev.mbx.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;

/**
 * Renders parameter values in the one canonical text form that is encoded, signed and sent.
 *
 * <p>Decimals are printed in plain notation ({@code 0.00000001}, never {@code 1E-8}); booleans in
 * lower case; enums by their wire name; collections and arrays as compact JSON arrays of strings,
 * which is how Binance takes {@code symbols} and order id lists. Binary floating point is refused:
 * a {@code double} cannot hold most prices exactly, and its {@code toString} switches to scientific
 * notation below {@code 1E-3}.
 */
public final class WireValues {
  private WireValues() {}

  /**
   * Returns the wire text of {@code value}.
   *
   * @throws IllegalArgumentException for {@code float}, {@code double} and types with no wire form
   */
  public static String render(Object value) {
    // The common types first, by class: a test against an interface such as CharSequence walks
    // the class's interface list whenever it fails, which costs more than rendering a String.
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof BigDecimal decimal) {
      return plain(decimal);
    }
    if (value instanceof Long number) {
      return Long.toString(number);
    }
    if (value instanceof CharSequence text) {
      return text.toString();
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof Boolean flag) {
      return flag ? "true" : "false";
    }
    if (value instanceof WireEnum wireEnum) {
      return wireEnum.wireName();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Collection<?> items) {
      return jsonArray(items.iterator());
    }
    if (value instanceof Object[] items) {
      return jsonArray(java.util.Arrays.asList(items).iterator());
    }
    if (value instanceof Double || value instanceof Float) {
      throw new IllegalArgumentException(
          "binary floating point is not accepted, pass a BigDecimal or a String: " + value);
    }
    if (value == null) {
      throw new IllegalArgumentException("value == null");
    }
    throw new IllegalArgumentException("no wire form for type: " + value.getClass().getName());
  }

  /**
   * {@code decimal.toPlainString()}, taken from {@code toString()} where the two agree: {@code
   * BigDecimal} keeps its {@code toString()}, so a quantity or price used again costs nothing, and
   * a new one a single string where {@code toPlainString()} makes three or four. They agree when
   * {@code toString()} uses no exponent, that is when the scale is not negative and the adjusted
   * exponent, {@code precision - 1 - scale}, is at least -6.
   */
  private static String plain(BigDecimal decimal) {
    int scale = decimal.scale();
    boolean noExponent = scale >= 0 && decimal.precision() - 1 - scale >= -6;
    return noExponent ? decimal.toString() : decimal.toPlainString();
  }

  private static String jsonArray(Iterator<?> items) {
    StringBuilder json = new StringBuilder("[");
    while (items.hasNext()) {
      appendJsonString(json, render(items.next()));
      if (items.hasNext()) {
        json.append(',');
      }
    }
    return json.append(']').toString();
  }

  private static void appendJsonString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
