package io.github.evident.appraisal.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.testkit.AppraisalArbitraries;
import io.github.evident.appraisal.testkit.RuleSetAssertions;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * RoB 2 against the published flowcharts (Sterne et al. 2019, BMJ 366:l4898; RoB 2 full
 * guidance, Higgins et al. 2019): expected judgements are read off the flowcharts.
 */
class Rob2Test {

  @Test
  void flowchartsAreCompleteAndUnambiguous() {
    RuleSetAssertions.assertComplete(Rob2.ruleSet());
    RuleSetAssertions.assertUnambiguous(Rob2.ruleSet());
    RuleSetAssertions.assertMonotone(Rob2.ruleSet(), List.of("Low", "Some concerns", "High"));
  }

  @Test
  void domain1FollowsTheFlowchart() {
    assertEquals("High", d1("Y", "N", "N"));
    assertEquals("High", d1("Y", "PN", "Y"));
    assertEquals("Low", d1("Y", "Y", "N"));
    assertEquals("Low", d1("NI", "PY", "NI"));
    assertEquals("Some concerns", d1("N", "Y", "N"));
    assertEquals("Some concerns", d1("Y", "Y", "PY"));
    assertEquals("Some concerns", d1("Y", "NI", "N"));
    assertEquals("High", d1("Y", "NI", "Y"));
  }

  private static String d1(String q11, String q12, String q13) {
    return Rob2.ruleSet().rate("D1", Answers.of("1.1", q11, "1.2", q12, "1.3", q13)).label();
  }

  @Test
  void domain2TakesTheWorseOfItsTwoParts() {
    // Part 1 Low (nobody aware), part 2 Low.
    assertEquals("Low", d2(Answers.of("2.1", "N", "2.2", "PN", "2.6", "Y")));
    // Part 1 Low, part 2: inappropriate analysis with potential substantial impact: High.
    assertEquals("High", d2(Answers.of("2.1", "N", "2.2", "N", "2.6", "N", "2.7", "NI")));
    // Part 1: aware, no information on deviations: Some concerns; part 2 Low.
    assertEquals("Some concerns", d2(Answers.of("2.1", "Y", "2.2", "N", "2.3", "NI",
        "2.6", "PY")));
    // Part 1: deviations likely to affect the outcome, not balanced: High.
    assertEquals("High", d2(Answers.of("2.1", "Y", "2.2", "Y", "2.3", "Y", "2.4", "PY",
        "2.5", "N", "2.6", "Y")));
    // Part 1: deviations balanced: Some concerns; part 2 Some concerns.
    assertEquals("Some concerns", d2(Answers.of("2.1", "NI", "2.2", "N", "2.3", "PY", "2.4",
        "NI", "2.5", "PY", "2.6", "PN", "2.7", "N")));
  }

  private static String d2(Answers a) {
    return Rob2.ruleSet().rate("D2", a).label();
  }

  @Test
  void domains3To5FollowTheFlowcharts() {
    assertEquals("Low", rate("D3", Answers.of("3.1", "PY")));
    assertEquals("Low", rate("D3", Answers.of("3.1", "N", "3.2", "Y")));
    assertEquals("Low", rate("D3", Answers.of("3.1", "N", "3.2", "N", "3.3", "PN")));
    assertEquals("Some concerns", rate("D3", Answers.of("3.1", "N", "3.2", "N", "3.3", "Y",
        "3.4", "N")));
    assertEquals("High", rate("D3", Answers.of("3.1", "NI", "3.2", "PN", "3.3", "NI",
        "3.4", "NI")));
    assertEquals("High", rate("D4", Answers.of("4.1", "Y")));
    assertEquals("High", rate("D4", Answers.of("4.1", "N", "4.2", "PY")));
    assertEquals("Low", rate("D4", Answers.of("4.1", "N", "4.2", "N", "4.3", "N")));
    assertEquals("Low", rate("D4", Answers.of("4.1", "N", "4.2", "N", "4.3", "Y", "4.4",
        "N")));
    assertEquals("Some concerns", rate("D4", Answers.of("4.1", "N", "4.2", "N", "4.3", "Y",
        "4.4", "Y", "4.5", "PN")));
    assertEquals("Some concerns", rate("D4", Answers.of("4.1", "NI", "4.2", "NI", "4.3",
        "N")));
    assertEquals("High", rate("D4", Answers.of("4.1", "N", "4.2", "NI", "4.3", "Y", "4.4",
        "Y", "4.5", "NI")));
    assertEquals("Low", rate("D5", Answers.of("5.1", "Y", "5.2", "N", "5.3", "PN")));
    assertEquals("Some concerns", rate("D5", Answers.of("5.1", "NI", "5.2", "N", "5.3",
        "N")));
    assertEquals("Some concerns", rate("D5", Answers.of("5.1", "Y", "5.2", "NI", "5.3",
        "N")));
    assertEquals("High", rate("D5", Answers.of("5.1", "Y", "5.2", "N", "5.3", "PY")));
  }

  private static String rate(String domain, Answers a) {
    return Rob2.ruleSet().rate(domain, a).label();
  }

  @Test
  void overallIsTheWorstDomainAndRaisingSomeConcernsIsARecordedRuling() {
    Answers allSome = Answers.of("1.1", "N", "1.2", "Y", "1.3", "N",
        "2.1", "Y", "2.2", "N", "2.3", "NI", "2.6", "Y",
        "3.1", "N", "3.2", "N", "3.3", "Y", "3.4", "N",
        "4.1", "NI", "4.2", "NI", "4.3", "N",
        "5.1", "NI", "5.2", "N", "5.3", "N");
    Appraisal a = Rob2.ruleSet().appraise("JH", allSome);
    assertEquals(List.of("Some concerns"), a.ratings().values().stream().distinct().toList());
    assertEquals("Some concerns", a.globalRating().label());
    assertEquals("worst-domain", a.globalRating().trace().ruleId());
    assertTrue(a.isFinal());
    Appraisal raised = a.withRuling(Ruling.GLOBAL, "High", "JH",
        "several domains with some concerns substantially lower confidence in the result");
    assertEquals("High", raised.globalRating().label());
    assertEquals("Some concerns", raised.suggestedGlobalRating().label());
    assertEquals("JH", raised.decidedBy(Ruling.GLOBAL).orElseThrow());
  }

  @Property(tries = 100)
  void overallIsNeverBetterThanAnyDomainAndEqualsTheWorst(@ForAll("answers") Answers answers) {
    Appraisal a = Rob2.ruleSet().appraise(answers);
    List<String> order = Rob2.scale().labels();
    int worst = a.ratings().values().stream().mapToInt(order::indexOf).max().orElseThrow();
    assertEquals(order.get(worst), a.globalRating().label());
  }

  @Provide
  Arbitrary<Answers> answers() {
    return AppraisalArbitraries.answers(Rob2.checklist());
  }
}
