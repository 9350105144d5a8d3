package io.github.evident.stats.plan;

import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import java.util.List;
import java.util.Locale;

/**
 * Which appraisals apply to a strand of a study's evidence and whether they mean high risk of
 * bias (Cochrane Handbook 8.8 and 10.10.4): an overall rating in the configured high-risk set.
 */
final class RiskOfBias {

  private RiskOfBias() {}

  /**
   * The appraisals that apply to one strand of evidence: those without a scope, and those whose
   * scope does not name the other strand (a mixed-methods study may be appraised per strand).
   */
  static List<StudyAppraisal> applicable(Study study, boolean qualitative) {
    String other = qualitative ? "quantitative" : "qualitative";
    return study.appraisals().stream().filter(a -> a.scope().map(sc -> !sc.toLowerCase(
        Locale.ROOT).contains(other)).orElse(true)).toList();
  }

  /** The applicable overall ratings as "tool (scope): rating". */
  static List<String> ratings(Study study, boolean qualitative) {
    return applicable(study, qualitative).stream().map(a -> a.tool() + a.scope()
        .map(sc -> " (" + sc + ")").orElse("") + ": " + a.overallRating()).toList();
  }

  /** Whether an applicable overall rating is in the configured high-risk set. */
  static boolean high(PlannerSettings settings, Study study, boolean qualitative) {
    return applicable(study, qualitative).stream()
        .anyMatch(a -> high(settings, a.overallRating()));
  }

  private static boolean high(PlannerSettings settings, String rating) {
    String r = rating.trim();
    return settings.highRiskLabels().stream().anyMatch(l -> l.trim().equalsIgnoreCase(r));
  }
}
