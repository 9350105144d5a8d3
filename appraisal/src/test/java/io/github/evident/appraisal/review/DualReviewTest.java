package io.github.evident.appraisal.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Rating;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.tools.Ephpp;
import java.util.List;
import org.junit.jupiter.api.Test;

class DualReviewTest {

  /** A: STRONG, B: RCT STRONG, C, D, E, F STRONG. */
  static final Answers ALL_STRONG = Answers.of("A1", "1", "A2", "1", "B", "1", "C1", "2",
      "D1", "2", "D2", "2", "E1", "1", "E2", "1", "F1", "1", "F2", "1");

  static Appraisal kt(Answers a) {
    return Ephpp.dictionary().appraise("KT", a);
  }

  static Appraisal dm(Answers a) {
    return Ephpp.dictionary().appraise("DM", a);
  }

  @Test
  void listsItemComponentAndGlobalDifferences() {
    // DM: B=7 (other) gives B WEAK and global MODERATE; F2=2 gives F MODERATE.
    DualReview d = DualReview.of("s1", kt(ALL_STRONG),
        dm(ALL_STRONG.with("B", "7").with("F2", "2")));
    assertEquals(List.of(
        new Difference(Difference.Kind.ITEM, "B", "1", "7"),
        new Difference(Difference.Kind.ITEM, "F2", "1", "2"),
        new Difference(Difference.Kind.COMPONENT, "B", "STRONG", "WEAK"),
        new Difference(Difference.Kind.COMPONENT, "F", "STRONG", "MODERATE"),
        new Difference(Difference.Kind.GLOBAL, Ruling.GLOBAL, "STRONG", "MODERATE")),
        d.differences());
    assertEquals(new RatingPair("STRONG", "WEAK"), d.pairs().get("B"));
    assertTrue(d.pairs().get("A").agree());
    assertEquals(2, d.unresolved().size());
    IllegalStateException e = assertThrows(IllegalStateException.class, d::consensus);
    assertTrue(e.getMessage().contains("s1"), e::getMessage);
  }

  @Test
  void consensusAppliesItemAndComponentRecords() {
    DualReview d = DualReview.of("s1", kt(ALL_STRONG),
        dm(ALL_STRONG.with("B", "7").with("F2", "2")))
        .withResolution(Resolution.item("B", "1", Reason.OVERSIGHT, "LS"))
        .withResolution(Resolution.item("F2", "2", Reason.STUDY_INTERPRETATION, "KT+DM"))
        .withResolution(Resolution.component("F", "WEAK", Reason.CRITERIA_INTERPRETATION, "LS")
            .withNote("differential drop-out"));
    Appraisal c = d.consensus();
    assertEquals("KT+DM", c.reviewer().orElseThrow());
    assertEquals("STRONG", c.rating("B").label());
    assertEquals("MODERATE", c.suggestedRating("F").label());
    assertEquals("WEAK", c.rating("F").label());
    assertEquals("LS", c.decidedBy("F").orElseThrow());
    assertTrue(c.rating("F").trace().description().contains("reason 2"));
    assertTrue(c.rating("F").trace().description().contains("differential drop-out"));
    assertEquals("MODERATE", c.globalRating().label());
    assertTrue(d.summary().contains("item B: 1 vs 7  -> item B := 1 (1 oversight, by LS)"),
        d::summary);
  }

  @Test
  void agreedRulingsCarryIntoTheConsensus() {
    Answers gap = ALL_STRONG.with("A1", "2");
    DualReview d = DualReview.of("s2",
        kt(gap).withRuling("A", "MODERATE", "KT", "somewhat likely"),
        dm(gap).withRuling("A", "MODERATE", "DM", "somewhat likely"));
    assertTrue(d.differences().isEmpty());
    Appraisal c = d.consensus();
    assertEquals("MODERATE", c.rating("A").label());
    assertEquals("KT+DM", c.decidedBy("A").orElseThrow());
    assertEquals("STRONG", c.globalRating().label());
  }

  @Test
  void theConsensusRatesTheResolvedAnswersNotTheRatingsBothGave() {
    // KT: E1=2 gives E WEAK; DM: E1=3, E2=3 gives E WEAK too. Resolved to E1=1, E2=1, the
    // dictionary rates E STRONG (E1=1 and E2=1), and with no WEAK component the global is STRONG.
    DualReview d = DualReview.of("s4", kt(ALL_STRONG.with("E1", "2")),
        dm(ALL_STRONG.with("E1", "3").with("E2", "3")))
        .withResolution(Resolution.item("E1", "1", Reason.OVERSIGHT, "LS"))
        .withResolution(Resolution.item("E2", "1", Reason.OVERSIGHT, "LS"));
    assertTrue(d.pairs().get("E").agree());
    Appraisal c = d.consensus();
    assertEquals("STRONG", c.rating("E").label());
    assertTrue(c.decidedBy("E").isEmpty(), () -> c.rating("E").toString());
    assertEquals("STRONG", c.globalRating().label());
  }

  @Test
  void rulingsForAGapTheResolvedAnswersCloseDoNotCarry() {
    // A1=2, A2=1 and A1=4, A2=1 are gaps both reviewers ruled MODERATE; resolved to A1=1 the
    // dictionary rates A STRONG.
    DualReview d = DualReview.of("s5",
        kt(ALL_STRONG.with("A1", "2")).withRuling("A", "MODERATE", "KT", "somewhat likely"),
        dm(ALL_STRONG.with("A1", "4")).withRuling("A", "MODERATE", "DM", "can't tell"))
        .withResolution(Resolution.item("A1", "1", Reason.OVERSIGHT, "LS"));
    Appraisal c = d.consensus();
    assertEquals("STRONG", c.rating("A").label());
    assertTrue(c.decidedBy("A").isEmpty());
  }

  @Test
  void aJudgementBothRecordedOnTheSameRuleRatingCarries() {
    // Both reviewers lower the global rating the rules give (STRONG) by the same judgement.
    DualReview d = DualReview.of("s6",
        kt(ALL_STRONG).withRuling(Ruling.GLOBAL, "MODERATE", "KT", "small sample"),
        dm(ALL_STRONG).withRuling(Ruling.GLOBAL, "MODERATE", "DM", "small sample"));
    Appraisal c = d.consensus();
    assertEquals("MODERATE", c.globalRating().label());
    assertEquals("KT+DM", c.decidedBy(Ruling.GLOBAL).orElseThrow());
  }

  @Test
  void rejectsBadInput() {
    assertThrows(IllegalArgumentException.class,
        () -> DualReview.of("s", kt(ALL_STRONG), kt(ALL_STRONG)));
    assertThrows(IllegalArgumentException.class,
        () -> DualReview.of("s", Ephpp.dictionary().appraise(ALL_STRONG), dm(ALL_STRONG)));
    DualReview d = DualReview.of("s3", kt(ALL_STRONG), dm(ALL_STRONG.with("B", "7")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> d.withResolution(Resolution.item("A1", "1", Reason.OVERSIGHT, "LS")));
    assertTrue(e.getMessage().contains("s3") && e.getMessage().contains("A1"), e::getMessage);
    e = assertThrows(IllegalArgumentException.class,
        () -> d.withResolution(Resolution.item("B", "9", Reason.OVERSIGHT, "LS")));
    assertTrue(e.getMessage().contains("9"), e::getMessage);
    assertThrows(IllegalArgumentException.class,
        () -> d.withResolution(Resolution.component("B", "GOOD", Reason.OVERSIGHT, "LS")));
    assertThrows(IllegalArgumentException.class, () -> Reason.ofCode(4));
    assertEquals(Reason.STUDY_INTERPRETATION, Reason.ofCode(3));
  }

  @Test
  void contingencyTablesCountRatingPairsAcrossStudies() {
    // B: study 1 STRONG/STRONG, study 2 STRONG/WEAK, study 3 MODERATE/MODERATE, study 4
    // STRONG/STRONG. A: STRONG/STRONG except study 4, undetermined for DM (left out).
    List<DualReview> reviews = List.of(
        DualReview.of("1", kt(ALL_STRONG), dm(ALL_STRONG)),
        DualReview.of("2", kt(ALL_STRONG), dm(ALL_STRONG.with("B", "7"))),
        DualReview.of("3", kt(ALL_STRONG.with("B", "5")), dm(ALL_STRONG.with("B", "3"))),
        DualReview.of("4", kt(ALL_STRONG), dm(ALL_STRONG.with("A1", "2"))));
    assertArrayEquals(new int[][] {{2, 0, 1}, {0, 1, 0}, {0, 0, 0}},
        DualReview.contingencyTable(reviews, "B"));
    assertArrayEquals(new int[][] {{3, 0, 0}, {0, 0, 0}, {0, 0, 0}},
        DualReview.contingencyTable(reviews, "A"));
    RatingPair agree = new RatingPair("STRONG", "STRONG");
    assertEquals(List.of(agree, agree, agree, new RatingPair("STRONG", Rating.UNDETERMINED)),
        DualReview.pairs(reviews, "A"));
    // Global: studies 1 and 3 STRONG/STRONG, study 2 STRONG/MODERATE, study 4 left out (DM's
    // global depends on the open A).
    assertArrayEquals(new int[][] {{2, 1, 0}, {0, 0, 0}, {0, 0, 0}},
        DualReview.contingencyTable(reviews, Ruling.GLOBAL));
    assertThrows(IllegalArgumentException.class, () -> DualReview.pairs(reviews, "Z"));
  }

  @Test
  void aResolutionReadFromJsonNeedsNoNote() {
    Resolution r = io.github.evident.core.json.EvidentJson.read("{\"kind\": \"ITEM\", "
        + "\"target\": \"B\", \"value\": \"1\", \"reason\": \"OVERSIGHT\", "
        + "\"decidedBy\": \"LS\"}", Resolution.class);
    assertEquals(Resolution.item("B", "1", Reason.OVERSIGHT, "LS"), r);
  }

  @Test
  void differencesAndResolutionsReadAsWordsNotConstants() {
    assertEquals("global rating: + vs ++",
        new Difference(Difference.Kind.GLOBAL, "global", "+", "++").toString());
    assertEquals("component A: MODERATE vs WEAK",
        new Difference(Difference.Kind.COMPONENT, "A", "MODERATE", "WEAK").toString());
    assertEquals("global rating := + (3 differences in interpretation of study, by LS)",
        Resolution.global("+", Reason.STUDY_INTERPRETATION, "LS").toString());
  }
}
