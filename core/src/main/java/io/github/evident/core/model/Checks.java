package io.github.evident.core.model;

import java.util.regex.Pattern;

/** Validation helpers shared by the model's checks; messages name field and value. */
final class Checks {

  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private Checks() {}

  static void nonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was "
          + (value == null ? "null" : "'" + value + "'"));
    }
  }

  static void nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }

  static void nonNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }

  static void positive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive, was " + value);
    }
  }

  static void finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
  }

  static void correlation(String field, double value) {
    finite(field, value);
    if (value < -1 || value > 1) {
      throw new IllegalArgumentException(field + " must lie in [-1, 1], was " + value);
    }
  }

  static void probability(String field, double value) {
    finite(field, value);
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(field + " must lie in [0, 1], was " + value);
    }
  }

  static void partialDate(String field, String value) {
    if (!PARTIAL_DATE.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be an ISO date, year-month or year "
          + "(e.g. 2020-01-31, 2020-01, 2020), was '" + value + "'");
    }
  }
}
