package io.github.evident.stats.meta;

import static io.github.evident.stats.meta.BcgDocumentationExampleTest.VI;
import static io.github.evident.stats.meta.BcgDocumentationExampleTest.YI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import org.junit.jupiter.api.Test;

class MetaResultJsonTest {

  @Test
  void randomEffectsResultWritesIntervalsAsObjectsAndReadsBack() throws Exception {
    MetaResult r = MetaAnalysis.randomEffects().fit(YI, VI);
    String json = EvidentJson.write(r);
    JsonNode n = EvidentJson.strictMapper().readTree(json);
    assertEquals("RANDOM_EFFECTS", n.get("model").asText());
    assertEquals("REML", n.get("tau2Estimator").asText());
    assertEquals(r.pValue(), n.get("pValue").asDouble());
    assertEquals(r.ci().lower(), n.get("ci").get("lower").asDouble());
    assertEquals(r.predictionInterval().orElseThrow().upper(),
        n.get("predictionInterval").get("upper").asDouble());
    assertEquals(r.tau2Ci().orElseThrow().lower(), n.get("tau2Ci").get("lower").asDouble());
    assertEquals(r.tau2StandardError().getAsDouble(), n.get("tau2StandardError").asDouble());
    assertEquals(12, n.get("qDf").asInt());
    assertFalse(n.has("testDf"), json);
    assertEquals(r, EvidentJson.read(json, MetaResult.class));
  }

  @Test
  void absentValuesAreLeftOut() {
    MetaResult r = MetaAnalysis.commonEffect().withKnappHartung().fit(YI, VI);
    String json = EvidentJson.write(r);
    assertFalse(json.contains("predictionInterval"), json);
    assertFalse(json.contains("tau2Ci"), json);
    assertFalse(json.contains("tau2Estimator"), json);
    assertFalse(json.contains("null"), json);
    assertTrue(json.contains("\"testDf\" : 12"), json);
    assertEquals(r, EvidentJson.read(json, MetaResult.class));
  }

  @Test
  void readingChecksTheResultAsTheLibraryDoes() {
    String json = EvidentJson.write(MetaAnalysis.randomEffects().fit(YI, VI));
    IllegalArgumentException k0 = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read(json.replace("\"k\" : 13", "\"k\" : 0"), MetaResult.class));
    assertTrue(k0.getMessage().contains("k must be at least 1, was 0"), k0.getMessage());
    IllegalArgumentException noEstimator = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read(json.replace("\"tau2Estimator\" : \"REML\",", ""),
            MetaResult.class));
    assertTrue(noEstimator.getMessage().contains("tau2Estimator must be present"),
        noEstimator.getMessage());
    IllegalArgumentException i2 = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read(json.replaceFirst("\"i2\" : [0-9.]+", "\"i2\" : 120"),
            MetaResult.class));
    assertTrue(i2.getMessage().contains("i2 must be a percentage in [0, 100], was 120.0"),
        i2.getMessage());
  }

  @Test
  void readingRefusesNullAndValuesOfTheWrongJsonType() {
    IllegalArgumentException nothing = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read("null", MetaResult.class));
    assertEquals("$: expected MetaResult (a JSON object), found null", nothing.getMessage());
    String json = EvidentJson.write(MetaAnalysis.randomEffects().fit(YI, VI));
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read(json.replace("\"level\" : 0.95", "\"level\" : \"1e309\""),
            MetaResult.class));
    assertTrue(text.getMessage().startsWith("$.level (line "), text.getMessage());
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read(json.replaceFirst("\"pValue\" : [0-9.eE-]+", "\"pValue\" : -0.5"),
            MetaResult.class));
    assertTrue(p.getMessage().contains("pValue must be in [0, 1], was -0.5"), p.getMessage());
  }
}
