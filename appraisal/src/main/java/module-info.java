/**
 * Evident appraisal: checklists as rule sets (EPHPP, NICE, RoB 2), dual review, consensus and
 * agreement statistics.
 *
 * <p>The Immutables annotations on core's model types are read when this module is compiled and
 * documented; they are not needed at run time ({@code requires static}, an automatic module).
 */
@SuppressWarnings("requires-automatic")
module io.github.evident.appraisal {
  requires transitive io.github.evident.core;
  requires static org.immutables.value;

  exports io.github.evident.appraisal;
  exports io.github.evident.appraisal.agreement;
  exports io.github.evident.appraisal.export;
  exports io.github.evident.appraisal.review;
  exports io.github.evident.appraisal.tools;

  opens io.github.evident.appraisal to com.fasterxml.jackson.databind;
  opens io.github.evident.appraisal.tools to com.fasterxml.jackson.databind;
}
