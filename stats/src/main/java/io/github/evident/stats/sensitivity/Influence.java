package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Checks;
import io.github.evident.stats.internal.StudyData;
import io.github.evident.stats.internal.SubsetFit;
import io.github.evident.stats.internal.SubsetFitting;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.NonConvergenceException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Influence diagnostics for each study of an intercept-only meta-analysis, as metafor 3.8-1's
 * {@code influence} (Viechtbauer and Cheung 2010): externally standardised residuals, DFFITS,
 * Cook's distance, covariance ratio, τ² and Q without the study, hat values, weights, DFBETAS,
 * and the flag for influential studies with the {@link InfluenceCriterion criteria} that set it.
 * Immutable.
 *
 * <pre>{@code
 * InfluenceResult inf = Influence.of(MetaAnalysis.randomEffects()).fit(yi, vi);
 * System.out.println(inf.summary());
 * }</pre>
 *
 * <p>The fits without each study are those of {@link LeaveOneOut}; one that fails leaves NaN in
 * the diagnostics that need it and gives the reason.
 */
public final class Influence {

  private final MetaAnalysis analysis;

  private Influence(MetaAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Influence diagnostics of the given meta-analysis.
   *
   * @param analysis the configured analysis (any estimator, test and level)
   * @return the analysis of influence
   * @throws IllegalArgumentException if {@code analysis} is null
   */
  public static Influence of(MetaAnalysis analysis) {
    return new Influence(Checks.notNull("analysis", analysis));
  }

  /**
   * The configured meta-analysis.
   *
   * @return the analysis
   */
  public MetaAnalysis analysis() {
    return analysis;
  }

  /**
   * Computes the diagnostics of every study. The arrays are copied.
   *
   * @param yi the effect size estimates, finite, at least two
   * @param vi their sampling variances, finite and positive
   * @return the diagnostics
   * @throws IllegalArgumentException as {@link LeaveOneOut#fit(double[], double[])}
   * @throws NonConvergenceException if the fit of all studies does not converge (the
   *     diagnostics all refer to it) and the analysis has no fallback
   */
  public InfluenceResult fit(double[] yi, double[] vi) {
    double[][] yv = StudyData.copy(yi, vi, "k (the number of studies)", 2,
        "influence needs the fit without each study");
    double[] y = yv[0];
    double[] v = yv[1];
    MetaResult full = analysis.fit(y, v);
    SubsetFit[] deleted = SubsetFitting.get().leaveOneOut(analysis, y, v);
    double sumW = 0;
    for (double vj : v) {
      sumW += 1.0 / (vj + full.tau2());
    }
    List<StudyInfluence> studies = new ArrayList<>(y.length);
    for (int i = 0; i < y.length; i++) {
      double hat = 1.0 / (v[i] + full.tau2()) / sumW;
      studies.add(diagnostics(i, y[i], v[i], hat, full, deleted[i]));
    }
    return new InfluenceResult(full, studies);
  }

  /** The diagnostics of study i from the full fit and the fit without it. */
  private static StudyInfluence diagnostics(int i, double yi, double vi, double hat,
      MetaResult full, SubsetFit d) {
    int k = full.k();
    if (d.fit().isEmpty()) {
      double nan = Double.NaN;
      return new StudyInfluence(i, nan, nan, nan, nan, nan, nan, hat, 100 * hat, nan,
          flags(k, nan, nan, hat, nan), d.failure(), List.of());
    }
    MetaResult del = d.fit().orElseThrow();
    double vb = full.standardError() * full.standardError();
    double vbDel = del.standardError() * del.standardError();
    double s2w = del.test() == MetaResult.Test.KNAPP_HARTUNG ? vbDel * d.weightSum() : 1;
    double tau2Del = del.tau2();
    double diff = full.estimate() - del.estimate();
    double dffits = diff / Math.sqrt(s2w * hat * (tau2Del + vi));
    double dfbetas = diff / Math.sqrt(s2w / d.allWeightSum());
    double cook = diff * diff / vb;
    double resid = yi - del.estimate();
    if (Math.abs(resid) < 100 * Math.ulp(1.0)) {
      resid = 0;
    }
    double rstudent = resid / Math.sqrt(vi * s2w + vbDel + tau2Del * s2w);
    return new StudyInfluence(i, rstudent, dffits, cook, vbDel / vb, tau2Del, del.q(), hat,
        100 * hat, dfbetas, flags(k, dffits, cook, hat, dfbetas), Optional.empty(),
        del.notes());
  }

  /** The criteria met, metafor's {@code inf} flag. */
  private static Set<InfluenceCriterion> flags(int k, double dffits, double cook, double hat,
      double dfbetas) {
    Set<InfluenceCriterion> met = EnumSet.noneOf(InfluenceCriterion.class);
    double[] values = {dffits, cook, hat, dfbetas};
    InfluenceCriterion[] all = InfluenceCriterion.values();
    for (int c = 0; c < all.length; c++) {
      if (all[c].flags(values[c], k)) {
        met.add(all[c]);
      }
    }
    return met;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Influence i && analysis.equals(i.analysis);
  }

  @Override
  public int hashCode() {
    return analysis.hashCode() * 31 + 3;
  }

  /**
   * The analysis in words, for example {@code influence diagnostics of random-effects
   * meta-analysis (REML), z test, 95% level}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "influence diagnostics of " + analysis;
  }
}
