package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed review: "The heterogeneity of the interventions aims, study design, outcome measures
 * and sample populations precluded a meta-analysis of their results. A narrative synthesis
 * across qualitative and quantitative data is presented by intervention type." The counts below
 * are those of the review's Table 1 (three quantitative studies, seven qualitative, one of the
 * quantitative ones mixed methods).
 */
class SeedPlanTest {

  private static final SynthesisPlan PLAN = SynthesisPlanner.withDefaults().plan(Fixtures.seed());

  @Test
  void concludesNarrativeSynthesis() {
    assertEquals(SynthesisMethod.NARRATIVE, PLAN.conclusion());
    assertTrue(PLAN.groupsWith(SynthesisMethod.META_ANALYSIS).isEmpty());
    Set<ReasonCode> codes = PLAN.reasons().stream().map(Reason::code)
        .collect(Collectors.toSet());
    assertTrue(codes.containsAll(List.of(ReasonCode.DIFFERENT_CONSTRUCTS,
        ReasonCode.DIFFERENT_INTERVENTIONS, ReasonCode.DIFFERENT_DESIGNS,
        ReasonCode.DIFFERENT_INSTRUMENTS, ReasonCode.TOO_FEW_STUDIES,
        ReasonCode.MISSING_VARIANCE, ReasonCode.BOUNDED_P_VALUE, ReasonCode.HIGH_RISK_OF_BIAS,
        ReasonCode.QUALITATIVE_EVIDENCE)), codes.toString());
    assertFalse(codes.contains(ReasonCode.POOLABLE));
  }

  @Test
  void differentOutcomeConstructsAcrossTheThreeQuantitativeStudies() {
    Reason r = PLAN.reason(ReasonCode.DIFFERENT_CONSTRUCTS);
    assertTrue(r.blocking());
    assertEquals(3.0, r.number("quantitativeStudies"));
    // gunn2016: self-esteem, depression, anxiety; litchfield2010: quality of life, heroin use,
    // involvement in sex work; decker2018: safety behaviour, support programme awareness, HIV
    // risk behaviour, PTSD, depression -> 10 distinct constructs, only depression shared
    assertEquals(10.0, r.number("constructs"));
    assertEquals(1.0, r.number("sharedConstructs"));
    assertEquals(List.of("decker2018", "gunn2016", "litchfield2010"), r.studies());
  }

  @Test
  void differentInterventionsAndDesigns() {
    Reason i = PLAN.reason(ReasonCode.DIFFERENT_INTERVENTIONS);
    assertEquals(3.0, i.number("quantitativeCategories"));
    assertEquals(6.0, i.number("categories"));
    Reason d = PLAN.reason(ReasonCode.DIFFERENT_DESIGNS);
    assertEquals(2.0, d.number("designClasses"));
    assertEquals(3.0, d.number("designTypes"));
    assertEquals(8.0, d.number("qualitativeStudies"));
    assertTrue(d.message().contains("no quantitative study has a randomised or comparison group"),
        d.message());
  }

  @Test
  void everyQuantitativeComparisonHoldsOneStudy() {
    Reason r = PLAN.reason(ReasonCode.TOO_FEW_STUDIES);
    assertEquals(11.0, r.number("groups"));
    assertEquals(11.0, r.number("groupsBelowMinimum"));
    assertEquals(1.0, r.number("largestGroup"));
    for (ComparisonGroup g : PLAN.groups()) {
      if (!g.qualitative()) {
        assertTrue(g.decision().reason(ReasonCode.TOO_FEW_STUDIES).blocking());
        assertTrue(g.decision().method() == SynthesisMethod.NARRATIVE
            || g.decision().method() == SynthesisMethod.NONE, g.toString());
      }
    }
  }

  @Test
  void depressionInTwoStudiesIsNotOneComparison() {
    List<ComparisonGroup> dep = PLAN.groupsFor("Depression");
    assertEquals(2, dep.size());
    assertEquals(List.of("gunn2016"), dep.get(0).studyIds());
    assertEquals(List.of("Patient Health Questionnaire (PHQ-9)"), dep.get(0).instruments());
    assertEquals("Ecological momentary assessment", dep.get(0).interventionCategory());
    assertEquals(List.of("decker2018"), dep.get(1).studyIds());
    assertEquals(List.of("CES-D Depression Scale"), dep.get(1).instruments());
    assertEquals("Trauma-informed intervention", dep.get(1).interventionCategory());
    for (ComparisonGroup g : dep) {
      assertNotEquals(SynthesisMethod.META_ANALYSIS, g.decision().method());
      // both report only "p > 0.05" for the whole sample: a bound without direction
      StudyEvidence e = g.studies().get(0);
      assertEquals(DataLevel.NOTHING, e.level());
      assertFalse(e.p().orElseThrow().exact());
      assertTrue(e.reasons().stream().anyMatch(r -> r.code() == ReasonCode.BOUNDED_P_VALUE));
    }
    assertEquals(1, PLAN.splits().size());
    ConstructSplit split = PLAN.splits().get(0);
    assertEquals("depression", split.construct());
    assertEquals(List.of("decker2018", "gunn2016"), split.studyIds());
    assertEquals(List.of(ReasonCode.DIFFERENT_INTERVENTIONS, ReasonCode.DIFFERENT_INSTRUMENTS),
        split.reasons().stream().map(Reason::code).toList());
    assertEquals(2.0, split.reasons().get(0).number("categories"));
    assertEquals(2.0, split.reasons().get(1).number("instruments"));
  }

  @Test
  void gunnDepressionUsesTheWholeSampleNotTheSubgroup() {
    StudyEvidence e = PLAN.groupsFor("depression").get(0).study("gunn2016");
    assertEquals(2, e.comparisons());
    assertEquals(1, e.resultIndex().getAsInt());
    Reason sel = e.reasons().stream().filter(r -> r.code() == ReasonCode.RESULT_SELECTED)
        .findFirst().orElseThrow();
    assertEquals(2.0, sel.number("comparisons"));
    SynthesisPlan most = SynthesisPlanner.withDefaults()
        .withResultSelection(ResultSelection.MOST_INFORMATIVE).plan(Fixtures.seed());
    StudyEvidence sub = most.groupsFor("depression").get(0).study("gunn2016");
    assertEquals(2, sub.resultIndex().getAsInt());
    assertEquals(DataLevel.ESTIMATE_WITHOUT_VARIANCE, sub.level());
  }

  @Test
  void litchfieldQualityOfLifeNeedsAnAssumptionForAnEffectSize() {
    ComparisonGroup g = PLAN.groupsFor("quality of life").get(0);
    StudyEvidence e = g.study("litchfield2010");
    // reported: means 12.05 -> 8.97, p < .001, n = 34; no SD, no t, no exact p
    assertEquals(DataLevel.ESTIMATE_WITHOUT_VARIANCE, e.level());
    assertTrue(e.effects().isEmpty());
    assertEquals(8.97 - 12.05, e.estimate().getAsDouble(), 1e-12);
    assertEquals("MC", e.estimateMetric().orElseThrow().code());
    assertEquals(34, e.n().getAsInt());
    assertFalse(e.p().orElseThrow().exact());
    assertEquals(io.github.evident.stats.synthesis.EffectDirection.IMPROVEMENT,
        e.direction().orElseThrow());
    Reason missing = e.reasons().stream().filter(r -> r.code() == ReasonCode.MISSING_VARIANCE)
        .findFirst().orElseThrow();
    assertTrue(missing.message().contains("the SD of the differences"), missing.message());
    assertTrue(missing.message().contains("an exact p value or t statistic"), missing.message());
    Reason bound = e.reasons().stream().filter(r -> r.code() == ReasonCode.BOUNDED_P_VALUE)
        .findFirst().orElseThrow();
    JsonNode ref = Fixtures.reference().get("boundedP");
    assertEquals(ref.get("tLowerBound").asDouble(), bound.number("tBound"),
        1e-6 * ref.get("tLowerBound").asDouble());
    assertEquals(ref.get("dzLowerBound").asDouble(), bound.number("dzBound"),
        1e-6 * ref.get("dzLowerBound").asDouble());
    assertEquals(34.0, bound.number("n"));
    assertTrue(bound.message().contains("treating p < 0.001 as p = 0.0010"), bound.message());
    assertEquals(SynthesisMethod.NARRATIVE, g.decision().method());
  }

  @Test
  void qualitativeStudiesFormThematicGroupsByInterventionType() {
    List<ComparisonGroup> qual = PLAN.groups().stream().filter(ComparisonGroup::qualitative)
        .toList();
    assertEquals(6, qual.size());
    assertTrue(qual.stream().allMatch(g -> g.decision().method() == SynthesisMethod.THEMATIC));
    assertEquals(List.of("bodkin2015", "decker2018"),
        PLAN.group("qualitative | trauma-informed intervention").studyIds());
    assertEquals(List.of("preble2016", "wahab2006"),
        PLAN.group("qualitative | exiting and diversion programme").studyIds());
    Reason r = PLAN.reason(ReasonCode.QUALITATIVE_EVIDENCE);
    assertEquals(8.0, r.number("qualitativeStudies"));
    assertEquals(6.0, r.number("groups"));
    // decker2018's qualitative strand is rated '+' (NICE): only bodkin2015 ('-') is low quality
    assertEquals(List.of("bodkin2015"), PLAN.group("qualitative | trauma-informed intervention")
        .decision().reason(ReasonCode.HIGH_RISK_OF_BIAS).studies());
  }

  @Test
  void aMixedMethodsStudyCountsThroughItsQuantitativeComponent() {
    ComparisonGroup g = PLAN.groupsFor("safety behaviour").get(0);
    assertEquals("single-group pre-post", g.designClass().orElseThrow());
    assertEquals(List.of(io.github.evident.core.model.DesignType.MIXED_METHODS), g.designs());
  }

  @Test
  void allThreeQuantitativeStudiesAreRatedWeak() {
    Reason r = PLAN.reason(ReasonCode.HIGH_RISK_OF_BIAS);
    assertEquals(3.0, r.number("highRiskQuantitative"));
    assertEquals(3.0, r.number("quantitativeStudies"));
    assertFalse(r.blocking());
  }

  @Test
  void swimChecklistForTheSeed() {
    SwimChecklist swim = SwimChecklist.of(PLAN);
    assertEquals(SwimStatus.ADDRESSED, swim.item(1).status());
    assertEquals(SwimStatus.PARTLY, swim.item(5).status());
    assertEquals(SwimStatus.PARTLY, swim.item(6).status());
    assertTrue(swim.item(7).content().stream().anyMatch(c -> c.contains("effect direction plot")));
    assertTrue(swim.item(7).content().stream().noneMatch(c -> c.contains("forest plot")));
    assertTrue(swim.item(9).content().get(0).startsWith("different outcome constructs: "));
    assertEquals(SwimStatus.ADDRESSED, swim.item(3).status());
    assertEquals("SwimChecklist[7 addressed, 2 partly, 0 not addressed]", swim.toString());
  }

  @Test
  void summaryAndToStringAreReadable() {
    String s = PLAN.summary();
    assertTrue(s.startsWith("Synthesis plan: "), s);
    assertTrue(s.contains("Conclusion: narrative synthesis"), s);
    assertTrue(s.contains("[thematic synthesis of qualitative evidence] qualitative | peer "
        + "health initiative (k = 1)"), s);
    assertFalse(PLAN.toString().contains(System.lineSeparator()));
    // labels, not constant names such as POOLABLE or RISK_OF_BIAS_UNKNOWN
    Pattern constant = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    for (String text : List.of(s, PLAN.toString(), SwimChecklist.of(PLAN).summary())) {
      assertFalse(constant.matcher(text).find(), text);
    }
    assertTrue(PLAN.toString().startsWith("SynthesisPlan[Which psychosocial"), PLAN.toString());
  }
  @Test
  void sentencesNameStudiesByLabelAndDataByIdWithoutChangingTheReasons() {
    assertEquals("Gunn et al. (2016)", PLAN.label("gunn2016"));
    assertEquals(10, PLAN.studyLabels().size());
    List<String> ids = List.copyOf(PLAN.studyLabels().keySet());
    List<String> texts = new java.util.ArrayList<>();
    PLAN.reasons().forEach(r -> texts.add(r.message()));
    PLAN.splits().forEach(sp -> sp.reasons().forEach(r -> texts.add(r.message())));
    for (ComparisonGroup g : PLAN.groups()) {
      g.decision().reasons().forEach(r -> texts.add(r.message()));
      texts.addAll(g.themes());
      g.studies().forEach(e -> e.reasons().forEach(r -> texts.add(r.message())));
    }
    texts.add(PLAN.summary());
    texts.add(SwimChecklist.of(PLAN).summary());
    for (String text : texts) {
      for (String id : ids) {
        assertFalse(text.contains(id), () -> "'" + id + "' named by id in: " + text);
      }
    }
    Reason high = PLAN.reason(ReasonCode.HIGH_RISK_OF_BIAS);
    assertTrue(high.message().contains("(Gunn et al. (2016), Litchfield et al. (2010), "
        + "Arnold et al. (2000), Bodkin et al. (2015) and Decker et al. (2018))"),
        high.message());
    assertEquals(List.of("gunn2016", "litchfield2010", "arnold2000", "bodkin2015",
        "decker2018"), high.studies());
    assertTrue(PLAN.group("qualitative | peer health initiative").decision()
        .contributingStudies().contains("benoit2017"));
  }
}
