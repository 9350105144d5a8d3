package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.GeneratedStudies;
import io.github.evident.stats.internal.SubsetFit;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast leave-one-out fits (downdated sums, series about the full fit's τ² values) equal the
 * fits of copies of the k − 1 studies by {@link Fitter}: the same convergence, notes and
 * iterations, and every number to rounding (1e-10 relative).
 */
class LeaveOneOutFitsProperties {

  static final double REL = 1e-10;

  /** The studies of {@link HeterogeneityIntervalsOptionProperties}: k from 2 to 30. */
  @Provide
  Arbitrary<GeneratedStudies.Data> studies() {
    return GeneratedStudies.studies(2, 30, true);
  }

  @Property(tries = 200)
  void equalToFitsOfCopies(@ForAll("studies") GeneratedStudies.Data d, @ForAll Tau2Estimator e,
      @ForAll boolean knappHartung, @ForAll boolean common) {
    MetaAnalysis a = (common ? MetaAnalysis.commonEffect() : MetaAnalysis.randomEffects(e))
        .withKnappHartung(knappHartung);
    compare(a, d.y(), d.v());
  }

  @Property(tries = 60)
  void equalToFitsOfCopiesWithFewIterations(@ForAll("studies") GeneratedStudies.Data d,
      @ForAll boolean fallback) {
    MetaAnalysis a = MetaAnalysis.randomEffects(Tau2Estimator.REML).withMaxIterations(3);
    compare(fallback ? a.withFallback(Tau2Estimator.DL) : a, d.y(), d.v());
  }

  @Example
  void equalToFitsOfCopiesForManyStudies() {
    Random r = new Random(20261201);
    int k = 1500;
    double[] y = new double[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      v[i] = 0.01 + 0.5 * r.nextDouble();
      y[i] = 0.3 + r.nextGaussian() * Math.sqrt(v[i] + 0.1);
    }
    for (Tau2Estimator e : new Tau2Estimator[] {Tau2Estimator.REML, Tau2Estimator.ML,
        Tau2Estimator.EB, Tau2Estimator.DL, Tau2Estimator.HE}) {
      compare(MetaAnalysis.randomEffects(e).withKnappHartung(), y, v);
    }
    compare(MetaAnalysis.commonEffect(), y, v);
  }

  static void compare(MetaAnalysis a, double[] y, double[] v) {
    SubsetFit[] fast = new SubsetFits().leaveOneOut(a, y, v);
    SubsetFit[] copies = SubsetFits.leaveOneOutByCopies(a, y, v);
    for (int i = 0; i < y.length; i++) {
      SubsetFit f = fast[i];
      SubsetFit c = copies[i];
      String where = a + ", without study " + i;
      assertEquals(c.failure().isPresent(), f.failure().isPresent(), where + ": " + c + " / " + f);
      if (c.fit().isEmpty()) {
        continue;
      }
      MetaResult x = c.fit().orElseThrow();
      MetaResult z = f.fit().orElseThrow();
      assertEquals(x.notes().size(), z.notes().size(), where + " notes " + x.notes() + " / "
          + z.notes());
      assertEquals(x.iterations(), z.iterations(), where);
      assertEquals(x.tau2Estimator(), z.tau2Estimator(), where);
      assertEquals(x.test(), z.test(), where);
      close(x.estimate(), z.estimate(), where + " estimate");
      close(x.standardError(), z.standardError(), where + " se");
      close(x.pValue(), z.pValue(), where + " p");
      close(x.tau2(), z.tau2(), where + " tau2");
      close(x.q(), z.q(), where + " Q");
      close(x.i2(), z.i2(), where + " I2");
      close(x.h2(), z.h2(), where + " H2");
      close(x.ci().lower(), z.ci().lower(), where + " ci");
      close(c.weightSum(), f.weightSum(), where + " weight sum");
      close(c.allWeightSum(), f.allWeightSum(), where + " all weight sum");
      x.tau2StandardError().ifPresent(s -> close(s, z.tau2StandardError().orElseThrow(),
          where + " se tau2"));
    }
  }

  static void close(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= REL * Math.max(1, Math.abs(expected)),
        what + ": " + expected + " vs " + actual);
  }
}
