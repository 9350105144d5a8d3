/**
 * Evident's figures and evidence report: every figure (forest, RevMan-style binary forest,
 * funnel, leave-one-out and cumulative, traffic-light, effect direction, PRISMA 2020 flow
 * diagram) on one shared layout, as SVG, and the review as one self-contained
 * HTML page.
 *
 * <p>The Immutables annotations are read when this module is compiled and documented, not at run
 * time; their jar has no module descriptor, hence the suppressed {@code requires-automatic} lint.
 */
@SuppressWarnings("requires-automatic")
module io.github.evident.report {
  requires transitive io.github.evident.core;
  requires transitive io.github.evident.appraisal;
  requires transitive io.github.evident.stats;
  requires java.xml;
  requires static org.immutables.value;

  exports io.github.evident.report;
  exports io.github.evident.report.figure;
}
