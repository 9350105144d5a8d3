package io.github.evident.stats.internal;

import io.github.evident.stats.meta.MetaAnalysis;
import java.util.Objects;

/**
 * Fits of a configured {@link MetaAnalysis} to subsets of validated studies. The meta package
 * registers its implementation when {@code MetaAnalysis} is initialised; {@link #get()} returns
 * it.
 */
public interface SubsetFitting {

  /**
   * The fits with each study left out in turn, fast: sums that do not depend on τ² are the
   * full sums less the left-out study, and τ² is re-estimated for each subset as a fit of that
   * subset would estimate it.
   *
   * @param analysis the configured analysis
   * @param yi validated estimates, k ≥ 2 (not modified)
   * @param vi validated variances (not modified)
   * @return the k fits, entry i without study i
   */
  SubsetFit[] leaveOneOut(MetaAnalysis analysis, double[] yi, double[] vi);

  /**
   * The fits of the first m studies in the given order, m = 1, …, k.
   *
   * @param analysis the configured analysis
   * @param yi validated estimates (not modified)
   * @param vi validated variances (not modified)
   * @param order a permutation of 0, …, k − 1
   * @return the k fits, entry m − 1 with the first m studies
   */
  SubsetFit[] cumulative(MetaAnalysis analysis, double[] yi, double[] vi, int[] order);

  /**
   * The registered implementation.
   *
   * @return the implementation of the meta package
   */
  static SubsetFitting get() {
    return Holder.get();
  }

  /** Holds the implementation that the meta package registers. */
  final class Holder {
    private static volatile SubsetFitting instance;

    private Holder() {}

    /**
     * Registers the implementation; called once by the meta package.
     *
     * @param fitting the implementation
     */
    public static void register(SubsetFitting fitting) {
      instance = Objects.requireNonNull(fitting);
    }

    static SubsetFitting get() {
      if (instance == null) {
        try {
          Class.forName(MetaAnalysis.class.getName(), true, MetaAnalysis.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
      return instance;
    }
  }
}
