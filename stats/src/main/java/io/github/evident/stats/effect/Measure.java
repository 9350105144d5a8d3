package io.github.evident.stats.effect;

/**
 * The effect-size measures Evident computes, named as in metafor's {@code escalc} where metafor
 * has the measure (Viechtbauer 2010).
 *
 * <p>The constants {@link #D}, {@link #D_Z}, {@link #D_RM} and {@link #D_AV} are not escalc
 * measures: they name the uncorrected standardized mean differences produced by conversions from
 * test statistics, so that the standardizer in use is always explicit.
 */
public enum Measure {
  /** Raw mean difference {@code m1 - m2} (escalc "MD"). */
  MD("raw mean difference"),
  /** Standardized mean difference with Hedges' exact small-sample correction (escalc "SMD"). */
  SMD("standardized mean difference (Hedges' g)"),
  /** Standardized mean difference with heteroscedastic SDs, Bonett (2009) (escalc "SMDH"). */
  SMDH("standardized mean difference, heteroscedastic (Bonett)"),
  /** Log ratio of means (escalc "ROM"). */
  ROM("log ratio of means"),
  /** Raw mean change in one group (escalc "MC"). */
  MC("raw mean change"),
  /** Standardized mean change using the SD of the change scores (escalc "SMCC"). */
  SMCC("standardized mean change, change-score standardization"),
  /** Standardized mean change using a raw-score SD, Becker (1988) (escalc "SMCR"). */
  SMCR("standardized mean change, raw-score standardization (Becker)"),
  /** Log risk ratio from a 2x2 table (escalc "RR"). */
  RR("log risk ratio"),
  /** Log odds ratio from a 2x2 table (escalc "OR"). */
  OR("log odds ratio"),
  /** Risk difference from a 2x2 table (escalc "RD"). */
  RD("risk difference"),
  /** Peto's log odds ratio from a 2x2 table (escalc "PETO"). */
  PETO("Peto log odds ratio"),
  /** Raw correlation coefficient (escalc "COR"). */
  COR("raw correlation"),
  /** Fisher's r-to-z transformed correlation (escalc "ZCOR"). */
  ZCOR("Fisher z-transformed correlation"),
  /** Raw proportion (escalc "PR"). */
  PR("raw proportion"),
  /** Logit-transformed proportion (escalc "PLO"). */
  PLO("logit proportion"),
  /** Arcsine square-root transformed proportion (escalc "PAS"). */
  PAS("arcsine square-root proportion"),
  /** Freeman-Tukey double arcsine transformed proportion (escalc "PFT"). */
  PFT("Freeman-Tukey double arcsine proportion"),
  /** A generic estimate with a known variance (metafor's "GEN"). */
  GEN("generic estimate"),
  /**
   * Cohen's d for two independent groups, pooled SD, no small-sample correction (not an escalc
   * measure).
   */
  D("Cohen's d, independent groups, uncorrected"),
  /** Paired d_z: mean change divided by the SD of the change scores, uncorrected (not escalc). */
  D_Z("d_z, paired, standardized by the SD of the differences"),
  /** Paired d_rm: d_z multiplied by {@code sqrt(2(1 - r))}, uncorrected (not escalc). */
  D_RM("d_rm, paired, repeated-measures standardizer"),
  /** Paired d_av: mean change divided by the average of the two SDs, uncorrected (not escalc). */
  D_AV("d_av, paired, standardized by the average SD");

  private final String description;

  Measure(String description) {
    this.description = description;
  }

  /**
   * A short label on the scale the estimate is on: the metafor code, with "log" in front of
   * the ratio measures, whose estimates are logarithms ("log RR", "log OR", "log ROM",
   * "Peto log OR"), so that a negative estimate is never read as a ratio; the uncorrected
   * standardized differences in the lower case of the literature ("d", "d_z", "d_rm", "d_av");
   * a generic estimate as "estimate".
   *
   * @return the label
   */
  public String label() {
    switch (this) {
      case RR:
      case OR:
      case ROM:
        return "log " + name();
      case PETO:
        return "Peto log OR";
      case D:
        return "d";
      case D_Z:
        return "d_z";
      case D_RM:
        return "d_rm";
      case D_AV:
        return "d_av";
      case GEN:
        return "estimate";
      default:
        return name();
    }
  }

  /**
   * A short human-readable description, for example "log odds ratio".
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
