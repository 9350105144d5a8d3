package io.github.evident.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine with a small checklist written the way a user would write one in JShell. */
class EngineTest {

  static final Checklist TOY = Checklist.of("Toy", "1", List.of(
      Item.of("q1", "Randomized?", "y", "yes", "n", "no", "?", "unclear"),
      Item.of("q2", "Method described?", "y", "yes", "n", "no").askedIf("q1", "y"),
      Item.of("q3", "Blinded?", "y", "yes", "n", "no")),
      List.of(Component.of("R", "randomization", "q1", "q2"),
          Component.of("B", "blinding", "q3")));

  static final Scale SCALE = Scale.of("toy", "good", "fair", "poor");

  static RuleSet rules() {
    return RuleSet.of("toy rules", TOY, SCALE, List.of(
        TableRule.of("R-good", "R", "good", "q1=y", "q2=y"),
        TableRule.of("R-fair", "R", "fair", "q1=y", "q2=n"),
        Rule.when("R-poor", "R", "poor", "not randomized",
            a -> a.get("q1").equals(Optional.of("n")), "q1"),
        TableRule.of("B-good", "B", "good", "q3=y"),
        TableRule.of("B-poor", "B", "poor", "q3=n")),
        WorstOf.of("worst", "the worst component", SCALE));
  }

  @Test
  void ratesWithTracesAndSkipLogic() {
    Appraisal a = rules().appraise(Answers.of("q1", "y", "q2", "n", "q3", "y"));
    assertEquals(Map.of("R", "fair", "B", "good"), a.ratings());
    assertEquals("fair", a.globalRating().label());
    assertEquals("R-fair", a.rating("R").trace().ruleId());
    assertEquals("q1=y and q2=n", a.rating("R").trace().description());
    assertEquals(Map.of("q1", "y", "q2", "n"), a.rating("R").trace().inputs());
    Appraisal lambda = rules().appraise(Answers.of("q1", "n", "q2", "y", "q3", "y"));
    assertEquals("poor", lambda.rating("R").label());
    // q2 is not asked when q1 is n: the answer is ignored, not read.
    assertEquals(Map.of("q1", "n"), lambda.rating("R").trace().inputs());
  }

  @Test
  void verificationFindsGapsAndConflicts() {
    Verification v = rules().verify();
    assertEquals(List.of(Answers.of("q1", "?")), v.uncovered("R"));
    assertTrue(v.uncovered("B").isEmpty());
    assertTrue(v.isUnambiguous());
    RuleSet conflicting = rules().withRule(TableRule.of("R-any-yes", "R", "good", "q1=y"));
    Verification c = conflicting.verify();
    assertEquals(1, c.conflicts("R").size());
    assertEquals(Answers.of("q1", "y", "q2", "n"), c.conflicts("R").get(0).answers());
    assertEquals(Map.of("R-fair", "fair", "R-any-yes", "good"),
        c.conflicts("R").get(0).ratings());
    assertFalse(c.isUnambiguous());
    Rating r = conflicting.rate("R", Answers.of("q1", "y", "q2", "n"));
    assertEquals(Rating.UNDETERMINED, r.label());
    assertEquals("conflict", r.trace().ruleId());
    assertTrue(c.summary().contains("R conflict"), c::summary);
    assertTrue(c.toString().contains("1 uncovered and 1 conflicting"), c::toString);
    assertThrows(IllegalArgumentException.class, () -> v.uncovered("Z"));
  }

  @Test
  void withRuleReplacesAndWithoutRuleRemoves() {
    RuleSet r = rules().withRule(TableRule.of("R-poor", "R", "fair", "q1=n"));
    assertEquals(5, r.rules().size());
    assertEquals("fair", r.rate("R", Answers.of("q1", "n")).label());
    assertEquals(4, r.withoutRule("R-poor").rules().size());
    assertThrows(IllegalArgumentException.class, () -> r.withoutRule("nope"));
  }

  @Test
  void rejectsRulesThatDoNotFitTheChecklist() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rules().withRule(TableRule.of("x", "R", "good", "q1=maybe")));
    assertTrue(e.getMessage().contains("maybe"), e::getMessage);
    e = assertThrows(IllegalArgumentException.class,
        () -> rules().withRule(TableRule.of("x", "R", "excellent", "q1=y")));
    assertTrue(e.getMessage().contains("excellent"), e::getMessage);
    e = assertThrows(IllegalArgumentException.class,
        () -> rules().withRule(TableRule.of("x", "R", "good", "q3=y")));
    assertTrue(e.getMessage().contains("q3"), e::getMessage);
    assertThrows(IllegalArgumentException.class,
        () -> rules().withRule(TableRule.of("x", "Q", "good", "q1=y")));
    assertThrows(IllegalArgumentException.class, () -> Checklist.of("T", "1",
        List.of(Item.of("a", "?", "y", "yes"), Item.of("a", "?", "y", "yes")), List.of()));
    assertThrows(IllegalArgumentException.class, () -> Checklist.of("T", "1",
        List.of(Item.of("a", "?", "y", "yes").askedIf("b", "y"), Item.of("b", "?", "y", "yes")),
        List.of()));
    assertThrows(IllegalArgumentException.class, () -> Scale.of("s", "a", "a"));
    assertThrows(IllegalArgumentException.class, () -> Component.of("global", "g", "a"));
    assertThrows(IllegalArgumentException.class, () -> Answers.of("a"));
    assertThrows(IllegalArgumentException.class,
        () -> Ruling.of("R", Rating.UNDETERMINED, "KT", "x"));
    // an item named twice would silently keep only its last condition
    e = assertThrows(IllegalArgumentException.class,
        () -> TableRule.of("x", "R", "good", "q1=y", "q1=n"));
    assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("q1"), e::getMessage);
  }

  @Test
  void globalIsDeterminedWhenEveryValueOfTheOpenComponentsAgrees() {
    // R open (q1 unclear); B poor: the worst is poor whatever R is.
    Appraisal a = rules().appraise(Answers.of("q1", "?", "q3", "n"));
    assertEquals(Rating.UNDETERMINED, a.rating("R").label());
    assertEquals("poor", a.globalRating().label());
    assertTrue(a.globalRating().trace().description().contains("open components [R]"));
    // B good: the global depends on R.
    Appraisal b = rules().appraise(Answers.of("q1", "?", "q3", "y"));
    assertEquals(Rating.UNDETERMINED, b.globalRating().label());
    assertEquals(List.of("R", Ruling.GLOBAL), b.openDecisions());
    Appraisal ruled = b.withRuling("R", "fair", "AB", "randomization stated, method unclear");
    assertEquals("fair", ruled.globalRating().label());
    assertTrue(ruled.isFinal());
    assertTrue(ruled.toString().contains("R=fair"), ruled::toString);
  }

  @Test
  void judgementsAreSuggestionsUntilRecorded() {
    RuleSet judged = rules().withJudgement("B");
    Appraisal a = judged.appraise(Answers.of("q1", "y", "q2", "y", "q3", "y"));
    assertEquals("good", a.suggestedRating("B").label());
    assertEquals(Rating.UNDETERMINED, a.rating("B").label());
    assertEquals(List.of("B", Ruling.GLOBAL), a.openDecisions());
    assertEquals("good", a.suggestedGlobalRating().label());
    Appraisal f = a.withRuling("B", "fair", "AB", "open-label, objective outcome");
    assertEquals("fair", f.globalRating().label());
  }

  @Test
  void globalRuleFromALambda() {
    RuleSet counting = rules().withGlobal(GlobalRule.of("any-poor", "poor if any is poor",
        m -> m.containsValue("poor") ? "poor" : "good"));
    assertEquals("good", counting.appraise(Answers.of("q1", "y", "q2", "n", "q3", "y"))
        .globalRating().label());
    RuleSet broken = rules().withGlobal(GlobalRule.of("bad", "gives an unknown label",
        m -> "excellent"));
    assertThrows(IllegalArgumentException.class,
        () -> broken.appraise(Answers.of("q1", "y", "q2", "n", "q3", "y")));
  }
}
