package io.github.evident.stats.meta;

/**
 * Estimators of the between-study variance τ², as metafor's {@code rma.uni} computes them for
 * an intercept-only model (k studies, w<sub>i</sub> = 1/v<sub>i</sub>, Q the Cochran statistic).
 * Every estimate is truncated at 0.
 */
public enum Tau2Estimator {

  /**
   * DerSimonian and Laird (1986) method of moments:
   * τ² = (Q − (k − 1)) / (Σw − Σw²/Σw).
   */
  DL("DL", false),

  /**
   * Hedges (1983) unweighted method of moments:
   * τ² = Σ(y<sub>i</sub> − ȳ)²/(k − 1) − Σv<sub>i</sub>/k with the unweighted mean ȳ.
   */
  HE("HE", false),

  /** Hunter and Schmidt (2004): τ² = (Q − k)/Σw. */
  HS("HS", false),

  /** Hunter-Schmidt with a small-sample correction (metafor's "HSk"): τ² = (kQ/(k − 1) − k)/Σw. */
  HSK("HSk", false),

  /**
   * Sidik and Jonkman (2005): from the start τ₀² = Σ(y<sub>i</sub> − ȳ)²/k (unweighted mean),
   * τ² = τ₀² · Q(τ₀²)/(k − 1) with weights 1/(v<sub>i</sub> + τ₀²).
   */
  SJ("SJ", false),

  /**
   * Maximum likelihood (Hardy and Thompson 1996): Fisher scoring from the HE estimate, step
   * Δ = (Σw*²(y − μ̂)² − Σw*)/Σw*² with w* = 1/(v + τ²).
   */
  ML("ML", true),

  /**
   * Restricted maximum likelihood (Viechtbauer 2005): Fisher scoring from the HE estimate, step
   * Δ = (YᵀPPY − tr P)/tr(PP). metafor's default and Cochrane's recommendation.
   */
  REML("REML", true),

  /**
   * Empirical Bayes (Morris 1983; Berkey et al. 1995): Fisher scoring from the HE estimate, step
   * Δ = (YᵀPY · k/(k − 1) − k)/Σw*. Gives the same value as {@link #PM} up to the tolerance.
   */
  EB("EB", true),

  /**
   * Paule and Mandel (1982): the root of Q(τ²) = k − 1, found by Brent's method on
   * [0, max(100, 10·mad(y)²)]; 0 when Q(0) &lt; k − 1.
   */
  PM("PM", true);

  private final String metaforName;
  private final boolean iterative;

  Tau2Estimator(String metaforName, boolean iterative) {
    this.metaforName = metaforName;
    this.iterative = iterative;
  }

  /**
   * The name of this estimator in metafor's {@code method} argument, such as {@code "HSk"}.
   *
   * @return metafor's name
   */
  public String metaforName() {
    return metaforName;
  }

  /**
   * Whether the estimate is found iteratively (and so may fail to converge).
   *
   * @return {@code true} for ML, REML, EB and PM
   */
  public boolean isIterative() {
    return iterative;
  }
}
