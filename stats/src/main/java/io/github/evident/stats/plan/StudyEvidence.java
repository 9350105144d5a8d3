package io.github.evident.stats.plan;

import io.github.evident.core.model.PValue;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.synthesis.EffectDirection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What one study's reported result for an outcome allows (Cochrane Handbook, ch. 6 and
 * Table 12.2.a), with every assumption stated.
 *
 * @param studyId the study id
 * @param construct the outcome construct as reported
 * @param instrument the measurement instrument, if reported
 * @param resultIndex the index in {@code outcome.results} of the selected result (for a pair
 *     of arm summaries or proportions: the first of the pair); empty if the outcome has no
 *     comparison
 * @param comparisons how many comparisons the outcome reports (more than one: one was selected
 *     by the configured {@link ResultSelection})
 * @param level what the selected result allows
 * @param effects the effect sizes with valid variances that can be derived, standardised and
 *     raw where both are possible (empty below {@link DataLevel#EFFECT_WITH_VARIANCE})
 * @param estimate a point estimate without a valid variance, when no effect size can be derived
 * @param estimateMetric the metric of {@code estimate} (such as {@code MC} or {@code MD}, or
 *     the reported measure)
 * @param p the reported p value, exact or bounded
 * @param direction the direction of effect relative to the outcome's better direction
 *     ({@code IMPROVEMENT}, {@code DETERIORATION} or {@code NO_CHANGE}), when the data show it
 * @param n the number of participants (pairs) behind the result, when known
 * @param assumptions the assumptions the derivation rests on, in plain words
 * @param reasons study-level reasons: bounded p values (with the bound on d_z they imply),
 *     missing variances and what would be needed, imputed values, result selection
 * @param highRiskOfBias whether an overall appraisal rating is in the configured high-risk set
 * @param appraisals the study's overall appraisal ratings as "tool: rating"
 */
public record StudyEvidence(
    String studyId,
    String construct,
    Optional<String> instrument,
    OptionalInt resultIndex,
    int comparisons,
    DataLevel level,
    List<EffectSize> effects,
    OptionalDouble estimate,
    Optional<Metric> estimateMetric,
    Optional<PValue> p,
    Optional<EffectDirection> direction,
    OptionalInt n,
    List<String> assumptions,
    List<Reason> reasons,
    boolean highRiskOfBias,
    List<String> appraisals) {

  /** The name of the count of studies with a derivable variance in a reason's numbers. */
  static final String DERIVABLE = "derivableFromTOrP";

  /**
   * Validates and copies the components; absent optional values may be given as null.
   *
   * @throws IllegalArgumentException if the study id, construct or level is null
   */
  public StudyEvidence {
    if (studyId == null || construct == null || level == null) {
      throw new IllegalArgumentException("studyId, construct and level must not be null");
    }
    instrument = instrument == null ? Optional.empty() : instrument;
    resultIndex = resultIndex == null ? OptionalInt.empty() : resultIndex;
    effects = effects == null ? List.of() : List.copyOf(effects);
    estimate = estimate == null ? OptionalDouble.empty() : estimate;
    estimateMetric = estimateMetric == null ? Optional.empty() : estimateMetric;
    p = p == null ? Optional.empty() : p;
    direction = direction == null ? Optional.empty() : direction;
    n = n == null ? OptionalInt.empty() : n;
    assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    appraisals = appraisals == null ? List.of() : List.copyOf(appraisals);
  }

  /**
   * Whether the result is an exact p value with a known direction (usable for combining p
   * values).
   *
   * @return true if {@code p} is exact and {@code direction} is known
   */
  public boolean exactPWithDirection() {
    return p.isPresent() && p.get().exact() && direction.isPresent();
  }

  /**
   * The derivable effect size of the given metric.
   *
   * @param metric the metric, for example {@code Metric.of(Measure.SMCC)} (which d_z shares)
   * @return the effect size, if one of that metric can be derived
   */
  public Optional<EffectSize> effect(Metric metric) {
    return effects.stream().filter(e -> Metric.of(e).equals(metric)).findFirst();
  }

  /**
   * Whether the study, lacking a valid variance, reports an exact p value or a t statistic from
   * which one could be derived with the missing n or pairing (as its
   * {@link ReasonCode#MISSING_VARIANCE} reason records under {@code derivableFromTOrP}).
   *
   * @return true if a variance could be derived
   */
  public boolean varianceDerivable() {
    return reasons.stream().anyMatch(r -> r.code() == ReasonCode.MISSING_VARIANCE
        && r.numbers().getOrDefault(DERIVABLE, 0.0) > 0);
  }

  /**
   * Whether a study-level reason with the code is present.
   *
   * @param code the code
   * @return true if present
   */
  public boolean has(ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }

  /** This evidence with one more reason. */
  StudyEvidence with(Reason reason) {
    List<Reason> rs = new java.util.ArrayList<>(reasons);
    rs.add(reason);
    return new StudyEvidence(studyId, construct, instrument, resultIndex, comparisons, level,
        effects, estimate, estimateMetric, p, direction, n, assumptions, rs, highRiskOfBias,
        appraisals);
  }

  @Override
  public String toString() {
    return "StudyEvidence[" + construct + ", " + Wording.evidence(this, studyId) + "]";
  }
}
