/**
 * Synthesis without meta-analysis (Cochrane Handbook, ch. 12; SWiM, Campbell et al. 2020):
 * combining p values ({@link io.github.evident.stats.synthesis.PValueCombination}), vote counting
 * by direction of effect ({@link io.github.evident.stats.synthesis.VoteCounting}), summaries of
 * effect estimates ({@link io.github.evident.stats.synthesis.EffectEstimateSummary}) and effect
 * direction tables ({@link io.github.evident.stats.synthesis.EffectDirectionTable}).
 *
 * <p>These methods are for studies that cannot be pooled in a meta-analysis. They answer narrower
 * questions: whether there is an effect in at least one study (combined p values), whether there
 * is any evidence of an effect (sign test on directions), and how spread the observed effects
 * are (median, quartiles, range). Vote counting by statistical significance is deliberately not
 * offered.
 */
package io.github.evident.stats.synthesis;
