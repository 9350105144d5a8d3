package io.github.evident.stats.plan;

import io.github.evident.stats.effect.Measure;
import java.util.List;

/** Effect metrics: families and the preference between raw and standardised metrics. */
final class Metrics {

  private Metrics() {}

  /** The family a measure pools with: d_z and SMCC share the SD of the changes as standardiser. */
  static String family(Measure m) {
    return m == Measure.D_Z ? Measure.SMCC.name() : m.name();
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
