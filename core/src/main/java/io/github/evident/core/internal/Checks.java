package io.github.evident.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The argument checks every Evident module uses, with one message style: {@code <field> must be
 * <condition>, was <value>} (or {@code must not be}), for example {@code sd1 must not be
 * negative, was -1.0}.
 *
 * <p>Each check throws an {@link IllegalArgumentException} and otherwise returns its argument, so
 * that it can be used inline. The field name is the caller's: where a study or row is known the
 * caller names it in the field ({@code "study 'Hart 1977': n1"}). Offending values are printed
 * exactly ({@link String#valueOf(double)}), not rounded, so that {@code 1.0000001} outside
 * {@code [0, 1]} is not shown as {@code 1}. Checks whose condition names the value itself
 * ({@code must not be null}, {@code must not be empty}) leave out the {@code was} part.
 */
public final class Checks {

  private Checks() {}

  /**
   * Rejects {@code NaN} and infinities.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw fail(field, "be finite", value);
    }
    return value;
  }

  /**
   * Rejects a value that is not finite or not {@code > 0}.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static double positive(String field, double value) {
    if (!(finite(field, value) > 0)) {
      throw fail(field, "be positive", value);
    }
    return value;
  }

  /**
   * Rejects a value {@code <= 0}.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static int positive(String field, int value) {
    if (value <= 0) {
      throw fail(field, "be positive", value);
    }
    return value;
  }

  /**
   * Rejects a value that is not finite or is negative (a standard deviation, a length).
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static double nonNegative(String field, double value) {
    if (finite(field, value) < 0) {
      throw fail(field, "not be negative", value);
    }
    return value;
  }

  /**
   * Rejects a negative count.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static int nonNegative(String field, int value) {
    if (value < 0) {
      throw fail(field, "not be negative", value);
    }
    return value;
  }

  /**
   * Rejects a count below {@code min}.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @param min the smallest value accepted
   * @return {@code value}
   */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw fail(field, "be at least " + min, value);
    }
    return value;
  }

  /**
   * Rejects a count below {@code min}, saying why the minimum exists.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @param min the smallest value accepted
   * @param why the reason, printed in parentheses after the condition
   * @return {@code value}
   */
  public static int atLeast(String field, int value, int min, String why) {
    if (value < min) {
      throw fail(field, "be at least " + min + " (" + why + ")", value);
    }
    return value;
  }

  /**
   * Rejects a value outside {@code [0, 1]}.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static double probability(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw fail(field, "be in [0, 1]", value);
    }
    return value;
  }

  /**
   * Rejects a value outside {@code (0, 1]}: a p value that can be transformed (its logarithm
   * or normal quantile is finite).
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static double pValue(String field, double value) {
    if (!(value > 0 && value <= 1)) {
      throw fail(field, "be in (0, 1]", value);
    }
    return value;
  }

  /**
   * Rejects a correlation outside {@code [-1, 1]}.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static double correlation(String field, double value) {
    if (!(value >= -1 && value <= 1)) {
      throw fail(field, "be in [-1, 1]", value);
    }
    return value;
  }

  /**
   * Rejects a confidence level outside {@code (0, 1)}.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static double level(String field, double value) {
    if (!(value > 0 && value < 1)) {
      throw fail(field, "be in (0, 1)", value);
    }
    return value;
  }

  /**
   * Rejects {@code null}, an empty string and a string of white space only.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @return {@code value}
   */
  public static String nonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was "
          + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }

  /**
   * Rejects {@code null}.
   *
   * @param field the name of the argument in the message
   * @param value the value to check
   * @param <T> the type of the value
   * @return {@code value}
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /**
   * Rejects a {@code null} or empty collection.
   *
   * @param field the name of the argument in the message
   * @param values the collection to check
   * @param <C> the type of the collection
   * @return {@code values}
   */
  public static <C extends Collection<?>> C nonEmpty(String field, C values) {
    if (notNull(field, values).isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return values;
  }

  /**
   * Rejects a {@code null} list or a list holding {@code null}; returns an unmodifiable copy.
   *
   * @param field the name of the argument in the message; an element is named {@code
   *     field[index]}
   * @param values the list to check
   * @param <T> the element type
   * @return an unmodifiable copy of {@code values}
   */
  public static <T> List<T> list(String field, List<T> values) {
    notNull(field, values);
    for (int i = 0; i < values.size(); i++) {
      notNull(field + "[" + i + "]", values.get(i));
    }
    return List.copyOf(values);
  }

  /**
   * Rejects a {@code null} map or one holding a {@code null} key or value; returns an
   * unmodifiable copy that keeps the iteration order of {@code values}.
   *
   * @param field the name of the argument in the message
   * @param values the map to check
   * @param <K> the key type
   * @param <V> the value type
   * @return an unmodifiable, order-preserving copy of {@code values}
   */
  public static <K, V> Map<K, V> map(String field, Map<K, V> values) {
    notNull(field, values);
    values.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new IllegalArgumentException(field + " must not hold null keys or values, was "
            + k + "=" + v);
      }
    });
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Rejects a {@code null} array, one with fewer than {@code min} values, or one holding a value
   * that is not finite.
   *
   * @param field the name of the argument in the message; an element is named {@code
   *     field[index]}
   * @param values the array to check (not copied)
   * @param min the smallest length accepted
   * @return {@code values}
   */
  public static double[] finiteValues(String field, double[] values, int min) {
    notNull(field, values);
    if (values.length < min) {
      throw new IllegalArgumentException(field + " must hold at least " + min
          + " values, was " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      finite(field + "[" + i + "]", values[i]);
    }
    return values;
  }

  private static IllegalArgumentException fail(String field, String condition, Object value) {
    return new IllegalArgumentException(field + " must " + condition + ", was " + value);
  }
}
