package io.github.evident.stats.binary;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mantel-Haenszel pooling of 2×2 tables, as R metafor 3.8-1's {@code rma.mh} with its defaults.
 * A configured, immutable object: {@code MantelHaenszel.oddsRatio().withLevel(0.9)}.
 *
 * <p>With {@code N = a + b + c + d}, {@code n1 = a + b} and {@code n2 = c + d} per table:
 * <ul>
 *   <li>odds ratio {@code R/S}, {@code R = Σ ad/N}, {@code S = Σ bc/N}, with the variance of
 *       its logarithm by Robins, Breslow and Greenland (1986);</li>
 *   <li>risk ratio {@code Σ a n2/N / Σ c n1/N}, variance of its logarithm by Greenland and
 *       Robins (1985);</li>
 *   <li>risk difference {@code Σ (a n2 − c n1)/N / Σ n1 n2/N}, variance by Sato, Greenland and
 *       Robins (1989).</li>
 * </ul>
 * The tables enter as they are (no continuity correction). Q, I² and H² compare the study-level
 * effects (escalc's, with 1/2 added to every cell of a table with a zero cell) with the pooled
 * estimate; tables with no events in either group, or only events, are left out of them
 * (escalc's {@code drop00}) and the result says so. For the odds ratio the result also has the
 * Cochran-Mantel-Haenszel test (with continuity correction unless
 * {@link #withoutContinuityCorrection()}), Tarone's test and the Breslow-Day test.
 */
public final class MantelHaenszel {

  private final Measure measure;
  private final double level;
  private final boolean continuityCorrection;

  private MantelHaenszel(Measure measure, double level, boolean continuityCorrection) {
    this.measure = measure;
    this.level = level;
    this.continuityCorrection = continuityCorrection;
  }

  /**
   * The Mantel-Haenszel odds ratio (metafor's {@code measure = "OR"}), at the 95% level.
   *
   * @return the configured method
   */
  public static MantelHaenszel oddsRatio() {
    return new MantelHaenszel(Measure.OR, 0.95, true);
  }

  /**
   * The Mantel-Haenszel risk ratio (metafor's {@code measure = "RR"}), at the 95% level.
   *
   * @return the configured method
   */
  public static MantelHaenszel riskRatio() {
    return new MantelHaenszel(Measure.RR, 0.95, true);
  }

  /**
   * The Mantel-Haenszel risk difference (metafor's {@code measure = "RD"}), at the 95% level.
   *
   * @return the configured method
   */
  public static MantelHaenszel riskDifference() {
    return new MantelHaenszel(Measure.RD, 0.95, true);
  }

  /**
   * The same method with another confidence level.
   *
   * @param level the level, in (0, 1), for example 0.9
   * @return a new configured method
   */
  public MantelHaenszel withLevel(double level) {
    Checks.level("level", level);
    return new MantelHaenszel(measure, level, continuityCorrection);
  }

  /**
   * The same method without the continuity correction in the Cochran-Mantel-Haenszel test
   * (metafor's {@code correct = FALSE}).
   *
   * @return a new configured method
   */
  public MantelHaenszel withoutContinuityCorrection() {
    return new MantelHaenszel(measure, level, false);
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
   *     negative, a group is empty, or the data leave the estimate undefined (for example no
   *     events in group 2 in any table for a ratio)
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
    MantelHaenszelFormulas.Estimate pooled = switch (measure) {
      case OR -> MantelHaenszelFormulas.logOddsRatio(t);
      case RR -> MantelHaenszelFormulas.logRiskRatio(t);
      default -> MantelHaenszelFormulas.riskDifference(t);
    };
    double estimate = pooled.value();
    double se = pooled.standardError();
    if (!Double.isFinite(estimate) || !(se > 0) || !Double.isFinite(se)) {
      throw new IllegalArgumentException("the Mantel-Haenszel " + measure.description()
          + " is not estimable from these tables (estimate " + estimate + ", standard error "
          + se + "): too few events or non-events");
    }
    Optional<PooledResult.OddsRatioTests> tests = measure == Measure.OR
        ? Optional.of(MantelHaenszelFormulas.tests(t, Math.exp(estimate), continuityCorrection))
        : Optional.empty();
    return new PooledResult(measure, level, t.k(), estimate, se,
        heterogeneity(t, estimate), MantelHaenszelFormulas.weights(t, measure), tests, notes(t));
  }

  /** Q of the study-level effects around the pooled estimate, without double-zero tables. */
  private Heterogeneity heterogeneity(Tables t, double estimate) {
    double q = 0;
    int effects = 0;
    for (int i = 0; i < t.k(); i++) {
      if (!t.doubleZero(i)) {
        EffectSize e = t.effect(measure, i);
        q += Math.pow(e.estimate() - estimate, 2) / e.variance();
        effects++;
      }
    }
    return Heterogeneity.of(q, effects - 1);
  }

  private List<String> notes(Tables t) {
    List<String> notes = new ArrayList<>(2);
    t.doubleZeroNote(measure == Measure.RD
        ? "they still count in the Mantel-Haenszel risk difference"
        : "they add nothing to the Mantel-Haenszel " + measure.description())
        .ifPresent(notes::add);
    int corrected = 0;
    for (int i = 0; i < t.k(); i++) {
      corrected += !t.doubleZero(i) && t.effect(measure, i).hasNotes() ? 1 : 0;
    }
    if (corrected > 0) {
      notes.add(Format.count(corrected, "table", "tables") + " with a zero cell: 1/2 added to"
          + " every cell for the study-level effects in Q (escalc add = 1/2, to = \"only0\");"
          + " the pooled estimate uses the counts as they are");
    }
    return notes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MantelHaenszel m && m.measure == measure && m.level == level
        && m.continuityCorrection == continuityCorrection;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, level, continuityCorrection);
  }

  /**
   * One line, for example {@code MantelHaenszel[log odds ratio, level 95%, CMH continuity
   * correction]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "MantelHaenszel[" + measure.description() + ", level " + Format.level(level) + "%"
        + (measure == Measure.OR ? ", CMH " + (continuityCorrection ? "" : "without ")
        + "continuity correction" : "") + "]";
  }
}
