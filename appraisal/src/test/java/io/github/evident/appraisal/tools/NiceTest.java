package io.github.evident.appraisal.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.Rating;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.testkit.AppraisalArbitraries;
import io.github.evident.appraisal.testkit.RuleSetAssertions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** NICE appendices H and F: the suggestion is monotone and the final rating is a judgement. */
class NiceTest {

  static Answers qualitative(String codes) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < codes.length(); i++) {
      m.put(String.valueOf(i + 1), String.valueOf(codes.charAt(i)));
    }
    return Answers.of(m);
  }

  @Test
  void qualitativeChecklistHasFourteenItemsAndNoComponents() {
    assertEquals(14, Nice.qualitativeChecklist().items().size());
    assertTrue(Nice.qualitativeChecklist().components().isEmpty());
    assertEquals(List.of("Y", "U", "N"), Nice.qualitativeChecklist().item("12").codes());
    assertEquals("partially relevant",
        Nice.qualitativeChecklist().item("12").option("U").orElseThrow().label());
  }

  @Test
  void withoutARecordedFinalRatingTheAppraisalSaysSo() {
    Appraisal a = Nice.qualitative().appraise("KT", qualitative("YYYYYYYYYYYYYY"));
    assertEquals("++", a.suggestedGlobalRating().label());
    assertEquals(Rating.UNDETERMINED, a.globalRating().label());
    assertEquals("judgement", a.globalRating().trace().ruleId());
    assertTrue(a.globalRating().trace().description().contains("suggested ++"));
    assertFalse(a.isFinal());
    assertEquals(List.of(Ruling.GLOBAL), a.openDecisions());
    Appraisal f = a.withRuling(Ruling.GLOBAL, "+", "KT", "small sample, limited context");
    assertTrue(f.isFinal());
    assertEquals("+", f.globalRating().label());
    assertEquals("++", f.suggestedGlobalRating().label());
    assertEquals("KT", f.decidedBy(Ruling.GLOBAL).orElseThrow());
  }

  @Test
  void defaultSuggestionThresholds() {
    // 28 possible points; ++ from 80% (23 points), + from 50% (14 points).
    assertEquals("++", suggest("YYYYYYYYYYYUNN")); // 23 points
    assertEquals("+", suggest("YYYYYYYYYYYNNN")); // 22 points
    assertEquals("+", suggest("YYYYYYYNNNNNNN")); // 14 points
    assertEquals("-", suggest("YYYYYYUNNNNNNN")); // 13 points
    assertEquals("-", suggest("UUUUUUUUUUUUUN")); // 13 points
  }

  private static String suggest(String codes) {
    return Nice.qualitative().appraise(qualitative(codes)).suggestedGlobalRating().label();
  }

  @Test
  void unansweredItemsLeaveTheSuggestionOpen() {
    Appraisal a = Nice.qualitative().appraise(Answers.of("1", "Y"));
    assertEquals(Rating.UNDETERMINED, a.suggestedGlobalRating().label());
    assertEquals("unanswered", a.suggestedGlobalRating().trace().ruleId());
  }

  @Test
  void suggestionIsMonotoneInTheAnswers() {
    Map<String, List<String>> order = new LinkedHashMap<>();
    for (Item item : Nice.qualitativeChecklist().items()) {
      order.put(item.id(), List.of("Y", "U", "N"));
    }
    RuleSetAssertions.assertMonotoneInAnswers(Nice.qualitative(), order, 300);
    Map<String, List<String>> f = new LinkedHashMap<>();
    for (Item item : Nice.interventionChecklist().items()) {
      f.put(item.id(), List.of("++", "+", "-", "NR"));
    }
    RuleSetAssertions.assertMonotoneInAnswers(Nice.intervention(), f, 100);
    RuleSetAssertions.assertMonotoneInAnswers(Nice.qualitative(Nice.Suggestion.of(0.9, 0.3)),
        order, 100);
  }

  @Property(tries = 200)
  void improvingOneAnswerNeverLowersTheSuggestion(@ForAll("qualitativeAnswers") Answers a,
      @ForAll("itemIds") String item) {
    String now = a.get(item).orElseThrow();
    if (now.equals("Y")) {
      return;
    }
    Answers better = a.with(item, now.equals("N") ? "U" : "Y");
    List<String> scale = Nice.scale().labels();
    RuleSet rs = Nice.qualitative();
    assertTrue(scale.indexOf(rs.appraise(better).suggestedGlobalRating().label())
        <= scale.indexOf(rs.appraise(a).suggestedGlobalRating().label()));
  }

  @Provide
  Arbitrary<Answers> qualitativeAnswers() {
    return AppraisalArbitraries.answers(Nice.qualitativeChecklist());
  }

  @Provide
  Arbitrary<String> itemIds() {
    return Arbitraries.of(Nice.qualitativeChecklist().items().stream().map(Item::id).toList());
  }

  @Test
  void interventionValiditiesAreJudgementsAndTheOverallFollowsInternalValidity() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Item item : Nice.interventionChecklist().items()) {
      m.put(item.id(), "++");
    }
    m.put("2.3", "NA");
    m.put("2.4", "NA");
    Appraisal a = Nice.intervention().appraise("DM", Answers.of(m));
    assertEquals("++", a.suggestedRating("5.1").label());
    assertEquals("++", a.suggestedRating("5.2").label());
    assertEquals("++", a.suggestedGlobalRating().label());
    assertEquals(List.of("5.1", "5.2", Ruling.GLOBAL), a.openDecisions());
    Appraisal f = a.withRuling("5.1", "+", "DM", "no allocation concealment possible")
        .withRuling("5.2", "++", "DM", "UK setting");
    assertEquals("+", f.globalRating().label());
    assertTrue(f.isFinal());
  }

  @Test
  void aComponentWithEveryItemNotApplicableSuggestsNothing() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Item item : Nice.interventionChecklist().items()) {
      m.put(item.id(), "-");
    }
    for (String external : List.of("1.1", "1.2", "1.3", "2.9", "2.10")) {
      m.put(external, "NA");
    }
    Appraisal a = Nice.intervention().appraise("DM", Answers.of(m));
    // no applicable item: no points to share, so no suggestion (not "++" from 0 of 0 points)
    assertEquals(Rating.UNDETERMINED, a.suggestedRating("5.2").label());
    assertEquals("-", a.suggestedRating("5.1").label());
  }

  @Test
  void interventionComponentsAreTooLargeToEnumerate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Nice.intervention().verify());
    assertTrue(e.getMessage().contains("5.1"), e::getMessage);
  }

  @Test
  void thresholdsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> Nice.Suggestion.of(0.4, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Nice.Suggestion.of(1.2, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Nice.Suggestion.of(0.8, 0));
  }

  @Test
  void otherThresholdsNameTheRuleSet() {
    assertEquals("NICE appendix H suggestion", Nice.qualitative(Nice.Suggestion.of(0.8, 0.5))
        .name());
    assertEquals("NICE appendix F suggestion (++ from 0.9, + from 0.6)",
        Nice.intervention(Nice.Suggestion.of(0.9, 0.6)).name());
  }
}
