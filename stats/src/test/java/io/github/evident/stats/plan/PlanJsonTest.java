package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import org.junit.jupiter.api.Test;

/** Plans and SWiM checklists survive a round trip through Evident's strict JSON mapper. */
class PlanJsonTest {

  @Test
  void seedPlanRoundTrips() {
    SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(Fixtures.seed());
    String json = EvidentJson.write(plan);
    assertFalse(json.contains("null"), json);
    assertEquals(plan, EvidentJson.read(json, SynthesisPlan.class));
    assertEquals(json, EvidentJson.write(EvidentJson.read(json, SynthesisPlan.class)));
  }

  @Test
  void bcgPlanRoundTripsWithTheMetaAnalysis() throws Exception {
    SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(Fixtures.bcg());
    String json = EvidentJson.write(plan);
    JsonNode n = EvidentJson.strictMapper().readTree(json);
    assertEquals("META_ANALYSIS", n.get("conclusion").asText());
    JsonNode decision = n.get("groups").get(0).get("decision");
    assertEquals("META_ANALYSIS", decision.get("method").asText());
    assertEquals(plan.groups().get(0).decision().metaAnalysis().get().estimate(),
        decision.get("metaAnalysis").get("estimate").asDouble());
    assertTrue(decision.get("reasons").toString().contains("\"i2Lower\""));
    assertEquals(plan, EvidentJson.read(json, SynthesisPlan.class));
  }

  @Test
  void alternativeResultsRoundTrip() {
    SynthesisPlan plan = SynthesisPlanner.withDefaults().withImputedCorrelation(0.5)
        .withOppositeDirectionsBlocking(true).withHeterogeneityBlocking(75).plan(Fixtures.bcg());
    assertTrue(plan.groups().get(0).decision() instanceof Decision.SummaryOfEstimates);
    assertEquals(plan, EvidentJson.read(EvidentJson.write(plan), SynthesisPlan.class));
  }

  @Test
  void swimChecklistRoundTrips() {
    SwimChecklist swim = SwimChecklist.of(SynthesisPlanner.withDefaults().plan(Fixtures.seed()));
    assertEquals(swim, EvidentJson.read(EvidentJson.write(swim), SwimChecklist.class));
  }

  @Test
  void aNumberIsNotReadAsABoolean() {
    String json = EvidentJson.write(SynthesisPlanner.withDefaults().plan(Fixtures.bcg()));
    assertTrue(json.contains("\"riskOfBiasBlocks\" : false"), json);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> EvidentJson.read(json.replace(
            "\"riskOfBiasBlocks\" : false", "\"riskOfBiasBlocks\" : 2147483648"),
            SynthesisPlan.class));
    assertTrue(e.getMessage().contains("riskOfBiasBlocks (line "), e.getMessage());
  }
}
