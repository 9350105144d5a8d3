package io.github.evident.report.figure;

import io.github.evident.stats.sensitivity.SensitivitySeries;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link SensitivityPlot} draws and how: its data and every setting its {@code with…}
 * methods change, one immutable value whose generated {@code with…} copies change one setting
 * each.
 */
@Value.Immutable
// Not EvidentStyle: that style's copies return the abstract type, and the plot chains them.
@Value.Style(jdkOnly = true, allParameters = false)
abstract class SensitivitySettings implements FigureLabels {

  /** The study labels, in the order of the studies' indices. */
  abstract List<String> labels();

  /** The leave-one-out or cumulative series. */
  abstract SensitivitySeries series();

  /** The display transform. */
  abstract Transform transform();

  /** The label under the x axis, or null. */
  @Nullable
  abstract String xLabel();
}
