package dev.mbx.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, ordered list of request parameters.
 *
 * <p>The order is the order of {@link Builder#add} calls, and it is the order in which the
 * parameters are encoded, signed and sent: the bytes signed are always the bytes sent. Values are
 * rendered once, on {@code add}, by {@link WireValues#render}. Instances are thread-safe.
 */
public final class Params {
  private static final Params EMPTY = new Params(new String[0], new String[0], null, 0);

  /*
   * Names and values are kept in arrays rather than a list of Param records: a signed request
   * builds a Params on every call, and the records would only be thrown away after encoding. The
   * records are made on demand by entries(). Each name and value is percent-encoded once, on add:
   * wire holds the encoded names and values (name at 2i, value at 2i+1), or is null while every one
   * of them encodes to itself, the usual case, which then costs no array at all.
   */
  private final String[] names;
  private final String[] values;
  private final String[] wire;

  /** The length of {@link #encode()}, counted by the builder as it went. */
  private final int encodedLength;

  /** Made on first use; a race only makes the same immutable list twice. */
  private List<Param> entries;

  private Params(String[] names, String[] values, String[] wire, int encodedLength) {
    this.names = names;
    this.values = values;
    this.wire = wire;
    this.encodedLength = encodedLength;
  }

  /** The empty list. */
  public static Params of() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The parameters in order. */
  public List<Param> entries() {
    List<Param> list = entries;
    if (list == null) {
      Param[] params = new Param[names.length];
      for (int i = 0; i < params.length; i++) {
        params[i] = new Param(names[i], values[i]);
      }
      list = List.of(params);
      entries = list;
    }
    return list;
  }

  public boolean isEmpty() {
    return names.length == 0;
  }

  public int size() {
    return names.length;
  }

  /** The value of the first parameter called {@code name}. */
  public Optional<String> get(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return Optional.of(values[i]);
      }
    }
    return Optional.empty();
  }

  public boolean contains(String name) {
    return get(name).isPresent();
  }

  /** A builder holding these parameters, to add more to a copy. */
  public Builder toBuilder() {
    return new Builder().addAll(this);
  }

  /**
   * The wire form: {@code name=value} pairs, each side percent-encoded by {@link PercentEncoding},
   * joined by {@code &}. Empty for an empty list.
   */
  public String encode() {
    if (names.length == 0) {
      return "";
    }
    byte[] wire = new byte[encodedLength()];
    encodeTo(wire, 0);
    return new String(wire, StandardCharsets.ISO_8859_1); // ASCII: taken as is, no check per byte
  }

  /** The length of {@link #encode()}, which is all ASCII, so also its length in bytes. */
  int encodedLength() {
    return encodedLength;
  }

  /**
   * Writes the bytes of {@link #encode()} into {@code out} from {@code offset}; returns the end.
   */
  int encodeTo(byte[] out, int offset) {
    int at = offset;
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        out[at++] = '&';
      }
      at = copyAscii(wireName(i), out, at);
      out[at++] = '=';
      at = copyAscii(wireValue(i), out, at);
    }
    return at;
  }

  private String wireName(int i) {
    return wire == null ? names[i] : wire[2 * i];
  }

  private String wireValue(int i) {
    return wire == null ? values[i] : wire[2 * i + 1];
  }

  @SuppressWarnings("deprecation") // exact here: percent-encoded text is ASCII only
  static int copyAscii(String ascii, byte[] out, int at) {
    ascii.getBytes(0, ascii.length(), out, at);
    return at + ascii.length();
  }

  /** The names only, so that values (which may be private) stay out of logs. */
  @Override
  public String toString() {
    return "Params" + Arrays.toString(names);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Params that
        && Arrays.equals(names, that.names)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
  }

  /** Collects parameters in order. Not thread-safe; the {@link Params} it builds are. */
  public static final class Builder {
    private static final int INITIAL_CAPACITY = 8;

    private String[] names = new String[INITIAL_CAPACITY];
    private String[] values = new String[INITIAL_CAPACITY];
    private String[] wire;
    private int size;

    /** The length of the encoded pairs so far, without the {@code &} between them. */
    private int pairsLength;

    /** True once build() handed the arrays to a Params: the next add copies them first. */
    private boolean shared;

    private Builder() {}

    /**
     * Appends {@code name} with {@code value} rendered by {@link WireValues#render}.
     *
     * @throws IllegalArgumentException if {@code value} has no wire form or is binary floating
     *     point, or {@code name} is empty
     */
    public Builder add(String name, Object value) {
      String rendered = WireValues.render(value);
      Objects.requireNonNull(name, "name == null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("parameter name is empty");
      }
      ensureCapacity(size + 1);
      names[size] = name;
      values[size] = rendered;
      setWire(size, PercentEncoding.encode(name), PercentEncoding.encode(rendered));
      size++;
      return this;
    }

    /**
     * Appends {@code name} with {@code value} in decimal, as {@link #add(String, Object)} would.
     */
    public Builder add(String name, long value) {
      return add(name, Long.toString(value));
    }

    /** Appends {@code name} only when {@code value} is not null. */
    public Builder addIfPresent(String name, Object value) {
      return value == null ? this : add(name, value);
    }

    /** Appends every parameter of {@code params}, in order. */
    public Builder addAll(Params params) {
      int count = params.names.length;
      ensureCapacity(size + count);
      System.arraycopy(params.names, 0, names, size, count);
      System.arraycopy(params.values, 0, values, size, count);
      for (int i = 0; i < count; i++) {
        setWire(size + i, params.wireName(i), params.wireValue(i));
      }
      size += count;
      return this;
    }

    public Params build() {
      if (size == 0) {
        return EMPTY;
      }
      if (size == names.length) {
        shared = true;
        return new Params(names, values, wire, encodedLength());
      }
      return new Params(
          Arrays.copyOf(names, size),
          Arrays.copyOf(values, size),
          wire == null ? null : Arrays.copyOf(wire, 2 * size),
          encodedLength());
    }

    private int encodedLength() {
      return pairsLength + size - 1;
    }

    /** Records entry {@code i}'s encoded forms, making the wire array once one differs. */
    private void setWire(int i, String wireName, String wireValue) {
      if (wire == null && (wireName != names[i] || wireValue != values[i])) {
        wire = new String[2 * names.length];
        for (int j = 0; j < i; j++) {
          wire[2 * j] = names[j];
          wire[2 * j + 1] = values[j];
        }
      }
      if (wire != null) {
        wire[2 * i] = wireName;
        wire[2 * i + 1] = wireValue;
      }
      pairsLength += wireName.length() + 1 + wireValue.length();
    }

    private void ensureCapacity(int needed) {
      if (shared || needed > names.length) {
        int capacity = Math.max(needed, names.length * (needed > names.length ? 2 : 1));
        names = Arrays.copyOf(names, capacity);
        values = Arrays.copyOf(values, capacity);
        wire = wire == null ? null : Arrays.copyOf(wire, 2 * capacity);
        shared = false;
      }
    }
  }
}
