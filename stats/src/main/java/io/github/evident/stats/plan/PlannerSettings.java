package io.github.evident.stats.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.Measure;
import io.github.evident.stats.synthesis.PValueMethod;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The configuration a plan was made with (the prioritisation criteria of SWiM item 4), as
 * recorded in the plan. Defaults and their sources are documented on
 * {@link SynthesisPlanner}; a planner's {@code withX} methods return a planner with a changed
 * copy, so there is no constructor to call.
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutablePlannerSettings.class)
@JsonDeserialize(as = ImmutablePlannerSettings.class)
public abstract class PlannerSettings {

  PlannerSettings() {}

  /**
   * The minimum number of studies for any synthesis method (at least 1).
   *
   * @return the minimum
   */
  public abstract int minimumStudies();

  /**
   * The effect measure for 2×2 tables.
   *
   * @return {@code RR}, {@code OR}, {@code RD} or {@code PETO}
   */
  public abstract Measure binaryMeasure();

  /**
   * The pre-post correlation imputed when none is reported; empty: never imputed.
   *
   * @return the setting
   */
  public abstract OptionalDouble imputedCorrelation();

  /**
   * The correlations of the sensitivity analysis for an imputed r.
   *
   * @return the setting
   */
  public abstract List<Double> sensitivityCorrelations();

  /**
   * The design classes.
   *
   * @return the setting
   */
  public abstract List<DesignClass> designClasses();

  /**
   * The overall appraisal ratings that mean high risk of bias (compared case-insensitively).
   *
   * @return the labels
   */
  public abstract List<String> highRiskLabels();

  /**
   * Whether studies at high risk of bias are kept out of a pooled estimate.
   *
   * @return the setting
   */
  public abstract boolean riskOfBiasBlocks();

  /**
   * The level at which the Q test is read as evidence of heterogeneity.
   *
   * @return the setting
   */
  public abstract double heterogeneityAlpha();

  /**
   * The lower I² limit (percent) from which pooling is blocked; empty: never.
   *
   * @return the setting
   */
  public abstract OptionalDouble heterogeneityBlockingI2();

  /**
   * Whether effects with CIs excluding no effect in opposite directions block.
   *
   * @return the setting
   */
  public abstract boolean oppositeDirectionsBlock();

  /**
   * The minimum number of studies for reporting a prediction interval.
   *
   * @return the setting
   */
  public abstract int predictionIntervalMinimum();

  /**
   * The rule selecting one result per study and outcome.
   *
   * @return the setting
   */
  public abstract ResultSelection resultSelection();

  /**
   * The method for combining p values.
   *
   * @return the setting
   */
  public abstract PValueMethod pValueMethod();

  /**
   * The configured meta-analysis, in words.
   *
   * @return the setting
   */
  public abstract String metaAnalysis();

  /** A builder holding these settings, to change some of them. */
  ImmutablePlannerSettings.Builder toBuilder() {
    return ImmutablePlannerSettings.builder().from(this);
  }

  /**
   * Checks the ranges.
   *
   * @throws IllegalArgumentException if a value is out of range or holds null
   */
  @Value.Check
  protected void check() {
    Checks.atLeast("minimumStudies", minimumStudies(), 1);
    Measure m = binaryMeasure();
    if (m != Measure.RR && m != Measure.OR && m != Measure.RD && m != Measure.PETO) {
      throw new IllegalArgumentException("binaryMeasure must be RR, OR, RD or PETO, was " + m);
    }
    imputedCorrelation().ifPresent(r -> checkCorrelation("imputedCorrelation", r));
    for (int i = 0; i < sensitivityCorrelations().size(); i++) {
      checkCorrelation("sensitivityCorrelations[" + i + "]", sensitivityCorrelations().get(i));
    }
    if (designClasses().isEmpty()) {
      throw new IllegalArgumentException("designClasses must be non-empty, was []");
    }
    Checks.level("heterogeneityAlpha", heterogeneityAlpha());
    heterogeneityBlockingI2().ifPresent(v -> {
      if (!(v >= 0 && v <= 100)) {
        throw new IllegalArgumentException("heterogeneityBlockingI2 must lie in [0, 100], was "
            + v);
      }
    });
    Checks.atLeast("predictionIntervalMinimum", predictionIntervalMinimum(), 3);
  }

  private static void checkCorrelation(String name, Double r) {
    if (r == null || !(r >= -1 && r < 1)) {
      throw new IllegalArgumentException(name + " must lie in [-1, 1), was " + r);
    }
  }

  @Override
  public String toString() {
    return "PlannerSettings[" + description() + "]";
  }

  /** The settings in words, for the plan's summary: {@code minimum 2 studies, binary ...}. */
  String description() {
    return "minimum " + minimumStudies() + " studies, binary "
        + binaryMeasure().label() + ", imputed r " + (imputedCorrelation().isPresent()
            ? Wording.setting(imputedCorrelation().getAsDouble()) : "none")
        + ", risk of bias " + (riskOfBiasBlocks() ? "blocks" : "caveat") + ", heterogeneity "
        + (heterogeneityBlockingI2().isPresent() ? "blocks from I2 lower limit "
            + Format.percent(heterogeneityBlockingI2().getAsDouble(), 0) : "caveat")
        + ", result selection " + resultSelection().label() + ", " + metaAnalysis();
  }
}
