package io.github.evident.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.PValueCombination;
import io.github.evident.stats.ttest.PairedTTest;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Values at the edges of double precision against 80-digit references
 * ({@code extremes/make-extremes.py}, mpmath): no overflow of int sums, no digits lost in the
 * Hedges correction for huge samples, no spurious rejection of a finite sample.
 */
class ExtremeValuesTest {

  private static final JsonNode REF = load();

  private static JsonNode load() {
    try (InputStream in = ExtremeValuesTest.class.getResourceAsStream("/extremes/extremes.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= 1e-13 * Math.abs(expected),
        () -> what + ": expected " + expected + " but was " + actual);
  }

  @Test
  void hedgesCorrectionKeepsItsDigitsForHugeSamples() {
    for (JsonNode c : REF.get("hedgesCorrection")) {
      double m = c.get("m").asDouble();
      close(c.get("J").asDouble(), EffectSizes.hedgesCorrection(m), "J(" + m + ")");
    }
  }

  @Test
  void standardisedMeanDifferenceDoesNotOverflowWithTheLargestGroups() {
    for (JsonNode c : REF.get("smd")) {
      EffectSize g = EffectSizes.smd(c.get("m1").asDouble(), c.get("sd1").asDouble(),
          c.get("n1").asInt(), c.get("m2").asDouble(), c.get("sd2").asDouble(),
          c.get("n2").asInt());
      close(c.get("yi").asDouble(), g.estimate(), "yi " + c);
      close(c.get("vi").asDouble(), g.variance(), "vi " + c);
    }
  }

  @Test
  void pairedTTestTakesAnyFiniteSample() {
    for (JsonNode c : REF.get("pairedT")) {
      double[] before = values(c.get("before"));
      double[] after = values(c.get("after"));
      close(c.get("t").asDouble(), PairedTTest.withDefaults().test(before, after).statistic(),
          "t " + c);
    }
  }

  @Test
  void aPValueOfOneIsExplained() {
    for (CombinedPValue r : new CombinedPValue[] {PValueCombination.stouffer(1, 1, 1),
        PValueCombination.logit(0.2, 1)}) {
      assertEquals(Double.NEGATIVE_INFINITY, r.statistic());
      assertEquals(1.0, r.pValue());
      assertEquals(1, r.notes().size(), r.toString());
      assertTrue(r.toString().contains("p value of exactly 1"), r.toString());
    }
    assertTrue(PValueCombination.stouffer(0.2, 0.5).notes().isEmpty());
  }

  @Test
  void aCorrelationNeedsFourParticipantsAsInEscalc() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EffectSizes.correlation(0.0, 3));
    assertTrue(e.getMessage().startsWith("n must be at least 4"), e.getMessage());
  }

  private static double[] values(JsonNode a) {
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asDouble();
    }
    return v;
  }
}
