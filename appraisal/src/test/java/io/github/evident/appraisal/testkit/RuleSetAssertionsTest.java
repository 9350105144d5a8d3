package io.github.evident.appraisal.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.GlobalRule;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.TableRule;
import io.github.evident.appraisal.tools.Ephpp;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The testkit's assertions fail on rule sets that break what they check. */
class RuleSetAssertionsTest {

  @Test
  void failOnIncompleteAmbiguousOrNonMonotoneRuleSets() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> RuleSetAssertions.assertComplete(Ephpp.dictionary()));
    assertTrue(e.getMessage().contains("A1=2, A2=1"), e::getMessage);
    RuleSet ambiguous = Ephpp.commonPractice().withRule(
        TableRule.of("B-also", "B", "WEAK", "B=1"));
    assertThrows(AssertionError.class, () -> RuleSetAssertions.assertUnambiguous(ambiguous));
    RuleSet perverse = Ephpp.dictionary().withGlobal(GlobalRule.of("perverse",
        "STRONG only if A is WEAK", m -> m.get("A").equals("WEAK") ? "STRONG" : "WEAK"));
    assertThrows(AssertionError.class, () -> RuleSetAssertions.assertMonotone(perverse,
        List.of("STRONG", "MODERATE", "WEAK")));
    assertThrows(AssertionError.class, () -> RuleSetAssertions.assertUncoveredExactly(
        Ephpp.dictionary(), "C", List.of()));
    RuleSet answerPerverse = Ephpp.commonPractice().withoutRule("B-strong")
        .withRule(TableRule.of("B-strong", "B", "WEAK", "B=1,2"))
        .withoutRule("B-weak").withRule(TableRule.of("B-weak", "B", "STRONG", "B=7,8"));
    assertThrows(AssertionError.class, () -> RuleSetAssertions.assertMonotoneInAnswers(
        answerPerverse, Map.of("B", List.of("1", "2", "3", "4", "5", "6", "7", "8")), 50));
  }

  @Property(tries = 100)
  void generatedAnswersAreCompleteAndRespectSkipLogic(@ForAll("ephpp") Answers a) {
    RuleSet cp = Ephpp.commonPractice();
    assertTrue(cp.appraise(a).isFinal(), () -> cp.appraise(a).summary());
    assertTrue(a.get("C2").isPresent() == !a.get("C1").orElseThrow().equals("2"));
  }

  @Provide
  Arbitrary<Answers> ephpp() {
    return AppraisalArbitraries.answers(Ephpp.checklist());
  }
}
