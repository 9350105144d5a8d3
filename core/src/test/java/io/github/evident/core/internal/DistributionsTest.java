package io.github.evident.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Every distribution function against R (see {@code src/test/resources/distributions}): tails in
 * both directions, two-sided p values and quantiles, including tiny probabilities.
 */
class DistributionsTest {

  private static final JsonNode TAILS = read("tails.json");
  private static final JsonNode REF = read("distributions.json");

  /** Beyond this t, {@link Distributions#tTwoSidedQuantile} reports the double range exceeded. */
  private static final double T_RANGE = 1e150;

  @Test
  void normalUpperQuantileMatchesQnorm() {
    for (JsonNode c : TAILS.get("normalQuantile")) {
      double p = c.get("p").asDouble();
      // below the normal range the double p itself carries fewer digits
      double tol = p < Double.MIN_NORMAL ? 1e-6 : 1e-13;
      assertClose(c.get("z").asDouble(), Distributions.normalUpperQuantile(p), tol, "z(" + p + ")");
    }
  }

  @Test
  void normalUpperMatchesPnorm() {
    for (JsonNode c : TAILS.get("normalUpper")) {
      double z = c.get("z").asDouble();
      assertClose(c.get("p").asDouble(), Distributions.normalUpper(z), 1e-12, "Q(" + z + ")");
    }
  }

  @Test
  void logNormalUpperMatchesPnormLogP() {
    for (JsonNode c : REF.get("logNormalUpper")) {
      double z = c.get("z").asDouble();
      assertClose(c.get("logp").asDouble(), Distributions.logNormalUpper(z), 1e-13,
          "ln Q(" + z + ")");
    }
  }

  @Test
  void normalTwoSidedAndCriticalValueMatchR() {
    for (JsonNode c : REF.get("normalTwoSided")) {
      double z = c.get("z").asDouble();
      assertClose(c.get("p").asDouble(), Distributions.normalTwoSided(z), 1e-13, "p(" + z + ")");
    }
    for (JsonNode c : REF.get("normalCritical")) {
      double level = c.get("level").asDouble();
      assertClose(c.get("z").asDouble(), Distributions.normalCritical(level), 1e-13,
          "z at level " + level);
    }
  }

  @Test
  void studentTUpperMatchesPt() {
    for (JsonNode c : TAILS.get("studentTUpper")) {
      double t = c.get("t").asDouble();
      double df = c.get("df").asDouble();
      assertClose(c.get("p").asDouble(), Distributions.tUpper(t, df), 1e-10,
          "t = " + t + ", df = " + df);
    }
  }

  @Test
  void studentTTailsMatchPt() {
    for (JsonNode c : REF.get("tTails")) {
      double t = c.get("t").asDouble();
      double df = c.get("df").asDouble();
      String what = "t = " + t + ", df = " + df;
      assertClose(c.get("lower").asDouble(), Distributions.tLower(t, df), 1e-11, "lower " + what);
      assertClose(c.get("upper").asDouble(), Distributions.tUpper(t, df), 1e-11, "upper " + what);
      assertClose(c.get("twoSided").asDouble(), Distributions.tTwoSided(t, df), 1e-11,
          "two-sided " + what);
    }
  }

  @Test
  void studentTQuantilesMatchQt() {
    for (JsonNode c : REF.get("tUpperQuantile")) {
      double p = c.get("p").asDouble();
      double df = c.get("df").asDouble();
      double q = c.get("q").asDouble();
      if (Math.abs(q) > T_RANGE) {
        assertThrows(IllegalArgumentException.class, () -> Distributions.tUpperQuantile(p, df));
      } else {
        // Below p = 1e-100 R's qt is the less accurate one: pt(qt(1e-300, 3), 3, lower.tail =
        // FALSE, log.p = TRUE) is -690.77552792, while ln(1e-300) = -690.77552790 is what pt
        // gives at our quantile.
        double tol = p < 1e-100 ? 1e-7 : 1e-12;
        assertClose(q, Distributions.tUpperQuantile(p, df), tol, "qt(" + p + ", " + df + ")");
      }
    }
    for (JsonNode c : REF.get("tTwoSidedQuantile")) {
      double p = c.get("p").asDouble();
      double df = c.get("df").asDouble();
      assertClose(c.get("q").asDouble(), Distributions.tTwoSidedQuantile(p, df), 1e-12,
          "qt(" + p + " / 2, " + df + ")");
    }
  }

  @Test
  void twoSidedTQuantileKeepsItsDigitsForPNearOne() {
    // Cauchy (df = 1): P(|T| < t) = (2 / pi) atan(t), so t = tan(pi (1 - p) / 2); 1 - p is exact.
    for (double p : new double[] {1 - 1e-10, 1 - 1e-6, 0.999}) {
      assertClose(Math.tan(Math.PI * (1 - p) / 2), Distributions.tTwoSidedQuantile(p, 1), 1e-13,
          "Cauchy quantile for p = " + p);
    }
  }

  @Test
  void chiSquaredAndFQuantilesKeepTheirDigitsInBothTails() {
    // Closed forms: chi-squared with df = 2 has P(X > x) = exp(-x / 2), so q = -2 ln(1 - p);
    // F(1, 1) has P(F <= x) = (2 / pi) atan(sqrt(x)), so q = tan(pi p / 2)^2
    // = 1 / tan(pi (1 - p) / 2)^2. 1 - p is exact for p >= 0.5.
    for (double p : new double[] {1e-10, 1e-8, 0.5, 0.999, 1 - 1e-6, 1 - 1e-10}) {
      double chi = p > 0.5 ? -2 * Math.log(1 - p) : -2 * Math.log1p(-p);
      assertClose(chi, Distributions.chiSquaredQuantile(p, 2), 1e-13, "qchisq(" + p + ", 2)");
      double f = p > 0.5 ? Math.pow(Math.tan(Math.PI * (1 - p) / 2), -2)
          : Math.pow(Math.tan(Math.PI * p / 2), 2);
      assertClose(f, Distributions.fQuantile(p, 1, 1), 1e-13, "qf(" + p + ", 1, 1)");
    }
  }

  @Test
  void chiSquaredMatchesPchisqAndQchisq() {
    for (JsonNode c : TAILS.get("chiSquaredUpper")) {
      double x = c.get("x").asDouble();
      double df = c.get("df").asDouble();
      assertClose(c.get("p").asDouble(), Distributions.chiSquaredUpper(x, df), 1e-10,
          "x = " + x + ", df = " + df);
    }
    for (JsonNode c : REF.get("chiSquaredTails")) {
      double x = c.get("x").asDouble();
      double df = c.get("df").asDouble();
      String what = "x = " + x + ", df = " + df;
      assertClose(c.get("lower").asDouble(), Distributions.chiSquaredLower(x, df), 1e-12,
          "lower " + what);
      assertClose(c.get("upper").asDouble(), Distributions.chiSquaredUpper(x, df), 1e-12,
          "upper " + what);
    }
    for (JsonNode c : REF.get("chiSquaredQuantile")) {
      double p = c.get("p").asDouble();
      double df = c.get("df").asDouble();
      assertNear(c.get("q").asDouble(), Distributions.chiSquaredQuantile(p, df),
          "qchisq(" + p + ", " + df + ")");
    }
  }

  @Test
  void fMatchesPfAndQf() {
    for (JsonNode c : REF.get("fTails")) {
      double x = c.get("x").asDouble();
      double df1 = c.get("df1").asDouble();
      double df2 = c.get("df2").asDouble();
      String what = "x = " + x + ", df = " + df1 + ", " + df2;
      assertClose(c.get("lower").asDouble(), Distributions.fLower(x, df1, df2), 1e-12,
          "lower " + what);
      assertClose(c.get("upper").asDouble(), Distributions.fUpper(x, df1, df2), 1e-12,
          "upper " + what);
    }
    for (JsonNode c : REF.get("fQuantile")) {
      double p = c.get("p").asDouble();
      double df1 = c.get("df1").asDouble();
      double df2 = c.get("df2").asDouble();
      assertNear(c.get("q").asDouble(), Distributions.fQuantile(p, df1, df2),
          "qf(" + p + ", " + df1 + ", " + df2 + ")");
    }
  }

  @Test
  void betaBinomialAndLogGammaMatchR() {
    for (JsonNode c : REF.get("betaQuantile")) {
      double p = c.get("p").asDouble();
      double a = c.get("a").asDouble();
      double b = c.get("b").asDouble();
      assertClose(c.get("q").asDouble(), Distributions.betaQuantile(p, a, b), 1e-9,
          "qbeta(" + p + ", " + a + ", " + b + ")");
    }
    for (JsonNode c : REF.get("binomialHalfUpper")) {
      int m = c.get("m").asInt();
      int n = c.get("n").asInt();
      assertClose(c.get("p").asDouble(), Distributions.binomialHalfUpper(m, n), 1e-12,
          "P(X >= " + m + "), n = " + n);
    }
    for (JsonNode c : REF.get("logGamma")) {
      double x = c.get("x").asDouble();
      assertClose(c.get("y").asDouble(), Distributions.logGamma(x), 1e-13, "lgamma(" + x + ")");
    }
  }

  @Test
  void irwinHallExtremes() {
    // P(S <= s) = s^k / k! for s <= 1 (metap::sump uses the same single term):
    // R: exp(3 * log(0.3) - lgamma(4)) = 0.0045
    assertClose(0.0045, Distributions.irwinHallLower(new BigDecimal("0.3"), 3), 1e-12, "k=3");
    // by symmetry, P(S <= 2.7) for k = 3 is 1 - 0.0045
    assertClose(0.9955, Distributions.irwinHallLower(new BigDecimal("2.7"), 3), 1e-12, "upper");
  }

  /** R 4.2.2: {@code .Call(stats:::C_pKendall, q, n)}, printed with 17 significant digits. */
  @Test
  void kendallLowerTailAgreesWithR() {
    double[][] cases = {{0, 5, 0.0083333333333333332}, {3, 5, 0.24166666666666667},
        {10, 8, 0.19937996031746033}, {30, 12, 0.36865276232897759},
        {600, 50, 0.42086254177354571}, {700, 50, 0.92922012310267987},
        {1000, 60, 0.92941748207364849}, {4000, 120, 0.97465909004024687}};
    for (double[] c : cases) {
      assertClose(c[2], Distributions.kendallLower((long) c[0], (int) c[1]), 1e-12,
          "pkendall(" + c[0] + ", " + c[1] + ")");
    }
  }

  /** The upper tail is the lower tail reflected about the centre, exactly so at the ends. */
  @Test
  void kendallUpperTailIsTheReflectedLowerTail() {
    assertClose(1.0 / 120, Distributions.kendallUpper(10, 5), 1e-15, "all concordant, n = 5");
    assertEquals(1.0, Distributions.kendallUpper(0, 5));
    assertEquals(0.0, Distributions.kendallLower(-1, 5));
    assertEquals(1.0, Distributions.kendallLower(10, 5));
    assertClose(1 - 0.24166666666666667, Distributions.kendallUpper(4, 5), 1e-12, "T >= 4");
  }

  @Test
  void criticalValueRejectsALevelOutsideTheUnitInterval() {
    assertEquals("level must be in (0, 1), was 1.0", assertThrows(
        IllegalArgumentException.class, () -> Distributions.normalCritical(1.0)).getMessage());
  }

  private static JsonNode read(String name) {
    try (InputStream in = DistributionsTest.class.getResourceAsStream("/distributions/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /distributions/" + name);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Agreement of a quantile found by inverting the distribution function: {@code 1e-9} relative
   * plus the inversion's absolute accuracy {@code 1e-14} (so a quantile below it reads as 0).
   */
  private static void assertNear(double expected, double actual, String what) {
    double error = Math.abs(actual - expected);
    assertTrue(error <= 1e-9 * Math.abs(expected) + 1e-14,
        () -> what + ": expected " + expected + " (R) but was " + actual + " (error " + error + ")");
  }

  /** Agreement to {@code relTol} relative; an expected 0 requires {@code |actual| <= 1e-300}. */
  private static void assertClose(double expected, double actual, double relTol, String what) {
    boolean ok = expected == 0.0 ? Math.abs(actual) <= 1e-300
        : Math.abs(actual - expected) <= relTol * Math.abs(expected);
    assertTrue(ok, () -> what + ": expected " + expected + " (R) but was " + actual
        + " (relative error " + Math.abs(actual - expected) / Math.abs(expected) + ")");
  }
}
