package io.github.evident.stats.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Arguments, failed steps, fallbacks and the printed forms of the sensitivity analyses. */
class SensitivityTest {

  static final JsonNode BCG = MetaforSensitivityReferenceTest.read("metafor-2/bcg_binary.json");
  static final double[] YI = MetaforSensitivityReferenceTest.doubles(BCG.get("yi"));
  static final double[] VI = MetaforSensitivityReferenceTest.doubles(BCG.get("vi"));

  @Test
  void orderMustBeAPermutation() {
    Cumulative c = Cumulative.of(MetaAnalysis.randomEffects());
    int[] repeated = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.fit(YI, VI, repeated));
    assertTrue(e.getMessage().contains("order[12] repeats study 11 (already at order[11])"),
        e.getMessage());
    int[] outOfRange = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13};
    e = assertThrows(IllegalArgumentException.class, () -> c.fit(YI, VI, outOfRange));
    assertTrue(e.getMessage().contains("order[12] must be a 0-based study index in [0, 12], "
        + "was 13"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> c.fit(YI, VI, new int[] {0, 1}));
    assertTrue(e.getMessage().contains("k = 13"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> c.fit(YI, VI, null));
  }

  @Test
  void badStudiesAreRejected() {
    LeaveOneOut loo = LeaveOneOut.of(MetaAnalysis.randomEffects());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> loo.fit(new double[] {0.1}, new double[] {0.2}));
    assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Influence.of(MetaAnalysis.randomEffects()).fit(new double[] {0.1, 0.2},
            new double[] {0.2, -1}));
    assertTrue(e.getMessage().contains("vi[1] (study 1)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> loo.fit(new double[] {0.1, Double.NaN}, new double[] {0.2, 0.3}));
    assertTrue(e.getMessage().contains("yi[1] (study 1)"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> loo.fit(new double[] {0.1, 0.2}, new double[] {0.2}));
    assertThrows(IllegalArgumentException.class, () -> LeaveOneOut.of(null));
    assertThrows(IllegalArgumentException.class,
        () -> Cumulative.of(MetaAnalysis.randomEffects()).fit(new double[0], new double[0],
            new int[0]));
  }

  @Test
  void inputsAreCopied() {
    double[] y = YI.clone();
    double[] v = VI.clone();
    LeaveOneOut.of(MetaAnalysis.randomEffects()).fit(y, v);
    Influence.of(MetaAnalysis.randomEffects()).fit(y, v);
    assertEquals(YI[0], y[0]);
    assertEquals(VI[12], v[12]);
  }

  @Test
  void aStepThatDoesNotConvergeIsReportedAndTheOthersGiven() {
    // metafor 3.8-1 gives NA for studies 5 and 7 (sensitivity_cases.json, REML maxiter 4)
    SensitivitySeries s = LeaveOneOut.of(MetaAnalysis.randomEffects().withMaxIterations(4))
        .fit(YI, VI);
    assertEquals(2, s.failures().size());
    assertTrue(s.full().isPresent());
    assertTrue(s.failures().get(0).failure().orElseThrow().contains("REML"));
    assertTrue(s.summary().contains("NA"), s.summary());
    assertTrue(s.summary().contains("no fit ("), s.summary());
    assertTrue(s.toString().endsWith("2 fits did not converge"), s.toString());
    InfluenceResult inf = Influence.of(MetaAnalysis.randomEffects().withMaxIterations(4))
        .fit(YI, VI);
    StudyInfluence failed = inf.study(s.failures().get(0).study());
    assertTrue(Double.isNaN(failed.dffits()) && failed.failure().isPresent());
    assertFalse(Double.isNaN(failed.hat()));
    assertTrue(inf.summary().contains("no fit without it"), inf.summary());
  }

  @Test
  void aStepUsesTheConfiguredFallbackAndSaysSo() {
    MetaAnalysis a = MetaAnalysis.randomEffects().withMaxIterations(4)
        .withFallback(Tau2Estimator.DL);
    SensitivitySeries s = LeaveOneOut.of(a).fit(YI, VI);
    assertTrue(s.failures().isEmpty());
    long fellBack = s.steps().stream().map(st -> st.fit().orElseThrow())
        .filter(r -> r.tau2Estimator().orElseThrow() == Tau2Estimator.DL).count();
    assertEquals(2, fellBack);
    s.steps().stream().map(st -> st.fit().orElseThrow())
        .filter(r -> r.tau2Estimator().orElseThrow() == Tau2Estimator.DL)
        .forEach(r -> assertTrue(r.notes().stream().anyMatch(n -> n.contains("Fell back to DL")),
            r.notes().toString()));
    assertTrue(s.summary().contains("Fell back to DL"), s.summary());
  }

  @Test
  void fullFitThatFailsIsReportedForTheSeries() {
    SensitivitySeries s = LeaveOneOut.of(MetaAnalysis.randomEffects().withMaxIterations(1))
        .fit(YI, VI);
    assertTrue(s.full().isEmpty());
    assertTrue(s.fullFailure().orElseThrow().contains("did not converge"));
    assertTrue(s.summary().contains("all studies: no fit"), s.summary());
  }

  @Test
  void summaryIsATableOfTheSteps() {
    SensitivitySeries s = LeaveOneOut.of(MetaAnalysis.randomEffects()).fit(YI, VI);
    String text = s.summary();
    assertTrue(text.startsWith("Leave-one-out random-effects meta-analysis (REML, z test), k = 13"),
        text);
    assertTrue(text.contains("omitted  estimate"), text);
    // study 0 omitted: metafor's estimate -0.7071, se 0.1900, tau2 0.3362, I2 93.23%
    assertTrue(text.contains("-0.7071  0.1900"), text);
    assertTrue(text.contains("0.3362  93.23%"), text);
    assertEquals(2 + 1 + 13, text.lines().count(), text);
    assertEquals("leave-one-out series, k = 13: estimates from -0.7948 to -0.6284; all fits "
        + "converged", s.toString());
    SensitivitySeries ee = Cumulative.of(MetaAnalysis.commonEffect().withKnappHartung())
        .fit(YI, VI, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    assertFalse(ee.summary().contains("tau2"), ee.summary());
    assertTrue(ee.summary().contains("added  estimate"), ee.summary());
    assertTrue(ee.summary().contains("tval"), ee.summary());
  }

  @Test
  void summaryNamesTheStudiesByTheirLabels() {
    SensitivitySeries s = LeaveOneOut.of(MetaAnalysis.randomEffects()).fit(YI, VI);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      labels.add("Trial " + (i + 1));
    }
    String text = s.summary(labels);
    assertTrue(text.startsWith("Leave-one-out random-effects meta-analysis (REML, z test), k = "
        + "13\n"), text);
    // trial 8 (TPT) omitted: metafor's estimate -0.7948, se 0.1799
    assertTrue(text.lines().anyMatch(l -> l.matches("\\s*Trial 8\\s+-0\\.7948\\s+0\\.1799.*")),
        text);
    assertEquals(s.summary().lines().count(), text.lines().count());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.summary(labels.subList(0, 12)));
    assertEquals("labels must name the k = 13 studies, had 12", e.getMessage());
  }

  @Test
  void influenceNamesTheCriteriaThatFlagAStudy() {
    // common-effect model: metafor flags studies 4, 6 and 8 (1-based) of dat.bcg
    InfluenceResult inf = Influence.of(MetaAnalysis.commonEffect()).fit(YI, VI);
    assertEquals(java.util.List.of(3, 5, 7), inf.influential());
    for (StudyInfluence s : inf.studies()) {
      assertEquals(s.influential(), !s.criteria().isEmpty());
      assertEquals(InfluenceCriterion.DFFITS.flags(s.dffits(), 13),
          s.criteria().contains(InfluenceCriterion.DFFITS));
      assertEquals(InfluenceCriterion.HAT.flags(s.hat(), 13),
          s.criteria().contains(InfluenceCriterion.HAT));
    }
    assertTrue(inf.summary().contains("|DFFITS| > 0.8660"), inf.summary());
    assertTrue(inf.toString().contains("influential: studies [3, 5, 7]"), inf.toString());
    assertTrue(inf.study(3).toString().contains("influential ("), inf.study(3).toString());
    assertThrows(IllegalArgumentException.class, () -> inf.study(13));
  }

  @Test
  void criteriaThresholds() {
    assertEquals(3 / Math.sqrt(12), InfluenceCriterion.DFFITS.threshold(13), 1e-15);
    assertEquals(3.0 / 13, InfluenceCriterion.HAT.threshold(13), 1e-15);
    // qchisq(0.5, 1) in R: 0.454936423119572
    assertEquals(0.454936423119572, InfluenceCriterion.COOKS_DISTANCE.threshold(13), 1e-12);
    assertTrue(InfluenceCriterion.COOKS_DISTANCE.flags(0.46, 13));
    assertFalse(InfluenceCriterion.COOKS_DISTANCE.flags(0.45, 13));
    assertFalse(InfluenceCriterion.DFBETAS.flags(Double.NaN, 13));
    assertTrue(InfluenceCriterion.DFBETAS.flags(-1.01, 13));
  }

  @Test
  void stepsCheckTheirParts() {
    assertThrows(IllegalArgumentException.class,
        () -> new SensitivityStep(-1, Optional.empty(), Optional.of("x")));
    assertThrows(IllegalArgumentException.class,
        () -> new SensitivityStep(0, Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new SensitivityStep(0, null, null));
    SensitivityStep failed = SensitivityStep.failed(3, "did not converge");
    assertFalse(failed.converged());
    assertEquals("study 3: no fit (did not converge)", failed.toString());
    MetaResult r = MetaAnalysis.randomEffects().fit(YI, VI);
    assertTrue(SensitivityStep.of(1, r).toString().startsWith("study 1: random-effects"));
  }

  @Test
  void configuredObjectsDescribeThemselves() {
    MetaAnalysis a = MetaAnalysis.randomEffects();
    assertEquals("leave-one-out of " + a, LeaveOneOut.of(a).toString());
    assertEquals("cumulative " + a, Cumulative.of(a).toString());
    assertEquals("influence diagnostics of " + a, Influence.of(a).toString());
    assertEquals(LeaveOneOut.of(a), LeaveOneOut.of(MetaAnalysis.randomEffects()));
    assertEquals(Influence.of(a).hashCode(), Influence.of(a).hashCode());
    assertEquals(a, Cumulative.of(a).analysis());
  }
}
