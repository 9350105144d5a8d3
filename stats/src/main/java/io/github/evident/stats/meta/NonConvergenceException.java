package io.github.evident.stats.meta;

/**
 * Thrown when an iterative τ² estimator (ML, REML, EB or PM) does not converge. The message
 * names the estimator, the iterations used and what to try; {@link #estimator()} and
 * {@link #iterations()} give the same facts to code.
 *
 * <p>Evident never replaces a failed estimate silently: to fall back to another estimator,
 * ask for it with {@link MetaAnalysis#withFallback(Tau2Estimator)}; the result then records
 * the estimator actually used.
 */
public final class NonConvergenceException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  private final Tau2Estimator estimator;
  private final int iterations;

  NonConvergenceException(Tau2Estimator estimator, int iterations, String message) {
    super(message);
    this.estimator = estimator;
    this.iterations = iterations;
  }

  /**
   * The estimator that failed.
   *
   * @return the estimator
   */
  public Tau2Estimator estimator() {
    return estimator;
  }

  /**
   * The number of iterations used before giving up.
   *
   * @return the iterations
   */
  public int iterations() {
    return iterations;
  }
}
