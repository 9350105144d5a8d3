package io.github.evident.report;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import java.util.List;

/**
 * The one label a study goes by in a report and in every figure drawn for it:
 * {@link Study#label()}, its citation's short form, e.g. {@code Hart (1977)} or
 * {@code Gunn et al. (2016)}. This class looks labels up by id for the figures, which take
 * labels as strings.
 *
 * <p>Use it for the labels of a forest plot, the rows of a traffic-light or effect direction
 * plot and any table, so that a reader finds the same study under the same name everywhere.
 *
 * <pre>{@code
 * List<String> labels = StudyLabel.of(review, studyIds);
 * ForestPlot.of(labels, effects);
 * }</pre>
 */
public final class StudyLabel {

  private StudyLabel() {}

  /**
   * The label of a study.
   *
   * @param study the study
   * @return its label, e.g. {@code "Hart (1977)"}
   * @throws IllegalArgumentException if the study is null
   */
  public static String of(Study study) {
    if (study == null) {
      throw new IllegalArgumentException("study must not be null");
    }
    return study.label();
  }

  /**
   * The label of a study of a review, by its id.
   *
   * @param review the review
   * @param studyId the study's id, e.g. {@code "trial04"}
   * @return its label
   * @throws IllegalArgumentException if the review is null or has no study with this id
   */
  public static String of(Review review, String studyId) {
    if (review == null) {
      throw new IllegalArgumentException("review must not be null");
    }
    return of(review.study(studyId));
  }

  /**
   * The labels of studies of a review, in the order of their ids.
   *
   * @param review the review
   * @param studyIds the studies' ids
   * @return their labels
   * @throws IllegalArgumentException if the review or the ids are null, or an id is not a study
   *     of the review
   */
  public static List<String> of(Review review, List<String> studyIds) {
    Checks.notNull("review", review);
    Checks.notNull("studyIds", studyIds);
    return studyIds.stream().map(id -> of(review, id)).toList();
  }
}
