package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;

/**
 * One result as a paper reports it, in any of the forms papers use.
 *
 * <p>The forms, with their JSON {@code "type"} names:
 *
 * <ul>
 *   <li>{@link ArmSummary} ({@code armSummary}): mean, SD and n of one group at one time point;
 *   <li>{@link PairedChange} ({@code pairedChange}): a within-group change from one time point to
 *       another (means, mean difference, SD of differences, correlation, paired t, p);
 *   <li>{@link TwoByTwo} ({@code twoByTwo}): event counts of two groups;
 *   <li>{@link Proportion} ({@code proportion}): a percentage or proportion with its n;
 *   <li>{@link CorrelationResult} ({@code correlation}): a correlation coefficient;
 *   <li>{@link TestStatistic} ({@code testStatistic}): t, F, χ², z or U with degrees of freedom;
 *   <li>{@link EffectEstimate} ({@code effectEstimate}): an effect estimate with its CI.
 * </ul>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ArmSummary.class, name = "armSummary"),
  @JsonSubTypes.Type(value = PairedChange.class, name = "pairedChange"),
  @JsonSubTypes.Type(value = TwoByTwo.class, name = "twoByTwo"),
  @JsonSubTypes.Type(value = Proportion.class, name = "proportion"),
  @JsonSubTypes.Type(value = CorrelationResult.class, name = "correlation"),
  @JsonSubTypes.Type(value = TestStatistic.class, name = "testStatistic"),
  @JsonSubTypes.Type(value = EffectEstimate.class, name = "effectEstimate")
})
public sealed interface ReportedResult permits ArmSummary, PairedChange, TwoByTwo, Proportion,
    CorrelationResult, TestStatistic, EffectEstimate {

  /** The form of a result: one constant per permitted type, for an exhaustive {@code switch}. */
  enum Form {
    /** {@link ArmSummary}. */
    ARM_SUMMARY,
    /** {@link PairedChange}. */
    PAIRED_CHANGE,
    /** {@link TwoByTwo}. */
    TWO_BY_TWO,
    /** {@link Proportion}. */
    PROPORTION,
    /** {@link CorrelationResult}. */
    CORRELATION,
    /** {@link TestStatistic}. */
    TEST_STATISTIC,
    /** {@link EffectEstimate}. */
    EFFECT_ESTIMATE
  }

  /**
   * The form of this result, to dispatch on with a {@code switch}.
   *
   * @return the form
   */
  Form form();

  /**
   * What the result is about, when the outcome has several (e.g. "avoidance of condom
   * negotiation").
   *
   * @return the label, if any
   */
  Optional<String> label();

  /**
   * The reported p value, if any.
   *
   * @return the p value
   */
  Optional<PValue> p();
}
