package io.github.evident.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.bias.Predictor;
import io.github.evident.stats.bias.SmallStudyEffects;
import io.github.evident.stats.bias.TrimAndFill;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaRegression;
import io.github.evident.stats.meta.Moderators;
import io.github.evident.stats.meta.Tau2Estimator;
import io.github.evident.stats.sensitivity.Influence;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Estimates and variances of any magnitude through every meta-analytic entry point: a result
 * without NaN, an {@link IllegalArgumentException} or a reported non-convergence (an
 * {@link ArithmeticException}), within seconds; never a hang or a foreign exception.
 */
class ExtremeMagnitudesProperties {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  /** The inputs of issue 9, items 10-12. */
  private static final List<double[][]> ISSUE_CASES = List.of(
      new double[][] {{0.1, 0.5, 0.9}, {1e300, 1e300, 1e300}},
      new double[][] {{1e300, -1e300, 5e299}, {1, 1, 1}},
      new double[][] {{0.1, 0.5, 0.9}, {1e-300, 1e-300, 1e-300}},
      new double[][] {{0.1, 0.5, 0.9}, {1e-300, 1, 1e300}},
      new double[][] {{1e154, -1e154, 0}, {1, 2, 3}});

  @Test
  void issueCasesGiveNumbersOrClearErrorsEverywhere() {
    for (double[][] c : ISSUE_CASES) {
      for (Tau2Estimator m : Tau2Estimator.values()) {
        everyEntryPoint(c[0], c[1], MetaAnalysis.randomEffects(m));
      }
      everyEntryPoint(c[0], c[1], MetaAnalysis.commonEffect());
    }
  }

  @Property(tries = 60)
  void anyMagnitudeGivesNumbersOrClearErrors(@ForAll("studies") double[][] s,
      @ForAll("estimators") Tau2Estimator m) {
    everyEntryPoint(s[0], s[1], MetaAnalysis.randomEffects(m));
  }

  @Provide
  Arbitrary<double[][]> studies() {
    return Arbitraries.integers().between(3, 6).flatMap(k -> Combinators.combine(
        magnitudes(-3, 3, 300).array(double[].class).ofSize(k),
        magnitudes(0.5, 1, 310).array(double[].class).ofSize(k))
        .as((y, v) -> new double[][] {y, v}));
  }

  /** Mantissas in [lo, hi] times 10 to a power in [−maxExponent, maxExponent]. */
  private static Arbitrary<Double> magnitudes(double lo, double hi, int maxExponent) {
    return Combinators.combine(Arbitraries.doubles().between(lo, hi),
        Arbitraries.integers().between(-maxExponent, maxExponent))
        .as((mantissa, exponent) -> mantissa * Math.pow(10, exponent));
  }

  @Provide
  Arbitrary<Tau2Estimator> estimators() {
    return Arbitraries.of(Tau2Estimator.class);
  }

  private static void everyEntryPoint(double[] y, double[] v, MetaAnalysis analysis) {
    double[] x = new double[y.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    check("fit", () -> analysis.fit(y, v));
    check("meta-regression", () -> MetaRegression.like(analysis)
        .fit(y, v, Moderators.of("x", x)));
    check("leave one out", () -> LeaveOneOut.of(analysis).fit(y, v));
    check("influence", () -> Influence.of(analysis).fit(y, v));
    check("regression test", () -> SmallStudyEffects.regressionTest(analysis, y, v,
        Predictor.STANDARD_ERROR));
    check("trim and fill", () -> TrimAndFill.withDefaults().fit(analysis, y, v));
  }

  private static void check(String what, Supplier<Object> call) {
    String outcome = assertTimeoutPreemptively(LIMIT, () -> {
      try {
        Object r = call.get();
        return "result " + r;
      } catch (IllegalArgumentException | ArithmeticException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), what);
        return "error";
      }
    }, what);
    assertFalse(outcome.contains("NaN"), what + ": " + outcome);
  }
}
