package io.github.evident.stats.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.Tau2Estimator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of trim and fill, the rank correlation test and fail-safe N. */
class BiasProperties {

  /** Estimates and variances of k studies. */
  record Studies(double[] yi, double[] vi) {
    Studies permuted(long seed) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < yi.length; i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(seed));
      double[] y = new double[yi.length];
      double[] v = new double[yi.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = yi[order.get(i)];
        v[i] = vi[order.get(i)];
      }
      return new Studies(y, v);
    }

    @Override
    public String toString() {
      return "yi " + Arrays.toString(yi) + ", vi " + Arrays.toString(vi);
    }
  }

  private static final List<MetaAnalysis> ANALYSES = List.of(MetaAnalysis.commonEffect(),
      MetaAnalysis.randomEffects(Tau2Estimator.DL),
      MetaAnalysis.randomEffects(Tau2Estimator.REML).withFallback(Tau2Estimator.DL));

  @Provide
  Arbitrary<Studies> studies() {
    Arbitrary<List<Double>> y = Arbitraries.doubles().between(-3, 3).ofScale(4).list()
        .ofMinSize(3).ofMaxSize(20).uniqueElements();
    return y.flatMap(ys -> Arbitraries.doubles().between(0.005, 1).ofScale(4).list()
        .ofSize(ys.size()).uniqueElements().map(vs -> new Studies(unbox(ys), unbox(vs))));
  }

  /**
   * Mirror-image pairs (c + d, v) and (c − d, v) about a centre c: both estimators, under every
   * analysis, with the side estimated or given, find no missing study, and the fit is the
   * original one, centred on c.
   */
  @Property
  void symmetricFunnelGetsNothingFilled(@ForAll("halves") Studies half,
      @ForAll @DoubleRange(min = -2, max = 2) double centre) {
    int m = half.yi().length;
    double[] yi = new double[2 * m];
    double[] vi = new double[2 * m];
    for (int j = 0; j < m; j++) {
      yi[j] = centre + half.yi()[j];
      yi[m + j] = centre - half.yi()[j];
      vi[j] = vi[m + j] = half.vi()[j];
    }
    for (MetaAnalysis analysis : ANALYSES) {
      for (TrimAndFill tf : List.of(TrimAndFill.withDefaults(),
          TrimAndFill.withDefaults().withEstimator(TrimAndFill.Estimator.R0),
          TrimAndFill.withDefaults().withSide(TrimAndFill.Side.RIGHT))) {
        TrimAndFillResult r = tf.fit(analysis, yi, vi);
        assertEquals(0, r.k0(), tf + ", " + analysis);
        assertEquals(0, r.filledEstimates().length);
        assertEquals(centre, r.result().estimate(), 1e-9, "centre");
        assertEquals(analysis.fit(yi, vi), r.result(), "the original fit");
      }
    }
  }

  @Provide
  Arbitrary<Studies> halves() {
    Arbitrary<List<Double>> d = Arbitraries.doubles().between(0.01, 2).ofScale(4).list()
        .ofMinSize(2).ofMaxSize(10).uniqueElements();
    return d.flatMap(ds -> Arbitraries.doubles().between(0.01, 1).ofScale(4).list()
        .ofSize(ds.size()).uniqueElements().map(vs -> new Studies(unbox(ds), unbox(vs))));
  }

  /** Shuffling the studies changes no result (the filled studies as a set). */
  @Property
  void resultsDoNotDependOnStudyOrder(@ForAll("studies") Studies s, @ForAll long seed) {
    Studies p = s.permuted(seed);
    for (MetaAnalysis analysis : ANALYSES) {
      for (TrimAndFill tf : List.of(TrimAndFill.withDefaults(),
          TrimAndFill.withDefaults().withEstimator(TrimAndFill.Estimator.R0))) {
        TrimAndFillResult a;
        try {
          a = tf.fit(analysis, s.yi(), s.vi());
        } catch (ArithmeticException noConvergence) {
          // k0 can oscillate for good (metafor fails on such data too): then in any order.
          assertThrows(ArithmeticException.class, () -> tf.fit(analysis, p.yi(), p.vi()));
          continue;
        }
        TrimAndFillResult b = tf.fit(analysis, p.yi(), p.vi());
        assertEquals(a.k0(), b.k0(), "k0");
        assertEquals(a.side(), b.side(), "side");
        close(a.k0StandardError(), b.k0StandardError(), "se of k0");
        assertArrayEquals(sorted(a.filledEstimates()), sorted(b.filledEstimates()), 1e-9);
        assertArrayEquals(sorted(a.filledVariances()), sorted(b.filledVariances()), 0);
        close(a.result().estimate(), b.result().estimate(), "estimate");
      }
    }
    if (!allEqual(s.vi())) {
      RankCorrelationResult a = RankCorrelation.test(s.yi(), s.vi());
      RankCorrelationResult b = RankCorrelation.test(p.yi(), p.vi());
      close(a.tau(), b.tau(), "tau");
      close(a.pValue(), b.pValue(), "p");
    }
    assertEquals(FailSafeN.rosenthal(s.yi(), s.vi()).n(), FailSafeN.rosenthal(p.yi(), p.vi()).n());
    assertEquals(FailSafeN.rosenberg(s.yi(), s.vi()).n(),
        FailSafeN.rosenberg(p.yi(), p.vi()).n());
    assertEquals(FailSafeN.orwin(s.yi(), s.vi(), 0.1).n(),
        FailSafeN.orwin(p.yi(), p.vi(), 0.1).n());
  }

  /** More studies with the same z (y = z√v) never lower Rosenthal's fail-safe N. */
  @Property
  void rosenthalIsMonotoneInTheNumberOfStudiesWithTheSameZ(
      @ForAll @DoubleRange(min = -6, max = 6) double z,
      @ForAll("variances") List<Double> variances) {
    long previous = -1;
    for (int k = 1; k <= variances.size(); k++) {
      double[] vi = unbox(variances.subList(0, k));
      double[] yi = Arrays.stream(vi).map(v -> z * Math.sqrt(v)).toArray();
      long n = FailSafeN.rosenthal(yi, vi).n();
      assertTrue(n >= previous, "N = " + n + " with k = " + k + " after " + previous);
      previous = n;
    }
  }

  @Provide
  Arbitrary<List<Double>> variances() {
    return Arbitraries.doubles().between(0.001, 2).ofScale(4).list().ofMinSize(1).ofMaxSize(30);
  }

  /** τ lies in [−1, 1] and the p value in [0, 1]; exact exactly when nothing is tied. */
  @Property
  void rankCorrelationIsInRange(@ForAll("studies") Studies s,
      @ForAll @IntRange(min = 0, max = 2) int tiedVariances) {
    double[] vi = s.vi().clone();
    for (int i = 1; i <= tiedVariances && i < vi.length; i++) {
      vi[i] = vi[0];
    }
    if (allEqual(vi)) {
      return;
    }
    RankCorrelationResult r = RankCorrelation.test(s.yi(), vi);
    assertTrue(r.tau() >= -1 && r.tau() <= 1, "tau " + r.tau());
    assertTrue(r.pValue() >= 0 && r.pValue() <= 1, "p " + r.pValue());
    assertEquals(tiedVariances == 0, r.exact(), "exact unless variances are tied");
  }

  private static boolean allEqual(double[] v) {
    return Arrays.stream(v).allMatch(x -> x == v[0]);
  }

  private static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }

  private static void close(double expected, double actual, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN but was " + actual);
      return;
    }
    assertEquals(expected, actual, Math.max(1e-9 * Math.abs(expected), 1e-12), what);
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
