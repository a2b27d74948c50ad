package org.strategytracker.command.measure;

import java.util.function.Function;
import org.strategytracker.platform.web.RuleViolation;

/** Turns request fields into value types, naming the field when a value is rejected. */
final class Fields {

  private Fields() {}

  static <T, R> R convert(String field, T raw, Function<T, R> constructor) {
    if (raw == null) {
      return null;
    }
    try {
      return constructor.apply(raw);
    } catch (IllegalArgumentException e) {
      throw RuleViolation.input(
          field, "invalid-value", "Ungültiger Wert für „" + field + "“: " + e.getMessage());
    }
  }

  static <T, R> R required(String field, T raw, Function<T, R> constructor) {
    if (raw == null) {
      throw RuleViolation.input(field, "required", "„" + field + "“ fehlt.");
    }
    return convert(field, raw, constructor);
  }
}
