package io.github.evident.stats.meta;

import static io.github.evident.stats.meta.BcgDocumentationExampleTest.VI;
import static io.github.evident.stats.meta.BcgDocumentationExampleTest.YI;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.stats.effect.EffectSize;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaAnalysisTest {

  /**
   * On a small scale (v ~ 1e-8) metafor's absolute tolerances exceed tau^2: Evident reproduces
   * metafor's defaults (checked case by case in MetaforReferenceTest) and says in a note that
   * these numbers are far from the exact ones, which metafor gives with tight tolerances
   * ("tight_tolerance" in metafor-extra/small_scale.json).
   */
  @Test
  void smallScaleDataGetANoteAboutMetaforsAbsoluteTolerances() {
    JsonNode ref = MetaforReferenceTest.reference("metafor-extra/small_scale.json");
    double[] y = new double[5];
    double[] v = new double[5];
    for (int i = 0; i < 5; i++) {
      y[i] = ref.get("yi").get(i).asDouble();
      v[i] = ref.get("vi").get(i).asDouble();
    }
    JsonNode pm = ref.get("tight_tolerance").get("PM");
    MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.PM).fit(y, v);
    // The default search is off by far more than any reasonable tolerance ...
    assertTrue(r.tau2() > 100 * pm.get("tau2").asDouble(), r.toString());
    assertTrue(r.tau2Ci().orElseThrow().upper()
        > 10 * pm.get("tau2_ci").get(1).asDouble(), r.toString());
    // ... and the result says so.
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("absolute tolerances")
        && n.contains("Rescale")), r.notes().toString());
    // Rescaled by 1000 (v by 1e6), the same data fit to the exact values.
    double[] ys = y.clone();
    double[] vs = v.clone();
    for (int i = 0; i < 5; i++) {
      ys[i] *= 1e3;
      vs[i] *= 1e6;
    }
    for (String m : List.of("ML", "REML", "PM")) {
      JsonNode tight = ref.get("tight_tolerance").get(m);
      MetaResult scaled = MetaAnalysis.randomEffects(Tau2Estimator.valueOf(m)).fit(ys, vs);
      assertTrue(scaled.notes().stream().noneMatch(n -> n.contains("absolute tolerances")));
      assertEquals(tight.get("tau2").asDouble(), scaled.tau2() / 1e6,
          2e-4 * tight.get("tau2").asDouble(), m);
      assertEquals(tight.get("tau2_ci").get(1).asDouble(),
          scaled.tau2Ci().orElseThrow().upper() / 1e6,
          1e-4 * tight.get("tau2_ci").get(1).asDouble(), m);
    }
    // Closed-form estimators without intervals need no note.
    MetaResult dl = MetaAnalysis.randomEffects(Tau2Estimator.DL)
        .withHeterogeneityIntervals(false).fit(y, v);
    assertTrue(dl.notes().isEmpty(), dl.notes().toString());
  }

  /** metafor's fit of the BCG log risk ratios for a method and test, from the shared cases. */
  static JsonNode bcg(String method, String test) {
    for (JsonNode fit : MetaforReferenceTest.reference("metafor/bcg_rr.json").get("fits")) {
      if (fit.get("method").asText().equals(method) && fit.get("test").asText().equals(test)) {
        return fit;
      }
    }
    throw new IllegalArgumentException(method + " " + test);
  }

  @Test
  void nonConvergenceNamesEstimatorIterationsAndRemedy() {
    // metafor: rma(yi, vi, method = "ML", control = list(maxiter = 3)) fails with "Fisher
    // scoring algorithm did not converge" (metafor-extra/bcg_rr_maxiter3.json).
    MetaAnalysis ml = MetaAnalysis.randomEffects(Tau2Estimator.ML).withMaxIterations(3);
    NonConvergenceException e = assertThrows(NonConvergenceException.class, () -> ml.fit(YI, VI));
    assertEquals(Tau2Estimator.ML, e.estimator());
    assertEquals(3, e.iterations());
    assertTrue(e.getMessage().contains("ML"), e.getMessage());
    assertTrue(e.getMessage().contains("3 iterations"), e.getMessage());
    assertTrue(e.getMessage().contains("withFallback"), e.getMessage());
    assertTrue(e.getMessage().contains("withMaxIterations"), e.getMessage());
  }

  @Test
  void fallbackIsExplicitAndRecorded() {
    MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.ML).withMaxIterations(3)
        .withFallback(Tau2Estimator.DL).fit(YI, VI);
    assertEquals(Tau2Estimator.DL, r.tau2Estimator().orElseThrow());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("ML") && n.contains("Fell back to DL")),
        r.notes().toString());
    assertTrue(r.summary().contains("Fell back to DL"));
    // The fallback fit is metafor's DL fit (DL does not depend on the control settings).
    JsonNode dl = bcg("DL", "z");
    MetaforReferenceTest.near("tau2", dl, r.tau2());
    MetaforReferenceTest.near("estimate", dl, r.estimate());
    MetaforReferenceTest.near("se", dl, r.standardError());
    MetaforReferenceTest.near("se_tau2", dl, r.tau2StandardError().orElseThrow());
    // A converging fit does not use the fallback.
    MetaResult ok = MetaAnalysis.randomEffects(Tau2Estimator.ML).withFallback(Tau2Estimator.DL)
        .fit(YI, VI);
    assertEquals(Tau2Estimator.ML, ok.tau2Estimator().orElseThrow());
    assertTrue(ok.notes().isEmpty(), ok.notes().toString());
  }

  @Test
  void commonEffectHasNoPredictionIntervalNorTau2Interval() {
    MetaResult r = MetaAnalysis.commonEffect().fit(YI, VI);
    JsonNode ee = bcg("EE", "z");
    MetaforReferenceTest.near("estimate", ee, r.estimate());
    assertTrue(r.predictionInterval().isEmpty());
    assertTrue(r.tau2Ci().isEmpty());
    assertTrue(r.tau2Estimator().isEmpty());
    assertEquals(0.0, r.tau2());
    assertThrows(IllegalStateException.class,
        () -> MetaAnalysis.commonEffect().withFallback(Tau2Estimator.DL));
  }

  @Test
  void singleStudyFitsAndSaysHeterogeneityIsNotEstimable() {
    // metafor-extra/bcg_rr_k1.json: rma() with k = 1 gives tau2 = 0 and no confint.
    MetaResult r = MetaAnalysis.randomEffects().fit(new double[] {YI[0]}, new double[] {VI[0]});
    assertEquals(1, r.k());
    assertEquals(0.0, r.tau2());
    assertTrue(r.tau2Ci().isEmpty());
    assertTrue(r.i2Ci().isEmpty());
    assertTrue(r.tau2StandardError().isEmpty());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("not estimable")));
    assertTrue(r.summary().contains("not estimable"), r.summary());
    MetaResult kh = MetaAnalysis.randomEffects().withKnappHartung()
        .fit(new double[] {YI[0]}, new double[] {VI[0]});
    assertEquals(MetaResult.Test.Z, kh.test());
    assertTrue(kh.notes().stream().anyMatch(n -> n.contains("z test was used")));
  }

  @Test
  void knappHartungWithIdenticalEstimatesIsRefused() {
    double[] y = {0.2, 0.2, 0.2};
    double[] v = {0.1, 0.2, 0.3};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MetaAnalysis.randomEffects().withKnappHartung().fit(y, v));
    assertTrue(e.getMessage().contains("Knapp-Hartung"), e.getMessage());
    // The z test is fine: tau^2 = 0, the estimate is the common value.
    MetaResult z = MetaAnalysis.randomEffects().fit(y, v);
    assertEquals(0.2, z.estimate(), 1e-15);
    assertEquals(0.0, z.tau2());
    assertEquals(0.0, z.i2());
  }

  @Test
  void badInputNamesStudyAndValue() {
    MetaAnalysis m = MetaAnalysis.randomEffects();
    assertMessage(() -> m.fit(new double[0], new double[0]), "k = 0");
    assertMessage(() -> m.fit(new double[] {1, 2}, new double[] {1}), "same length");
    assertMessage(() -> m.fit(null, new double[] {1}), "yi");
    assertMessage(() -> m.fit(new double[] {1}, null), "vi");
    assertMessage(() -> m.fit(new double[] {1, Double.NaN}, new double[] {1, 1}),
        "yi[1] (study 1)", "NaN");
    assertMessage(() -> m.fit(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 1}),
        "yi[1] (study 1)", "Infinity");
    assertMessage(() -> m.fit(new double[] {1, 2, 3}, new double[] {1, 0, 1}),
        "vi[1] (study 1)", "0.0");
    assertMessage(() -> m.fit(new double[] {1, 2, 3}, new double[] {1, 1, -0.5}),
        "vi[2] (study 2)", "-0.5");
    assertMessage(() -> m.fit(new double[] {1, 2}, new double[] {Double.NaN, 1}),
        "vi[0] (study 0)", "NaN");
    List<EffectSize> withNull = new ArrayList<>();
    withNull.add(new EffectSize(1, 1));
    withNull.add(null);
    assertMessage(() -> m.fit(withNull), "effects[1]");
    assertMessage(() -> m.withLevel(95), "level", "95");
    assertMessage(() -> m.withLevel(Double.NaN), "level");
    assertMessage(() -> m.withMaxIterations(0), "maxIterations");
    assertMessage(() -> m.withStepAdjustment(0), "stepAdjustment");
    assertMessage(() -> MetaAnalysis.randomEffects(null), "estimator");
  }

  private static void assertMessage(Runnable r, String... parts) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should contain " + p);
    }
  }

  @Test
  void effectSizeListGivesTheSameFit() {
    List<EffectSize> effects = new ArrayList<>();
    for (int i = 0; i < YI.length; i++) {
      effects.add(new EffectSize(YI[i], VI[i]));
    }
    assertEquals(MetaAnalysis.randomEffects().fit(YI, VI),
        MetaAnalysis.randomEffects().fit(effects));
  }

  @Test
  void inputArraysAreCopiedNotChanged() {
    double[] y = YI.clone();
    double[] v = VI.clone();
    MetaResult before = MetaAnalysis.randomEffects(Tau2Estimator.PM).fit(y, v);
    assertArrayEquals(YI, y);
    assertArrayEquals(VI, v);
    y[0] = 5;
    assertNotEquals(before, MetaAnalysis.randomEffects(Tau2Estimator.PM).fit(y, v));
  }

  @Test
  void configurationIsImmutable() {
    MetaAnalysis base = MetaAnalysis.randomEffects();
    MetaAnalysis kh = base.withKnappHartung();
    assertNotEquals(base, kh);
    assertEquals(MetaResult.Test.Z, base.fit(YI, VI).test());
    assertEquals(MetaResult.Test.KNAPP_HARTUNG, kh.fit(YI, VI).test());
    assertEquals(kh, MetaAnalysis.randomEffects(Tau2Estimator.REML).withKnappHartung(true));
    assertEquals("random-effects meta-analysis (REML), Knapp-Hartung t test, 95% level",
        kh.toString());
    assertFalse(base.withLevel(0.9).toString().contains("95"));
  }

  @Test
  void oneLineToStringIsReadable() {
    String s = MetaAnalysis.randomEffects().fit(YI, VI).toString();
    assertEquals("random-effects meta-analysis (REML, z test), k = 13: estimate -0.7145, 95% CI "
        + "[-1.0669, -0.3622], p < 0.0001; tau^2 = 0.3132, I^2 = 92.22%, Q(df = 12) = 152.2330, "
        + "p < 0.0001; 95% prediction interval [-1.8667, 0.4376]", s);
    assertFalse(s.contains("\n"));
  }

  @Test
  void homogeneousDataGiveTheEmptyQProfileIntervalAsMetaforDoes() {
    // metafor-extra/simulated_homogeneous_k12.json: confint() reports [0, 0].
    JsonNode c = MetaforReferenceTest.reference("metafor-extra/simulated_homogeneous_k12.json");
    MetaResult r = MetaAnalysis.randomEffects().fit(MetaforReferenceTest.doubles(c.get("yi")),
        MetaforReferenceTest.doubles(c.get("vi")));
    assertEquals(0.0, r.tau2Ci().orElseThrow().lower());
    assertEquals(0.0, r.tau2Ci().orElseThrow().upper());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("[0, 0]")), r.notes().toString());
  }

  @Test
  void extremeVarianceRatioIsNoted() {
    MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.DL)
        .fit(new double[] {0.1, 0.2, 0.5}, new double[] {1e-8, 0.1, 0.2});
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("numerically unstable")),
        r.notes().toString());
    assertTrue(MetaAnalysis.randomEffects().fit(YI, VI).notes().isEmpty());
  }

  @Test
  void localMaximumBelowTheLikelihoodAtZeroIsReportedAndSetToZero() {
    // metafor-extra/ml_local_maximum.json: metafor warns "Fisher scoring algorithm may have
    // gotten stuck at a local maximum" and sets tau^2 = 0.
    JsonNode c = MetaforReferenceTest.reference("metafor-extra/ml_local_maximum.json");
    MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.ML)
        .fit(MetaforReferenceTest.doubles(c.get("yi")), MetaforReferenceTest.doubles(c.get("vi")));
    assertEquals(0.0, r.tau2());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("local maximum")), r.notes().toString());
  }

  @Test
  void upperQProfileBoundBeyondTheSearchLimitIsReportedAsTheLimit() {
    // metafor-extra/bcg_rr_k2.json: confint() gives tau^2 CI [0, 100] with ub.sign ">".
    MetaResult r = MetaAnalysis.randomEffects().fit(new double[] {YI[0], YI[1]},
        new double[] {VI[0], VI[1]});
    assertEquals(0.0, r.tau2Ci().orElseThrow().lower());
    assertEquals(100.0, r.tau2Ci().orElseThrow().upper());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("search limit 100")),
        r.notes().toString());
    assertTrue(r.summary().contains("95% CI [0.0000, 100.0000]"), r.summary());
  }
}
