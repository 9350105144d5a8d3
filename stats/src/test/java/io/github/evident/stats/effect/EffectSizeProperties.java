package io.github.evident.stats.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Invariants of the effect-size measures and conversions. Properties of four to seven
 * parameters run without edge cases: the combinations of their parameters' extremes would
 * outnumber the tries.
 */
class EffectSizeProperties {

  private static void close(double expected, double actual, String what) {
    double tol = Math.max(1e-9 * Math.abs(expected), 1e-12);
    assertEquals(expected, actual, tol, what);
  }

  /**
   * The t from a two-sided p gives that p back through an independent route, the t
   * distribution function of commons-math (2 P(T < -t)), in relative terms down to p = 1e-200.
   */
  @Property(tries = 100)
  void tFromTwoSidedPGivesThePBack(
      @ForAll @DoubleRange(min = -200, max = -0.01) double log10p,
      @ForAll @DoubleRange(min = 0.5, max = 5) double log10df) {
    double p = Math.pow(10, log10p);
    double df = Math.pow(10, log10df);
    double t = EffectSizeConversions.tFromTwoSidedP(p, df, Direction.POSITIVE);
    double back = 2 * new org.apache.commons.math3.distribution.TDistribution(null, df)
        .cumulativeProbability(-t);
    assertEquals(p, back, 1e-8 * p, "p=" + p + ", df=" + df + ", t=" + t);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void swappingGroupsNegatesMeanDifferencesKeepingTheVariance(
      @ForAll @DoubleRange(min = -50, max = 50) double m1,
      @ForAll @DoubleRange(min = 0.1, max = 20) double sd1, @ForAll @IntRange(min = 2, max = 300) int n1,
      @ForAll @DoubleRange(min = -50, max = 50) double m2,
      @ForAll @DoubleRange(min = 0.1, max = 20) double sd2, @ForAll @IntRange(min = 2, max = 300) int n2) {
    EffectSize md = EffectSizes.meanDifference(m1, sd1, n1, m2, sd2, n2);
    EffectSize mdSwap = EffectSizes.meanDifference(m2, sd2, n2, m1, sd1, n1);
    close(-md.estimate(), mdSwap.estimate(), "MD");
    close(md.variance(), mdSwap.variance(), "MD variance");
    EffectSize g = EffectSizes.smd(m1, sd1, n1, m2, sd2, n2);
    EffectSize gSwap = EffectSizes.smd(m2, sd2, n2, m1, sd1, n1);
    close(-g.estimate(), gSwap.estimate(), "SMD");
    close(g.variance(), gSwap.variance(), "SMD variance");
    EffectSize h = EffectSizes.smdh(m1, sd1, n1, m2, sd2, n2);
    EffectSize hSwap = EffectSizes.smdh(m2, sd2, n2, m1, sd1, n1);
    close(-h.estimate(), hSwap.estimate(), "SMDH");
    close(h.variance(), hSwap.variance(), "SMDH variance");
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void smdIsScaleInvariant(
      @ForAll @DoubleRange(min = -50, max = 50) double m1,
      @ForAll @DoubleRange(min = 0.1, max = 20) double sd1, @ForAll @IntRange(min = 2, max = 300) int n1,
      @ForAll @DoubleRange(min = -50, max = 50) double m2,
      @ForAll @DoubleRange(min = 0.1, max = 20) double sd2, @ForAll @IntRange(min = 2, max = 300) int n2,
      @ForAll @DoubleRange(min = 0.001, max = 1000) @Scale(4) double c) {
    EffectSize g = EffectSizes.smd(m1, sd1, n1, m2, sd2, n2);
    EffectSize scaled = EffectSizes.smd(c * m1, c * sd1, n1, c * m2, c * sd2, n2);
    assertEquals(g.estimate(), scaled.estimate(), 1e-9 * Math.max(1, Math.abs(g.estimate())));
    assertEquals(g.variance(), scaled.variance(), 1e-9 * g.variance());
    EffectSize lrom = EffectSizes.logRatioOfMeans(Math.abs(m1) + 1, sd1, n1, Math.abs(m2) + 1,
        sd2, n2);
    EffectSize lromScaled = EffectSizes.logRatioOfMeans(c * (Math.abs(m1) + 1), c * sd1, n1,
        c * (Math.abs(m2) + 1), c * sd2, n2);
    assertEquals(lrom.estimate(), lromScaled.estimate(), 1e-9);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void tablesGivePositiveVariancesAndConsistentOddsRatios(
      @ForAll @IntRange(min = 0, max = 200) int a, @ForAll @IntRange(min = 0, max = 200) int b,
      @ForAll @IntRange(min = 0, max = 200) int c, @ForAll @IntRange(min = 0, max = 200) int d) {
    if (a + b == 0 || c + d == 0) {
      return;
    }
    EffectSize or = EffectSizes.logOddsRatio(a, b, c, d);
    // the transposed table (rows and columns exchanged) has the same odds ratio
    if (a + c > 0 && b + d > 0) {
      close(or.estimate(), EffectSizes.logOddsRatio(a, c, b, d).estimate(), "transposed OR");
    }
    // exchanging the groups negates the log odds ratio, the log risk ratio and the risk difference
    close(-or.estimate(), EffectSizes.logOddsRatio(c, d, a, b).estimate(), "swapped OR");
    close(-EffectSizes.logRiskRatio(a, b, c, d).estimate(),
        EffectSizes.logRiskRatio(c, d, a, b).estimate(), "swapped RR");
    close(-EffectSizes.riskDifference(a, b, c, d).estimate(),
        EffectSizes.riskDifference(c, d, a, b).estimate(), "swapped RD");
    // exchanging events and non-events negates the log odds ratio
    close(-or.estimate(), EffectSizes.logOddsRatio(b, a, d, c).estimate(), "outcome-swapped OR");
    for (EffectSize es : new EffectSize[] {or, EffectSizes.logRiskRatio(a, b, c, d),
        EffectSizes.riskDifference(a, b, c, d), EffectSizes.petoLogOddsRatio(a, b, c, d)}) {
      assertTrue(es.variance() > 0, es.toString());
      assertTrue(es.ci().contains(es.estimate()), es.toString());
      boolean zero = a == 0 || b == 0 || c == 0 || d == 0;
      assertEquals(zero, es.hasNotes(), es.toString());
    }
  }

  @Property
  void fisherZIsIncreasingInR(@ForAll @DoubleRange(min = -0.999, max = 0.999) @Scale(4) double r1,
      @ForAll @DoubleRange(min = -0.999, max = 0.999) @Scale(4) double r2,
      @ForAll @IntRange(min = 4, max = 5000) int n) {
    if (r1 == r2) {
      return;
    }
    double lo = Math.min(r1, r2);
    double hi = Math.max(r1, r2);
    assertTrue(EffectSizes.fisherZ(lo, n).estimate() < EffectSizes.fisherZ(hi, n).estimate());
    assertTrue(EffectSizes.correlation(lo, n).estimate() < EffectSizes.correlation(hi, n).estimate());
    close(Math.tanh(EffectSizes.fisherZ(r1, n).estimate()), r1, "tanh(atanh(r))");
    assertTrue(EffectSizes.correlation(r1, n).variance() > 0);
  }

  @Property
  void proportionsHavePositiveVariance(@ForAll @IntRange(min = 1, max = 1000) int n,
      @ForAll @DoubleRange(min = 0, max = 1) double share) {
    int x = (int) Math.round(share * n);
    for (EffectSize es : new EffectSize[] {EffectSizes.proportion(x, n),
        EffectSizes.logitProportion(x, n), EffectSizes.arcsineProportion(x, n),
        EffectSizes.freemanTukey(x, n)}) {
      assertTrue(es.variance() > 0, es.toString());
    }
    close(-EffectSizes.logitProportion(x, n).estimate(),
        EffectSizes.logitProportion(n - x, n).estimate(), "PLO symmetry");
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void prePostMeasuresAntisymmetricInTheMeans(@ForAll @DoubleRange(min = -50, max = 50) double m1,
      @ForAll @DoubleRange(min = -50, max = 50) double m2,
      @ForAll @DoubleRange(min = 0.1, max = 20) double sd1,
      @ForAll @DoubleRange(min = 0.1, max = 20) double sd2,
      @ForAll @IntRange(min = 3, max = 300) int n,
      @ForAll @DoubleRange(min = -0.99, max = 0.99) double r) {
    EffectSize a = EffectSizes.smcc(m1, m2, sd1, sd2, n, r);
    EffectSize b = EffectSizes.smcc(m2, m1, sd2, sd1, n, r);
    close(-a.estimate(), b.estimate(), "SMCC");
    close(a.variance(), b.variance(), "SMCC variance");
    assertTrue(EffectSizes.smcr(m1, m2, sd2, n, r).variance() > 0);
    assertTrue(EffectSizes.meanChange(m1, m2, sd1, sd2, n, r).variance() > 0);
    // d_rm = d_z sqrt(2(1 - r))
    close(EffectSizeConversions.dz(m1, m2, sd1, sd2, n, r).estimate() * Math.sqrt(2 * (1 - r)),
        EffectSizeConversions.drm(m1, m2, sd1, sd2, n, r).estimate(), "d_rm");
  }

  @Property
  void conversionsRoundTrip(@ForAll @DoubleRange(min = -3, max = 3) double d,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double v,
      @ForAll @IntRange(min = 2, max = 500) int n) {
    EffectSize lor = EffectSizeConversions.dToLogOddsRatio(d, v);
    EffectSize back = EffectSizeConversions.logOddsRatioToD(lor.estimate(), lor.variance());
    close(d, back.estimate(), "d -> lnOR -> d");
    close(v, back.variance(), "variance d -> lnOR -> d");
    // equal groups: a = 4, and r -> d inverts d -> r
    EffectSize r = EffectSizeConversions.dToCorrelation(d, v, n, n);
    EffectSize d2 = EffectSizeConversions.correlationToD(r.estimate(), r.variance());
    assertEquals(d, d2.estimate(), 1e-9 * Math.max(1, Math.abs(d)));
    assertEquals(v, d2.variance(), 1e-9 * v);
  }

  @Property
  void tFromPInvertsTheTwoSidedPValue(@ForAll @DoubleRange(min = 1e-10, max = 1) @Scale(12) double p,
      @ForAll @IntRange(min = 2, max = 400) int n) {
    double t = EffectSizeConversions.tFromTwoSidedP(p, n - 1.0, Direction.POSITIVE);
    // The two-sided p of t, from Commons Math's t distribution (not our quantile code).
    double back = 2 * new TDistribution(n - 1.0).cumulativeProbability(-t);
    assertEquals(p, back, 1e-7 * p, "p -> t = " + t + " -> p");
    assertEquals(-t, EffectSizeConversions.tFromTwoSidedP(p, n - 1.0, Direction.NEGATIVE));
    EffectSize dz = EffectSizeConversions.dzFromPairedT(t, n);
    close(t / Math.sqrt(n), dz.estimate(), "d_z");
    assertTrue(dz.ci().contains(dz.estimate()));
  }
}
