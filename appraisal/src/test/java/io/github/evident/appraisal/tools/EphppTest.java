package io.github.evident.appraisal.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Rating;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.Verification;
import io.github.evident.appraisal.testkit.RuleSetAssertions;
import java.util.List;
import java.util.Map;
import io.github.evident.appraisal.testkit.AppraisalArbitraries;
import java.util.LinkedHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * EPHPP against the dictionary's decision table (Thomas et al. 2004; dictionary 2009 as quoted
 * in published reviews). Expected gaps and ratings are read from the dictionary, not computed.
 */
class EphppTest {

  /** All components answered with the given codes; C2 only where C1 asks for it. */
  static Answers answers(String a1, String a2, String b, String c1, String c2, String d1,
      String d2, String e1, String e2, String f1, String f2) {
    Answers a = Answers.of("A1", a1, "A2", a2, "B", b, "C1", c1, "D1", d1, "D2", d2, "E1", e1,
        "E2", e2, "F1", f1, "F2", f2);
    return c2 == null ? a : a.with("C2", c2);
  }

  @Test
  void dictionaryVerificationListsExactlyTheDictionaryGaps() {
    RuleSet dictionary = Ephpp.dictionary();
    RuleSetAssertions.assertUncoveredExactly(dictionary, "A", List.of(
        Answers.of("A1", "2", "A2", "1"),
        Answers.of("A1", "1", "A2", "4"), Answers.of("A1", "2", "A2", "4"),
        Answers.of("A1", "4", "A2", "1"), Answers.of("A1", "4", "A2", "2"),
        Answers.of("A1", "4", "A2", "4")));
    RuleSetAssertions.assertUncoveredExactly(dictionary, "B", List.of());
    RuleSetAssertions.assertUncoveredExactly(dictionary, "C", List.of(
        Answers.of("C1", "1", "C2", "4")));
    RuleSetAssertions.assertUncoveredExactly(dictionary, "D", List.of(
        Answers.of("D1", "1", "D2", "3"), Answers.of("D1", "3", "D2", "1")));
    RuleSetAssertions.assertUncoveredExactly(dictionary, "E", List.of(
        Answers.of("E1", "3", "E2", "1"), Answers.of("E1", "3", "E2", "2")));
    // F1 does not enter the rating, so the gap is F2=5 alone.
    RuleSetAssertions.assertUncoveredExactly(dictionary, "F", List.of(Answers.of("F2", "5")));
    Verification v = dictionary.verify();
    assertFalse(v.isComplete());
    assertTrue(v.isUnambiguous(), v::summary);
    assertEquals(List.of("A", "B", "C", "D", "E", "F"), v.components());
    assertTrue(v.summary().contains("A uncovered: (A1=2, A2=1)"), v::summary);
    assertEquals("[(A1=1, A2=4), (A1=2, A2=1), (A1=2, A2=4), (A1=4, A2=1), (A1=4, A2=2), "
        + "(A1=4, A2=4)]", v.uncovered("A").toString());
  }

  @Test
  void commonPracticeIsCompleteAndUnambiguous() {
    RuleSetAssertions.assertComplete(Ephpp.commonPractice());
    RuleSetAssertions.assertUnambiguous(Ephpp.commonPractice());
    RuleSetAssertions.assertComplete(Ephpp.commonPractice("STRONG"));
    RuleSetAssertions.assertUnambiguous(Ephpp.commonPractice("WEAK"));
  }

  @Test
  void globalRulesAreMonotoneInComponentRatings() {
    List<String> order = List.of("STRONG", "MODERATE", "WEAK");
    RuleSetAssertions.assertMonotone(Ephpp.dictionary(), order);
    RuleSetAssertions.assertMonotone(Ephpp.dictionary().withGlobal(Ephpp.fourStrongGlobal()),
        order);
  }

  @Test
  void appraisesByTheDictionary() {
    // A: very likely, 80-100% -> STRONG; B: RCT -> STRONG; C: no differences -> STRONG;
    // D: both blind -> STRONG; E: valid and reliable -> STRONG; F: 80-100% -> STRONG.
    Appraisal a = Ephpp.dictionary().appraise(
        answers("1", "1", "1", "2", null, "2", "2", "1", "1", "1", "1"));
    assertEquals(Map.of("A", "STRONG", "B", "STRONG", "C", "STRONG", "D", "STRONG", "E",
        "STRONG", "F", "STRONG"), a.ratings());
    assertEquals("STRONG", a.globalRating().label());
    assertTrue(a.isFinal());
    assertEquals("A-strong", a.rating("A").trace().ruleId());
    assertEquals(Map.of("A1", "1", "A2", "1"), a.rating("A").trace().inputs());
    assertEquals("STRONG", a.rating("A").toString());
  }

  @Test
  void sixModerateComponentsGiveStrongByTheDictionaryButModerateByTheOlderVersion() {
    // A (1,2) MODERATE; B 5 MODERATE; C2=2 MODERATE; D (2,1) MODERATE; E (1,2) MODERATE;
    // F2=2 MODERATE.
    Answers six = answers("1", "2", "5", "1", "2", "2", "1", "1", "2", "1", "2");
    Appraisal a = Ephpp.dictionary().appraise(six);
    assertEquals(List.of("MODERATE"), a.ratings().values().stream().distinct().toList());
    assertEquals("STRONG", a.globalRating().label());
    assertEquals("dictionary-global", a.globalRating().trace().ruleId());
    Appraisal older = Ephpp.dictionary().withGlobal(Ephpp.fourStrongGlobal()).appraise(six);
    assertEquals("MODERATE", older.globalRating().label());
    assertEquals("four-strong-global", older.globalRating().trace().ruleId());
  }

  @Test
  void oneAndTwoWeakComponents() {
    // B=7 other: WEAK.
    Answers oneWeak = answers("1", "1", "7", "2", null, "2", "2", "1", "1", "1", "1");
    assertEquals("MODERATE", Ephpp.dictionary().appraise(oneWeak).globalRating().label());
    Answers twoWeak = oneWeak.with("E1", "2");
    assertEquals("WEAK", Ephpp.dictionary().appraise(twoWeak).globalRating().label());
  }

  @Test
  void gapsAreUndeterminedAndTheGlobalIsDeterminedOnlyIfEveryValueAgrees() {
    // A (2,1) is a gap. Everything else STRONG: the global depends on A (STRONG or MODERATE).
    Answers gap = answers("2", "1", "1", "2", null, "2", "2", "1", "1", "1", "1");
    Appraisal a = Ephpp.dictionary().appraise(gap);
    assertEquals(Rating.UNDETERMINED, a.rating("A").label());
    assertEquals("uncovered", a.rating("A").trace().ruleId());
    assertEquals(Rating.UNDETERMINED, a.globalRating().label());
    assertTrue(a.globalRating().trace().description().contains("[A]"),
        a.globalRating().trace()::description);
    assertEquals(List.of("A", Ruling.GLOBAL), a.openDecisions());
    // Two WEAK components already: WEAK whatever A is.
    Answers twoWeak = gap.with("B", "8").with("E1", "2");
    Appraisal w = Ephpp.dictionary().appraise(twoWeak);
    assertEquals(Rating.UNDETERMINED, w.rating("A").label());
    assertEquals("WEAK", w.globalRating().label());
    assertEquals(List.of("A"), w.openDecisions());
    // Common practice resolves the gap.
    Appraisal cp = Ephpp.commonPractice().appraise(gap);
    assertEquals("MODERATE", cp.rating("A").label());
    assertEquals("A-cp-1", cp.rating("A").trace().ruleId());
    assertTrue(cp.rating("A").trace().description().startsWith("common practice"));
    assertEquals("STRONG", cp.globalRating().label());
  }

  @Test
  void aReviewerRulingDecidesAGapAndTheGlobalFollows() {
    Answers gap = answers("2", "1", "7", "2", null, "2", "2", "1", "1", "1", "1");
    Appraisal a = Ephpp.dictionary().appraise("KT", gap);
    assertEquals(Rating.UNDETERMINED, a.globalRating().label());
    Appraisal ruled = a.withRuling("A", "WEAK", "KT", "convenience sample from one clinic");
    assertEquals("WEAK", ruled.rating("A").label());
    assertEquals(Rating.UNDETERMINED, ruled.suggestedRating("A").label());
    assertEquals("ruling", ruled.rating("A").trace().ruleId());
    assertEquals("KT", ruled.decidedBy("A").orElseThrow());
    assertTrue(ruled.decidedBy("B").isEmpty());
    assertEquals("WEAK", ruled.globalRating().label());
    assertTrue(ruled.isFinal());
    assertEquals(1, ruled.rulings().size());
    assertThrows(IllegalArgumentException.class,
        () -> a.withRuling("A", "GOOD", "KT", "not on the scale"));
    assertThrows(IllegalArgumentException.class,
        () -> a.withRuling("Z", "WEAK", "KT", "no such component"));
  }

  @Test
  void aRecordMadeWithAnotherWithdrawalsRatingIsNotReplayedSilently() {
    Answers na = answers("1", "1", "1", "2", null, "2", "2", "1", "1", "4", "5");
    var record = Ephpp.commonPractice("WEAK").appraise("KT", na).record();
    // replayed with F2=5 rated MODERATE, F (and so the global rating) would silently change
    assertThrows(IllegalArgumentException.class, () -> Ephpp.commonPractice().appraise(record));
    assertEquals("WEAK",
        Ephpp.commonPractice("WEAK").appraise(record).rating("F").label());
    assertEquals("EPHPP common practice", Ephpp.commonPractice("MODERATE").name());
  }

  @Test
  void withdrawalsNotApplicableIsAParameter() {
    Answers na = answers("1", "1", "1", "2", null, "2", "2", "1", "1", "4", "5");
    assertEquals(Rating.UNDETERMINED, Ephpp.dictionary().appraise(na).rating("F").label());
    assertEquals("MODERATE", Ephpp.commonPractice().appraise(na).rating("F").label());
    assertEquals("STRONG", Ephpp.commonPractice("STRONG").appraise(na).rating("F").label());
    RuleSet strong = Ephpp.dictionary().withRule(Ephpp.withdrawalsNotApplicable("STRONG"));
    assertEquals("STRONG", strong.appraise(na).rating("F").label());
    assertEquals(Ephpp.WITHDRAWALS_NOT_APPLICABLE, strong.appraise(na).rating("F").trace()
        .ruleId());
    // Replacing by id keeps the rule set unambiguous.
    RuleSetAssertions.assertUnambiguous(Ephpp.commonPractice().withRule(
        Ephpp.withdrawalsNotApplicable("WEAK")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ephpp.withdrawalsNotApplicable("GOOD"));
    assertTrue(e.getMessage().contains("GOOD"), e::getMessage);
  }

  @Test
  void randomizationDowngradeIsANamedVariant() {
    RuleSet variant = Ephpp.withRandomizationDowngrade(Ephpp.commonPractice());
    assertEquals("EPHPP common practice, randomization downgrade", variant.name());
    RuleSetAssertions.assertComplete(variant);
    RuleSetAssertions.assertUnambiguous(variant);
    Answers rct = answers("1", "1", "1", "2", null, "2", "2", "1", "1", "1", "1");
    // The dictionary does not read B1 to B3.
    assertEquals("STRONG", Ephpp.dictionary().appraise(rct.with("B1", "1").with("B2", "2"))
        .rating("B").label());
    assertEquals("MODERATE", variant.appraise(rct.with("B1", "1").with("B2", "2"))
        .rating("B").label());
    assertEquals("MODERATE", variant.appraise(rct.with("B1", "1").with("B2", "1")
        .with("B3", "2")).rating("B").label());
    assertEquals("STRONG", variant.appraise(rct.with("B1", "1").with("B2", "1")
        .with("B3", "1")).rating("B").label());
    assertEquals("unanswered", variant.appraise(rct).rating("B").trace().ruleId());
    // Not asked for other designs.
    assertEquals("MODERATE", variant.appraise(rct.with("B", "5").with("B1", "1")
        .with("B2", "2")).rating("B").label());
  }

  @Test
  void confoundersPercentageIsOnlyReadWhenAsked() {
    // C1=2 (no differences): C2 is not asked; a stray C2=3 is ignored.
    Answers a = answers("1", "1", "1", "2", "3", "2", "2", "1", "1", "1", "1");
    assertEquals("STRONG", Ephpp.dictionary().appraise(a).rating("C").label());
    // C1=1 without C2: not answered yet.
    Answers missing = answers("1", "1", "1", "1", null, "2", "2", "1", "1", "1", "1");
    Rating c = Ephpp.dictionary().appraise(missing).rating("C");
    assertEquals(Rating.UNDETERMINED, c.label());
    assertEquals("unanswered", c.trace().ruleId());
  }

  @Test
  void badAnswersNameTheItemAndTheCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ephpp.dictionary().appraise(Answers.of("A1", "9")));
    assertTrue(e.getMessage().contains("A1") && e.getMessage().contains("9"), e::getMessage);
    e = assertThrows(IllegalArgumentException.class,
        () -> Ephpp.dictionary().appraise(Answers.of("Q7", "1")));
    assertTrue(e.getMessage().contains("Q7"), e::getMessage);
  }

  @Test
  void exposesToolVersionAndOrderedRatings() {
    Appraisal a = Ephpp.dictionary().appraise("DM",
        answers("1", "1", "1", "2", null, "2", "2", "1", "1", "1", "1"));
    assertEquals("EPHPP", a.tool());
    assertEquals("2009", a.toolVersion());
    assertEquals("DM", a.reviewer().orElseThrow());
    assertEquals(List.of("A", "B", "C", "D", "E", "F"), List.copyOf(a.ratings().keySet()));
    assertTrue(a.toString().startsWith("EPHPP 2009 [DM] A=STRONG"), a::toString);
    assertTrue(a.summary().contains("A-strong"), a::summary);
  }

  @Property(tries = 200)
  void improvingOneComponentNeverWorsensTheGlobalRating(
      @ForAll("componentRatings") Map<String, String> ratings, @ForAll("components") String c) {
    List<String> order = Ephpp.scale().labels();
    int now = order.indexOf(ratings.get(c));
    if (now == 0) {
      return;
    }
    Map<String, String> better = new LinkedHashMap<>(ratings);
    better.put(c, order.get(now - 1));
    for (var global : List.of(Ephpp.dictionaryGlobal(), Ephpp.fourStrongGlobal())) {
      int before = order.indexOf(global.rate(ratings, Answers.none()).label());
      int after = order.indexOf(global.rate(better, Answers.none()).label());
      assertTrue(after <= before, () -> global.id() + ": " + ratings + " -> " + better);
    }
  }

  @Provide
  Arbitrary<Map<String, String>> componentRatings() {
    return AppraisalArbitraries.componentRatings(Ephpp.checklist(), Ephpp.scale().labels());
  }

  @Provide
  Arbitrary<String> components() {
    return Arbitraries.of(Ephpp.checklist().componentIds());
  }
}
