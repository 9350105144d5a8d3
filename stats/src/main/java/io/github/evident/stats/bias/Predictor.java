package io.github.evident.stats.bias;

/**
 * The measure of study size or precision that a regression test for small-study effects puts
 * on the right-hand side (metafor's {@code regtest(predictor = ...)}). The limit estimate, the
 * intercept, is the effect expected in an infinitely large study for every predictor that goes
 * to 0 as the study grows, that is for all but {@link #SAMPLE_SIZE}.
 */
public enum Predictor {

  /** The standard error √v<sub>i</sub> (Egger et al. 1997; metafor's default, {@code "sei"}). */
  STANDARD_ERROR("sei"),

  /** The sampling variance v<sub>i</sub> (Moreno et al. 2009; {@code "vi"}). */
  VARIANCE("vi"),

  /** The total sample size n<sub>i</sub> ({@code "ni"}); it has no limit estimate. */
  SAMPLE_SIZE("ni"),

  /** The inverse sample size 1/n<sub>i</sub> ({@code "ninv"}). */
  INVERSE_SAMPLE_SIZE("ninv"),

  /** The inverse square root of the sample size 1/√n<sub>i</sub> ({@code "sqrtninv"}). */
  INVERSE_SQRT_SAMPLE_SIZE("sqrtninv");

  private final String label;

  Predictor(String label) {
    this.label = label;
  }

  /**
   * metafor's name of the predictor, such as {@code "sei"}; also the name of its coefficient in
   * {@link RegressionTest#regression()}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Whether the predictor is computed from the sample sizes.
   *
   * @return {@code true} for {@link #SAMPLE_SIZE}, {@link #INVERSE_SAMPLE_SIZE} and
   *     {@link #INVERSE_SQRT_SAMPLE_SIZE}
   */
  public boolean needsSampleSizes() {
    return this == SAMPLE_SIZE || this == INVERSE_SAMPLE_SIZE
        || this == INVERSE_SQRT_SAMPLE_SIZE;
  }

  /** Whether the intercept is the limit estimate (the predictor goes to 0 in a large study). */
  boolean hasLimit() {
    return this != SAMPLE_SIZE;
  }

  /** The value of the predictor for a study with variance {@code v} and sample size {@code n}. */
  double value(double v, int n) {
    return switch (this) {
      case STANDARD_ERROR -> Math.sqrt(v);
      case VARIANCE -> v;
      case SAMPLE_SIZE -> n;
      case INVERSE_SAMPLE_SIZE -> 1.0 / n;
      case INVERSE_SQRT_SAMPLE_SIZE -> 1.0 / Math.sqrt(n);
    };
  }
}
