package io.github.evident.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.testkit.AppraisalArbitraries;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.appraisal.tools.Rob2;
import io.github.evident.core.json.EvidentJson;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rule sets of decision tables read and write as JSON, as plain values ({@code EvidentJson.write}
 * and {@code read}) and as versioned documents ({@code writeDocument} and
 * {@code readDocument(json, "ruleSet", RuleSet.class)}).
 */
class RuleSetJsonTest {

  @Test
  void aRuleSetIsAVersionedDocument() {
    String doc = EvidentJson.writeDocument("ruleSet", Ephpp.dictionary());
    RuleSet read = EvidentJson.readDocument(doc, "ruleSet", RuleSet.class);
    assertEquals(Ephpp.dictionary().verify().uncovered("A"), read.verify().uncovered("A"));
    assertEquals(doc, EvidentJson.writeDocument("ruleSet", read));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> EvidentJson.readDocument(
            doc.replace("\"1.1\"", "\"2.0\""), "ruleSet", RuleSet.class));
    assertTrue(e.getMessage().contains("unsupported schemaVersion \"2.0\""), e.getMessage());
  }

  static final RuleSet EPHPP_READ = EvidentJson.read(
      EvidentJson.write(Ephpp.commonPractice()), RuleSet.class);

  @Test
  void ephppDictionaryRoundTripsWithTheSameGaps() {
    String json = EvidentJson.write(Ephpp.dictionary());
    assertTrue(json.contains("\"type\" : \"table\""), json);
    assertTrue(json.contains("\"type\" : \"count\""), json);
    RuleSet read = EvidentJson.read(json, RuleSet.class);
    assertEquals(Ephpp.dictionary().toString(), read.toString());
    for (String c : Ephpp.checklist().componentIds()) {
      assertEquals(Ephpp.dictionary().verify().uncovered(c), read.verify().uncovered(c));
    }
    assertEquals(json, EvidentJson.write(read));
    assertTrue(EvidentJson.writeDocument("ruleSet", read).contains("\"schemaVersion\""));
  }

  @Test
  void rob2RoundTrips() {
    RuleSet read = EvidentJson.read(EvidentJson.write(Rob2.ruleSet()), RuleSet.class);
    assertTrue(read.verify().isComplete());
    assertEquals("worst-domain", read.global().id());
  }

  @Property(tries = 100)
  void aRuleSetReadFromJsonRatesLikeTheOriginal(@ForAll("ephpp") Answers answers) {
    assertEquals(Ephpp.commonPractice().appraise(answers).toString(),
        EPHPP_READ.appraise(answers).toString());
  }

  @Provide
  Arbitrary<Answers> ephpp() {
    return AppraisalArbitraries.answers(Ephpp.checklist());
  }

  @Test
  void anAppraisalRecordRoundTripsAndIsRatedAgain() {
    Appraisal a = Ephpp.dictionary().appraise("KT", Answers.of("A1", "2", "A2", "1", "B", "5",
        "C1", "2", "D1", "3", "D2", "3", "E1", "1", "E2", "1", "F1", "1", "F2", "1"))
        .withRuling("A", "MODERATE", "KT", "somewhat representative");
    String json = EvidentJson.write(a.record());
    AppraisalRecord read = EvidentJson.read(json, AppraisalRecord.class);
    assertEquals(a.record(), read);
    Appraisal again = Ephpp.dictionary().appraise(read);
    assertEquals(a.toString(), again.toString());
    assertEquals("STRONG", again.globalRating().label());
    assertEquals("KT", again.decidedBy("A").orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Ephpp.commonPractice().appraise(read));
    assertTrue(e.getMessage().contains("EPHPP dictionary"), e::getMessage);
  }

  @Test
  void readsAHandWrittenDecisionTableWithWildcards() {
    String json = """
        {
          "name": "two-item table",
          "checklist": {"tool": "Mini", "version": "1",
            "items": [
              {"id": "x", "text": "X?", "options": [{"code": "1", "label": "yes"},
                                                    {"code": "2", "label": "no"}]},
              {"id": "y", "text": "Y?", "options": [{"code": "1", "label": "yes"},
                                                    {"code": "2", "label": "no"}]}],
            "components": [{"id": "C", "name": "only", "items": ["x", "y"]}]},
          "scale": {"name": "s", "labels": ["good", "bad"]},
          "rules": [
            {"type": "table", "id": "good", "component": "C", "when": {"x": ["1"], "y": ["*"]},
             "then": "good"},
            {"type": "table", "id": "bad", "component": "C", "when": {"x": ["2"]},
             "then": "bad"}],
          "global": {"type": "worstOf", "id": "w", "description": "worst", "order": ["good", "bad"]}
        }
        """;
    RuleSet rs = EvidentJson.read(json, RuleSet.class);
    assertTrue(rs.verify().isComplete());
    assertEquals("good", rs.appraise(Answers.of("x", "1", "y", "2")).globalRating().label());
    assertEquals(List.of("x"), rs.rules().get(0).reads());
  }

  @Test
  void badDocumentsAndJavaRulesFailWithMessages() {
    String unknownType = EvidentJson.write(Ephpp.dictionary())
        .replaceFirst("\"type\" : \"table\"", "\"type\" : \"lambda\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read(unknownType, RuleSet.class));
    assertTrue(e.getMessage().contains("lambda"), e::getMessage);
    String badCode = EvidentJson.write(Ephpp.dictionary())
        .replaceFirst("\"A1\" : \\[ \"1\" \\]", "\"A1\" : [ \"7\" ]");
    e = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read(badCode, RuleSet.class));
    assertTrue(e.getMessage().contains("'7'"), e::getMessage);
    RuleSet java = Ephpp.dictionary().withGlobal(Ephpp.fourStrongGlobal());
    e = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.writeDocument("ruleSet", java));
    assertTrue(e.getMessage().contains("Java code"), e::getMessage);
  }
}
