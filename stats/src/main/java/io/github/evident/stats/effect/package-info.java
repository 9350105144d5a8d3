/**
 * Effect sizes with sampling variances, as metafor's {@code escalc} computes them, and
 * conversions between effect-size metrics.
 *
 * <ul>
 *   <li>{@link io.github.evident.stats.effect.EffectSizes}: one static factory per measure (MD,
 *       SMD, SMDH, ROM, MC, SMCC, SMCR, RR, OR, RD, PETO, COR, ZCOR, PR, PLO, PAS, PFT);
 *   <li>{@link io.github.evident.stats.effect.EffectSize}: the immutable result (estimate,
 *       variance, measure, notes on corrections, Wald confidence intervals);
 *   <li>{@link io.github.evident.stats.effect.EffectSizeConversions}: from t and p values, paired
 *       standardizers d_z, d_rm and d_av, d to r to log odds ratio, recovering a pre-post
 *       correlation from a paired t;
 *   <li>{@link io.github.evident.stats.effect.CorrelationSensitivity}: an effect over several
 *       imputed correlations.
 * </ul>
 *
 * <p>References: Viechtbauer (2010), Conducting meta-analyses in R with the metafor package,
 * J Stat Softw 36(3); Borenstein, Hedges, Higgins and Rothstein (2009), Introduction to
 * Meta-Analysis, Wiley.
 */
package io.github.evident.stats.effect;
