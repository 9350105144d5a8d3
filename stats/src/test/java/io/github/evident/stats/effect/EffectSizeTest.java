package io.github.evident.stats.effect;

import static io.github.evident.stats.effect.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.Interval;
import io.github.evident.core.json.EvidentJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EffectSize value: intervals, text, JSON, and the Hedges correction. */
class EffectSizeTest {

  @Test
  void waldIntervalUsesNormalQuantiles() {
    // R: 0.3 + c(-1, 1) * qnorm(0.975) * sqrt(0.04) and qnorm(0.95) for 90%
    EffectSize es = EffectSize.of(0.3, 0.04);
    Interval ci = es.ci();
    assertClose(-0.0919927969080108, ci.lower(), "lower 95");
    assertClose(0.691992796908011, ci.upper(), "upper 95");
    Interval ci90 = es.ci(0.90);
    assertClose(-0.0289707253902943, ci90.lower(), "lower 90");
    assertClose(0.628970725390294, ci90.upper(), "upper 90");
    assertClose(0.2, es.standardError(), "se");
  }

  @Test
  void hedgesCorrectionIsExactNotTheApproximation() {
    // R: exp(lgamma(m/2) - log(sqrt(m/2)) - lgamma((m-1)/2)) (metafor:::.cmicalc)
    assertClose(0.888202907672751, EffectSizes.hedgesCorrection(7), 1e-12, "J(7)");
    assertClose(0.982840737371298, EffectSizes.hedgesCorrection(44), 1e-12, "J(44)");
    double approx = 1 - 3.0 / (4 * 7 - 1);
    assertTrue(Math.abs(approx - EffectSizes.hedgesCorrection(7)) > 1e-6);
  }

  @Test
  void genericConstructorKeepsTheTwoAccessors() {
    EffectSize es = new EffectSize(0.5, 0.01);
    assertEquals(0.5, es.estimate());
    assertEquals(0.01, es.variance());
    assertEquals(Measure.GEN, es.measure());
    assertFalse(es.hasNotes());
  }

  @Test
  void notesAreCopiedAndUnmodifiable() {
    List<String> notes = new ArrayList<>(List.of("a"));
    EffectSize es = new EffectSize(1, 1, Measure.GEN, notes);
    notes.add("b");
    assertEquals(List.of("a"), es.notes());
    assertThrows(UnsupportedOperationException.class, () -> es.notes().add("c"));
  }

  @Test
  void ratioMeasuresAreLabelledOnTheLogScale() {
    assertEquals("log RR", Measure.RR.label());
    assertEquals("log OR", Measure.OR.label());
    assertEquals("log ROM", Measure.ROM.label());
    assertEquals("Peto log OR", Measure.PETO.label());
    assertEquals("d_z", Measure.D_Z.label());
    assertEquals("d", Measure.D.label());
    assertEquals("SMD", Measure.SMD.label());
    assertEquals("RD", Measure.RD.label());
  }

  @Test
  void toStringIsOneReadableLine() {
    String s = EffectSizes.logOddsRatio(0, 10, 5, 5).toString();
    assertTrue(s.startsWith("log OR -3.0445 (SE 1.5681, 95% CI"), s);
    assertTrue(s.contains("zero cell"), s);
    assertFalse(s.contains("\n"));
  }

  @Test
  void roundTripsThroughJson() {
    EffectSize es = EffectSizes.logRiskRatio(0, 20, 3, 17);
    String json = EvidentJson.write(es);
    assertEquals(es, EvidentJson.read(json, EffectSize.class));
  }
}
