package io.github.evident.stats.plan;

import static io.github.evident.core.model.DesignType.CROSS_SECTIONAL;
import static io.github.evident.core.model.DesignType.RANDOMIZED_TRIAL;
import static io.github.evident.core.model.DesignType.SINGLE_GROUP_PRE_POST;
import static io.github.evident.core.model.Direction.HIGHER_IS_BETTER;
import static io.github.evident.core.model.Direction.LOWER_IS_BETTER;
import static io.github.evident.stats.plan.Studies.appraised;
import static io.github.evident.stats.plan.Studies.change;
import static io.github.evident.stats.plan.Studies.changeWithP;
import static io.github.evident.stats.plan.Studies.outcome;
import static io.github.evident.stats.plan.Studies.review;
import static io.github.evident.stats.plan.Studies.study;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.PValueMethod;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per planning rule. Numbers come from {@code /plan/reference.json} (R 4.2.2, metafor
 * 3.8-1; see make-plan-reference.R) or from the worked examples in the Cochrane Handbook and
 * the synthesis notes (Fisher's golden value, the 10-of-12 vote count).
 */
class PlannerRulesTest {

  private static final SynthesisPlanner PLANNER = SynthesisPlanner.withDefaults();
  private static final JsonNode REF = Fixtures.reference();

  private static void close(double expected, double actual, String what) {
    double tol = Math.abs(expected) < 1e-3 ? 1e-9 : 1e-6 * Math.abs(expected);
    assertEquals(expected, actual, tol, what);
  }

  private static ComparisonGroup only(SynthesisPlan plan) {
    assertEquals(1, plan.groups().size(), plan.summary());
    return plan.groups().get(0);
  }

  // ------------------------------------------------------------------------ too few studies

  @Test
  void aSingleStudyIsTooFewForAnySynthesis() {
    Review one = review(study("s1", RANDOMIZED_TRIAL, "vaccine",
        outcome("infection", "cases", LOWER_IS_BETTER, TwoByTwo.of(4, 119, 11, 128))));
    ComparisonGroup g = only(PLANNER.plan(one));
    assertEquals(SynthesisMethod.NARRATIVE, g.decision().method());
    Reason r = g.decision().reason(ReasonCode.TOO_FEW_STUDIES);
    assertTrue(r.blocking());
    assertEquals(1.0, r.number("studies"));
    assertEquals(2.0, r.number("minimum"));
    // configured down to one study, the same data are "pooled" (k = 1)
    ComparisonGroup g1 = only(PLANNER.withMinimumStudies(1).plan(one));
    assertEquals(SynthesisMethod.META_ANALYSIS, g1.decision().method());
    JsonNode bcg = Fixtures.json("/metafor/bcg_rr.json");
    close(bcg.get("yi").get(0).asDouble(), g1.decision().metaAnalysis().get().estimate(), "yi");
  }

  // ---------------------------------------------------------- variances derived from t or p

  @Test
  void missingVarianceIsDerivedFromTOrExactP() {
    JsonNode ex = REF.get("exactP");
    JsonNode pooled = REF.get("pairedPooled");
    Study fromT = study("a", SINGLE_GROUP_PRE_POST, "training", outcome("pain", "VAS",
        LOWER_IS_BETTER, change().meanDifference(-1.2).t(ex.get("t").asDouble()).n(20).build()));
    Study fromP = study("b", SINGLE_GROUP_PRE_POST, "training", outcome("pain", "VAS",
        LOWER_IS_BETTER, changeWithP(-0.8, "0.01", 30)));
    ComparisonGroup g = only(PLANNER.plan(review(fromT, fromP)));
    StudyEvidence a = g.study("a");
    EffectSize dz = a.effects().get(0);
    close(ex.get("dz").asDouble(), dz.estimate(), "d_z from t");
    close(ex.get("variance").asDouble(), dz.variance(), "var d_z from t");
    StudyEvidence b = g.study("b");
    close(pooled.get("yi").get(1).asDouble(), b.effects().get(0).estimate(), "d_z from p");
    close(pooled.get("vi").get(1).asDouble(), b.effects().get(0).variance(), "var from p");
    assertTrue(b.assumptions().get(0).contains("exact two-sided p"), b.assumptions().toString());

    assertEquals(SynthesisMethod.META_ANALYSIS, g.decision().method());
    assertEquals("SMCC", g.decision().metric().get().code());
    MetaResult m = g.decision().metaAnalysis().get();
    close(pooled.get("estimate").asDouble(), m.estimate(), "estimate");
    close(pooled.get("se").asDouble(), m.standardError(), "se");
    close(pooled.get("ci_lb").asDouble(), m.ci().lower(), "ci_lb");
    close(pooled.get("ci_ub").asDouble(), m.ci().upper(), "ci_ub");
    close(pooled.get("QE").asDouble(), m.q(), "QE");
    // the prediction interval is not reported with 2 < 5 studies
    assertTrue(g.decision().has(ReasonCode.PREDICTION_INTERVAL_OMITTED));
    // nor a test for small-study effects with 2 < 10 (Handbook 13.3.5.4)
    Reason noTest = g.decision().reason(ReasonCode.SMALL_STUDY_TEST_OMITTED);
    assertEquals(2.0, noTest.number("studies"));
    assertEquals(10.0, noTest.number("minimum"));
    assertTrue(noTest.message().contains("too little power"), noTest.message());
    assertFalse(g.decision().has(ReasonCode.SMALL_STUDY_EFFECTS));
    assertFalse(g.decision().presentation().stream().anyMatch(x -> x.contains("funnel")));
    assertFalse(g.decision().reason(ReasonCode.HETEROGENEITY).numbers().containsKey("piLower"));
  }

  @Test
  void exactPWithoutNSaysTheVarianceWouldBeDerivable() {
    Study s1 = study("a", SINGLE_GROUP_PRE_POST, "training", outcome("pain", "VAS",
        LOWER_IS_BETTER, change().p(PValue.exactly(0.04)).meanBefore(5).meanAfter(4).build()));
    StudyEvidence e = only(PLANNER.plan(review(s1))).study("a");
    assertEquals(DataLevel.ESTIMATE_WITHOUT_VARIANCE, e.level());
    assertTrue(e.exactPWithDirection());
    Reason r = e.reasons().stream().filter(x -> x.code() == ReasonCode.MISSING_VARIANCE)
        .findFirst().orElseThrow();
    assertEquals(1.0, r.number("derivableFromTOrP"));
    assertTrue(r.message().contains("the number of pairs n (with n, the exact p gives d_z)"),
        r.message());
  }

  // --------------------------------------------------------------------------- bounded p

  @Test
  void boundedPValuesAreNotExact() {
    JsonNode ref = REF.get("boundedP");
    Study s1 = study("a", SINGLE_GROUP_PRE_POST, "drug treatment", outcome("quality of life",
        "CISS", LOWER_IS_BETTER, change().meanBefore(12.05).meanAfter(8.97).n(34)
            .p(PValue.parse("p < .001")).build()));
    Study s2 = study("b", SINGLE_GROUP_PRE_POST, "drug treatment", outcome("quality of life",
        "CISS", LOWER_IS_BETTER, changeWithP(-2.5, "<0.05", 20)));
    ComparisonGroup g = only(PLANNER.plan(review(s1, s2)));
    StudyEvidence a = g.study("a");
    assertFalse(a.exactPWithDirection());
    Reason bound = a.reasons().stream().filter(x -> x.code() == ReasonCode.BOUNDED_P_VALUE)
        .findFirst().orElseThrow();
    close(ref.get("dzLowerBound").asDouble(), bound.number("dzBound"), "d_z bound");
    // both give raw mean changes on one instrument: a summary of estimates, not a meta-analysis
    assertEquals(SynthesisMethod.SUMMARY_OF_ESTIMATES, g.decision().method());
    assertEquals("MC", g.decision().metric().get().code());
    assertEquals(((8.97 - 12.05) + -2.5) / 2,
        ((Decision.SummaryOfEstimates) g.decision()).estimateSummary().median(),
        1e-12);
    assertEquals(2.0, g.decision().reason(ReasonCode.BOUNDED_P_VALUE).number("studies"));
    assertTrue(g.decision().reason(ReasonCode.MISSING_VARIANCE).blocking());
  }

  @Test
  void rawChangesOnDifferentInstrumentsFallBackToVoteCounting() {
    Study s1 = study("a", SINGLE_GROUP_PRE_POST, "x", outcome("depression", "PHQ-9",
        LOWER_IS_BETTER, changeWithP(-4.1, "<0.01", 24)));
    Study s2 = study("b", SINGLE_GROUP_PRE_POST, "x", outcome("Depression", "CES-D",
        LOWER_IS_BETTER, changeWithP(-3.0, "<0.05", 60)));
    ComparisonGroup g = only(PLANNER.plan(review(s1, s2)));
    assertTrue(g.decision().has(ReasonCode.DIFFERENT_INSTRUMENTS));
    assertEquals(SynthesisMethod.VOTE_COUNTING_BY_DIRECTION, g.decision().method());
    VoteCount v = ((Decision.VoteCounting) g.decision()).voteCount();
    assertEquals(2, v.favourable());
    // two-sided sign test for 2 of 2: 2 * (1/2)^2
    assertEquals(0.5, v.signTestP(), 1e-12);
  }

  // -------------------------------------------------------------------- opposite directions

  private static Review opposite() {
    return review(
        study("a", RANDOMIZED_TRIAL, "drug", outcome("death", "deaths", LOWER_IS_BETTER,
            TwoByTwo.of(10, 90, 40, 60))),
        study("b", RANDOMIZED_TRIAL, "drug", outcome("death", "deaths", LOWER_IS_BETTER,
            TwoByTwo.of(40, 60, 10, 90))));
  }

  @Test
  void effectsInOppositeDirectionsAreACaveatByDefault() {
    ComparisonGroup g = only(PLANNER.plan(opposite()));
    assertEquals(SynthesisMethod.META_ANALYSIS, g.decision().method());
    Reason r = g.decision().reason(ReasonCode.OPPOSITE_DIRECTIONS);
    assertFalse(r.blocking());
    assertEquals(1.0, r.number("above"));
    assertEquals(1.0, r.number("below"));
    assertEquals(List.of("b", "a"), r.studies());
  }

  @Test
  void effectsInOppositeDirectionsBlockPoolingWhenConfigured() {
    ComparisonGroup g = only(PLANNER.withOppositeDirectionsBlocking(true).plan(opposite()));
    assertTrue(g.decision().reason(ReasonCode.OPPOSITE_DIRECTIONS).blocking());
    assertEquals(SynthesisMethod.SUMMARY_OF_ESTIMATES, g.decision().method());
    assertEquals("RR", g.decision().metric().get().code());
  }

  // ------------------------------------------------------------------------ risk of bias

  private static Review bcgWithRatings(int lowRiskFrom) {
    List<Study> studies = new ArrayList<>();
    for (Study s : Fixtures.bcg().studies()) {
      int trial = Integer.parseInt(s.id().substring(5));
      studies.add(appraised(s, trial >= lowRiskFrom ? "Low" : "High"));
    }
    return review(studies);
  }

  @Test
  void highRiskOfBiasIsACaveatByDefault() {
    ComparisonGroup g = only(PLANNER.plan(bcgWithRatings(12)));
    assertEquals(SynthesisMethod.META_ANALYSIS, g.decision().method());
    assertEquals(13, g.decision().contributingStudies().size());
    Reason r = g.decision().reason(ReasonCode.HIGH_RISK_OF_BIAS);
    assertFalse(r.blocking());
    assertEquals(11.0, r.number("highRisk"));
  }

  @Test
  void highRiskStudiesAreKeptOutOfThePooledEstimateWhenConfigured() {
    JsonNode ref = REF.get("bcgLowRiskTrials12And13");
    ComparisonGroup g = only(PLANNER.withRiskOfBiasBlocking(true).plan(bcgWithRatings(12)));
    assertEquals(SynthesisMethod.META_ANALYSIS, g.decision().method());
    assertEquals(List.of("trial12", "trial13"), g.decision().contributingStudies());
    assertEquals(11.0, g.decision().reason(ReasonCode.STUDIES_OMITTED).number("omitted"));
    MetaResult m = g.decision().metaAnalysis().get();
    close(ref.get("estimate").asDouble(), m.estimate(), "estimate");
    close(ref.get("se").asDouble(), m.standardError(), "se");
    close(ref.get("ci_lb").asDouble(), m.ci().lower(), "ci_lb");
    close(ref.get("ci_ub").asDouble(), m.ci().upper(), "ci_ub");
  }

  @Test
  void highRiskOfBiasBlocksPoolingWhenTooFewLowRiskStudiesRemain() {
    ComparisonGroup g = only(PLANNER.withRiskOfBiasBlocking(true).plan(bcgWithRatings(13)));
    assertTrue(g.decision().reason(ReasonCode.HIGH_RISK_OF_BIAS).blocking());
    assertEquals(SynthesisMethod.SUMMARY_OF_ESTIMATES, g.decision().method());
    // custom labels: "Low" counted as high risk makes every trial high risk
    ComparisonGroup none = only(PLANNER.withHighRiskLabels(List.of("low", "HIGH"))
        .plan(bcgWithRatings(1)));
    assertEquals(13.0, none.decision().reason(ReasonCode.HIGH_RISK_OF_BIAS).number("highRisk"));
  }

  // ---------------------------------------------------------------------- heterogeneity

  @Test
  void heterogeneityBlocksOnlyWhenConfigured() {
    assertEquals(SynthesisMethod.META_ANALYSIS,
        only(PLANNER.withHeterogeneityBlocking(90).plan(Fixtures.bcg())).decision().method());
    ComparisonGroup g = only(PLANNER.withHeterogeneityBlocking(75).plan(Fixtures.bcg()));
    // metafor: I2 95% CI 81.9% to 97.7%; its lower limit reaches 75%
    assertTrue(g.decision().reason(ReasonCode.HETEROGENEITY).blocking());
    assertEquals(SynthesisMethod.SUMMARY_OF_ESTIMATES, g.decision().method());
    assertTrue(g.decision().metaAnalysis().isEmpty());
  }

  // -------------------------------------------------------------- derivations (escalc)

  @Test
  void meanChangeAndSmccFromTheSdOfTheDifferences() {
    Study s = study("a", SINGLE_GROUP_PRE_POST, "x", outcome("pain", "VAS", LOWER_IS_BETTER,
        change().meanDifference(-3.5).sdDifference(6.2).n(30).build()));
    StudyEvidence e = only(PLANNER.plan(review(s))).study("a");
    close(REF.get("mc").get("yi").asDouble(), effect(e, "MC").estimate(), "MC");
    close(REF.get("mc").get("vi").asDouble(), effect(e, "MC").variance(), "MC var");
    close(REF.get("smcc").get("yi").asDouble(), effect(e, "SMCC").estimate(), "SMCC");
    close(REF.get("smcc").get("vi").asDouble(), effect(e, "SMCC").variance(), "SMCC var");
  }

  @Test
  void meansAndSdsWithoutRNeedAnExplicitImputedCorrelation() {
    Study s = study("a", SINGLE_GROUP_PRE_POST, "x", outcome("pain", "VAS", LOWER_IS_BETTER,
        change().meanBefore(10.4).meanAfter(8.1).sdBefore(4.2).sdAfter(3.9).n(25).build()));
    StudyEvidence plain = only(PLANNER.plan(review(s))).study("a");
    assertEquals(DataLevel.ESTIMATE_WITHOUT_VARIANCE, plain.level());
    assertTrue(plain.reasons().get(0).message().contains("pre-post correlation r"),
        plain.reasons().toString());
    ComparisonGroup g = only(PLANNER.withImputedCorrelation(0.5).plan(review(s)));
    StudyEvidence e = g.study("a");
    EffectSize smcc = e.effect(Metric.parse("SMCC")).orElseThrow();
    close(REF.get("smccImputed").get("yi").asDouble(), smcc.estimate(), "yi");
    close(REF.get("smccImputed").get("vi").asDouble(), smcc.variance(), "vi");
    assertTrue(e.assumptions().stream().anyMatch(x -> x.contains("r = 0.50 imputed")));
    Reason sens = e.reasons().stream().filter(x -> x.code() == ReasonCode.IMPUTED_VALUE)
        .findFirst().orElseThrow();
    assertEquals(0.5, sens.number("imputedR"));
    assertTrue(g.decision().has(ReasonCode.IMPUTED_VALUE));
  }

  @Test
  void correlationsAndRatiosWithConfidenceIntervals() {
    Study c = study("c", CROSS_SECTIONAL, "x", outcome("wellbeing", "WHO-5", HIGHER_IS_BETTER,
        Studies.r(0.31, 50)));
    StudyEvidence ec = only(PLANNER.plan(review(c))).study("c");
    close(REF.get("zcor").get("yi").asDouble(), effect(ec, "ZCOR").estimate(), "zcor");
    close(REF.get("zcor").get("vi").asDouble(), effect(ec, "ZCOR").variance(), "zcor v");
    Study r = study("r", RANDOMIZED_TRIAL, "x", outcome("death", "deaths", LOWER_IS_BETTER,
        Studies.rr(0.72, 0.55, 0.95)));
    StudyEvidence er = only(PLANNER.plan(review(r))).study("r");
    close(REF.get("rrFromCi").get("estimate").asDouble(), effect(er, "RR").estimate(),
        "log RR");
    close(REF.get("rrFromCi").get("variance").asDouble(), effect(er, "RR").variance(),
        "var from CI");
    assertTrue(er.assumptions().get(0).contains("log RR scale"), er.assumptions().toString());
  }

  @Test
  void twoArmSummariesGiveMeanDifferenceAndSmd() {
    // dat.normand1999 study 1 (Edinburgh): escalc MD and SMD from /metafor/normand1999_*.json
    JsonNode in = Fixtures.json("/metafor/normand1999_md.json").get("inputs").get(0);
    Study s = study("edinburgh", RANDOMIZED_TRIAL, "stroke unit", outcome("length of stay",
        "days", LOWER_IS_BETTER,
        io.github.evident.core.model.ArmSummary.builder().group("specialist care")
            .mean(in.get("m1i").asDouble()).sd(in.get("sd1i").asDouble())
            .n(in.get("n1i").asInt()).build(),
        io.github.evident.core.model.ArmSummary.builder().group("routine care")
            .mean(in.get("m2i").asDouble()).sd(in.get("sd2i").asDouble())
            .n(in.get("n2i").asInt()).build()));
    StudyEvidence e = only(PLANNER.plan(review(s))).study("edinburgh");
    JsonNode md = Fixtures.json("/metafor/normand1999_md.json");
    JsonNode smd = Fixtures.json("/metafor/normand1999_smd.json");
    close(md.get("yi").get(0).asDouble(), effect(e, "MD").estimate(), "MD");
    close(md.get("vi").get(0).asDouble(), effect(e, "MD").variance(), "MD var");
    close(smd.get("yi").get(0).asDouble(), effect(e, "SMD").estimate(), "SMD");
    close(smd.get("vi").get(0).asDouble(), effect(e, "SMD").variance(), "SMD var");
    assertEquals(io.github.evident.stats.synthesis.EffectDirection.IMPROVEMENT,
        e.direction().get());
  }

  @Test
  void genericEstimatesPoolOnlyWithTheSameReportedMeasure() {
    io.github.evident.core.model.EffectEstimate hr = io.github.evident.core.model.EffectEstimate
        .builder().measure("HR").estimate(0.8).ci(io.github.evident.core.Interval.of(0.6, 1.1))
        .build();
    io.github.evident.core.model.EffectEstimate irr = io.github.evident.core.model
        .EffectEstimate.builder().measure("IRR").estimate(0.7)
        .ci(io.github.evident.core.Interval.of(0.5, 0.98)).build();
    ComparisonGroup g = only(PLANNER.plan(review(
        study("a", RANDOMIZED_TRIAL, "x", outcome("relapse", "time", LOWER_IS_BETTER, hr)),
        study("b", RANDOMIZED_TRIAL, "x", outcome("relapse", "time", LOWER_IS_BETTER, irr)))));
    assertTrue(g.study("a").effect(Metric.parse("GEN:HR")).isPresent());
    assertTrue(g.decision().has(ReasonCode.INCOMPATIBLE_MEASURES));
    assertFalse(g.decision().method() == SynthesisMethod.META_ANALYSIS);
  }

  @Test
  void aSecondOutcomeWithTheSameConstructIsNamed() {
    Study s = study("a", RANDOMIZED_TRIAL, "x",
        outcome("death", "deaths at 1 year", LOWER_IS_BETTER, TwoByTwo.of(10, 90, 20, 80)),
        outcome("Death", "deaths at 2 years", LOWER_IS_BETTER, TwoByTwo.of(15, 85, 25, 75)));
    StudyEvidence e = only(PLANNER.plan(review(s))).study("a");
    assertEquals("deaths at 1 year", e.instrument().get());
    assertTrue(e.reasons().stream().anyMatch(r -> r.code() == ReasonCode.RESULT_SELECTED
        && r.number("outcomes") == 2.0), e.reasons().toString());
  }

  // ----------------------------------------------------------------- lower tiers

  @Test
  void exactPValuesWithDirectionAreCombined() {
    // two-sided p in the direction of improvement -> one-sided 0.01, 0.02, 0.3, 0.5; Fisher:
    // chi-squared 20.83 on 8 df, p = 0.00762 (golden value of the synthesis notes)
    String[] p = {"0.02", "0.04", "0.6", "1"};
    List<Study> studies = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      studies.add(study("s" + i, RANDOMIZED_TRIAL, "x", outcome("function", "scale",
          HIGHER_IS_BETTER, Studies.t(1.0 + i, p[i]))));
    }
    ComparisonGroup g = only(PLANNER.plan(review(studies)));
    assertEquals(SynthesisMethod.COMBINED_P_VALUES, g.decision().method());
    CombinedPValue c = ((Decision.CombinedPValues) g.decision()).combinedP();
    assertEquals(PValueMethod.FISHER, c.method());
    assertEquals(20.83, c.statistic(), 0.005);
    assertEquals(0.00762, c.pValue(), 0.000005);
    Decision stouffer = only(PLANNER.withPValueMethod(PValueMethod.STOUFFER)
        .plan(review(studies))).decision();
    assertEquals(PValueMethod.STOUFFER, ((Decision.CombinedPValues) stouffer).combinedP()
        .method());
  }

  @Test
  void directionsAloneGiveAVoteCount() {
    // Cochrane Handbook 12.4.2.3: 10 of 12 studies favour the intervention -> 83%
    // (95% CI 55% to 95%), sign test P = 0.039
    List<Study> studies = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      studies.add(study("s" + (i < 10 ? "0" : "") + i, RANDOMIZED_TRIAL, "x",
          outcome("function", "scale", HIGHER_IS_BETTER, Studies.z(i < 10 ? 2.5 : -2.5,
              "<0.05"))));
    }
    ComparisonGroup g = only(PLANNER.plan(review(studies)));
    assertEquals(DataLevel.DIRECTION_ONLY, g.studies().get(0).level());
    assertEquals(SynthesisMethod.VOTE_COUNTING_BY_DIRECTION, g.decision().method());
    VoteCount v = ((Decision.VoteCounting) g.decision()).voteCount();
    assertEquals(10, v.favourable());
    assertEquals(12, v.n());
    assertEquals(0.83, v.proportion(), 0.005);
    assertEquals(0.55, v.wilson().lower(), 0.005);
    assertEquals(0.95, v.wilson().upper(), 0.005);
    assertEquals(0.039, v.signTestP(), 0.0005);
    assertTrue(g.decision().has(ReasonCode.OPPOSITE_DIRECTIONS));
  }

  @Test
  void studiesShowingNoChangeAreNotVotes() {
    // a zero mean change has a direction of "no change": not a vote for either side
    ComparisonGroup g = only(PLANNER.plan(review(
        study("a", SINGLE_GROUP_PRE_POST, "x", outcome("pain", "VAS", LOWER_IS_BETTER,
            change().meanDifference(0).p(PValue.parse("p > 0.05")).build())),
        study("b", SINGLE_GROUP_PRE_POST, "x", outcome("pain", "NRS", LOWER_IS_BETTER,
            change().meanDifference(0).p(PValue.parse("p > 0.05")).build())))));
    assertFalse(g.decision() instanceof Decision.VoteCounting);
    assertEquals(SynthesisMethod.NARRATIVE, g.decision().method());
  }

  @Test
  void aMetaAnalysisThatCannotBeFittedIsReportedNotReplaced() {
    // identical tables: the Knapp-Hartung residual sum of squares is 0
    ComparisonGroup g = only(PLANNER.plan(review(
        study("a", RANDOMIZED_TRIAL, "x", outcome("death", "deaths", LOWER_IS_BETTER,
            TwoByTwo.of(10, 90, 20, 80))),
        study("b", RANDOMIZED_TRIAL, "x", outcome("death", "deaths", LOWER_IS_BETTER,
            TwoByTwo.of(10, 90, 20, 80))))));
    Reason r = g.decision().reason(ReasonCode.FIT_FAILED);
    assertTrue(r.blocking());
    assertTrue(r.message().contains("Knapp-Hartung"), r.message());
    assertEquals(SynthesisMethod.SUMMARY_OF_ESTIMATES, g.decision().method());
    // the z test fits the same data
    assertEquals(SynthesisMethod.META_ANALYSIS, only(PLANNER.withMetaAnalysis(
        io.github.evident.stats.meta.MetaAnalysis.randomEffects()).plan(review(
            study("a", RANDOMIZED_TRIAL, "x", outcome("death", "deaths", LOWER_IS_BETTER,
                TwoByTwo.of(10, 90, 20, 80))),
            study("b", RANDOMIZED_TRIAL, "x", outcome("death", "deaths", LOWER_IS_BETTER,
                TwoByTwo.of(10, 90, 20, 80)))))).decision().method());
  }

  @Test
  void outcomesWithoutResultsGiveNoSynthesis() {
    Study s1 = study("a", RANDOMIZED_TRIAL, "x", outcome("sleep", "diary", HIGHER_IS_BETTER));
    Study s2 = study("b", RANDOMIZED_TRIAL, "x", outcome("sleep", "diary", HIGHER_IS_BETTER));
    ComparisonGroup g = only(PLANNER.plan(review(s1, s2)));
    assertEquals(SynthesisMethod.NONE, g.decision().method());
    assertTrue(g.decision().reason(ReasonCode.NO_USABLE_DATA).blocking());
  }

  @Test
  void designsInDifferentClassesAreSeparateComparisons() {
    Study rct = study("a", RANDOMIZED_TRIAL, "x", outcome("death", "deaths", LOWER_IS_BETTER,
        TwoByTwo.of(10, 90, 20, 80)));
    Study pre = study("b", SINGLE_GROUP_PRE_POST, "x", outcome("Death ", "deaths",
        LOWER_IS_BETTER, changeWithP(-1, "0.03", 20)));
    SynthesisPlan plan = PLANNER.plan(review(rct, pre));
    assertEquals(2, plan.groupsFor("death").size());
    // the trial gives a log risk ratio, the pre-post study a d_z: different metrics as well
    assertEquals(List.of(ReasonCode.DIFFERENT_DESIGNS, ReasonCode.INCOMPATIBLE_MEASURES),
        plan.splits().get(0).reasons().stream().map(Reason::code).toList());
    // one class for both: one comparison
    SynthesisPlan merged = PLANNER.withDesignClasses(List.of(DesignClass.of("any",
        RANDOMIZED_TRIAL, SINGLE_GROUP_PRE_POST))).plan(review(rct, pre));
    assertEquals(1, merged.groupsFor("death").size());
  }

  // --------------------------------------------------------------------------- bad input

  @Test
  void badConfigurationIsRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PLANNER.withMinimumStudies(0));
    assertTrue(e.getMessage().contains("minimumStudies") && e.getMessage().contains("0"));
    e = assertThrows(IllegalArgumentException.class, () -> PLANNER.withImputedCorrelation(1.5));
    assertTrue(e.getMessage().contains("imputedCorrelation") && e.getMessage().contains("1.5"));
    e = assertThrows(IllegalArgumentException.class, () -> PLANNER.withBinaryMeasure(
        io.github.evident.stats.effect.Measure.SMD));
    assertTrue(e.getMessage().contains("SMD"));
    e = assertThrows(IllegalArgumentException.class,
        () -> DesignClass.of("q", DesignType.QUALITATIVE));
    assertTrue(e.getMessage().contains("QUALITATIVE"));
    assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(null));
    assertThrows(IllegalArgumentException.class, () -> PLANNER.withHeterogeneityBlocking(120));
    e = assertThrows(IllegalArgumentException.class, () -> PLANNER.withResultSelection(null));
    assertTrue(e.getMessage().contains("resultSelection"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PLANNER.withDesignClasses(List.of()));
    assertTrue(e.getMessage().contains("designClasses"), e.getMessage());
  }

  @Test
  void settingsChangeOneFieldAndKeepTheOthers() {
    PlannerSettings s = PLANNER.withSensitivityCorrelations(0.3).withRiskOfBiasBlocking(true)
        .settings();
    assertEquals(List.of(0.3), s.sensitivityCorrelations());
    assertTrue(s.riskOfBiasBlocks());
    assertEquals(PLANNER.settings().designClasses(), s.designClasses());
    assertEquals(PLANNER.settings().highRiskLabels(), s.highRiskLabels());
    assertEquals(2, s.minimumStudies());
  }

  @Test
  void aNonPositiveRatioEstimateNamesTheStudy() {
    Study r = study("bad", RANDOMIZED_TRIAL, "x", outcome("death", "deaths", LOWER_IS_BETTER,
        Studies.rr(0, 0.5, 0.9)));
    StudyEvidence e = only(PLANNER.plan(review(r))).study("bad");
    assertEquals(DataLevel.NOTHING, e.level());
    Reason why = e.reasons().stream().filter(x -> x.code() == ReasonCode.UNUSABLE_VALUE)
        .findFirst().orElseThrow();
    assertEquals(List.of("bad"), why.studies());
    assertTrue(why.message().startsWith("Author (2020), 'death': no usable log RR")
        && why.message().contains("the reported RR, 0, has no logarithm"), why.message());
  }

  @Test
  void configuredPlannersAreImmutable() {
    SynthesisPlanner p = PLANNER.withMinimumStudies(3);
    assertEquals(2, PLANNER.settings().minimumStudies());
    assertEquals(3, p.settings().minimumStudies());
    assertTrue(p.toString().startsWith("SynthesisPlanner[minimum 3 studies"), p.toString());
  }

  @Test
  void rawDifferencesOnDifferentInstrumentsAreNotConvertibleAndNotPooled() {
    Review r = review(
        study("a", RANDOMIZED_TRIAL, "x", outcome("pain", "VAS", LOWER_IS_BETTER,
            io.github.evident.core.model.EffectEstimate.builder().measure("MD").estimate(-1.0)
                .se(0.4).build())),
        study("b", RANDOMIZED_TRIAL, "x", outcome("pain", "NRS", LOWER_IS_BETTER,
            io.github.evident.core.model.EffectEstimate.builder().measure("MD").estimate(-2.0)
                .se(0.5).build())),
        study("c", RANDOMIZED_TRIAL, "x", outcome("pain", "NRS", LOWER_IS_BETTER,
            io.github.evident.core.model.EffectEstimate.builder().measure("MD").estimate(-1.5)
                .se(0.5).build())));
    Decision d = PLANNER.plan(r).groups().get(0).decision();
    assertFalse(d.method() == SynthesisMethod.META_ANALYSIS, d.toString());
    assertTrue(d.has(ReasonCode.DIFFERENT_INSTRUMENTS), d.toString());
    Reason incompatible = d.reason(ReasonCode.INCOMPATIBLE_MEASURES);
    assertEquals(List.of("a", "b", "c"), incompatible.studies());
    assertTrue(incompatible.message().endsWith("cannot be converted to one common metric"),
        incompatible.message());
  }

  @Test
  void aReportedPOfZeroIsABoundNotAnExactPValue() {
    Review r = review(
        study("a", SINGLE_GROUP_PRE_POST, "x", outcome("pain", "VAS", LOWER_IS_BETTER,
            change().meanDifference(-2.0).p(PValue.parse("p = .000")).build())),
        study("b", SINGLE_GROUP_PRE_POST, "x", outcome("pain", "NRS", LOWER_IS_BETTER,
            change().meanDifference(-1.0).p(PValue.parse("0.03")).build())),
        study("c", SINGLE_GROUP_PRE_POST, "x", outcome("pain", "VAS", LOWER_IS_BETTER,
            change().meanDifference(-1.5).p(PValue.parse("0.2")).build())));
    Decision d = PLANNER.plan(r).groups().get(0).decision();
    assertFalse(PValue.parse("p = .000").exact());
    assertTrue(d.has(ReasonCode.BOUNDED_P_VALUE), d.toString());
    assertFalse(d.contributingStudies().contains("a")
        && d.method() == SynthesisMethod.COMBINED_P_VALUES, "a p of zero cannot be combined: " + d);
  }

  private static EffectSize effect(StudyEvidence e, String metric) {
    return e.effect(Metric.parse(metric)).orElseThrow();
  }
}
