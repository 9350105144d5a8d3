/**
 * Planning the synthesis of a review: can these studies be pooled?
 *
 * <p>{@link io.github.evident.stats.plan.SynthesisPlanner} groups the quantitative results of a
 * {@link io.github.evident.core.model.Review} into candidate comparisons (same outcome
 * construct, intervention category and design class), derives per study what the reported data
 * allow (an effect size with a valid variance, an estimate without variance, an exact p value
 * with a direction, a direction only, or nothing, each with its assumptions), and decides per
 * group between a meta-analysis and the acceptable alternatives of the Cochrane Handbook
 * (McKenzie and Brennan 2023, ch. 12): summarising effect estimates, combining p values and
 * vote counting by direction of effect, otherwise a narrative (or, for qualitative evidence, a
 * thematic) synthesis. A {@link io.github.evident.stats.plan.Decision} is one record per method
 * ({@code Decision.MetaAnalysis}, {@code SummaryOfEstimates}, {@code CombinedPValues},
 * {@code VoteCounting}, {@code Narrative}, {@code Thematic}, {@code NoSynthesis}) holding what
 * that method gives, on a {@link io.github.evident.stats.plan.Metric}. Every decision carries
 * its reasons as words and as data ({@link io.github.evident.stats.plan.Reason}: a
 * {@link io.github.evident.stats.plan.ReasonCode}, the numbers behind it, the studies it
 * concerns, whether it blocks pooling). {@link io.github.evident.stats.plan.SwimChecklist} links
 * the plan to the nine SWiM reporting items (Campbell et al. 2020).
 *
 * <p>Reading the code: the grouping into comparisons is in {@code Planning}; what one study's
 * data allow in {@code Derivation}; the criteria for one comparison, one method each, in
 * {@code GroupDecision}; the review-level conclusion in {@code ReviewConclusion}; every
 * sentence a reader sees in {@code Wording}.
 *
 * <pre>{@code
 * SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(review);
 * System.out.println(plan.summary());
 * System.out.println(SwimChecklist.of(plan).summary());
 * }</pre>
 *
 * <p>References: Higgins JPT et al. (eds.), Cochrane Handbook for Systematic Reviews of
 * Interventions, version 6.4, 2023, ch. 10 (Deeks, Higgins and Altman) and ch. 12 (McKenzie and
 * Brennan); Campbell M et al., Synthesis without meta-analysis (SWiM) in systematic reviews:
 * reporting guideline, BMJ 2020;368:l6890.
 */
package io.github.evident.stats.plan;
