package io.github.evident.stats.plan;

/**
 * Why a synthesis method was or was not chosen; the machine-readable part of a {@link Reason}.
 * The Handbook sections are those of the Cochrane Handbook, version 6.4 (2023).
 */
public enum ReasonCode {
  /** Enough studies with effect sizes and variances: a meta-analysis is possible (10.2). */
  POOLABLE("pooling possible"),
  /** Fewer studies than the configured minimum (default 2; Handbook 10.2, 12.1). */
  TOO_FEW_STUDIES("too few studies"),
  /** The outcomes measure different constructs (clinical diversity, 10.10.1). */
  DIFFERENT_CONSTRUCTS("different outcome constructs"),
  /** The studies evaluate different intervention categories (10.10.1). */
  DIFFERENT_INTERVENTIONS("different interventions"),
  /** The studies have incompatible designs (10.10.1, 24.2). */
  DIFFERENT_DESIGNS("different designs"),
  /**
   * The outcome is measured with different instruments: only a standardised metric combines
   * them (10.5.2).
   */
  DIFFERENT_INSTRUMENTS("different instruments"),
  /** The studies' effect measures cannot be converted to one metric (10.6). */
  INCOMPATIBLE_MEASURES("incompatible effect measures"),
  /**
   * Some studies have no valid variance; whether it can be derived from t, p or a CI is stated
   * (6.3, 6.5).
   */
  MISSING_VARIANCE("missing variance"),
  /**
   * A reported value gives no usable effect size: the effect size, its variance, its weight
   * 1/v or its share y²/v of Q is not a finite number (a correlation of ±1, SDs of 0, an SE of
   * 0 or 1e300, a CI without width, means near the largest double). The study is kept out of
   * a pooled estimate of that metric, and the rest of the comparison is planned (6.3, 6.5).
   */
  UNUSABLE_VALUE("unusable reported value"),
  /** A p value is reported only as a bound ("p &lt; .001"): it is not exact (12.2.2.2). */
  BOUNDED_P_VALUE("bounded p value"),
  /**
   * An effect size rests on an imputed value (a pre-post correlation): a sensitivity analysis
   * is needed (6.5.2.8, 23.2.7).
   */
  IMPUTED_VALUE("imputed value"),
  /** Several results for one outcome of a study; one was selected by the configured rule. */
  RESULT_SELECTED("result selected"),
  /** Studies omitted from the pooled estimate (no valid variance or another metric). */
  STUDIES_OMITTED("studies omitted"),
  /** Statistical heterogeneity: Q, I² and τ² with their CIs and the prediction interval. */
  HETEROGENEITY("heterogeneity"),
  /**
   * The prediction interval is not reported with fewer than the configured number of studies
   * (default 5; 10.10.4.3).
   */
  PREDICTION_INTERVAL_OMITTED("no prediction interval"),
  /**
   * At least 10 studies are pooled: a funnel plot and a test for small-study effects are
   * offered, with the Handbook's caveats: the tests have low power, and asymmetry is not only
   * publication bias (13.3.5).
   */
  SMALL_STUDY_EFFECTS("small-study effects"),
  /**
   * Fewer than 10 studies are pooled: no test for small-study effects is offered, as its power
   * would be too low to tell chance from real asymmetry (13.3.5.4).
   */
  SMALL_STUDY_TEST_OMITTED("no test for small-study effects"),
  /** Studies at high risk of bias by their overall appraisal (10.10.4, 8). */
  HIGH_RISK_OF_BIAS("high risk of bias"),
  /** No risk-of-bias appraisal is recorded for some studies. */
  RISK_OF_BIAS_UNKNOWN("risk of bias not appraised"),
  /** Studies show effects in opposite directions (10.10.3). */
  OPPOSITE_DIRECTIONS("opposite directions"),
  /**
   * The configured meta-analysis cannot be fitted to the poolable studies (for example the
   * Knapp-Hartung test with identical estimates, or a τ² estimator that does not converge);
   * the message says why and the next method is used.
   */
  FIT_FAILED("meta-analysis cannot be fitted"),
  /** No usable quantitative data at all. */
  NO_USABLE_DATA("no usable data"),
  /** Qualitative evidence: synthesised thematically, not pooled (Handbook ch. 21). */
  QUALITATIVE_EVIDENCE("qualitative evidence"),
  /** The chosen alternative method and what it answers (12.2). */
  ALTERNATIVE_METHOD("alternative method");

  private final String label;

  ReasonCode(String label) {
    this.label = label;
  }

  /**
   * The reason in a few words, as a reader sees it.
   *
   * @return for example "too few studies"
   */
  public String label() {
    return label;
  }
}
