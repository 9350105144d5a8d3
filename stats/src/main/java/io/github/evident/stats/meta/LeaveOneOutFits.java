package io.github.evident.stats.meta;

import io.github.evident.stats.internal.SubsetFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The k fits of a configured analysis with one study left out, each equal (to rounding) to
 * {@link Fitter}'s fit of those k − 1 studies without heterogeneity intervals, in about O(k) per
 * fit instead of O(k) per iteration: sums that do not depend on τ² are the full sums less the
 * left-out study, and the sums at any τ² come from {@link DeletedSums}. The Fisher scoring
 * estimators start from the HE estimate of the k − 1 studies and iterate as {@link Fitter} does;
 * the check for a local maximum at τ² = 0 uses an upper bound of the log-likelihood gap and
 * computes it exactly only if the bound does not settle it.
 *
 * <p>Paule-Mandel and Sidik-Jonkman, a fallback after non-convergence and k = 2 are fitted by
 * {@link Fitter} on a copy of the subset.
 */
final class LeaveOneOutFits {

  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private final MetaAnalysis lean;
  private final double[] y;
  private final double[] v;
  private final int k;
  private final double[] c;
  private final double yMean;
  private final double sumC;
  private final double sumC2;
  private final double sumV;
  private final double sumV2;
  private final double sumLogV;
  private final int[] smallest = {-1, -1};
  private final int[] largest = {-1, -1};
  private final DeletedSums sums;

  LeaveOneOutFits(MetaAnalysis lean, double[] y, double[] v) {
    this.lean = lean;
    this.y = y;
    this.v = v;
    this.k = y.length;
    double total = 0;
    for (double yj : y) {
      total += yj;
    }
    yMean = total / k;
    c = new double[k];
    double sc = 0;
    double sc2 = 0;
    double sv = 0;
    double sv2 = 0;
    double slv = 0;
    for (int j = 0; j < k; j++) {
      c[j] = y[j] - yMean;
      sc += c[j];
      sc2 += c[j] * c[j];
      sv += v[j];
      sv2 += v[j] * v[j];
      slv += Math.log(v[j]);
      rank(j);
    }
    sumC = sc;
    sumC2 = sc2;
    sumV = sv;
    sumV2 = sv2;
    sumLogV = slv;
    sums = new DeletedSums(v, c, v[smallest[0]]);
    sums.addReference(0);
  }

  /** Keeps the indices of the two smallest and the two largest variances. */
  private void rank(int j) {
    if (smallest[0] < 0 || v[j] < v[smallest[0]]) {
      smallest[1] = smallest[0];
      smallest[0] = j;
    } else if (smallest[1] < 0 || v[j] < v[smallest[1]]) {
      smallest[1] = j;
    }
    if (largest[0] < 0 || v[j] > v[largest[0]]) {
      largest[1] = largest[0];
      largest[0] = j;
    } else if (largest[1] < 0 || v[j] > v[largest[1]]) {
      largest[1] = j;
    }
  }

  /** The k fits, entry i without study i. */
  SubsetFit[] fitAll() {
    Tau2Estimator estimator = lean.estimator();
    boolean fast = k > 2 && (lean.model() == MetaResult.Model.COMMON_EFFECT
        || !(estimator == Tau2Estimator.PM || estimator == Tau2Estimator.SJ));
    if (fast && lean.model() == MetaResult.Model.RANDOM_EFFECTS) {
      addReferences(estimator);
    }
    SubsetFit[] fits = new SubsetFit[k];
    for (int i = 0; i < k; i++) {
      fits[i] = fast ? fit(i) : SubsetFits.fitCopy(lean, i, y, v);
    }
    return fits;
  }

  /** References at the τ² values the fit of all studies visits. */
  private void addReferences(Tau2Estimator estimator) {
    List<Double> visited = new ArrayList<>();
    Fitter.Sums zero = sums.without(-1, 0).sums();
    try {
      if (estimator.isIterative()) {
        Fitter.fisherScoring(estimator, lean, k, heRaw(-1), t -> {
          visited.add(t);
          return sums.without(-1, t).sums();
        }, t -> false, new ArrayList<>());
      } else {
        visited.add(tau2Fit(estimator, -1, zero).tau2());
      }
    } catch (NonConvergenceException e) {
      // the τ² values visited before giving up are references all the same
    }
    visited.forEach(sums::addReference);
  }

  /** The fit without study i. */
  private SubsetFit fit(int i) {
    int n = k - 1;
    boolean random = lean.model() == MetaResult.Model.RANDOM_EFFECTS;
    List<String> notes = new ArrayList<>();
    MetaResult.Test test = Fitter.chooseTest(lean, n, random, notes);
    Fitter.noteVarianceRatio(v[smallest[smallest[0] == i ? 1 : 0]],
        v[largest[largest[0] == i ? 1 : 0]], notes);
    Fitter.Sums zero = sums.without(i, 0).sums();
    Fitter.Tau2Fit tau2Fit = null;
    if (random) {
      try {
        tau2Fit = tau2Fit(lean.estimator(), i, zero, notes);
      } catch (NonConvergenceException e) {
        return lean.fallback() == null ? SubsetFit.failed(e.getMessage())
            : SubsetFits.fitCopy(lean, i, y, v);
      }
    }
    double tau2 = random ? tau2Fit.tau2() : 0;
    DeletedSums.Values at = sums.without(i, tau2);
    double origin = yMean + at.centre;
    double swy = at.a1 + origin * at.a0;
    Fitter.Pooled pooled;
    try {
      pooled = Fitter.pool(n, swy / at.a0, 1 / at.a0, m -> {
        double d = m - origin;
        return at.a2 - 2 * d * at.a1 + d * d * at.a0;
      }, test, 1 - lean.level());
    } catch (IllegalArgumentException e) {
      return SubsetFit.failed(e.getMessage());
    }
    Fitter.Heterogeneity het = Fitter.heterogeneity(n, zero, tau2, random);
    MetaResult r = Fitter.result(lean, n, test, tau2Fit, pooled, het,
        Fitter.HeterogeneityIntervals.NONE, notes);
    return new SubsetFit(Optional.of(r), Optional.empty(), at.a0,
        at.a0 + 1.0 / (v[i] + tau2));
  }

  private Fitter.Tau2Fit tau2Fit(Tau2Estimator estimator, int i, Fitter.Sums zero) {
    return tau2Fit(estimator, i, zero, new ArrayList<>());
  }

  /** τ² without study i (none left out when i = −1). */
  private Fitter.Tau2Fit tau2Fit(Tau2Estimator estimator, int i, Fitter.Sums zero,
      List<String> notes) {
    int n = i < 0 ? k : k - 1;
    switch (estimator) {
      case DL:
        return Fitter.dl(n, zero);
      case HS:
      case HSK:
        return Fitter.hs(estimator, n, zero);
      case HE:
        return Fitter.he(n, heRaw(i), without(sumV, v, i), withoutSquare(sumV2, v, i));
      default:
        return Fitter.fisherScoring(estimator, lean, n, heRaw(i),
            t -> sums.without(i, t).sums(), t -> belowZero(estimator, i, t), notes);
    }
  }

  private static double without(double sum, double[] x, int i) {
    return i < 0 ? sum : sum - x[i];
  }

  private static double withoutSquare(double sum, double[] x, int i) {
    return i < 0 ? sum : sum - x[i] * x[i];
  }

  /** The Hedges estimate before truncation, without study i (none when i = −1). */
  private double heRaw(int i) {
    int n = i < 0 ? k : k - 1;
    double sc = without(sumC, c, i);
    double mean = sc / n;
    double squares = withoutSquare(sumC2, c, i);
    double rss = squares - n * mean * mean;
    if (rss < 1e-3 * squares) {
      rss = squaresAbout(mean, i);
    }
    double sv = without(sumV, v, i);
    double trPV = sv - sv / n;
    return (rss - trPV) / (n - 1);
  }

  /** Σ<sub>j≠i</sub>(c<sub>j</sub> − m)², directly (when the downdate would cancel). */
  private double squaresAbout(double m, int i) {
    double ss = 0;
    for (int j = 0; j < k; j++) {
      if (j != i) {
        double r = c[j] - m;
        ss += r * r;
      }
    }
    return ss;
  }

  /**
   * Whether the (restricted) log-likelihood without study i at τ² = 0 exceeds that at τ² by
   * more than the tolerance, as {@link Fitter} checks for a local maximum.
   */
  private boolean belowZero(Tau2Estimator estimator, int i, double tau2) {
    Fitter.Sums at = sums.without(i, tau2).sums();
    Fitter.Sums zero = sums.without(i, 0).sums();
    double atZero = logLikelihood(estimator, sumLogV - Math.log(v[i]), zero);
    double bound = atZero - logLikelihood(estimator, sums.logSumUpperBound(i, tau2), at);
    if (bound <= Zeroin.R_TOL) {
      return false;
    }
    return atZero - logLikelihood(estimator, sums.logSum(i, tau2), at) > Zeroin.R_TOL;
  }

  private double logLikelihood(Tau2Estimator estimator, double sumLog, Fitter.Sums s) {
    int n = k - 1;
    if (estimator == Tau2Estimator.ML) {
      return -0.5 * n * LOG_2PI - 0.5 * sumLog - 0.5 * s.rss;
    }
    return -0.5 * (n - 1) * LOG_2PI - 0.5 * sumLog - 0.5 * Math.log(s.s1) - 0.5 * s.rss;
  }
}
