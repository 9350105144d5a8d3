package io.github.evident.stats.plan;

import io.github.evident.stats.effect.Measure;
import io.github.evident.stats.synthesis.PValueMethod;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The configuration a plan was made with (the prioritisation criteria of SWiM item 4), as
 * recorded in the plan. Defaults and their sources are documented on
 * {@link SynthesisPlanner}.
 *
 * @param minimumStudies the minimum number of studies for any synthesis method
 * @param binaryMeasure the effect measure for 2×2 tables ({@code RR}, {@code OR}, {@code RD} or
 *     {@code PETO})
 * @param imputedCorrelation the pre-post correlation imputed when none is reported; empty: never
 *     imputed
 * @param sensitivityCorrelations the correlations of the sensitivity analysis for an imputed r
 * @param designClasses the design classes
 * @param highRiskLabels the overall appraisal ratings that mean high risk of bias (compared
 *     case-insensitively)
 * @param riskOfBiasBlocks whether studies at high risk of bias are kept out of a pooled estimate
 * @param heterogeneityAlpha the significance level at which the Q test is read as evidence of
 *     heterogeneity
 * @param heterogeneityBlockingI2 if present, pooling is blocked when the lower confidence limit
 *     of I² (percent) reaches this value; empty: heterogeneity never blocks
 * @param oppositeDirectionsBlock whether effects whose confidence intervals exclude no effect in
 *     opposite directions block pooling
 * @param predictionIntervalMinimum the minimum number of studies for reporting a prediction
 *     interval
 * @param resultSelection the rule selecting one result per study and outcome
 * @param pValueMethod the method for combining p values
 * @param metaAnalysis the configured meta-analysis, in words
 */
public record PlannerSettings(
    int minimumStudies,
    Measure binaryMeasure,
    OptionalDouble imputedCorrelation,
    List<Double> sensitivityCorrelations,
    List<DesignClass> designClasses,
    List<String> highRiskLabels,
    boolean riskOfBiasBlocks,
    double heterogeneityAlpha,
    OptionalDouble heterogeneityBlockingI2,
    boolean oppositeDirectionsBlock,
    int predictionIntervalMinimum,
    ResultSelection resultSelection,
    PValueMethod pValueMethod,
    String metaAnalysis) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if a value is out of range or null
   */
  public PlannerSettings {
    if (minimumStudies < 1) {
      throw new IllegalArgumentException("minimumStudies must be at least 1, was "
          + minimumStudies);
    }
    if (binaryMeasure != Measure.RR && binaryMeasure != Measure.OR && binaryMeasure != Measure.RD
        && binaryMeasure != Measure.PETO) {
      throw new IllegalArgumentException("binaryMeasure must be RR, OR, RD or PETO, was "
          + binaryMeasure);
    }
    imputedCorrelation = imputedCorrelation == null ? OptionalDouble.empty() : imputedCorrelation;
    imputedCorrelation.ifPresent(r -> checkCorrelation("imputedCorrelation", r));
    sensitivityCorrelations = sensitivityCorrelations == null ? List.of()
        : List.copyOf(sensitivityCorrelations);
    for (int i = 0; i < sensitivityCorrelations.size(); i++) {
      checkCorrelation("sensitivityCorrelations[" + i + "]", sensitivityCorrelations.get(i));
    }
    if (designClasses == null || designClasses.isEmpty()
        || designClasses.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("designClasses must be non-empty without null, was "
          + designClasses);
    }
    designClasses = List.copyOf(designClasses);
    highRiskLabels = highRiskLabels == null ? List.of() : List.copyOf(highRiskLabels);
    if (!(heterogeneityAlpha > 0 && heterogeneityAlpha < 1)) {
      throw new IllegalArgumentException("heterogeneityAlpha must lie in (0, 1), was "
          + heterogeneityAlpha);
    }
    heterogeneityBlockingI2 = heterogeneityBlockingI2 == null ? OptionalDouble.empty()
        : heterogeneityBlockingI2;
    heterogeneityBlockingI2.ifPresent(v -> {
      if (!(v >= 0 && v <= 100)) {
        throw new IllegalArgumentException("heterogeneityBlockingI2 must lie in [0, 100], was "
            + v);
      }
    });
    if (predictionIntervalMinimum < 3) {
      throw new IllegalArgumentException("predictionIntervalMinimum must be at least 3, was "
          + predictionIntervalMinimum);
    }
    if (resultSelection == null || pValueMethod == null || metaAnalysis == null) {
      throw new IllegalArgumentException(
          "resultSelection, pValueMethod and metaAnalysis must not be null");
    }
  }

  private static void checkCorrelation(String name, Double r) {
    if (r == null || !(r >= -1 && r < 1)) {
      throw new IllegalArgumentException(name + " must lie in [-1, 1), was " + r);
    }
  }

  @Override
  public String toString() {
    return "PlannerSettings[minimum " + minimumStudies + " studies, binary " + binaryMeasure
        + ", imputed r " + (imputedCorrelation.isPresent()
            ? Texts.num(imputedCorrelation.getAsDouble()) : "none")
        + ", risk of bias " + (riskOfBiasBlocks ? "blocks" : "caveat") + ", heterogeneity "
        + (heterogeneityBlockingI2.isPresent() ? "blocks from I2 lower limit "
            + Texts.num(heterogeneityBlockingI2.getAsDouble()) + "%" : "caveat")
        + ", " + resultSelection + ", " + metaAnalysis + "]";
  }
}
