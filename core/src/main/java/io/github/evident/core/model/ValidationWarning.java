package io.github.evident.core.model;

import io.github.evident.core.internal.Checks;
import java.util.Optional;

/**
 * Something in a review that is allowed but worth a reader's attention: a PRISMA count that does
 * not add up, sources that disagree, a reported difference that does not match the reported
 * means.
 *
 * @param study the study concerned, if any
 * @param field the field concerned, e.g. "prisma" or "population.n"
 * @param message what is wrong
 */
public record ValidationWarning(Optional<String> study, String field, String message) {

  /**
   * Validates the warning.
   *
   * @throws IllegalArgumentException if field or message is blank
   */
  public ValidationWarning {
    study = study == null ? Optional.empty() : study;
    Checks.nonBlank("warning.field", field);
    Checks.nonBlank("warning.message", message);
  }

  /**
   * The warning for a reader: the study, if any, and the message, for example
   * {@code study 'gunn2016': sources disagree on population.n: 24 (Table 1) vs 25 (text)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return study.map(s -> "study '" + s + "': ").orElse("") + message;
  }
}
