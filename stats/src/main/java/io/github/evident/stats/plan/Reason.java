package io.github.evident.stats.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reason behind a synthesis decision: a code, a message in plain words, the numbers it
 * rests on, the studies it concerns and whether it blocks a meta-analysis.
 *
 * @param code the machine-readable reason
 * @param message the reason in plain words
 * @param numbers the numbers behind the reason by name, in a stable order (for example
 *     {@code studies}, {@code minimum}, {@code i2}, {@code i2Lower}); never NaN
 * @param studies the ids of the studies concerned (may be empty)
 * @param blocking whether this reason prevents a meta-analysis under the configured rules
 */
public record Reason(ReasonCode code, String message, Map<String, Double> numbers,
    List<String> studies, boolean blocking) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the code or message is null or a number is not finite
   */
  public Reason {
    if (code == null || message == null) {
      throw new IllegalArgumentException("reason.code and reason.message must not be null");
    }
    Map<String, Double> copy = new LinkedHashMap<>();
    if (numbers != null) {
      numbers.forEach((k, v) -> {
        if (k == null || v == null || !Double.isFinite(v)) {
          throw new IllegalArgumentException("reason.numbers[" + k + "] must be finite, was " + v
              + " (" + code + ")");
        }
        copy.put(k, v);
      });
    }
    numbers = Collections.unmodifiableMap(copy);
    studies = studies == null ? List.of() : List.copyOf(studies);
  }

  /**
   * A non-blocking reason without studies.
   *
   * @param code the code
   * @param message the message
   * @param numbers the numbers, alternating names and values ({@code "studies", 1.0, ...})
   * @return the reason
   */
  static Reason note(ReasonCode code, String message, Object... numbers) {
    return new Reason(code, message, map(numbers), List.of(), false);
  }

  static Map<String, Double> map(Object... numbers) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < numbers.length; i += 2) {
      m.put((String) numbers[i], ((Number) numbers[i + 1]).doubleValue());
    }
    return m;
  }

  /**
   * The number recorded under {@code name}.
   *
   * @param name the name, for example {@code "i2"}
   * @return its value
   * @throws IllegalArgumentException if the reason has no such number
   */
  public double number(String name) {
    Double v = numbers.get(name);
    if (v == null) {
      throw new IllegalArgumentException("reason " + code + " has no number '" + name
          + "'; it has " + numbers.keySet());
    }
    return v;
  }

  @Override
  public String toString() {
    return code.label() + (blocking ? " (blocks meta-analysis)" : "") + ": " + message;
  }
}
