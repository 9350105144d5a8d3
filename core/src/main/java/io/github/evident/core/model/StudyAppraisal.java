package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of appraising a study with one tool, as the review records it: the tool, its
 * component ratings and the overall rating, the rating a rule set suggested where the overall
 * rating is a judgement, who decided, and where the rating comes from.
 *
 * <p>A study can carry several: a mixed-methods study is appraised with EPHPP for its
 * quantitative part and with NICE for its qualitative part. Ratings are kept as their labels
 * ({@code "WEAK"}, {@code "+"}, {@code "Some concerns"}); the appraisal module produces these
 * from its rule sets.
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableStudyAppraisal.class)
@JsonDeserialize(as = ImmutableStudyAppraisal.class)
public abstract class StudyAppraisal {

  StudyAppraisal() {}

  /**
   * The tool, e.g. "EPHPP", "NICE appendix H", "RoB 2".
   *
   * @return the tool
   */
  public abstract String tool();

  /**
   * The tool's version, e.g. "2010".
   *
   * @return the version
   */
  public abstract Optional<String> toolVersion();

  /**
   * Which part of the study was appraised, for a mixed-methods study (e.g. "quantitative").
   *
   * @return the part
   */
  public abstract Optional<String> scope();

  /**
   * Component ratings by component id, in the tool's order (e.g. A → "MODERATE").
   *
   * @return the component ratings
   */
  public abstract Map<String, String> componentRatings();

  /**
   * The final overall (global) rating.
   *
   * @return the rating
   */
  public abstract String overallRating();

  /**
   * The overall rating a rule set suggested, where it differs from or preceded a reviewer's
   * judgement.
   *
   * @return the suggested rating
   */
  public abstract Optional<String> suggestedRating();

  /**
   * Who decided the final rating (a reviewer, or "consensus").
   *
   * @return the decider
   */
  public abstract Optional<String> decidedBy();

  /**
   * The reviewers who appraised the study.
   *
   * @return the reviewers
   */
  public abstract List<String> reviewers();

  /**
   * Where the ratings come from, e.g. "reported in Table 1" or "appraised from recorded answers".
   *
   * @return the source
   */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    Checks.nonBlank("appraisal.tool", tool());
    Checks.nonBlank("appraisal.overallRating", overallRating());
    componentRatings().forEach((k, v) -> {
      Checks.nonBlank("appraisal.componentRatings key", k);
      Checks.nonBlank("appraisal.componentRatings[" + k + "]", v);
    });
  }

  @Override
  public String toString() {
    return tool() + scope().map(s -> " (" + s + ")").orElse("") + ": " + overallRating();
  }

  /**
   * An appraisal with only an overall rating, e.g. as a review's table reports it.
   *
   * @param tool the tool
   * @param overallRating the overall rating
   * @return the appraisal
   */
  public static StudyAppraisal of(String tool, String overallRating) {
    return new Builder().tool(tool).overallRating(overallRating).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudyAppraisal}. */
  public static final class Builder extends ImmutableStudyAppraisal.Builder {}
}
