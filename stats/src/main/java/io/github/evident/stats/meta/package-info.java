/**
 * Common-effect and random-effects meta-analysis that reproduces R metafor 3.8-1's
 * {@code rma}, {@code confint} and {@code predict} for intercept-only models.
 *
 * <p>Entry points: {@link io.github.evident.stats.meta.MetaAnalysis} (a configured, immutable
 * analysis), {@link io.github.evident.stats.meta.Tau2Estimator} (DL, HE, HS, HSk, SJ, ML, REML,
 * EB, PM) and {@link io.github.evident.stats.meta.MetaResult} (estimate, z or Knapp-Hartung
 * test, prediction interval, τ², I², H² with Q-profile confidence intervals, Cochran's Q).
 *
 * <pre>{@code
 * MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.REML).fit(yi, vi);
 * r.estimate(); r.ci(); r.predictionInterval(); r.tau2Ci(); r.i2();
 * }</pre>
 *
 * <p>Every fit costs O(k) per iteration: no k×k matrix is formed (metafor's intercept-only
 * formulas reduce to sums over studies). References: DerSimonian and Laird (1986); Hedges
 * (1983); Hunter and Schmidt (2004); Sidik and Jonkman (2005); Viechtbauer (2005, 2007, 2010);
 * Paule and Mandel (1982); Knapp and Hartung (2003); Higgins and Thompson (2002).
 */
package io.github.evident.stats.meta;
