package io.github.evident.stats.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.GeneratedStudies.Data;
import io.github.evident.stats.GeneratedStudies;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of leave-one-out, cumulative and influence analyses. */
class SensitivityProperties {

  /** 3 to 25 studies, each an estimate in [-3, 3] (all distinct) and a variance. */
  @Provide
  Arbitrary<Data> studies() {
    return GeneratedStudies.studies(3, 25, true);
  }

  @Provide
  Arbitrary<MetaAnalysis> analyses() {
    return Combinators.combine(Arbitraries.of(Tau2Estimator.class), Arbitraries.of(true, false),
        Arbitraries.of(true, false)).as((e, kh, common) -> (common ? MetaAnalysis.commonEffect()
            : MetaAnalysis.randomEffects(e).withMaxIterations(1000)
                // Fisher scoring genuinely fails on some generated data (so does metafor).
                .withFallback(Tau2Estimator.DL)).withKnappHartung(kh));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void leavingOutOneOfIdenticalStudiesChangesNothing(@ForAll @IntRange(min = 3, max = 30) int k,
      @ForAll @DoubleRange(min = -3, max = 3) double y,
      @ForAll @DoubleRange(min = 0.01, max = 2) double v, @ForAll Tau2Estimator e) {
    double[] yi = new double[k];
    double[] vi = new double[k];
    Arrays.fill(yi, y);
    Arrays.fill(vi, v);
    SensitivitySeries s = LeaveOneOut.of(MetaAnalysis.randomEffects(e)).fit(yi, vi);
    MetaResult full = s.full().orElseThrow();
    for (SensitivityStep step : s.steps()) {
      MetaResult r = step.fit().orElseThrow();
      close(full.estimate(), r.estimate(), "estimate");
      assertEquals(0, r.tau2(), 1e-12, "tau2");
      assertEquals(0, r.q(), 1e-12, "Q");
      // the estimate of k - 1 identical studies: its standard error grows as 1/sqrt(k - 1)
      close(Math.sqrt(v / (k - 1)), r.standardError(), "se");
    }
  }

  @Property(tries = 150)
  void leaveOneOutEstimateLiesWithinTheRemainingEstimates(@ForAll("studies") Data d,
      @ForAll("analyses") MetaAnalysis a) {
    SensitivitySeries s = LeaveOneOut.of(a).fit(d.y(), d.v());
    for (SensitivityStep step : s.steps()) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < d.y().length; j++) {
        if (j != step.study()) {
          min = Math.min(min, d.y()[j]);
          max = Math.max(max, d.y()[j]);
        }
      }
      double est = step.fit().orElseThrow().estimate();
      double slack = 1e-12 * Math.max(1, Math.abs(max - min));
      assertTrue(est >= min - slack && est <= max + slack,
          est + " outside [" + min + ", " + max + "] " + step);
    }
  }

  @Property(tries = 100)
  void permutingStudiesPermutesTheEntries(@ForAll("studies") Data d,
      @ForAll("analyses") MetaAnalysis a, @ForAll long seed) {
    int k = d.y().length;
    List<Integer> perm = shuffled(k, seed);
    double[] y = new double[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      y[i] = d.y()[perm.get(i)];
      v[i] = d.v()[perm.get(i)];
    }
    SensitivitySeries original = LeaveOneOut.of(a).fit(d.y(), d.v());
    SensitivitySeries permuted = LeaveOneOut.of(a).fit(y, v);
    InfluenceResult inf = Influence.of(a).fit(d.y(), d.v());
    InfluenceResult infPermuted = Influence.of(a).fit(y, v);
    for (int i = 0; i < k; i++) {
      MetaResult p = permuted.steps().get(i).fit().orElseThrow();
      MetaResult o = original.steps().get(perm.get(i)).fit().orElseThrow();
      close(o.estimate(), p.estimate(), "estimate");
      close(o.standardError(), p.standardError(), "se");
      close(o.tau2(), p.tau2(), "tau2");
      close(o.q(), p.q(), "Q");
      close(inf.study(perm.get(i)).dffits(), infPermuted.study(i).dffits(), "dffits");
      close(inf.study(perm.get(i)).rstudent(), infPermuted.study(i).rstudent(), "rstudent");
    }
  }

  @Property(tries = 100)
  void cumulativeLastStepIsTheFullFit(@ForAll("studies") Data d,
      @ForAll("analyses") MetaAnalysis a, @ForAll long seed) {
    int k = d.y().length;
    List<Integer> perm = shuffled(k, seed);
    int[] order = perm.stream().mapToInt(Integer::intValue).toArray();
    SensitivitySeries s = Cumulative.of(a).fit(d.y(), d.v(), order);
    MetaResult last = s.steps().get(k - 1).fit().orElseThrow();
    MetaResult full = s.full().orElseThrow();
    close(full.estimate(), last.estimate(), "estimate");
    close(full.standardError(), last.standardError(), "se");
    close(full.tau2(), last.tau2(), "tau2");
    close(full.q(), last.q(), "Q");
    close(full.pValue(), last.pValue(), "p");
    assertEquals(1, s.steps().get(0).fit().orElseThrow().k());
    assertEquals(order[k - 1], s.steps().get(k - 1).study());
  }

  /** 0, …, k − 1 in a random order. */
  static List<Integer> shuffled(int k, long seed) {
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, new java.util.Random(seed));
    return perm;
  }

  static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }
}
