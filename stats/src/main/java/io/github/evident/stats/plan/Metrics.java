package io.github.evident.stats.plan;

import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.Measure;
import java.util.List;

/** Effect metrics: families and the preference between raw and standardised metrics. */
final class Metrics {

  private Metrics() {}

  /** The prefix of the note naming the reported measure of a generic estimate. */
  static final String REPORTED = "reported measure: ";

  /**
   * The family an effect size pools with: d_z and SMCC share the SD of the changes as
   * standardiser; generic estimates pool only with estimates of the same reported measure.
   */
  static String family(EffectSize e) {
    if (e.measure() == Measure.GEN) {
      for (String n : e.notes()) {
        if (n.startsWith(REPORTED)) {
          return "GEN:" + n.substring(REPORTED.length());
        }
      }
    }
    return e.measure() == Measure.D_Z ? Measure.SMCC.name() : e.measure().name();
  }

  /** Raw metrics whose values are on the instrument's scale. */
  static boolean raw(String metric) {
    return metric.equals("MD") || metric.equals("MC");
  }

  /** Preference order among metrics a group could use; lower is preferred. */
  static int rank(String metric, boolean sameInstrument) {
    List<String> order = sameInstrument
        ? List.of("RR", "OR", "RD", "PETO", "MD", "MC", "SMD", "SMCC", "ZCOR")
        : List.of("RR", "OR", "RD", "PETO", "SMD", "SMCC", "ZCOR", "MD", "MC");
    int i = order.indexOf(metric);
    return i < 0 ? order.size() : i;
  }
}
