package io.github.evident.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every validation rule of the model, with the message it gives. */
class ValidationTest {

  private static void rejects(Executable e, String... fragments) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    for (String f : fragments) {
      assertTrue(x.getMessage().contains(f), () -> "'" + x.getMessage() + "' lacks '" + f + "'");
    }
  }

  private static Citation citation() {
    return Citation.builder().addAuthors("Gunn JKL").year(2016).title("t").build();
  }

  private static Study.Builder study(String id) {
    return Study.builder().id(id).citation(citation())
        .design(Design.of(DesignType.SINGLE_GROUP_PRE_POST));
  }

  @Test
  void negativeSd() {
    rejects(() -> ArmSummary.builder().mean(1).sd(-0.5).build(), "armSummary.sd", "-0.5");
    rejects(() -> PairedChange.builder().from("a").to("b").sdDifference(-2).build(),
        "pairedChange.sdDifference", "-2.0");
    rejects(() -> PairedChange.builder().from("a").to("b").sdBefore(-1).build(),
        "pairedChange.sdBefore", "-1.0");
  }

  @Test
  void negativeN() {
    rejects(() -> Population.builder().n(-3).build(), "population.n", "-3");
    rejects(() -> ArmSummary.builder().mean(1).n(0).build(), "armSummary.n", "0");
    rejects(() -> TwoByTwo.of(1, -1, 2, 3), "twoByTwo.b", "-1");
    rejects(() -> PrismaFlow.builder().recordsScreened(-5).build(), "prisma.recordsScreened",
        "-5");
  }

  @Test
  void nAnalysedAboveN() {
    rejects(() -> Population.builder().n(24).nAnalysed(25).build(), "population.nAnalysed",
        "25 > 24");
  }

  @Test
  void resultNAbovePopulationNNamesTheStudy() {
    Outcome o = Outcome.builder().construct("depression")
        .addResults(ArmSummary.builder().mean(9).n(40).build()).build();
    rejects(() -> study("gunn2016").population(Population.builder().n(24).build())
        .addOutcomes(o).build(), "study 'gunn2016'", "outcomes[0].results[0].n", "40", "24");
  }

  @Test
  void pOutsideUnitInterval() {
    rejects(() -> PValue.exactly(1.2), "p must be in [0, 1]", "1.2");
    rejects(() -> PValue.parse("p = 2"), "p must be in [0, 1]", "2.0");
    rejects(() -> PValue.parse("significant"), "p must look like", "'significant'");
  }

  @Test
  void ciLowerAboveUpper() {
    rejects(() -> EffectEstimate.builder().measure("OR").estimate(1.5)
        .ci(Interval.of(2.0, 1.0)).build(), "2.0", "1.0");
  }

  @Test
  void correlationOutOfRange() {
    rejects(() -> CorrelationResult.of(1.5, 20), "correlation.r", "1.5");
    rejects(() -> PairedChange.builder().from("a").to("b").correlation(-1.01).build(),
        "pairedChange.correlation", "-1.01");
  }

  @Test
  void proportionOutOfRangeOrEventsAboveN() {
    rejects(() -> Proportion.builder().proportion(28.9).build(), "proportion.proportion",
        "28.9");
    rejects(() -> Proportion.builder().proportion(0.5).events(11).n(10).build(),
        "proportion.events", "11 > 10");
  }

  @Test
  void nonFiniteNumbers() {
    rejects(() -> ArmSummary.builder().mean(Double.NaN).build(), "armSummary.mean", "NaN");
    rejects(() -> PairedChange.builder().from("a").to("b")
        .meanDifference(Double.POSITIVE_INFINITY).build(), "pairedChange.meanDifference",
        "Infinity");
  }

  @Test
  void negativeChiSquaredAndNonPositiveDf() {
    rejects(() -> TestStatistic.builder().kind(TestStatistic.Kind.CHI_SQUARED).value(-1)
        .build(), "CHI_SQUARED", "-1.0");
    rejects(() -> TestStatistic.builder().kind(TestStatistic.Kind.T).value(2).df(0).build(),
        "testStatistic.df", "0.0");
  }

  @Test
  void duplicateStudyIds() {
    rejects(() -> Review.builder().title("r").addStudies(study("gunn2016").build(),
        study("jeal2017").build(), study("gunn2016").build()).build(),
        "studies[2].id 'gunn2016'", "studies[0]");
  }

  @Test
  void unknownStudyReference() {
    rejects(() -> Review.builder().title("r").addStudies(
        study("felsher2018").addRelatedStudies("gun2016").build(), study("gunn2016").build())
        .build(), "study 'felsher2018'", "unknown study 'gun2016'");
    // the known ids are listed in the review's order, so the message is the same on every run
    rejects(() -> Review.builder().title("r").addStudies(study("wahab2006").build(),
        study("benoit2017").build(), study("arnold2000").build(),
        study("felsher2018").addRelatedStudies("gun2016").build()).build(),
        "known ids are [wahab2006, benoit2017, arnold2000, felsher2018]");
    rejects(() -> study("x").addRelatedStudies("x").build(), "study 'x'", "itself");
  }

  @Test
  void unknownTimePointReference() {
    rejects(() -> Outcome.builder().construct("self-esteem").addTimePoints("baseline", "exit")
        .addResults(PairedChange.builder().from("baseline").to("week 4").build()).build(),
        "outcome 'self-esteem'", "results[0].to", "'week 4'", "[baseline, exit]");
    rejects(() -> Outcome.builder().construct("c").addTimePoints("t1", "t1").build(),
        "timePoints[1]", "'t1'");
  }

  @Test
  void blankRequiredText() {
    rejects(() -> study(" ").build(), "study.id", "' '");
    rejects(() -> Outcome.builder().construct("").build(), "outcome.construct");
    rejects(() -> Intervention.of(" ", "d"), "intervention.category");
    rejects(() -> Review.builder().title("").build(), "review.title");
  }

  @Test
  void citationRules() {
    rejects(() -> Citation.builder().year(2016).title("t").build(), "citation.authors");
    rejects(() -> Citation.builder().addAuthors("A").year(16).title("t").build(),
        "citation.year", "16");
    rejects(() -> Citation.builder().addAuthors("A").year(2016).title("t")
        .doi("https://doi.org/10.1/x").build(), "citation.doi", "https://doi.org/10.1/x");
  }

  @Test
  void designComponentsOnlyForMixedMethods() {
    rejects(() -> Design.builder().type(DesignType.QUALITATIVE)
        .addComponents(DesignType.SINGLE_GROUP_PRE_POST).build(), "design.components",
        "QUALITATIVE");
  }

  @Test
  void oneAppraisalPerToolAndScope() {
    rejects(() -> study("decker2018").addAppraisals(StudyAppraisal.of("EPHPP", "WEAK"),
        StudyAppraisal.of("EPHPP", "MODERATE")).build(), "study 'decker2018'",
        "appraisals[1]", "EPHPP");
    // two scopes with the same tool, or two tools, are fine
    Study ok = study("decker2018").addAppraisals(
        StudyAppraisal.builder().tool("EPHPP").scope("quantitative").overallRating("WEAK")
            .build(),
        StudyAppraisal.builder().tool("NICE").scope("qualitative").overallRating("+").build())
        .build();
    assertEquals(2, ok.appraisals().size());
  }

  @Test
  void searchDatesAreIsoAndOrdered() {
    rejects(() -> SearchStrategy.builder().publishedFrom("Jan 2000").build(),
        "search.publishedFrom", "'Jan 2000'");
    rejects(() -> SearchStrategy.builder().publishedFrom("2020").publishedTo("2000").build(),
        "2020 > 2000");
  }

  @Test
  void scaleRangeAndDiscrepancy() {
    rejects(() -> ScaleRange.of(27, 0), "scaleRange.min", "27.0 >= 0.0");
    rejects(() -> new Discrepancy("population.n",
        List.of(new Discrepancy.ReportedValue("24", "Table 1"))), "population.n",
        "at least two");
  }

  @Test
  void collectionsCannotBeChangedAfterConstruction() {
    List<String> themes = new java.util.ArrayList<>(List.of("a"));
    Study s = study("x").addAllThemes(themes).build();
    themes.add("b");
    assertEquals(List.of("a"), s.themes());
    assertThrows(UnsupportedOperationException.class, () -> s.themes().add("c"));
  }

  @Test
  void aResultCannotHaveMoreParticipantsThanTheStudy() {
    Population twenty = Population.builder().n(20).build();
    rejects(() -> study("jeal2017").population(twenty).addOutcomes(Outcome.builder()
        .construct("wellbeing").addResults(ArmSummary.builder().mean(3).n(21).build()).build())
        .build(), "study 'jeal2017'", "outcomes[0].results[0].n", "20", "21");
    rejects(() -> study("jeal2017").population(twenty).addOutcomes(Outcome.builder()
        .construct("condom use").addResults(Proportion.builder().proportion(0.5).events(12)
            .n(24).build()).build())
        .build(), "study 'jeal2017'", "outcomes[0].results[0].n", "20", "24");
  }

  @Test
  void aProportionThatDisagreesWithItsCountsIsAWarning() {
    // 13 / 45 = 0.2889 reported as 28.9%: rounding, no warning; 0.5 with 3 of 10: a warning
    Outcome outcome = Outcome.builder().construct("knowledge of support programs")
        .addResults(Proportion.builder().proportion(0.289).events(13).n(45).build())
        .addResults(Proportion.builder().proportion(0.5).events(3).n(10).build()).build();
    Review r = Review.builder().title("r").addStudies(study("jeal2017").addOutcomes(outcome)
        .build()).build();
    List<ValidationWarning> w = r.warnings();
    assertEquals(1, w.size(), w::toString);
    assertEquals("outcomes[0].results[1]", w.get(0).field());
    assertEquals(java.util.Optional.of("jeal2017"), w.get(0).study());
    assertEquals(java.util.Optional.of("Gunn (2016)"), w.get(0).studyLabel());
    assertTrue(w.get(0).toString().startsWith("Gunn (2016): outcome 'knowledge of support "
        + "programs', result 2: reported proportion 0.5"), w.get(0)::toString);
    assertTrue(w.get(0).message().contains("0.5") && w.get(0).message().contains("3 / 10"),
        w.get(0)::message);
  }

  @Test
  void aStudyGoesByItsCitationsShortFormAndAWarningNamesItByBoth() {
    Study s = study("gunn2016").citation(Citation.builder().addAuthors("Gunn JKL", "Roth AM",
        "Center KA").year(2016).title("t").build()).build();
    assertEquals("Gunn et al. (2016)", s.label());
    assertEquals("study gunn2016: Gunn et al. (2016), single-group pre-post", s.toString());
    ValidationWarning w = ValidationWarning.ofStudy(s, "population.n", "24 vs 25");
    assertEquals("Gunn et al. (2016): 24 vs 25", w.toString());
    assertEquals("review: x", "review: " + ValidationWarning.ofReview("prisma", "x"));
    rejects(() -> new ValidationWarning(java.util.Optional.of("gunn2016"),
        java.util.Optional.empty(), "population.n", "24 vs 25"), "warning.studyLabel");
  }
}
