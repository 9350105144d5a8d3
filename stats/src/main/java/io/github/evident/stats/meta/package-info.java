/**
 * Common-effect and random-effects meta-analysis and meta-regression that reproduce R metafor
 * 3.8-1's {@code rma}, {@code confint} and {@code predict}, for intercept-only models and for
 * models with numeric and categorical moderators, and subgroup analyses.
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
 * <p>Meta-regression: {@link io.github.evident.stats.meta.MetaRegression} (configured as a
 * {@code MetaAnalysis} is) fits {@link io.github.evident.stats.meta.Moderators} and gives a
 * {@link io.github.evident.stats.meta.RegressionResult}: the
 * {@link io.github.evident.stats.meta.Coefficient}s, residual τ², I², H², Q<sub>E</sub>, the
 * omnibus test Q<sub>M</sub>, R² and {@link io.github.evident.stats.meta.Prediction}s.
 *
 * <pre>{@code
 * RegressionResult reg = MetaRegression.randomEffects(Tau2Estimator.REML).withKnappHartung()
 *     .fit(yi, vi, Moderators.of(List.of("ablat", "year"), ablat, year));
 * reg.coefficient("ablat"); reg.r2(); reg.predict(30, 1970);
 * }</pre>
 *
 * <p>Categorical moderators are dummy-coded against a named reference level
 * ({@link io.github.evident.stats.meta.Moderators#categorical}). Subgroup analyses
 * ({@link io.github.evident.stats.meta.SubgroupAnalysis}) pool each subgroup and test for
 * subgroup differences, with a separate τ² per subgroup as RevMan does or with one τ² as
 * metafor's mixed-effects model.
 *
 * <p>Every intercept-only fit costs O(k) per iteration, a meta-regression with p coefficients
 * O(k·p²): no k×k matrix is formed (metafor's formulas reduce to
 * sums over studies and p×p matrices). References: DerSimonian and Laird (1986); Hedges
 * (1983); Hunter and Schmidt (2004); Sidik and Jonkman (2005); Viechtbauer (2005, 2007, 2010);
 * Paule and Mandel (1982); Knapp and Hartung (2003); Higgins and Thompson (2002).
 */
package io.github.evident.stats.meta;
