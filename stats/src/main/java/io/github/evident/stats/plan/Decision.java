package io.github.evident.stats.plan;

import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.EffectEstimateSummary;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.List;
import java.util.Optional;

/**
 * The synthesis method chosen for one group, why, and what the chosen method gives.
 *
 * @param method the chosen method
 * @param reasons the reasons, each saying whether it blocks a meta-analysis
 * @param metric the effect metric of the pooled or summarised estimates (a {@code Measure} name),
 *     if any
 * @param contributingStudies the ids of the studies that contribute to the chosen method
 * @param metaAnalysis the fitted meta-analysis, for {@link SynthesisMethod#META_ANALYSIS}
 * @param estimateSummary the summary of estimates, for {@link SynthesisMethod#SUMMARY_OF_ESTIMATES}
 * @param combinedP the combined one-sided p value (hypothesis: improvement), for
 *     {@link SynthesisMethod#COMBINED_P_VALUES}
 * @param voteCount the vote count by direction, for
 *     {@link SynthesisMethod#VOTE_COUNTING_BY_DIRECTION}
 * @param presentation the tables and plots the method calls for (SWiM item 7)
 */
public record Decision(
    SynthesisMethod method,
    List<Reason> reasons,
    Optional<String> metric,
    List<String> contributingStudies,
    Optional<MetaResult> metaAnalysis,
    Optional<EffectEstimateSummary> estimateSummary,
    Optional<CombinedPValue> combinedP,
    Optional<VoteCount> voteCount,
    List<String> presentation) {

  /**
   * Validates and copies the components; absent optional values may be given as null.
   *
   * @throws IllegalArgumentException if the method is null
   */
  public Decision {
    if (method == null) {
      throw new IllegalArgumentException("decision.method must not be null");
    }
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    metric = metric == null ? Optional.empty() : metric;
    contributingStudies = contributingStudies == null ? List.of()
        : List.copyOf(contributingStudies);
    metaAnalysis = metaAnalysis == null ? Optional.empty() : metaAnalysis;
    estimateSummary = estimateSummary == null ? Optional.empty() : estimateSummary;
    combinedP = combinedP == null ? Optional.empty() : combinedP;
    voteCount = voteCount == null ? Optional.empty() : voteCount;
    presentation = presentation == null ? List.of() : List.copyOf(presentation);
  }

  /**
   * Whether a reason with the code is among the reasons.
   *
   * @param code the code
   * @return true if present
   */
  public boolean has(ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }

  /**
   * The first reason with the code.
   *
   * @param code the code
   * @return the reason
   * @throws IllegalArgumentException if there is none
   */
  public Reason reason(ReasonCode code) {
    return reasons.stream().filter(r -> r.code() == code).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("decision " + method + " has no reason "
            + code + "; it has " + reasons.stream().map(Reason::code).toList()));
  }

  @Override
  public String toString() {
    return "Decision[" + method + metric.map(m -> " (" + m + ")").orElse("") + ", "
        + contributingStudies.size() + " contributing, reasons "
        + reasons.stream().map(Reason::code).toList() + "]";
  }
}
