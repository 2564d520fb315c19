package dev.mbx.core;

import java.util.Objects;

/** One request parameter: a name and its canonical wire text, both not yet percent-encoded. */
public record Param(String name, String value) {
  public Param {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("parameter name is empty");
    }
  }
}
