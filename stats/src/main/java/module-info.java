/**
 * Evident stats: effect sizes, t tests, heterogeneity, common- and random-effects meta-analysis,
 * and synthesis without meta-analysis.
 *
 * <p>commons-math3 is required (by its automatic name, hence the suppressed lint) only until the
 * planner uses {@code core.internal.Distributions}. The Immutables annotations on core's model
 * types are read when this module is compiled and documented, not at run time.
 */
@SuppressWarnings("requires-automatic")
module io.github.evident.stats {
  requires transitive io.github.evident.core;
  requires static org.immutables.value;
  requires commons.math3;

  exports io.github.evident.stats.effect;
  exports io.github.evident.stats.meta;
  exports io.github.evident.stats.plan;
  exports io.github.evident.stats.plot;
  exports io.github.evident.stats.synthesis;
  exports io.github.evident.stats.ttest;
}
