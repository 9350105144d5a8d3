package io.github.evident.appraisal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Component;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.Scale;
import io.github.evident.appraisal.TableRule;
import io.github.evident.appraisal.WorstOf;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.core.model.StudyAppraisal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewAgreementTest {

  /** One item, one component, rated as answered: a rule set a user writes in a few lines. */
  static final Scale SCALE = Scale.of("quality", "STRONG", "MODERATE", "WEAK");
  static final RuleSet DIRECT = RuleSet.of("direct", Checklist.of("Direct", "1",
      List.of(Item.of("q", "Overall quality", "1", "strong", "2", "moderate", "3", "weak")),
      List.of(Component.of("X", "quality", "q"))), SCALE, List.of(
          TableRule.of("X-strong", "X", "STRONG", "q=1"),
          TableRule.of("X-moderate", "X", "MODERATE", "q=2"),
          TableRule.of("X-weak", "X", "WEAK", "q=3")),
      WorstOf.of("worst", "the worst component", SCALE));

  /** Dual reviews whose rating pairs reproduce a contingency table. */
  static List<DualReview> reviewsWithTable(int[][] table) {
    List<DualReview> out = new ArrayList<>();
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table.length; j++) {
        for (int c = 0; c < table[i][j]; c++) {
          Map<String, RecordedDualReview.Reviewer> two = new LinkedHashMap<>();
          two.put("KT", new RecordedDualReview.Reviewer(Answers.of("q", "" + (i + 1)), null));
          two.put("DM", new RecordedDualReview.Reviewer(Answers.of("q", "" + (j + 1)), null));
          out.add(new RecordedDualReview("s" + out.size(), "Direct", "1", Optional.empty(), two,
              List.of()).replay(DIRECT));
        }
      }
    }
    return out;
  }

  @Test
  void matchesStatsmodelsOnTheReferenceTable() {
    // kappa.json case "ephpp_three_level" (statsmodels cohens_kappa; see agreement/README.md)
    int[][] table = {{11, 3, 1}, {2, 14, 4}, {0, 3, 22}};
    ReviewAgreement a = ReviewAgreement.of(reviewsWithTable(table));
    assertEquals(List.of("X", Ruling.GLOBAL), a.targets());
    for (String target : a.targets()) {
      ReviewAgreement.TargetAgreement t = a.target(target);
      assertEquals(60, t.pairs());
      assertEquals(78.33333333333333, t.percentAgreement().getAsDouble(), 1e-9);
      assertEquals(0.6652360515021459, t.kappa().orElseThrow().kappa(), 1e-12);
      assertEquals(0.08178074365995265, t.kappa().orElseThrow().standardError(), 1e-12);
      assertEquals(0.7254901960784313, t.linearKappa().orElseThrow().kappa(), 1e-12);
      assertEquals(0.5850846078650105, t.linearKappa().orElseThrow().ci().lower(), 1e-12);
    }
    assertTrue(a.summary().contains("0.6652 [0.5049, 0.8255]"), a::summary);
  }

  @Test
  void zeroWidthIntervalsFromThreeAgreeingPairsAreMarkedAndExplained() {
    // three pairs in full agreement: kappa = 1 with standard error 0
    ReviewAgreement a = ReviewAgreement.of(reviewsWithTable(new int[][] {{2, 0, 0},
        {0, 1, 0}, {0, 0, 0}}));
    String s = a.summary();
    assertTrue(s.contains("1.0000 [1.0000, 1.0000]\u2020"), s);
    assertTrue(s.contains("\n\u2020 zero-width interval: the large-sample standard error is 0"),
        s);
    assertFalse(s.contains("* interval truncated"), s);
  }

  @Test
  void aTargetAgreementIsCheckedWhenMade() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReviewAgreement.TargetAgreement("A", List.of("low", "high"), 0, 0,
            java.util.OptionalDouble.of(100), java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
    assertEquals("agreement on 'A': no pairs, so no statistic can be given", e.getMessage());
    List<String> categories = new ArrayList<>(List.of("low", "high"));
    ReviewAgreement.TargetAgreement t = new ReviewAgreement.TargetAgreement("A", categories, 0,
        0, java.util.OptionalDouble.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
    categories.add("unclear");
    assertEquals(List.of("low", "high"), t.categories(), "the caller's list is copied");
    assertThrows(UnsupportedOperationException.class, () -> t.categories().add("x"));
  }

  @Test
  void undefinedKappaIsSaidNotThrown() {
    ReviewAgreement a = ReviewAgreement.of(reviewsWithTable(new int[][] {{0, 0, 0},
        {0, 0, 0}, {0, 0, 3}}));
    ReviewAgreement.TargetAgreement t = a.target("X");
    assertEquals(100.0, t.percentAgreement().getAsDouble());
    assertTrue(t.kappa().isEmpty());
    assertTrue(t.note().orElseThrow().contains("kappa undefined"));
    assertEquals(1.0, t.ac1().orElseThrow().ac1(), 1e-12);
  }

  @Test
  void undeterminedRatingsAreCountedAndLeftOut() {
    // (A1=2, A2=1) is a gap of the EPHPP dictionary: component A stays UNDETERMINED
    Answers gap = Answers.of("A1", "2", "A2", "1", "B", "1", "C1", "2", "D1", "2", "D2", "2",
        "E1", "1", "E2", "1", "F1", "1", "F2", "1");
    Answers strong = Answers.of("A1", "1", "A2", "1", "B", "1", "C1", "2", "D1", "2", "D2", "2",
        "E1", "1", "E2", "1", "F1", "1", "F2", "1");
    DualReview d1 = DualReview.of("s1", Ephpp.dictionary().appraise("KT", gap),
        Ephpp.dictionary().appraise("DM", strong));
    DualReview d2 = DualReview.of("s2", Ephpp.dictionary().appraise("KT", strong),
        Ephpp.dictionary().appraise("DM", strong));
    ReviewAgreement a = ReviewAgreement.of(List.of(d1, d2));
    assertEquals(List.of("A", "B", "C", "D", "E", "F", Ruling.GLOBAL), a.targets());
    assertEquals(1, a.target("A").pairs());
    assertEquals(1, a.target("A").undetermined());
    assertEquals(2, a.target("B").pairs());
  }

  @Test
  void mixingRuleSetsIsRejectedNamingTheStudy() {
    DualReview direct = reviewsWithTable(new int[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}}).get(0);
    Answers a = Answers.of("A1", "1", "A2", "1", "B", "1", "C1", "2", "D1", "2", "D2", "2",
        "E1", "1", "E2", "1", "F1", "1", "F2", "1");
    DualReview ephpp = DualReview.of("gunn2016", Ephpp.dictionary().appraise("KT", a),
        Ephpp.dictionary().appraise("DM", a));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReviewAgreement.of(List.of(direct, ephpp)));
    assertTrue(e.getMessage().contains("study 'gunn2016'"), e.getMessage());
  }

  @Test
  void recordedReviewsWithNullEntriesAreRejectedWithTheirPlace() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecordedDualReview.read("{\"schemaVersion\":\"1.0\",\"dualReviews\":[null]}"));
    assertTrue(e.getMessage().startsWith("$.dualReviews[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
    String json = "{\"schemaVersion\":\"1.0\",\"dualReviews\":[{\"study\":\"s\","
        + "\"tool\":\"Direct\",\"toolVersion\":\"1\",\"reviewers\":{\"A\":null,"
        + "\"B\":{\"answers\":{\"q\":\"1\"}}}}]}";
    e = assertThrows(IllegalArgumentException.class, () -> RecordedDualReview.read(json));
    assertTrue(e.getMessage().startsWith("$.dualReviews[0].reviewers.A (line 1, column "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("must not be null"), e.getMessage());
    Map<String, RecordedDualReview.Reviewer> two = new LinkedHashMap<>();
    two.put("A", null);
    two.put("B", new RecordedDualReview.Reviewer(Answers.of("q", "1"), null));
    e = assertThrows(IllegalArgumentException.class,
        () -> new RecordedDualReview("s", "Direct", "1", Optional.empty(), two, null));
    assertTrue(e.getMessage().startsWith("dual review of study 's': reviewers must not hold "
        + "null"), e.getMessage());
  }

  @Test
  void recordedReviewsRoundTripAndReplay() {
    Map<String, RecordedDualReview.Reviewer> two = new LinkedHashMap<>();
    two.put("KT", new RecordedDualReview.Reviewer(Answers.of("q", "1"), null));
    two.put("DM", new RecordedDualReview.Reviewer(Answers.of("q", "2"), null));
    RecordedDualReview r = new RecordedDualReview("gunn2016", "Direct", "1",
        Optional.of("quant"), two, List.of(Resolution.item("q", "2", Reason.STUDY_INTERPRETATION, "LS")));
    String json = RecordedDualReview.write(List.of(r));
    List<RecordedDualReview> back = RecordedDualReview.read(json);
    assertEquals(List.of(r), back);
    assertEquals(List.of("KT", "DM"), List.copyOf(back.get(0).reviewers().keySet()));
    DualReview d = back.get(0).replay(DIRECT);
    assertEquals("MODERATE", d.consensus().globalRating().label());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> r.replay(Ephpp.dictionary()));
    assertTrue(e.getMessage().contains("study 'gunn2016'"), e.getMessage());
  }

  @Test
  void aRecordingOfAnotherToolVersionIsRejectedNamingBoth() {
    Map<String, RecordedDualReview.Reviewer> two = new LinkedHashMap<>();
    two.put("KT", new RecordedDualReview.Reviewer(Answers.of("q", "1"), null));
    two.put("DM", new RecordedDualReview.Reviewer(Answers.of("q", "1"), null));
    RecordedDualReview r = new RecordedDualReview("gunn2016", "Direct", "0.9", Optional.empty(),
        two, List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> r.replay(DIRECT));
    assertEquals("dual review of study 'gunn2016' was recorded with Direct 0.9, "
        + "not with Direct 1 of rule set 'direct'", e.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> new RecordedDualReview("gunn2016", "Direct", " ", Optional.empty(), two,
            List.of()));
    assertTrue(blank.getMessage().contains("toolVersion"), blank.getMessage());
  }

  @Test
  void needsExactlyTwoReviewers() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RecordedDualReview("s", "Direct", "1", Optional.empty(),
            Map.of("KT", new RecordedDualReview.Reviewer(Answers.of("q", "1"), null)), null));
    assertTrue(e.getMessage().contains("exactly two reviewers"), e.getMessage());
  }

  @Test
  void consensusBecomesTheStudyAppraisalOfTheModel() {
    Answers a = Answers.of("A1", "1", "A2", "1", "B", "5", "C1", "2", "D1", "2", "D2", "2",
        "E1", "1", "E2", "1", "F1", "1", "F2", "3");
    StudyAppraisal s = Ephpp.dictionary().appraise("KT", a).toStudyAppraisal("quantitative");
    assertEquals("EPHPP", s.tool());
    assertEquals("quantitative", s.scope().orElseThrow());
    assertEquals(List.of("A", "B", "C", "D", "E", "F"), List.copyOf(
        s.componentRatings().keySet()));
    assertEquals("MODERATE", s.componentRatings().get("B"));
    assertEquals("WEAK", s.componentRatings().get("F"));
    assertEquals("MODERATE", s.overallRating());
    assertEquals(List.of("KT"), s.reviewers());
    assertTrue(s.suggestedRating().isEmpty());
  }
}
