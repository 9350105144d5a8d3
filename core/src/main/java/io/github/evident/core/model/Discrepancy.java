package io.github.evident.core.model;

import io.github.evident.core.internal.Checks;
import java.util.List;

/**
 * Sources that report different values for the same thing, recorded as they are rather than
 * silently resolved: for example a sample size of 24 in a review's table and 25 in its text.
 * A review lists every discrepancy among its {@link Review#warnings() warnings}.
 *
 * @param field the field concerned, as a path in the study (e.g. "population.n")
 * @param values what each source says, at least two
 */
public record Discrepancy(String field, List<ReportedValue> values) {

  /**
   * A value and where it is reported.
   *
   * @param value the value as reported
   * @param source where, e.g. "Table 1" or "Results, Summary of findings"
   */
  public record ReportedValue(String value, String source) {

    /**
     * Validates the value.
     *
     * @throws IllegalArgumentException if value or source is blank
     */
    public ReportedValue {
      Checks.nonBlank("discrepancy.values.value", value);
      Checks.nonBlank("discrepancy.values.source", source);
    }

    @Override
    public String toString() {
      return value + " (" + source + ")";
    }
  }

  /**
   * Validates the discrepancy and copies the values.
   *
   * @throws IllegalArgumentException if the field is blank or fewer than two values are given
   */
  public Discrepancy {
    Checks.nonBlank("discrepancy.field", field);
    if (values == null || values.size() < 2) {
      throw new IllegalArgumentException("discrepancy '" + field
          + "' needs at least two reported values, was " + values);
    }
    values = List.copyOf(values);
  }

  /**
   * A discrepancy between two sources.
   *
   * @param field the field
   * @param value1 the first value
   * @param source1 where the first is reported
   * @param value2 the second value
   * @param source2 where the second is reported
   * @return the discrepancy
   */
  public static Discrepancy of(String field, String value1, String source1, String value2,
      String source2) {
    return new Discrepancy(field,
        List.of(new ReportedValue(value1, source1), new ReportedValue(value2, source2)));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(field).append(':');
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? " " : " vs ").append(values.get(i));
    }
    return sb.toString();
  }
}
