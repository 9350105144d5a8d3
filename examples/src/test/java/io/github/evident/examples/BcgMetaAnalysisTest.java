package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.model.Review;
import io.github.evident.stats.bias.RegressionTest;
import io.github.evident.stats.bias.TrimAndFillResult;
import io.github.evident.stats.binary.PooledResult;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.RegressionResult;
import io.github.evident.stats.meta.SubgroupResult;
import io.github.evident.stats.plan.ComparisonGroup;
import io.github.evident.stats.plan.Metric;
import io.github.evident.stats.plan.SynthesisMethod;
import io.github.evident.stats.plan.SynthesisPlan;
import io.github.evident.stats.sensitivity.SensitivitySeries;
import org.junit.jupiter.api.Test;

/**
 * The BCG example against metafor 3.8-1: {@code rma(yi, vi, method = "REML")} on
 * {@code escalc("RR", ...)} of {@code dat.bcg} with {@code predict()}
 * (reference/make-examples-reference.R).
 */
class BcgMetaAnalysisTest {

  private static final Review REVIEW = ExampleData.bcgReview();
  private static final SynthesisPlan PLAN = BcgMetaAnalysis.plan(REVIEW);

  @Test
  void thePlannerChoosesMetaAnalysisOfAllThirteenTrials() {
    assertEquals(SynthesisMethod.META_ANALYSIS, PLAN.conclusion());
    assertEquals(1, PLAN.groups().size());
    ComparisonGroup g = PLAN.groups().get(0);
    assertEquals(13, g.decision().contributingStudies().size());
    assertEquals("RR", g.decision().metric().orElseThrow().code());
  }

  @Test
  void pooledResultEqualsMetafor() {
    JsonNode ref = Reference.bcg();
    MetaResult m = BcgMetaAnalysis.metaAnalysis(PLAN);
    Reference.close(ref.get("estimate").asDouble(), m.estimate(), "estimate");
    Reference.close(ref.get("se").asDouble(), m.standardError(), "se");
    Reference.close(ref.get("ci_lb").asDouble(), m.ci().lower(), "ci.lb");
    Reference.close(ref.get("ci_ub").asDouble(), m.ci().upper(), "ci.ub");
    Reference.close(ref.get("tau2").asDouble(), m.tau2(), "tau2");
    Reference.close(ref.get("I2").asDouble(), m.i2(), "I2");
    Reference.close(ref.get("tau2_ci").get(0).asDouble(), m.tau2Ci().orElseThrow().lower(),
        "tau2 ci.lb");
    Reference.close(ref.get("tau2_ci").get(1).asDouble(), m.tau2Ci().orElseThrow().upper(),
        "tau2 ci.ub");
    Reference.close(ref.get("I2_ci").get(0).asDouble(), m.i2Ci().orElseThrow().lower(),
        "I2 ci.lb");
    Reference.close(ref.get("I2_ci").get(1).asDouble(), m.i2Ci().orElseThrow().upper(),
        "I2 ci.ub");
    Reference.close(ref.get("QE").asDouble(), m.q(), "QE");
    Reference.close(ref.get("pi_lb").asDouble(), m.predictionInterval().orElseThrow().lower(),
        "pi.lb");
    Reference.close(ref.get("pi_ub").asDouble(), m.predictionInterval().orElseThrow().upper(),
        "pi.ub");
    // the values the brief and the README quote, at their printed precision
    assertEquals(-0.7145, m.estimate(), 5e-5);
    assertEquals(-1.0669, m.ci().lower(), 5e-5);
    assertEquals(-0.3622, m.ci().upper(), 5e-5);
    assertEquals(0.3132, m.tau2(), 5e-5);
    assertEquals(92.22, m.i2(), 5e-3);
    assertEquals(-1.8667, m.predictionInterval().orElseThrow().lower(), 5e-5);
    assertEquals(0.4376, m.predictionInterval().orElseThrow().upper(), 5e-5);
  }

  @Test
  void perTrialLogRiskRatiosEqualEscalc() {
    JsonNode ref = Reference.bcg();
    ComparisonGroup g = PLAN.groups().get(0);
    for (int i = 0; i < 13; i++) {
      var es = g.study(String.format("trial%02d", i + 1)).effect(Metric.parse("RR")).orElseThrow();
      Reference.close(ref.get("yi").get(i).asDouble(), es.estimate(), "yi " + i);
      Reference.close(ref.get("vi").get(i).asDouble(), es.variance(), "vi " + i);
    }
  }

  @Test
  void reportShowsThePooledResultAndTheForestPlot() throws Exception {
    String html = BcgMetaAnalysis.evidenceReport(REVIEW, PLAN).toHtml();
    org.w3c.dom.Document d = io.github.evident.report.Xhtml.parse(html);
    var svgs = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertEquals(6, svgs.getLength(), "forest, RevMan-style forest, funnel, leave-one-out, "
        + "bubble and subgroup forest plots; no PRISMA counts in dat.bcg");
    String forest = svgs.item(0).getTextContent();
    assertTrue(forest.contains("0.49 [0.34, 0.70]"), "pooled risk ratio exp(-0.7145)");
    // one label per study: trial 4 (authors "Hart & Sutherland", 1977) is Hart (1977) in the
    // forest plot and in the table of study characteristics alike
    assertTrue(forest.contains("Hart (1977)"), forest);
    assertTrue(io.github.evident.report.Xhtml.byId(d, "study-trial04").getTextContent()
        .contains("Hart (1977)"));
    assertFalse(html.contains("Hart &amp; Sutherland 1977"), "no second label");
    assertTrue(html.contains("Conclusion: meta-analysis of effect estimates"));
    // metafor: estimate -0.7145 [-1.0669, -0.3622], PI [-1.8667, 0.4376], I2 92.22% [81.91%,
    // 97.67%], tau2 0.3132 [0.1197, 1.1115]; report tables print them as the figures do
    assertTrue(html.contains("-0.71 [-1.07, -0.36]"), "pooled log RR and CI");
    assertTrue(html.contains("[-1.87, 0.44]"), "prediction interval");
    assertTrue(html.contains("92% [82%, 98%]"), "I2");
    assertTrue(html.contains("0.31 [0.12, 1.11]"), "tau2 with its Q-profile CI");
  }

  @Test
  void mantelHaenszelRiskRatioEqualsMetafor() {
    JsonNode ref = null;
    for (JsonNode n : Reference.bcgBinary().get("mh")) {
      if (n.get("measure").asText().equals("RR")) {
        ref = n;
      }
    }
    PooledResult mh = BcgMetaAnalysis.mantelHaenszel(REVIEW);
    Reference.close(ref.get("estimate").asDouble(), mh.estimate(), "MH log RR");
    Reference.close(ref.get("se").asDouble(), mh.standardError(), "MH se");
    Reference.close(ref.get("ci_lb").asDouble(), mh.ci().lower(), "MH ci.lb");
    Reference.close(ref.get("ci_ub").asDouble(), mh.ci().upper(), "MH ci.ub");
    Reference.close(ref.get("I2").asDouble(), mh.i2(), "MH I2");
    Reference.close(ref.get("QE").asDouble(), mh.q(), "MH Q");
  }

  @Test
  void smallStudyEffectsEqualMetafor() {
    BcgMetaAnalysis.Studies studies = BcgMetaAnalysis.studies(REVIEW, PLAN);
    JsonNode reg = null;
    for (JsonNode n : Reference.bcgBinary().get("regtest")) {
      if (n.get("model").asText().equals("rma") && n.get("predictor").asText().equals("sei")) {
        reg = n;
      }
    }
    RegressionTest egger = BcgMetaAnalysis.regressionTest(studies);
    Reference.close(reg.get("stat").asDouble(), egger.statistic(), "regtest z");
    Reference.close(reg.get("pval").asDouble(), egger.pValue(), "regtest p");
    Reference.close(reg.get("limit").asDouble(), egger.limitEstimate().orElseThrow(), "limit");
    Reference.close(reg.get("limit_ci_lb").asDouble(), egger.limitCi().orElseThrow().lower(),
        "limit ci.lb");
    JsonNode tf = Reference.bcgBinary().get("trimfill").get(0);
    TrimAndFillResult fill = BcgMetaAnalysis.trimAndFill(studies);
    assertEquals(tf.get("k0").asInt(), fill.k0());
    assertEquals(tf.get("side").asText(), fill.side().label());
    Reference.close(tf.get("estimate").asDouble(), fill.result().estimate(), "trimfill estimate");
    Reference.close(tf.get("ci_lb").asDouble(), fill.result().ci().lower(), "trimfill ci.lb");
    Reference.close(tf.get("tau2").asDouble(), fill.result().tau2(), "trimfill tau2");
  }

  @Test
  void leaveOneOutEqualsMetafor() {
    JsonNode ref = Reference.bcgBinary().get("leave1out");
    SensitivitySeries loo = BcgMetaAnalysis.leaveOneOut(BcgMetaAnalysis.studies(REVIEW, PLAN));
    assertEquals(13, loo.steps().size());
    for (int i = 0; i < 13; i++) {
      MetaResult fit = loo.steps().get(i).fit().orElseThrow();
      Reference.close(ref.get("estimate").get(i).asDouble(), fit.estimate(), "estimate " + i);
      Reference.close(ref.get("se").get(i).asDouble(), fit.standardError(), "se " + i);
      Reference.close(ref.get("tau2").get(i).asDouble(), fit.tau2(), "tau2 " + i);
    }
  }

  @Test
  void reportSaysHowRobustTheResultIs() {
    String html = BcgMetaAnalysis.evidenceReport(REVIEW, PLAN).toHtml();
    // metafor: rma.mh RR exp(-0.4537) = 0.6353 [0.5881, 0.6862]; regtest z = -0.8033,
    // p = 0.4218; trimfill k0 = 1 on the right; leave1out from exp(-0.7948) to exp(-0.6284)
    assertTrue(html.contains("RR 0.6353 [0.5881, 0.6862]"), "MH risk ratio");
    assertTrue(html.contains("z = -0.8033, p = 0.4218"), "regression test");
    assertTrue(html.contains("estimates 1 missing study on the right"), "trim and fill");
    assertTrue(html.contains("ranges from 0.4517 (omitting TPT (1980)) to 0.5334 (omitting "
        + "Hart (1977))"), "leave-one-out range");
  }

  @Test
  void heterogeneityIsExplainedAsMetaforDoes() {
    BcgMetaAnalysis.Studies studies = BcgMetaAnalysis.studies(REVIEW, PLAN);
    RegressionResult reg = BcgMetaAnalysis.latitudeRegression(REVIEW, studies);
    // metafor rma(yi, vi, mods = ~ ablat): ablat -0.0291 (se 0.0072), R2 75.62%, tau2 0.0764
    assertEquals(-0.0291016609280148, reg.coefficient("ablat").estimate(), 1e-6 * 0.0291);
    assertEquals(0.00719555475708091, reg.coefficient("ablat").standardError(), 1e-6 * 0.0072);
    assertEquals(75.6244783614905, reg.r2().orElseThrow(), 1e-6 * 75.6);
    SubgroupResult alloc = BcgMetaAnalysis.allocationSubgroups(REVIEW, studies);
    // metafor, subgroups by alloc with separate tau2: Q = 1.8614, df = 2, p = 0.3943
    assertEquals(1.86144614123119, alloc.between().statistic(), 1e-6 * 1.86);
    assertEquals(0.39426852329498, alloc.between().pValue(), 1e-6 * 0.394);
    String html = BcgMetaAnalysis.evidenceReport(REVIEW, PLAN).toHtml();
    assertTrue(html.contains("changes by -0.0291 per degree"), "meta-regression in the report");
    assertTrue(html.contains("Q = 1.8614 on 2 df, p = 0.3943"), "subgroups in the report");
    // metafor: subgroup differences Q = 1.8614, df = 2, p = 0.3943, printed as RevMan does
    assertTrue(BcgMetaAnalysis.allocationPlot(REVIEW, PLAN, studies).toSvg()
        .contains("Test for subgroup differences: Chi² = 1.86, df = 2 (P = 0.3943)"),
        "subgroup forest plot");
  }
}
