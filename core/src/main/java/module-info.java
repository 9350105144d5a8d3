/**
 * Evident core: the review model, PRISMA 2020 counts, versioned JSON, a small SVG writer and the
 * internals every Evident module shares.
 *
 * <p>{@code io.github.evident.core.internal} is exported only to Evident's own modules. The report
 * module may be absent when this module is compiled, hence the suppressed {@code module} lint.
 * The public model types carry Immutables annotations, so the (compile-time only) annotation
 * module is required transitively; it is an automatic module, which javac reports under {@code
 * requires-transitive-automatic} and, with that one suppressed, {@code requires-automatic}.
 * Apache Commons Statistics and Numbers are named modules of their own.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module io.github.evident.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires org.apache.commons.numbers.combinatorics;
  requires org.apache.commons.numbers.gamma;
  requires org.apache.commons.statistics.distribution;
  requires static transitive org.immutables.value;

  exports io.github.evident.core;
  exports io.github.evident.core.json;
  exports io.github.evident.core.model;
  exports io.github.evident.core.svg;
  exports io.github.evident.core.internal
      to io.github.evident.appraisal, io.github.evident.stats, io.github.evident.report;

  opens io.github.evident.core.json to com.fasterxml.jackson.databind;
  opens io.github.evident.core.model to com.fasterxml.jackson.databind;
}
