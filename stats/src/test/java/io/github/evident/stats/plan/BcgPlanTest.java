package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 13 BCG trials (dat.bcg) are pooled, and the plan's numbers equal metafor 3.8-1's REML fit
 * with the Knapp-Hartung test ({@code /metafor/bcg_rr.json}).
 */
class BcgPlanTest {

  private static final SynthesisPlan PLAN = SynthesisPlanner.withDefaults().plan(Fixtures.bcg());

  static JsonNode remlKnha() {
    for (JsonNode f : Fixtures.json("/metafor/bcg_rr.json").get("fits")) {
      if (f.get("method").asText().equals("REML") && f.get("test").asText().equals("knha")) {
        return f;
      }
    }
    throw new IllegalStateException("no REML knha fit");
  }

  static void close(double expected, double actual, String what) {
    double tol = Math.abs(expected) < 1e-3 ? 1e-9 : 1e-6 * Math.abs(expected);
    assertEquals(expected, actual, tol, what);
  }

  @Test
  void choosesMetaAnalysisOfLogRiskRatios() {
    assertEquals(SynthesisMethod.META_ANALYSIS, PLAN.conclusion());
    assertEquals(1, PLAN.groups().size());
    ComparisonGroup g = PLAN.groups().get(0);
    assertEquals("tuberculosis | bcg vaccine | two-group comparative", g.id());
    assertEquals(13, g.k());
    assertEquals(SynthesisMethod.META_ANALYSIS, g.decision().method());
    assertEquals("RR", g.decision().metric().orElseThrow().code());
    assertEquals(13, g.decision().contributingStudies().size());
    assertTrue(PLAN.has(ReasonCode.POOLABLE));
    assertTrue(g.decision().has(ReasonCode.RISK_OF_BIAS_UNKNOWN));
    assertFalse(g.decision().has(ReasonCode.PREDICTION_INTERVAL_OMITTED));
    assertFalse(g.decision().reasons().stream().anyMatch(Reason::blocking));
    assertTrue(g.decision().presentation().get(0).startsWith("forest plot"));
  }

  /** 13 pooled studies: the funnel plot and test are offered, with the Handbook's caveats. */
  @Test
  void offersATestForSmallStudyEffectsWithItsCaveats() {
    ComparisonGroup g = PLAN.groups().get(0);
    Reason r = g.decision().reason(ReasonCode.SMALL_STUDY_EFFECTS);
    assertFalse(r.blocking());
    assertEquals(13.0, r.number("studies"));
    assertEquals(10.0, r.number("minimum"));
    assertTrue(r.message().startsWith("with 13 studies (at least 10), draw a funnel plot and "
        + "test for small-study effects"), r.message());
    assertTrue(r.message().contains("the test has low power"), r.message());
    assertTrue(r.message().contains("asymmetry is not only publication bias"), r.message());
    assertFalse(g.decision().has(ReasonCode.SMALL_STUDY_TEST_OMITTED));
    assertTrue(g.decision().presentation().get(1).startsWith("funnel plot"),
        g.decision().presentation().toString());
    SwimChecklist swim = SwimChecklist.of(PLAN);
    assertTrue(swim.item(6).content().contains(g.id() + ": " + r.message()), swim.summary());
    assertTrue(swim.item(7).content().get(0).contains("funnel plot"), swim.summary());
  }

  @Test
  void perStudyEffectsEqualEscalc() {
    JsonNode ref = Fixtures.json("/metafor/bcg_rr.json");
    ComparisonGroup g = PLAN.groups().get(0);
    for (int i = 0; i < 13; i++) {
      StudyEvidence e = g.study(String.format("trial%02d", i + 1));
      assertEquals(DataLevel.EFFECT_WITH_VARIANCE, e.level());
      EffectSize es = e.effect(Metric.parse("RR")).orElseThrow();
      close(ref.get("yi").get(i).asDouble(), es.estimate(), "yi " + i);
      close(ref.get("vi").get(i).asDouble(), es.variance(), "vi " + i);
    }
  }

  /**
   * The planner's default (REML, Knapp-Hartung, metafor's default control) against
   * {@code rma(yi, vi, method = "REML", test = "knha")} from make-plan-reference.R.
   */
  @Test
  void defaultPlannerEqualsMetaforWithDefaultControl() {
    assertFit(Fixtures.reference().get("bcgRemlKnhaDefaultControl"), PLAN);
  }

  /**
   * The shared reference fit ({@code /metafor/bcg_rr.json}) used
   * {@code control = list(stepadj = 0.5, maxiter = 1000)}; the planner reproduces it when its
   * meta-analysis is configured the same way.
   */
  @Test
  void configuredPlannerEqualsSharedMetaforReference() {
    SynthesisPlan plan = SynthesisPlanner.withDefaults()
        .withMetaAnalysis(MetaAnalysis.randomEffects().withKnappHartung()
            .withStepAdjustment(0.5).withMaxIterations(1000))
        .plan(Fixtures.bcg());
    assertFit(remlKnha(), plan);
  }

  private static void assertFit(JsonNode f, SynthesisPlan plan) {
    MetaResult m = plan.groups().get(0).decision().metaAnalysis().orElseThrow();
    assertEquals(MetaResult.Test.KNAPP_HARTUNG, m.test());
    assertEquals(Tau2Estimator.REML, m.tau2Estimator().orElseThrow());
    close(f.get("estimate").asDouble(), m.estimate(), "estimate");
    close(f.get("se").asDouble(), m.standardError(), "se");
    close(f.get("pval").asDouble(), m.pValue(), "pval");
    close(f.get("ci_lb").asDouble(), m.ci().lower(), "ci_lb");
    close(f.get("ci_ub").asDouble(), m.ci().upper(), "ci_ub");
    close(f.get("tau2").asDouble(), m.tau2(), "tau2");
    close(f.get("I2").asDouble(), m.i2(), "I2");
    close(f.get("QE").asDouble(), m.q(), "QE");
    close(f.get("pi_lb").asDouble(), m.predictionInterval().orElseThrow().lower(), "pi_lb");
    close(f.get("pi_ub").asDouble(), m.predictionInterval().orElseThrow().upper(), "pi_ub");

    Reason het = plan.groups().get(0).decision().reason(ReasonCode.HETEROGENEITY);
    assertFalse(het.blocking());
    close(f.get("QE").asDouble(), het.number("q"), "q");
    assertEquals(12.0, het.number("qDf"));
    close(f.get("QEp").asDouble(), het.number("qP"), "QEp");
    close(f.get("I2").asDouble(), het.number("i2"), "i2");
    close(f.get("I2_ci").get(0).asDouble(), het.number("i2Lower"), "I2 lower");
    close(f.get("I2_ci").get(1).asDouble(), het.number("i2Upper"), "I2 upper");
    close(f.get("tau2").asDouble(), het.number("tau2"), "tau2");
    close(f.get("tau2_ci").get(0).asDouble(), het.number("tau2Lower"), "tau2 lower");
    close(f.get("tau2_ci").get(1).asDouble(), het.number("tau2Upper"), "tau2 upper");
    close(f.get("pi_lb").asDouble(), het.number("piLower"), "pi lower");
    close(f.get("pi_ub").asDouble(), het.number("piUpper"), "pi upper");
    // metafor's prediction interval (about -2.00 to 0.57) includes 0
    assertEquals(1.0, het.number("piIncludesNoEffect"));
    assertTrue(het.message().contains("considerable (75-100%)"), het.message());
    assertTrue(het.message().contains("spans the bands 'substantial' to 'considerable'"),
        het.message());
    assertTrue(het.message().contains("includes no effect"), het.message());
  }

  @Test
  void designsFromAllocationShareTheTwoGroupClass() {
    ComparisonGroup g = PLAN.groups().get(0);
    assertEquals(List.of(io.github.evident.core.model.DesignType.RANDOMIZED_TRIAL,
        io.github.evident.core.model.DesignType.CONTROLLED_CLINICAL_TRIAL), g.designs());
    assertFalse(PLAN.has(ReasonCode.DIFFERENT_DESIGNS));
  }

  @Test
  void swimChecklistLinksTheForestPlotAndHeterogeneity() {
    SwimChecklist swim = SwimChecklist.of(PLAN);
    assertEquals(SwimStatus.ADDRESSED, swim.item(5).status());
    assertEquals(SwimStatus.NOT_ADDRESSED, swim.item(6).status());
    assertTrue(swim.item(7).content().get(0).contains("forest plot"), swim.summary());
    assertTrue(swim.item(2).content().get(0).contains("RR"), swim.summary());
    assertTrue(swim.summary().contains("9. Limitations of the synthesis"));
  }
}
