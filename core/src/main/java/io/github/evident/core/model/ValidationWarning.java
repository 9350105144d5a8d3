package io.github.evident.core.model;

import io.github.evident.core.internal.Checks;
import java.util.Optional;

/**
 * Something in a review that is allowed but worth a reader's attention: a PRISMA count that does
 * not add up, sources that disagree, a reported difference that does not match the reported
 * means.
 *
 * @param study the id of the study concerned, if any
 * @param studyLabel the label of the study concerned ({@link Study#label()}), given with its id
 * @param field the field concerned, e.g. "prisma" or "population.n"
 * @param message what is wrong
 */
public record ValidationWarning(Optional<String> study, Optional<String> studyLabel,
    String field, String message) {

  /**
   * Validates the warning.
   *
   * @throws IllegalArgumentException if field or message is blank, or only one of the study's
   *     id and label is given
   */
  public ValidationWarning {
    study = study == null ? Optional.empty() : study;
    studyLabel = studyLabel == null ? Optional.empty() : studyLabel;
    if (study.isPresent() != studyLabel.isPresent()) {
      throw new IllegalArgumentException("warning.study and warning.studyLabel must be given "
          + "together, were " + study + " and " + studyLabel);
    }
    Checks.nonBlank("warning.field", field);
    Checks.nonBlank("warning.message", message);
  }

  /**
   * A warning about the review as a whole, such as its PRISMA flow.
   *
   * @param field the field concerned, e.g. "prisma.studiesIncluded"
   * @param message what is wrong
   * @return the warning
   * @throws IllegalArgumentException if field or message is blank
   */
  public static ValidationWarning ofReview(String field, String message) {
    return new ValidationWarning(Optional.empty(), Optional.empty(), field, message);
  }

  /**
   * A warning about one study, naming it by id in the data and by label in text.
   *
   * @param study the study
   * @param field the field concerned, e.g. "population.n"
   * @param message what is wrong
   * @return the warning
   * @throws IllegalArgumentException if the study is null, or field or message is blank
   */
  public static ValidationWarning ofStudy(Study study, String field, String message) {
    Checks.notNull("warning study", study);
    return new ValidationWarning(Optional.of(study.id()), Optional.of(study.label()), field,
        message);
  }

  /**
   * The warning for a reader: the study's label, if any, and the message, for example
   * {@code Gunn et al. (2016): sources disagree on population.n: 24 (Table 1) vs 25 (text)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return studyLabel.map(s -> s + ": ").orElse("") + message;
  }
}
