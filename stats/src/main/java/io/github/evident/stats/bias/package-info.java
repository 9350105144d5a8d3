/**
 * Small-study effects and publication bias in a meta-analysis: the regression and rank
 * correlation tests for funnel plot asymmetry, trim-and-fill and fail-safe N, reproducing R
 * metafor 3.8-1's {@code regtest}, {@code ranktest}, {@code trimfill} and {@code fsn}.
 *
 * <p>Every test here has low power with fewer than ten studies, and funnel plot asymmetry has
 * causes other than publication bias (heterogeneity, chance, poor methodological quality of the
 * smaller studies, artefacts of the effect measure); Cochrane Handbook chapter 13.3.5.
 */
package io.github.evident.stats.bias;
