package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;

/**
 * One answer option of a checklist item: the code recorded on the form and its label.
 *
 * @param code the code written on the form, such as {@code "1"} or {@code "PY"}
 * @param label what the code means, such as {@code "very likely"}
 */
public record Option(String code, String label) {

  /**
   * Validates the option.
   *
   * @throws IllegalArgumentException if the code is blank or the label is null
   */
  public Option {
    Checks.nonBlank("option code", code);
    Checks.notNull("label of option '" + code + "'", label);
  }

  /**
   * An option.
   *
   * @param code the code
   * @param label the label
   * @return the option
   */
  public static Option of(String code, String label) {
    return new Option(code, label);
  }

  @Override
  public String toString() {
    return code + " (" + label + ")";
  }
}
