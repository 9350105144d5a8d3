package io.github.evident.stats.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.stats.meta.MetaAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Validation, reporting and text of trim and fill, the rank correlation test and fail-safe N.
 * Numbers are metafor's, from {@code metafor-2/} and {@code bias/bias_cases.json}.
 */
class BiasTest {

  private static final JsonNode BCG = MetaforBiasReferenceTest.read("metafor-2/bcg_binary.json");
  private static final double[] YI = MetaforBiasReferenceTest.doubles(BCG.get("yi"));
  private static final double[] VI = MetaforBiasReferenceTest.doubles(BCG.get("vi"));
  private static final MetaAnalysis REML = MetaAnalysis.randomEffects();

  private static void rejects(String message, Executable call) {
    String actual = assertThrows(IllegalArgumentException.class, call).getMessage();
    assertTrue(actual.contains(message), "message: " + actual);
  }

  @Test
  void badStudiesAreNamedWithTheirValue() {
    double[] y = YI.clone();
    y[4] = Double.NaN;
    double[] v = VI.clone();
    v[2] = -0.1;
    rejects("yi[4] (study 4) must be finite, was NaN",
        () -> SmallStudyEffects.rankCorrelationTest(y, VI));
    rejects("vi[2] (study 2) must be positive, was -0.1",
        () -> TrimAndFill.withDefaults().fit(REML, YI, v));
    rejects("yi[4] (study 4)", () -> FailSafeN.rosenthal(y, VI));
    rejects("vi[2] (study 2)", () -> FailSafeN.orwin(YI, v));
    rejects("vi[2] (study 2)", () -> FailSafeN.rosenberg(YI, v, 0.1));
    rejects("yi and vi must have the same length, were 13 and 2",
        () -> FailSafeN.rosenberg(YI, new double[] {1, 2}));
    rejects("yi must not be null", () -> TrimAndFill.withDefaults().fit(REML, null, VI));
    rejects("analysis must not be null", () -> TrimAndFill.withDefaults().fit(null, YI, VI));
  }

  @Test
  void tooFewStudiesAreRefusedWhereMetaforRefuses() {
    rejects("number of studies k must be at least 3",
        () -> TrimAndFill.withDefaults().fit(REML, new double[] {0.1, 0.5},
            new double[] {0.1, 0.2}));
    rejects("number of studies k must be at least 2 (Kendall's tau needs two studies), was 1",
        () -> SmallStudyEffects.rankCorrelationTest(new double[] {0.1}, new double[] {0.1}));
    rejects("was 0", () -> FailSafeN.rosenthal(new double[0], new double[0]));
  }

  @Test
  void undefinedQuantitiesAreRefusedWithTheReason() {
    double[] same = {0.1, 0.1, 0.1, 0.1};
    double[] y = {0.1, 0.4, -0.2, 0.3};
    rejects("all 4 variances vi are equal, was 0.1",
        () -> SmallStudyEffects.rankCorrelationTest(y, same));
    rejects("vi are all equal (0.1), so the side of the missing studies cannot be estimated",
        () -> TrimAndFill.withDefaults().fit(REML, y, same));
    rejects("target must not be 0", () -> FailSafeN.orwin(YI, VI, 0));
    rejects("the default target, half the mean effect, must not be 0",
        () -> FailSafeN.orwin(new double[] {-1, 1}, new double[] {1, 1}));
    rejects("alpha must be in (0, 1), was 1.0", () -> FailSafeN.rosenthal(YI, VI, 1));
    rejects("maxIterations must be at least 1, was 0",
        () -> TrimAndFill.withDefaults().withMaxIterations(0));
    rejects("side must not be null", () -> TrimAndFill.withDefaults().withSide(null));
  }

  /** Hackshaw's L0 fill takes several iterations; with one allowed it does not settle. */
  @Test
  void nonConvergenceOfTheIterationIsReported() {
    JsonNode h = MetaforBiasReferenceTest.read("metafor-2/hackshaw1998_bias.json");
    double[] yi = MetaforBiasReferenceTest.doubles(h.get("yi"));
    double[] vi = MetaforBiasReferenceTest.doubles(h.get("vi"));
    TrimAndFillResult settled = TrimAndFill.withDefaults().fit(REML, yi, vi);
    assertTrue(settled.iterations() > 1, "iterations " + settled.iterations());
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> TrimAndFill.withDefaults().withMaxIterations(1).fit(REML, yi, vi));
    assertTrue(e.getMessage().startsWith(
        "trim and fill did not converge: k0 did not settle in 1 iterations"), e.getMessage());
  }

  @Test
  void inputsAreCopiedNeverChanged() {
    double[] y = YI.clone();
    double[] v = VI.clone();
    TrimAndFillResult r = TrimAndFill.withDefaults().fit(REML, y, v);
    SmallStudyEffects.rankCorrelationTest(y, v);
    FailSafeN.rosenberg(y, v);
    assertArrayEquals(YI, y);
    assertArrayEquals(VI, v);
    r.filledEstimates()[0] = 99;
    assertNotEquals(99, r.filledEstimates()[0]);
  }

  /** bcg: metafor's L0 fills one study on the right, se.k0 2.45279864318293. */
  @Test
  void trimAndFillText() {
    TrimAndFillResult r = TrimAndFill.withDefaults().fit(REML, YI, VI);
    assertTrue(r.toString().startsWith(
        "trim and fill (L0): 1 study filled on the right (SE 2.4528); random-effects "
            + "meta-analysis (REML, z test), k = 14: estimate -0.6571"), r.toString());
    String s = r.summary();
    assertTrue(s.startsWith("Trim-and-Fill (L0, side right, estimated; "), s);
    assertTrue(s.contains("Estimated number of missing studies on the right side: 1 "
        + "(SE = 2.4528)\nFilled 1: yi = 0.3104, vi = 0.2230\n"), s);
    assertTrue(s.contains("Random-Effects Model (k = 14; tau^2 estimator: REML)"), s);
    assertEquals("trim and fill (R0, side left)", TrimAndFill.withDefaults()
        .withEstimator(TrimAndFill.Estimator.R0).withSide(TrimAndFill.Side.LEFT).toString());
    assertEquals(TrimAndFill.withDefaults().withSide(TrimAndFill.Side.LEFT),
        TrimAndFill.withDefaults().withSide(TrimAndFill.Side.LEFT));
  }

  /** bcg: tau 0.0256410256410256, p 0.952361907960866 (exact). */
  @Test
  void rankCorrelationText() {
    RankCorrelationResult r = SmallStudyEffects.rankCorrelationTest(YI, VI);
    assertEquals("rank correlation test (k = 13): Kendall's tau = 0.0256, p = 0.9524 (exact)",
        r.toString());
    assertTrue(r.summary().contains("Kendall's tau = 0.0256, p = 0.9524\nExact p value"),
        r.summary());
    assertTrue(r.notes().isEmpty());
    RankCorrelationResult few = SmallStudyEffects.rankCorrelationTest(
        new double[] {0.1, 0.5, 0.3}, new double[] {0.1, 0.2, 0.3});
    assertEquals(List.of("k = 3 studies: the Cochrane Handbook (13.3.5.4) advises against tests "
        + "for funnel plot asymmetry with fewer than 10 studies, as their power is too low to "
        + "tell chance from asymmetry."), few.notes());
    assertTrue(few.toString().endsWith("; 1 note"), few.toString());
  }

  /** bcg: Rosenthal 598 with p 8.8e-30; Rosenberg 370 with mean effect -0.4303. */
  @Test
  void failSafeNText() {
    assertEquals("Rosenthal fail-safe N (k = 13) = 598, p < 0.0001, alpha 0.05",
        FailSafeN.rosenthal(YI, VI).toString());
    assertEquals("Rosenberg fail-safe N (k = 13) = 370, mean effect -0.4303, p < 0.0001, "
        + "alpha 0.05", FailSafeN.rosenberg(YI, VI).toString());
    String orwin = FailSafeN.orwin(YI, VI).summary();
    assertTrue(orwin.startsWith("Fail-safe N Calculation Using the Orwin Approach (k = 13)"),
        orwin);
    assertTrue(orwin.contains("Average Effect Size:         -0.7407\n"), orwin);
    assertTrue(orwin.endsWith("Fail-safe N: 13\n"), orwin);
  }
}
