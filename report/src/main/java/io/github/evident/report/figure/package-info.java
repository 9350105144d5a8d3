/**
 * Figures of effect sizes and syntheses, as SVG drawn with {@link io.github.evident.core.svg}:
 * the forest plot ({@link io.github.evident.report.figure.ForestPlot}; Lewis and Clarke 2001) of
 * effect sizes with or without a pooled meta-analysis; the forest plot of 2×2 tables pooled by
 * Mantel-Haenszel or Peto in RevMan's layout
 * ({@link io.github.evident.report.figure.BinaryForestPlot}); the funnel plot
 * ({@link io.github.evident.report.figure.FunnelPlot}; Sterne and Egger 2001, contours by Peters
 * et al. 2008); leave-one-out and cumulative forest plots
 * ({@link io.github.evident.report.figure.SensitivityPlot}); the forest plot with subgroup
 * blocks, subtotals and the test for subgroup differences
 * ({@link io.github.evident.report.figure.SubgroupForestPlot}); the bubble plot of a
 * meta-regression ({@link io.github.evident.report.figure.BubblePlot}); and the effect direction plot
 * ({@link io.github.evident.report.figure.EffectDirectionPlot}; Thomson and Thomas 2013, Boon and
 * Thomson 2021) of an {@link io.github.evident.stats.synthesis.EffectDirectionTable}.
 *
 * <p>Each figure is an immutable, configured object: {@code toSvg()} writes deterministic SVG
 * text, {@code svg()} gives the document to embed, {@code summary()} the content as text.
 *
 * <pre>{@code
 * String forest = ForestPlot.of(labels, effects).pooled(MetaAnalysis.randomEffects().fit(effects))
 *     .withTransform(Transform.EXP).withXLabel("Risk ratio (log scale)").toSvg();
 * String funnel = FunnelPlot.of(yi, vi, res).withContours(0.90, 0.95, 0.99).toSvg();
 * String revman = BinaryForestPlot.of(labels, tables, MantelHaenszel.riskRatio().fit(tables))
 *     .toSvg();
 * String directions = EffectDirectionPlot.of(table).toSvg();
 * }</pre>
 */
package io.github.evident.report.figure;
