package io.github.evident.stats.synthesis;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Locale;
import java.util.Optional;

/**
 * An effect estimate of one study, with an optional study id.
 *
 * @param studyId the study's id, empty when unnamed
 * @param estimate the estimate, finite
 */
public record StudyEstimate(Optional<String> studyId, double estimate) {

  /**
   * Validates the estimate.
   *
   * @throws IllegalArgumentException if the estimate is NaN or infinite, or the id is null or
   *     blank
   */
  public StudyEstimate {
    if (studyId == null) {
      throw new IllegalArgumentException("studyId must not be null; use Optional.empty()");
    }
    if (studyId.isPresent() && studyId.get().isBlank()) {
      throw new IllegalArgumentException("studyId must not be blank");
    }
    if (!Double.isFinite(estimate)) {
      throw new IllegalArgumentException(
          "estimate must be finite, was " + estimate + studyId.map(s -> " (study '" + s + "')")
              .orElse(""));
    }
  }

  /**
   * An estimate of a named study.
   *
   * @param studyId the study's id, not blank
   * @param estimate the estimate, finite
   * @return the value
   * @throws IllegalArgumentException if the id is null or blank or the estimate not finite
   */
  public static StudyEstimate of(String studyId, double estimate) {
    Checks.notNull("studyId", studyId);
    return new StudyEstimate(Optional.of(studyId), estimate);
  }

  /**
   * An estimate without a study id.
   *
   * @param estimate the estimate, finite
   * @return the value
   * @throws IllegalArgumentException if the estimate is not finite
   */
  public static StudyEstimate of(double estimate) {
    return new StudyEstimate(Optional.empty(), estimate);
  }

  /**
   * One line, for example {@code gunn2016: 0.42}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return studyId.orElse("?") + ": " + Format.estimate(estimate);
  }
}
