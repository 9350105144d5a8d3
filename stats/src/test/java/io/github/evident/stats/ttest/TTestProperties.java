package io.github.evident.stats.ttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.effect.EffectSizes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the t tests. */
class TTestProperties {

  @Provide
  Arbitrary<List<Double>> samples() {
    return Arbitraries.doubles().between(-100, 100).ofScale(2).list().ofMinSize(3).ofMaxSize(40);
  }

  private static double[] unbox(List<Double> list) {
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double sd(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.length - 1));
  }

  private static double cor(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Property(tries = 100)
  void pairedStatisticFromRawDataEqualsTheOneFromSummaryStatistics(
      @ForAll("samples") List<Double> beforeList, @ForAll("samples") List<Double> afterList,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double level) {
    int n = Math.min(beforeList.size(), afterList.size());
    double[] before = unbox(beforeList.subList(0, n));
    double[] after = unbox(afterList.subList(0, n));
    double[] diff = new double[n];
    for (int i = 0; i < n; i++) {
      diff[i] = after[i] - before[i];
    }
    Assume.that(sd(diff) > 1e-6 && sd(before) > 0 && sd(after) > 0);
    PairedTTest test = PairedTTest.withDefaults().withLevel(level);
    PairedTTestResult raw = test.test(before, after);
    PairedTTestResult summary = test.fromPrePost(mean(before), sd(before), mean(after),
        sd(after), n, cor(before, after));
    assertEquals(raw.statistic(), summary.statistic(),
        1e-7 * Math.max(1, Math.abs(raw.statistic())));
    assertEquals(raw.pValue(), summary.pValue(), 1e-7);
    assertTrue(raw.ci().contains(raw.meanDifference()), raw.toString());
    assertEquals(raw.statistic(), raw.dz().estimate() * Math.sqrt(n),
        1e-9 * Math.max(1, Math.abs(raw.statistic())));
    for (Alternative alt : Alternative.values()) {
      PairedTTestResult r = test.withAlternative(alt).test(before, after);
      assertTrue(r.ci().contains(r.meanDifference()), r.toString());
    }
    double greater = test.withAlternative(Alternative.GREATER).test(before, after).pValue();
    double less = test.withAlternative(Alternative.LESS).test(before, after).pValue();
    assertEquals(1, greater + less, 1e-12);
    // The two-sided p is twice the smaller one-sided p (so it never exceeds 1 unclamped).
    assertEquals(2 * Math.min(greater, less), raw.pValue(), 1e-12);
  }

  @Property(tries = 100)
  void twoSampleTestsAreConsistent(@ForAll("samples") List<Double> xs,
      @ForAll("samples") List<Double> ys) {
    double[] x = unbox(xs);
    double[] y = unbox(ys);
    Assume.that(sd(x) > 1e-6 && sd(y) > 1e-6);
    for (TwoSampleTTest test : new TwoSampleTTest[] {TwoSampleTTest.welch(),
        TwoSampleTTest.student()}) {
      TwoSampleTTestResult r = test.test(x, y);
      TwoSampleTTestResult swapped = test.test(y, x);
      assertEquals(-r.statistic(), swapped.statistic(), 1e-9 * Math.max(1, Math.abs(r.statistic())));
      assertEquals(r.pValue(), swapped.pValue(), 1e-12);
      assertEquals(r.df(), swapped.df(), 1e-9 * r.df());
      assertTrue(r.ci().contains(r.meanDifference()), r.toString());
      TwoSampleTTestResult s = test.fromSummary(mean(x), sd(x), x.length, mean(y), sd(y),
          y.length);
      assertEquals(r.statistic(), s.statistic(), 1e-7 * Math.max(1, Math.abs(r.statistic())));
      assertEquals(EffectSizes.smd(mean(x), sd(x), x.length, mean(y), sd(y), y.length)
          .estimate(), r.hedgesG().estimate(), 1e-7 * Math.max(1, Math.abs(r.hedgesG().estimate())));
    }
    // Welch's degrees of freedom lie between min(n1, n2) - 1 and n1 + n2 - 2
    double df = TwoSampleTTest.welch().test(x, y).df();
    assertTrue(df >= Math.min(x.length, y.length) - 1 - 1e-9 && df <= x.length + y.length - 2 + 1e-9);
  }
}
