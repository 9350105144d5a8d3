package io.github.evident.stats.synthesis;

import static io.github.evident.stats.synthesis.References.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 70% rule and per-domain sign tests against an independent implementation in R. */
class EffectDirectionTableTest {

  private static EffectDirection parse(String s) {
    return switch (s) {
      case "improvement" -> EffectDirection.IMPROVEMENT;
      case "deterioration" -> EffectDirection.DETERIORATION;
      case "noChange" -> EffectDirection.NO_CHANGE;
      case "conflicting" -> EffectDirection.CONFLICTING;
      default -> throw new IllegalArgumentException(s);
    };
  }

  private static EffectDirectionTable fromReference(JsonNode ref) {
    EffectDirectionTable.Builder b = EffectDirectionTable.builder();
    Iterator<Map.Entry<String, JsonNode>> sizes = ref.get("interventionGroupSizes").fields();
    while (sizes.hasNext()) {
      Map.Entry<String, JsonNode> e = sizes.next();
      b.study(e.getKey(), e.getValue().asInt());
    }
    for (JsonNode o : ref.get("outcomes")) {
      int d = o.get("direction").asInt();
      EffectDirection dir =
          d > 0 ? EffectDirection.IMPROVEMENT
              : d < 0 ? EffectDirection.DETERIORATION : EffectDirection.NO_CHANGE;
      b.outcomes(o.get("study").asText(), o.get("domain").asText(), dir);
    }
    return b.build();
  }

  @Test
  void matchesRuleAndSignTestsComputedInR() {
    JsonNode ref = References.read("effect-direction.json");
    EffectDirectionTable base = fromReference(ref);
    for (JsonNode rule : ref.get("rules")) {
      EffectDirectionTable t = base.withThreshold(rule.get("threshold").asDouble());
      int cells = 0;
      for (JsonNode cell : rule.get("cells")) {
        assertEquals(
            Optional.of(parse(cell.get("direction").asText())),
            t.direction(cell.get("study").asText(), cell.get("domain").asText()),
            cell.toString());
        cells++;
      }
      int nonEmpty = 0;
      for (String s : t.studies()) {
        for (String d : t.domains()) {
          nonEmpty += t.direction(s, d).isPresent() ? 1 : 0;
        }
      }
      assertEquals(cells, nonEmpty);
      for (JsonNode test : rule.get("signTests")) {
        VoteCount v = t.signTest(test.get("domain").asText()).orElseThrow();
        assertEquals(test.get("favourable").asInt(), v.favourable());
        assertEquals(test.get("n").asInt(), v.n());
        assertEquals(test.get("excluded").asInt(), v.excluded());
        assertClose(test.get("signTestP").asDouble(), v.signTestP(), 1e-12, "sign test");
      }
    }
  }

  @Test
  void sizeClassesAndSummary() {
    EffectDirectionTable t = fromReference(References.read("effect-direction.json"));
    assertEquals(SampleSizeClass.SMALL, t.sampleSizeClass("A"));
    assertEquals(SampleSizeClass.LARGE, t.sampleSizeClass("C"));
    assertEquals(SampleSizeClass.MEDIUM, t.sampleSizeClass("D"));
    assertEquals(SampleSizeClass.MEDIUM, t.sampleSizeClass("E"));
    assertEquals(SampleSizeClass.SMALL, t.sampleSizeClass("F"));
    String summary = t.summary();
    assertTrue(summary.contains("▲") && summary.contains("▼") && summary.contains("◄►"), summary);
    assertTrue(summary.contains("3/4, p = 0.6250"), summary);
    assertEquals("effect direction table: 6 studies, 3 domains, threshold 70%", t.toString());
    assertEquals(
        List.of(EffectDirection.IMPROVEMENT, EffectDirection.IMPROVEMENT,
            EffectDirection.NO_CHANGE),
        t.outcomes("C", "mental"));
    assertEquals(Optional.empty(), t.direction("B", "safety"));
  }

  @Test
  void ruleBoundaryIsInclusive() {
    List<EffectDirection> seven = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      seven.add(i < 7 ? EffectDirection.DETERIORATION : EffectDirection.IMPROVEMENT);
    }
    assertEquals(EffectDirection.DETERIORATION, EffectDirection.ofDomain(seven, 0.7));
    seven.set(0, EffectDirection.NO_CHANGE);
    assertEquals(EffectDirection.CONFLICTING, EffectDirection.ofDomain(seven, 0.7));
  }

  @Test
  void rejectsBadInput() {
    EffectDirectionTable.Builder b = EffectDirectionTable.builder().study("A", 10);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.study("B", 0));
    assertTrue(e.getMessage().contains("'B'") && e.getMessage().contains("was 0"));
    e = assertThrows(IllegalArgumentException.class,
        () -> b.outcomes("Z", "mental", EffectDirection.IMPROVEMENT));
    assertTrue(e.getMessage().contains("'Z'"));
    e = assertThrows(IllegalArgumentException.class,
        () -> b.outcomes("A", "mental", EffectDirection.IMPROVEMENT, null));
    assertTrue(e.getMessage().contains("index 1") && e.getMessage().contains("'A'"));
    e = assertThrows(IllegalArgumentException.class, () -> b.threshold(0.5));
    assertTrue(e.getMessage().contains("threshold") && e.getMessage().contains("0.5"));
    e = assertThrows(IllegalArgumentException.class, () -> b.study("A", 5));
    assertTrue(e.getMessage().contains("already"));
    e = assertThrows(IllegalArgumentException.class, () -> SampleSizeClass.of(-3));
    assertTrue(e.getMessage().contains("-3"));
  }
}
