package io.github.evident.report.figure;

import io.github.evident.report.figure.TrafficLightPlot.Judgement;
import io.github.evident.report.figure.TrafficLightPlot.Palette;
import io.github.evident.report.figure.TrafficLightPlot.Row;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a {@link TrafficLightPlot} draws and how: its rows and every setting its {@code with…}
 * methods change, one immutable value whose generated {@code with…} copies change one setting
 * each.
 */
@Value.Immutable
// Not EvidentStyle: that style's copies return the abstract type, and the plot chains them.
@Value.Style(jdkOnly = true, allParameters = false)
abstract class TrafficLightSettings {

  /** The rows, in drawing order. */
  abstract List<Row> rows();

  /** The tool all appraisals name. */
  abstract String tool();

  /** The component ids, in order of first appearance. */
  abstract List<String> components();

  /** Component names for the legend, by component id. */
  abstract Map<String, String> names();

  /** The label map: rating label to judgement. */
  abstract Map<String, Judgement> labels();

  /** The palette. */
  abstract Palette palette();

  /** Whether columns are headed D1 … Dn. */
  abstract boolean numbered();

  /** The title, or null. */
  @Nullable
  abstract String title();
}
