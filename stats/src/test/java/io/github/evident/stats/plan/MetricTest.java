package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.json.EvidentJson;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.Measure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A metric is a measure, or the reported measure of a generic estimate; its code is its JSON. */
class MetricTest {

  @Test
  void codesAndLabels() {
    assertEquals("RR", Metric.of(Measure.RR).code());
    assertEquals("log RR", Metric.of(Measure.RR).label());
    assertEquals("GEN:HR", Metric.reported(" hr ").code());
    assertEquals("HR", Metric.reported("HR").label());
    assertEquals(Metric.reported("HR"), Metric.parse("GEN:HR"));
    assertEquals(Metric.of(Measure.SMCC), Metric.parse("SMCC"));
  }

  @Test
  void dzPoolsWithSmccAndGenericEstimatesWithTheirReportedMeasure() {
    assertEquals(Metric.of(Measure.SMCC), Metric.of(EffectSize.of(Measure.D_Z, 0.5, 0.1)));
    EffectSize hr = new EffectSize(0.2, 0.01, Measure.GEN,
        List.of(Metric.REPORTED_NOTE + "HR"));
    assertEquals(Metric.reported("HR"), Metric.of(hr));
  }

  @Test
  void rawMetricsComeFirstOnlyForOneInstrument() {
    Metric md = Metric.of(Measure.MD);
    Metric smd = Metric.of(Measure.SMD);
    assertTrue(md.rank(true) < smd.rank(true));
    assertTrue(md.rank(false) > smd.rank(false));
    assertTrue(md.raw() && !smd.raw());
  }

  @Test
  void badMetricsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Metric.parse("XYZ"));
    assertThrows(IllegalArgumentException.class, () -> Metric.of(Measure.GEN));
    assertThrows(IllegalArgumentException.class,
        () -> new Metric(Measure.RR, Optional.of("HR")));
  }

  @Test
  void aDecisionWritesItsMetricAsTheCode() throws Exception {
    SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(Fixtures.bcg());
    String json = EvidentJson.write(plan);
    var decision = EvidentJson.strictMapper().readTree(json).get("groups").get(0)
        .get("decision");
    assertEquals("RR", decision.get("metric").asText());
    assertEquals(List.of("method", "reasons", "metric", "contributingStudies", "metaAnalysis",
        "presentation"), iterable(decision.fieldNames()));
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
