package io.github.evident.stats.effect;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule throws IllegalArgumentException naming the parameter and its value. */
class EffectSizeValidationTest {

  static Stream<Arguments> badInputs() {
    double nan = Double.NaN;
    double inf = Double.POSITIVE_INFINITY;
    return Stream.of(
        // two groups: SD, n, non-finite means, ROM means
        bad("negative sd1", () -> EffectSizes.smd(1, -2, 10, 0, 1, 10), "sd1", "-2.0"),
        bad("negative sd2", () -> EffectSizes.meanDifference(1, 2, 10, 0, -0.5, 10), "sd2", "-0.5"),
        bad("n1 < 2", () -> EffectSizes.smd(1, 2, 1, 0, 1, 10), "n1", "1"),
        bad("n2 < 2", () -> EffectSizes.smdh(1, 2, 10, 0, 1, 0), "n2", "0"),
        bad("NaN m1", () -> EffectSizes.meanDifference(nan, 2, 10, 0, 1, 10), "m1", "NaN"),
        bad("infinite m2", () -> EffectSizes.smd(1, 2, 10, inf, 1, 10), "m2", "Infinity"),
        bad("NaN sd1", () -> EffectSizes.smd(1, nan, 10, 0, 1, 10), "sd1", "NaN"),
        bad("ROM m1 <= 0", () -> EffectSizes.logRatioOfMeans(-3, 1, 10, 2, 1, 10), "m1", "-3.0"),
        bad("ROM m2 <= 0", () -> EffectSizes.logRatioOfMeans(3, 1, 10, 0, 1, 10), "m2", "0.0"),
        bad("SMD zero pooled SD", () -> EffectSizes.smd(1, 0, 10, 0, 0, 10), "pooled SD", "sd1=0.0"),
        bad("MD zero variance", () -> EffectSizes.meanDifference(1, 0, 10, 0, 0, 10), "variance",
            "sd1=0.0"),
        // pre-post
        bad("r > 1", () -> EffectSizes.smcc(2, 1, 1, 1, 10, 1.2), "r", "1.2"),
        bad("r < -1", () -> EffectSizes.meanChange(2, 1, 1, 1, 10, -1.5), "r", "-1.5"),
        bad("NaN r", () -> EffectSizes.smcr(2, 1, 1, 10, nan), "r", "NaN"),
        bad("SMCC n < 3", () -> EffectSizes.smcc(2, 1, 1, 1, 2, 0.5), "n", "2"),
        bad("MC n < 2", () -> EffectSizes.meanChange(2, 1, 1, 1, 1, 0.5), "n", "1"),
        bad("SMCR negative SD", () -> EffectSizes.smcr(2, 1, -1, 10, 0.5), "sdStandardizer",
            "-1.0"),
        bad("SMCR zero SD", () -> EffectSizes.smcr(2, 1, 0, 10, 0.5), "sdStandardizer", "0.0"),
        bad("SMCC zero change SD", () -> EffectSizes.smcc(2, 1, 1, 1, 10, 1), "SD of the changes",
            "r=1.0"),
        // tables
        bad("negative a", () -> EffectSizes.logOddsRatio(-1, 5, 3, 4), "a", "-1"),
        bad("negative b", () -> EffectSizes.logRiskRatio(1, -5, 3, 4), "b", "-5"),
        bad("negative c", () -> EffectSizes.riskDifference(1, 5, -3, 4), "c", "-3"),
        bad("negative d", () -> EffectSizes.petoLogOddsRatio(1, 5, 3, -4), "d", "-4"),
        bad("empty group 1", () -> EffectSizes.logOddsRatio(0, 0, 3, 4), "a + b", "a=0"),
        bad("empty group 2", () -> EffectSizes.logRiskRatio(1, 2, 0, 0), "c + d", "c=0"),
        // correlations
        bad("COR r > 1", () -> EffectSizes.correlation(1.01, 20), "r", "1.01"),
        bad("COR n < 2", () -> EffectSizes.correlation(0.3, 1), "n", "1"),
        bad("COR |r| = 1", () -> EffectSizes.correlation(1, 20), "variance", "r=1.0"),
        bad("ZCOR r = -1", () -> EffectSizes.fisherZ(-1, 20), "r", "-1.0"),
        bad("ZCOR n < 4", () -> EffectSizes.fisherZ(0.3, 3), "n", "3"),
        // proportions
        bad("x > n", () -> EffectSizes.proportion(11, 10), "x", "x=11"),
        bad("negative x", () -> EffectSizes.logitProportion(-1, 10), "x", "-1"),
        bad("n < 1", () -> EffectSizes.arcsineProportion(0, 0), "n", "0"),
        bad("PFT x > n", () -> EffectSizes.freemanTukey(5, 4), "x", "x=5"),
        // Hedges correction and the record itself
        bad("J(m <= 1)", () -> EffectSizes.hedgesCorrection(1), "m", "1.0"),
        bad("record NaN estimate", () -> new EffectSize(nan, 1), "estimate", "NaN"),
        bad("record negative variance", () -> EffectSize.of(1, -1), "variance", "-1.0"),
        bad("record null measure", () -> new EffectSize(1, 1, null, List.of()), "measure", "null"),
        bad("record null notes", () -> new EffectSize(1, 1, Measure.GEN, null), "notes", "null"),
        bad("J(NaN)", () -> EffectSizes.hedgesCorrection(nan), "m", "NaN"),
        bad("ci level", () -> EffectSize.of(1, 1).ci(1.0), "level", "1.0"),
        bad("ROM null correction", () -> EffectSizes.logRatioOfMeans(1, 1, 5, 1, 1, 5, null),
            "correction", "null"));
  }

  private static Arguments bad(String name, Executable call, String field, String value) {
    return Arguments.of(name, call, field, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void rejectsWithMessageNamingFieldAndValue(String name, Executable call, String field,
      String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(field), () -> "field '" + field + "' in: " + e.getMessage());
    assertTrue(e.getMessage().contains(value), () -> "value '" + value + "' in: " + e.getMessage());
  }
}
