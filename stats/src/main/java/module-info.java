/**
 * Evident stats: effect sizes, t tests, heterogeneity, common- and random-effects meta-analysis,
 * and synthesis without meta-analysis.
 *
 * <p>The Immutables annotations on core's model types are read when this module is compiled and
 * documented, not at run time; their jar has no module descriptor, hence the suppressed
 * {@code requires-automatic} lint. Jackson reads and writes meta-analysis results, synthesis
 * plans and their settings by reflection, hence the opened packages.
 */
@SuppressWarnings("requires-automatic")
module io.github.evident.stats {
  requires transitive io.github.evident.core;
  requires static org.immutables.value;

  exports io.github.evident.stats.binary;
  exports io.github.evident.stats.effect;
  exports io.github.evident.stats.meta;
  exports io.github.evident.stats.plan;
  exports io.github.evident.stats.sensitivity;
  exports io.github.evident.stats.synthesis;
  exports io.github.evident.stats.ttest;

  opens io.github.evident.stats.meta to com.fasterxml.jackson.databind;
  opens io.github.evident.stats.plan to com.fasterxml.jackson.databind;
}
