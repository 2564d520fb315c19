package dev.mbx.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An immutable, ordered list of request parameters.
 *
 * <p>The order is the order of {@link Builder#add} calls, and it is the order in which the
 * parameters are encoded, signed and sent: the bytes signed are always the bytes sent. Values are
 * rendered once, on {@code add}, by {@link WireValues#render}. Instances are thread-safe.
 */
public final class Params {
  private static final Params EMPTY = new Params(List.of());

  private final List<Param> entries;

  private Params(List<Param> entries) {
    this.entries = entries;
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
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public int size() {
    return entries.size();
  }

  /** The value of the first parameter called {@code name}. */
  public Optional<String> get(String name) {
    for (Param param : entries) {
      if (param.name().equals(name)) {
        return Optional.of(param.value());
      }
    }
    return Optional.empty();
  }

  public boolean contains(String name) {
    return get(name).isPresent();
  }

  /** A builder holding these parameters, to add more to a copy. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.entries.addAll(entries);
    return builder;
  }

  /**
   * The wire form: {@code name=value} pairs, each side percent-encoded by {@link PercentEncoding},
   * joined by {@code &}. Empty for an empty list.
   */
  public String encode() {
    StringBuilder wire = new StringBuilder(entries.size() * 24);
    for (Param param : entries) {
      if (wire.length() > 0) {
        wire.append('&');
      }
      wire.append(PercentEncoding.encode(param.name()))
          .append('=')
          .append(PercentEncoding.encode(param.value()));
    }
    return wire.toString();
  }

  /** The names only, so that values (which may be private) stay out of logs. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>(entries.size());
    entries.forEach(param -> names.add(param.name()));
    return "Params" + names;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Params that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Collects parameters in order. Not thread-safe; the {@link Params} it builds are. */
  public static final class Builder {
    private final List<Param> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Appends {@code name} with {@code value} rendered by {@link WireValues#render}.
     *
     * @throws IllegalArgumentException if {@code value} has no wire form or is binary floating
     *     point
     */
    public Builder add(String name, Object value) {
      entries.add(new Param(name, WireValues.render(value)));
      return this;
    }

    /** Appends {@code name} only when {@code value} is not null. */
    public Builder addIfPresent(String name, Object value) {
      return value == null ? this : add(name, value);
    }

    /** Appends every parameter of {@code params}, in order. */
    public Builder addAll(Params params) {
      entries.addAll(params.entries);
      return this;
    }

    public Params build() {
      return entries.isEmpty()
          ? EMPTY
          : new Params(Collections.unmodifiableList(List.copyOf(entries)));
    }
  }
}
