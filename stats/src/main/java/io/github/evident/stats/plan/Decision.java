package io.github.evident.stats.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.EffectEstimateSummary;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.List;
import java.util.Optional;

/**
 * The synthesis method chosen for one group, why, and what the chosen method gives: one record
 * per method of the Cochrane Handbook (ch. 12, Table 12.2.a). Decisions are made by
 * {@link SynthesisPlanner}; every record carries the {@linkplain #reasons() reasons}, the
 * {@linkplain #contributingStudies() contributing studies} and the
 * {@linkplain #presentation() tables and plots} the method calls for (SWiM item 7).
 *
 * <p>In JSON the record is named by its {@code method}, as {@link SynthesisMethod} spells it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "method")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Decision.MetaAnalysis.class, name = "META_ANALYSIS"),
  @JsonSubTypes.Type(value = Decision.SummaryOfEstimates.class, name = "SUMMARY_OF_ESTIMATES"),
  @JsonSubTypes.Type(value = Decision.CombinedPValues.class, name = "COMBINED_P_VALUES"),
  @JsonSubTypes.Type(value = Decision.VoteCounting.class, name = "VOTE_COUNTING_BY_DIRECTION"),
  @JsonSubTypes.Type(value = Decision.Narrative.class, name = "NARRATIVE"),
  @JsonSubTypes.Type(value = Decision.Thematic.class, name = "THEMATIC"),
  @JsonSubTypes.Type(value = Decision.NoSynthesis.class, name = "NONE")
})
@JsonPropertyOrder({"method", "reasons", "metric", "contributingStudies", "metaAnalysis",
    "estimateSummary", "combinedP", "voteCount", "presentation"})
public sealed interface Decision {

  /**
   * The chosen method.
   *
   * @return the method this record stands for
   */
  @JsonProperty("method")
  SynthesisMethod method();

  /**
   * The reasons, each saying whether it blocks a meta-analysis.
   *
   * @return the reasons, in the order the criteria were checked
   */
  List<Reason> reasons();

  /**
   * The ids of the studies that contribute to the chosen method.
   *
   * @return the ids, possibly empty
   */
  List<String> contributingStudies();

  /**
   * The tables and plots the method calls for (SWiM item 7), in words.
   *
   * @return the presentation
   */
  List<String> presentation();

  /**
   * The metric of the pooled or summarised estimates.
   *
   * @return the metric, if the method has one
   */
  default Optional<Metric> metric() {
    return Optional.empty();
  }

  /**
   * The fitted meta-analysis.
   *
   * @return the result for a {@link MetaAnalysis}, otherwise empty
   */
  default Optional<MetaResult> metaAnalysis() {
    return Optional.empty();
  }

  /**
   * Whether a reason with the code is among the reasons.
   *
   * @param code the code
   * @return true if present
   */
  default boolean has(ReasonCode code) {
    return reasons().stream().anyMatch(r -> r.code() == code);
  }

  /**
   * The first reason with the code.
   *
   * @param code the code
   * @return the reason
   * @throws IllegalArgumentException if there is none
   */
  default Reason reason(ReasonCode code) {
    return reasons().stream().filter(r -> r.code() == code).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the decision '"
            + method().description() + "' has no reason '" + code.label() + "'; it has "
            + reasons().stream().map(r -> r.code().label()).toList()));
  }

  private static <T> List<T> copy(List<T> items) {
    return items == null ? List.of() : List.copyOf(items);
  }

  private static void require(SynthesisMethod method, Object... results) {
    for (Object r : results) {
      if (r == null) {
        throw new IllegalArgumentException("a decision for " + method.description()
            + " needs its result and metric, was null");
      }
    }
  }

  /**
   * A meta-analysis of effect estimates: each contributing study has a valid variance.
   *
   * @param reasons the reasons
   * @param pooledMetric the metric of the pooled effect sizes (JSON {@code metric})
   * @param contributingStudies the pooled studies
   * @param result the fitted meta-analysis (JSON {@code metaAnalysis})
   * @param presentation the tables and plots
   */
  record MetaAnalysis(List<Reason> reasons, @JsonProperty("metric") Metric pooledMetric,
      List<String> contributingStudies, @JsonProperty("metaAnalysis") MetaResult result,
      List<String> presentation) implements Decision {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a component is null
     */
    public MetaAnalysis {
      require(method(), pooledMetric, result);
      reasons = copy(reasons);
      contributingStudies = copy(contributingStudies);
      presentation = copy(presentation);
    }

    @Override
    public SynthesisMethod method() {
      return SynthesisMethod.META_ANALYSIS;
    }

    @Override
    public Optional<Metric> metric() {
      return Optional.of(pooledMetric);
    }

    @Override
    public Optional<MetaResult> metaAnalysis() {
      return Optional.of(result);
    }

    @Override
    public String toString() {
      return Wording.decision(this);
    }
  }

  /**
   * A summary of effect estimates (median, interquartile range, range) without variances.
   *
   * @param reasons the reasons
   * @param summarisedMetric the metric of the summarised estimates (JSON {@code metric})
   * @param contributingStudies the summarised studies
   * @param estimateSummary the summary
   * @param presentation the tables and plots
   */
  record SummaryOfEstimates(List<Reason> reasons,
      @JsonProperty("metric") Metric summarisedMetric, List<String> contributingStudies,
      EffectEstimateSummary estimateSummary, List<String> presentation) implements Decision {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a component is null
     */
    public SummaryOfEstimates {
      require(method(), summarisedMetric, estimateSummary);
      reasons = copy(reasons);
      contributingStudies = copy(contributingStudies);
      presentation = copy(presentation);
    }

    @Override
    public SynthesisMethod method() {
      return SynthesisMethod.SUMMARY_OF_ESTIMATES;
    }

    @Override
    public Optional<Metric> metric() {
      return Optional.of(summarisedMetric);
    }

    @Override
    public String toString() {
      return Wording.decision(this);
    }
  }

  /**
   * A combination of exact one-sided p values (hypothesis: improvement).
   *
   * @param reasons the reasons
   * @param contributingStudies the studies whose p values are combined
   * @param combinedP the combined p value
   * @param presentation the tables and plots
   */
  record CombinedPValues(List<Reason> reasons, List<String> contributingStudies,
      CombinedPValue combinedP, List<String> presentation) implements Decision {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a component is null
     */
    public CombinedPValues {
      require(method(), combinedP);
      reasons = copy(reasons);
      contributingStudies = copy(contributingStudies);
      presentation = copy(presentation);
    }

    @Override
    public SynthesisMethod method() {
      return SynthesisMethod.COMBINED_P_VALUES;
    }

    @Override
    public String toString() {
      return Wording.decision(this);
    }
  }

  /**
   * Vote counting by direction of effect, with a sign test.
   *
   * @param reasons the reasons
   * @param contributingStudies the studies with a direction
   * @param voteCount the vote count
   * @param presentation the tables and plots
   */
  record VoteCounting(List<Reason> reasons, List<String> contributingStudies,
      VoteCount voteCount, List<String> presentation) implements Decision {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a component is null
     */
    public VoteCounting {
      require(method(), voteCount);
      reasons = copy(reasons);
      contributingStudies = copy(contributingStudies);
      presentation = copy(presentation);
    }

    @Override
    public SynthesisMethod method() {
      return SynthesisMethod.VOTE_COUNTING_BY_DIRECTION;
    }

    @Override
    public String toString() {
      return Wording.decision(this);
    }
  }

  /**
   * A structured narrative description of the studies.
   *
   * @param reasons the reasons
   * @param commonMetric the metric most studies could give, if any (JSON {@code metric})
   * @param contributingStudies the studies with usable data
   * @param presentation the tables and plots
   */
  record Narrative(List<Reason> reasons, @JsonProperty("metric") Optional<Metric> commonMetric,
      List<String> contributingStudies, List<String> presentation) implements Decision {

    /**
     * Validates and copies the components; an absent metric may be given as null.
     *
     * @throws IllegalArgumentException if a list is null
     */
    public Narrative {
      commonMetric = commonMetric == null ? Optional.empty() : commonMetric;
      reasons = copy(reasons);
      contributingStudies = copy(contributingStudies);
      presentation = copy(presentation);
    }

    @Override
    public SynthesisMethod method() {
      return SynthesisMethod.NARRATIVE;
    }

    @Override
    public Optional<Metric> metric() {
      return commonMetric;
    }

    @Override
    public String toString() {
      return Wording.decision(this);
    }
  }

  /**
   * A thematic synthesis of qualitative evidence.
   *
   * @param reasons the reasons
   * @param contributingStudies the studies with themes or findings
   * @param presentation the tables and plots
   */
  record Thematic(List<Reason> reasons, List<String> contributingStudies,
      List<String> presentation) implements Decision {

    /** Copies the components. */
    public Thematic {
      reasons = copy(reasons);
      contributingStudies = copy(contributingStudies);
      presentation = copy(presentation);
    }

    @Override
    public SynthesisMethod method() {
      return SynthesisMethod.THEMATIC;
    }

    @Override
    public String toString() {
      return Wording.decision(this);
    }
  }

  /**
   * No synthesis: the group has no usable data.
   *
   * @param reasons the reasons
   * @param contributingStudies always empty in plans made by the planner
   * @param presentation the tables the group can still be described in
   */
  record NoSynthesis(List<Reason> reasons, List<String> contributingStudies,
      List<String> presentation) implements Decision {

    /** Copies the components. */
    public NoSynthesis {
      reasons = copy(reasons);
      contributingStudies = copy(contributingStudies);
      presentation = copy(presentation);
    }

    @Override
    public SynthesisMethod method() {
      return SynthesisMethod.NONE;
    }

    @Override
    public String toString() {
      return Wording.decision(this);
    }
  }
}
