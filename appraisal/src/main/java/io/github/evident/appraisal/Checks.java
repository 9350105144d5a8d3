package io.github.evident.appraisal;

import java.util.List;
import java.util.Map;

/** Argument checks shared by the engine; messages name the parameter and the value. */
final class Checks {

  private Checks() {}

  static String name(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, was "
          + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }

  static <T> T notNull(String what, T value) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return value;
  }

  static <T> List<T> list(String what, List<T> values) {
    notNull(what, values);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new IllegalArgumentException(what + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(values);
  }

  static <K, V> Map<K, V> map(String what, Map<K, V> values) {
    notNull(what, values);
    values.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new IllegalArgumentException(what + " must not hold null keys or values, was "
            + k + "=" + v);
      }
    });
    return values;
  }
}
