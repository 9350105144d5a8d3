package io.github.evident.stats.meta;

import io.github.evident.core.Interval;
import java.util.List;

/**
 * A pooled estimate with its test, confidence interval and Cochran's Q: what a
 * {@link MetaResult} and a Mantel-Haenszel or Peto result
 * ({@code io.github.evident.stats.binary.PooledResult}) have in common, so that a figure or a
 * report can take either.
 */
public interface PooledEstimate {

  /**
   * The confidence level, for example 0.95.
   *
   * @return the level
   */
  double level();

  /**
   * The number of studies.
   *
   * @return k
   */
  int k();

  /**
   * The pooled estimate, on the scale of the analysis (log scale for ratios).
   *
   * @return the estimate
   */
  double estimate();

  /**
   * The standard error of the estimate.
   *
   * @return the standard error
   */
  double standardError();

  /**
   * The test statistic of the estimate (z or t).
   *
   * @return the statistic
   */
  double statistic();

  /**
   * The two-sided p value of the test.
   *
   * @return p
   */
  double pValue();

  /**
   * The confidence interval at {@link #level()}.
   *
   * @return the interval
   */
  Interval ci();

  /**
   * Cochran's Q.
   *
   * @return Q
   */
  double q();

  /**
   * The degrees of freedom of Q.
   *
   * @return the degrees of freedom
   */
  int qDf();

  /**
   * The p value of Q.
   *
   * @return p
   */
  double qPValue();

  /**
   * I² in percent.
   *
   * @return I²
   */
  double i2();

  /**
   * H².
   *
   * @return H²
   */
  double h2();

  /**
   * What the reader should know about the fit.
   *
   * @return the notes, possibly empty
   */
  List<String> notes();
}
