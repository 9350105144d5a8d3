package io.github.evident.stats.effect;

import static io.github.evident.stats.effect.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Conversions against {@code /conversions/conversions.json} (R qt, t.test, cor, effectsize 0.8.3
 * and the Borenstein et al. 2009 formulas evaluated in R; see make-conversions-reference.R).
 */
class ConversionsTest {

  private static final JsonNode REF = Reference.load("/conversions/conversions.json");

  private static double at(JsonNode node, String field, int k) {
    return node.get(field).get(k).asDouble();
  }

  @Test
  void tFromTwoSidedPMatchesQt() {
    JsonNode r = REF.get("t_from_p");
    for (int k = 0; k < r.get("p").size(); k++) {
      double t = EffectSizeConversions.tFromTwoSidedP(at(r, "p", k), at(r, "df", k),
          Direction.POSITIVE);
      assertClose(at(r, "t", k), t, "t[" + k + "]");
      assertClose(-at(r, "t", k), EffectSizeConversions.tFromTwoSidedP(at(r, "p", k),
          at(r, "df", k), Direction.NEGATIVE), "negative t[" + k + "]");
    }
  }

  /**
   * Tiny two-sided p values (and p values near 1) keep their t statistic: the quantile is
   * relative-accurate in both tails, as R's {@code qt(p/2, df, lower.tail = FALSE)}.
   */
  @Test
  void tFromTwoSidedPMatchesQtInTheFarTails() {
    JsonNode r = REF.get("t_from_p_tails");
    for (int k = 0; k < r.get("p").size(); k++) {
      double expected = at(r, "t", k);
      double t = EffectSizeConversions.tFromTwoSidedP(at(r, "p", k), at(r, "df", k),
          Direction.POSITIVE);
      String what = "t for p=" + at(r, "p", k) + ", df=" + at(r, "df", k);
      assertTrue(Math.abs(t - expected) <= 1e-6 * expected,
          () -> what + ": expected " + expected + " but was " + t);
    }
  }

  @Test
  void cohensDFromIndependentT() {
    JsonNode r = REF.get("d_from_t");
    for (int k = 0; k < r.get("t").size(); k++) {
      EffectSize d = EffectSizeConversions.dFromIndependentT(at(r, "t", k),
          (int) at(r, "n1", k), (int) at(r, "n2", k));
      assertEquals(Measure.D, d.measure());
      assertClose(at(r, "d", k), d.estimate(), "d[" + k + "]");
      assertClose(at(r, "v", k), d.variance(), "v[" + k + "]");
    }
  }

  @Test
  void cohensDFromTwoSidedP() {
    JsonNode r = REF.get("d_from_p");
    for (int k = 0; k < r.get("p").size(); k++) {
      Direction dir = at(r, "sign", k) > 0 ? Direction.POSITIVE : Direction.NEGATIVE;
      EffectSize d = EffectSizeConversions.dFromIndependentP(at(r, "p", k), (int) at(r, "n1", k),
          (int) at(r, "n2", k), dir);
      assertClose(at(r, "d", k), d.estimate(), "d[" + k + "]");
      assertClose(at(r, "v", k), d.variance(), "v[" + k + "]");
    }
  }

  @Test
  void logOddsRatioAndDBothWays() {
    JsonNode r = REF.get("lor_to_d");
    for (int k = 0; k < r.get("lor").size(); k++) {
      EffectSize d = EffectSizeConversions.logOddsRatioToD(at(r, "lor", k), at(r, "v", k));
      assertClose(at(r, "d", k), d.estimate(), "d[" + k + "]");
      assertClose(at(r, "vd", k), d.variance(), "vd[" + k + "]");
    }
    JsonNode s = REF.get("d_to_lor");
    for (int k = 0; k < s.get("d").size(); k++) {
      EffectSize lor = EffectSizeConversions.dToLogOddsRatio(at(s, "d", k), at(s, "v", k));
      assertEquals(Measure.OR, lor.measure());
      assertClose(at(s, "lor", k), lor.estimate(), "lor[" + k + "]");
      assertClose(at(s, "vlor", k), lor.variance(), "vlor[" + k + "]");
    }
  }

  @Test
  void dAndCorrelationBothWays() {
    JsonNode r = REF.get("d_to_r");
    for (int k = 0; k < r.get("d").size(); k++) {
      int n1 = (int) at(r, "n1", k);
      int n2 = (int) at(r, "n2", k);
      EffectSize cor = EffectSizeConversions.dToCorrelation(at(r, "d", k), at(r, "v", k), n1, n2);
      assertEquals(Measure.COR, cor.measure());
      assertClose(at(r, "r", k), cor.estimate(), "r[" + k + "]");
      assertClose(at(r, "vr", k), cor.variance(), "vr[" + k + "]");
      if (n1 == n2) {
        assertClose(at(r, "r_effectsize_equal_n", k), cor.estimate(), "effectsize r[" + k + "]");
      }
    }
    JsonNode s = REF.get("r_to_d");
    for (int k = 0; k < s.get("r").size(); k++) {
      EffectSize d = EffectSizeConversions.correlationToD(at(s, "r", k), at(s, "v", k));
      assertClose(at(s, "d", k), d.estimate(), "d[" + k + "]");
      assertClose(at(s, "vd", k), d.variance(), "vd[" + k + "]");
    }
  }

  @Test
  void pairedStandardizersFromRawDataRoutes() {
    for (JsonNode p : REF.get("paired")) {
      String name = p.get("name").asText();
      double m1 = p.get("m1").asDouble();
      double m2 = p.get("m2").asDouble();
      double sd1 = p.get("sd1").asDouble();
      double sd2 = p.get("sd2").asDouble();
      int n = p.get("n").asInt();
      double r = p.get("r").asDouble();
      double t = p.get("t").asDouble();

      EffectSize fromT = EffectSizeConversions.dzFromPairedT(t, n);
      assertEquals(Measure.D_Z, fromT.measure());
      assertClose(p.get("d_z").asDouble(), fromT.estimate(), name + " d_z from t");
      assertClose(p.get("v_z").asDouble(), fromT.variance(), name + " v_z from t");
      EffectSize fromP = EffectSizeConversions.dzFromPairedP(p.get("p").asDouble(), n,
          t > 0 ? Direction.POSITIVE : Direction.NEGATIVE);
      assertClose(p.get("d_z").asDouble(), fromP.estimate(), name + " d_z from p");

      EffectSize dz = EffectSizeConversions.dz(m1, m2, sd1, sd2, n, r);
      assertClose(p.get("d_z").asDouble(), dz.estimate(), name + " d_z");
      EffectSize drm = EffectSizeConversions.drm(m1, m2, sd1, sd2, n, r);
      assertEquals(Measure.D_RM, drm.measure());
      assertClose(p.get("d_rm").asDouble(), drm.estimate(), name + " d_rm");
      assertClose(p.get("v_rm").asDouble(), drm.variance(), name + " v_rm");
      EffectSize drmT = EffectSizeConversions.drmFromPairedT(t, n, r);
      assertClose(p.get("d_rm").asDouble(), drmT.estimate(), name + " d_rm from t");
      assertClose(p.get("v_rm").asDouble(), drmT.variance(), name + " v_rm from t");
      EffectSize dav = EffectSizeConversions.dav(m1, m2, sd1, sd2, n, r);
      assertEquals(Measure.D_AV, dav.measure());
      assertClose(p.get("d_av").asDouble(), dav.estimate(), name + " d_av");
      assertClose(p.get("v_av").asDouble(), dav.variance(), name + " v_av");
    }
  }

  @Test
  void recoversThePrePostCorrelationThatRComputesFromRawData() {
    for (JsonNode p : REF.get("paired")) {
      double r = EffectSizeConversions.prePostCorrelationFromPairedT(p.get("m1").asDouble(),
          p.get("m2").asDouble(), p.get("sd1").asDouble(), p.get("sd2").asDouble(),
          p.get("n").asInt(), p.get("t").asDouble());
      assertClose(p.get("r").asDouble(), r, p.get("name").asText() + " r");
    }
  }

  @Test
  void rejectsAnImpossibleRecoveredCorrelation() {
    // a small t for a large mean change: r = (1 + 1 - 10 * 25 / 1) / 2 = -124
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EffectSizeConversions.prePostCorrelationFromPairedT(15, 10, 1, 1, 10, 1));
    assertTrue(e.getMessage().contains("outside [-1, 1]"), e.getMessage());
    assertTrue(e.getMessage().contains("r=-124") && e.getMessage().contains("t=1.0"),
        e.getMessage());
    IllegalArgumentException sign = assertThrows(IllegalArgumentException.class,
        () -> EffectSizeConversions.prePostCorrelationFromPairedT(15, 10, 1, 1, 10, -3));
    assertTrue(sign.getMessage().contains("t=-3.0"), sign.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> EffectSizeConversions.prePostCorrelationFromPairedT(15, 10, 1, 1, 10, 0));
    assertTrue(zero.getMessage().contains("t must be non-zero"), zero.getMessage());
  }

  @Test
  void conversionValidationNamesFieldAndValue() {
    assertMessage(() -> EffectSizeConversions.tFromTwoSidedP(0, 10, Direction.POSITIVE), "p",
        "0.0");
    assertMessage(() -> EffectSizeConversions.tFromTwoSidedP(1.5, 10, Direction.POSITIVE), "p",
        "1.5");
    assertMessage(() -> EffectSizeConversions.tFromTwoSidedP(0.5, -1, Direction.POSITIVE), "df",
        "-1.0");
    assertMessage(() -> EffectSizeConversions.dFromIndependentT(Double.NaN, 10, 10), "t", "NaN");
    assertMessage(() -> EffectSizeConversions.dFromIndependentT(2, 1, 10), "n1", "1");
    assertMessage(() -> EffectSizeConversions.dzFromPairedT(2, 1), "n", "1");
    assertMessage(() -> EffectSizeConversions.drmFromPairedT(2, 10, 1), "r", "1.0");
    assertMessage(() -> EffectSizeConversions.dav(2, 1, -1, 1, 10, 0.5), "sd1", "-1.0");
    assertMessage(() -> EffectSizeConversions.logOddsRatioToD(1, 0), "variance", "0.0");
    assertMessage(() -> EffectSizeConversions.correlationToD(1, 0.1), "r", "1.0");
    assertMessage(() -> EffectSizeConversions.dToCorrelation(0.5, 0.1, 0, 5), "n1", "0");
    assertMessage(() -> EffectSizeConversions.tFromTwoSidedP(0.5, 10, null), "direction", "null");
    assertMessage(() -> EffectSizeConversions.dFromIndependentP(0.5, 10, 1, Direction.NEGATIVE),
        "n2", "1");
    assertMessage(() -> EffectSizeConversions.dzFromPairedP(0.5, 0, Direction.NEGATIVE), "n", "0");
    assertMessage(() -> EffectSizeConversions.dz(2, 1, 1, 1, 10, 1), "SD of the differences",
        "r=1.0");
    assertMessage(() -> EffectSizeConversions.dav(2, 1, 0, 0, 10, 0.5), "average SD", "sd1=0.0");
    assertMessage(() -> EffectSizeConversions.drm(2, 1, 1, 1, 10, -1.2), "r", "-1.2");
    assertMessage(() -> EffectSizeConversions.dToLogOddsRatio(Double.NaN, 0.1), "d", "NaN");
    assertMessage(() -> EffectSizeConversions.prePostCorrelationFromPairedT(2, 1, 0, 1, 10, 2),
        "sd1", "0.0");
    assertMessage(() -> CorrelationSensitivity.over(new double[0], r -> EffectSize.of(r, 1)),
        "imputedR", "at least one");
    assertMessage(() -> CorrelationSensitivity.over(new double[] {0.5}, r -> null), "imputedR[0]",
        "0.5");
    assertMessage(() -> CorrelationSensitivity.over(new double[] {0.5},
        r -> EffectSizes.smcc(1, 0, 1, 1, 2, r)), "imputedR[0]=0.5", "n must be at least 3");
  }

  @Test
  void sensitivityOverImputedCorrelations() {
    // Morris (2008) study 1 with three imputed correlations; each row must equal a direct call.
    double[] rs = {0.2, 0.47, 0.8};
    CorrelationSensitivity s = CorrelationSensitivity.over(rs,
        r -> EffectSizes.smcc(38.5, 30.6, 11.6, 15.0, 20, r));
    rs[0] = 0.99; // the table keeps its own copy
    assertEquals(3, s.rows().size());
    assertEquals(0.2, s.rows().get(0).r());
    // r = 0.47 is the metafor morris2008_smcc case: yi 0.541663699150114, vi 0.0573349890744246
    assertClose(0.541663699150114, s.rows().get(1).effectSize().estimate(), "smcc yi");
    assertClose(0.0573349890744246, s.rows().get(1).effectSize().variance(), "smcc vi");
    assertTrue(s.minEstimate() < s.maxEstimate());
    String summary = s.summary();
    assertTrue(summary.contains("SMCC") && summary.contains("0.470"), summary);
    assertEquals(6, summary.split("\n").length, summary);
    assertThrows(UnsupportedOperationException.class, () -> s.rows().clear());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorrelationSensitivity.over(new double[] {0.5, 1.3}, r -> EffectSize.of(r, 1)));
    assertTrue(e.getMessage().contains("imputedR[1]") && e.getMessage().contains("1.3"),
        e.getMessage());
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable call, String field,
      String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(field) && e.getMessage().contains(value),
        () -> "expected '" + field + "' and '" + value + "' in: " + e.getMessage());
  }
}
