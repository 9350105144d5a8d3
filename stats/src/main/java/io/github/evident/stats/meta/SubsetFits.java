package io.github.evident.stats.meta;

import io.github.evident.stats.internal.SubsetFit;
import io.github.evident.stats.internal.SubsetFitting;
import java.util.Optional;

/**
 * Fits of a configured analysis to subsets of the studies, for the sensitivity package: each
 * subset is fitted exactly as {@link MetaAnalysis#fit(double[], double[])} would fit it, without
 * the Q-profile intervals of τ², I² and H², and a fit that fails is reported, not thrown.
 */
final class SubsetFits implements SubsetFitting {

  @Override
  public SubsetFit[] leaveOneOut(MetaAnalysis analysis, double[] yi, double[] vi) {
    return new LeaveOneOutFits(analysis.withHeterogeneityIntervals(false), yi, vi).fitAll();
  }

  /** The leave-one-out fits, each by {@link Fitter} on a copy of its k − 1 studies. */
  static SubsetFit[] leaveOneOutByCopies(MetaAnalysis analysis, double[] yi, double[] vi) {
    MetaAnalysis lean = analysis.withHeterogeneityIntervals(false);
    SubsetFit[] fits = new SubsetFit[yi.length];
    for (int i = 0; i < yi.length; i++) {
      fits[i] = fitCopy(lean, i, yi, vi);
    }
    return fits;
  }

  /** The fit without study i by {@link Fitter} on a copy of the other studies. */
  static SubsetFit fitCopy(MetaAnalysis lean, int i, double[] yi, double[] vi) {
    int k = yi.length;
    double[] y = new double[k - 1];
    double[] v = new double[k - 1];
    for (int j = 0, n = 0; j < k; j++) {
      if (j != i) {
        y[n] = yi[j];
        v[n++] = vi[j];
      }
    }
    return fitSubset(lean, y, v, vi);
  }

  @Override
  public SubsetFit[] cumulative(MetaAnalysis analysis, double[] yi, double[] vi, int[] order) {
    MetaAnalysis lean = analysis.withHeterogeneityIntervals(false);
    int k = yi.length;
    SubsetFit[] fits = new SubsetFit[k];
    for (int m = 1; m <= k; m++) {
      double[] y = new double[m];
      double[] v = new double[m];
      for (int j = 0; j < m; j++) {
        y[j] = yi[order[j]];
        v[j] = vi[order[j]];
      }
      fits[m - 1] = fitSubset(lean, y, v, vi);
    }
    return fits;
  }

  /** One subset's fit, or the reason it failed. */
  private static SubsetFit fitSubset(MetaAnalysis lean, double[] y, double[] v, double[] all) {
    MetaResult r;
    try {
      r = Fitter.fit(lean, y, v);
    } catch (NonConvergenceException | IllegalArgumentException e) {
      return SubsetFit.failed(e.getMessage());
    }
    double s = 0;
    for (double vj : v) {
      s += 1.0 / (vj + r.tau2());
    }
    double sAll = 0;
    for (double vj : all) {
      sAll += 1.0 / (vj + r.tau2());
    }
    return new SubsetFit(Optional.of(r), Optional.empty(), s, sAll);
  }
}
