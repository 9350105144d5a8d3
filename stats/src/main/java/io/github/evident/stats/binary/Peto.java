package io.github.evident.stats.binary;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.stats.effect.Measure;
import java.util.List;
import java.util.Optional;

/**
 * Peto's one-step odds ratio (Yusuf et al. 1985), as R metafor 3.8-1's {@code rma.peto} with its
 * defaults. A configured, immutable object: {@code Peto.oddsRatio().withLevel(0.9)}.
 *
 * <p>Per table, {@code E = m1 n1/N} and {@code V = m1 m0 (n1/N)(n2/N)/(N − 1)} with
 * {@code m1 = a + c}, {@code m0 = b + d}; the pooled log odds ratio is {@code Σ (a − E)/Σ V} with
 * variance {@code 1/Σ V}, and {@code Q = Σ (a − E)²/V − (Σ (a − E))²/Σ V} over the tables with
 * {@code V > 0}, on the number of tables with events and non-events less one degrees of freedom.
 */
public final class Peto {

  private final double level;

  private Peto(double level) {
    this.level = level;
  }

  /**
   * Peto's odds ratio at the 95% level.
   *
   * @return the configured method
   */
  public static Peto oddsRatio() {
    return new Peto(0.95);
  }

  /**
   * The same method with another confidence level.
   *
   * @param level the level, in (0, 1), for example 0.9
   * @return a new configured method
   */
  public Peto withLevel(double level) {
    Checks.level("level", level);
    return new Peto(level);
  }

  /**
   * Pools the tables given by their cells.
   *
   * @param a events in group 1, per study
   * @param b non-events in group 1, per study
   * @param c events in group 2, per study
   * @param d non-events in group 2, per study
   * @return the result
   * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a count is
   *     negative, a group is empty, or no table has both events and non-events
   */
  public PooledResult fit(int[] a, int[] b, int[] c, int[] d) {
    return fit(Tables.of(a, b, c, d));
  }

  /**
   * Pools the tables.
   *
   * @param tables one table per study, at least one
   * @return the result
   * @throws IllegalArgumentException as {@link #fit(int[], int[], int[], int[])}, or if the list
   *     or a table is null
   */
  public PooledResult fit(List<TwoByTwo> tables) {
    return fit(Tables.of(tables));
  }

  private PooledResult fit(Tables t) {
    double sumDeviation = 0;
    double sumV = 0;
    double sumSquares = 0;
    double[] weights = new double[t.k()];
    for (int i = 0; i < t.k(); i++) {
      double n = t.n(i);
      double m = t.events(i) * t.nonEvents(i);
      double v = m == 0 ? 0 : m * (t.n1(i) / n) * (t.n2(i) / n) / (n - 1);
      double deviation = t.a[i] - t.events(i) * t.n1(i) / n;
      weights[i] = v;
      sumDeviation += deviation;
      sumV += v;
      sumSquares += v > 0 ? deviation * deviation / v : 0;
    }
    if (!(sumV > 0)) {
      throw new IllegalArgumentException("Peto's odds ratio is not estimable: no table has both"
          + " events and non-events (sum of V = " + sumV + ")");
    }
    double q = sumSquares - sumDeviation * sumDeviation / sumV;
    Heterogeneity h = Heterogeneity.of(q, t.k() - t.doubleZeroCount() - 1);
    return new PooledResult(Measure.PETO, level, t.k(), sumDeviation / sumV,
        Math.sqrt(1 / sumV), h, weights, Optional.empty(),
        t.doubleZeroNote("they add nothing to Peto's odds ratio").stream().toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Peto p && p.level == level;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(level);
  }

  /**
   * One line, for example {@code Peto[log odds ratio, level 95%]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Peto[log odds ratio, level " + Format.level(level) + "%]";
  }
}
