package io.github.evident.report.figure;

import io.github.evident.stats.meta.PooledEstimate;
import org.immutables.value.Value;

/**
 * What a {@link FunnelPlot} draws and how: its data and every setting its {@code with…} methods
 * change, one immutable value whose generated {@code with…} copies change one setting each.
 */
@Value.Immutable
// Not EvidentStyle: that style's copies return the abstract type, and the plot chains them.
@Value.Style(jdkOnly = true, allParameters = false)
abstract class FunnelSettings {

  /** The study estimates, on the analysis scale. */
  abstract double[] yi();

  /** The study sampling variances. */
  abstract double[] vi();

  /** The pooled estimate the funnel is centred on. */
  abstract PooledEstimate pooled();

  /** The estimates of studies filled by trim and fill (empty for none). */
  abstract double[] filledYi();

  /** The variances of the filled studies. */
  abstract double[] filledVi();

  /** The levels of the significance contours around 0, ascending (empty for none). */
  abstract double[] contours();

  /** The display transform of the tick labels. */
  abstract Transform transform();

  /** The label under the x axis, or null. */
  @Nullable
  abstract String xLabel();

  /** The title, or null. */
  @Nullable
  abstract String title();
}
