/**
 * How robust a pooled estimate is to the studies it rests on: leave-one-out analyses, influence
 * diagnostics and cumulative meta-analysis, reproducing R metafor 3.8-1's {@code leave1out},
 * {@code influence} and {@code cumul} for an intercept-only model.
 *
 * <p>In a series a step whose fit does not converge is reported for that step with its reason,
 * as metafor gives NA for it, and the other steps are still given.
 */
package io.github.evident.stats.sensitivity;
