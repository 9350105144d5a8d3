package io.github.evident.report.figure;

import io.github.evident.stats.meta.RegressionResult;
import org.immutables.value.Value;

/**
 * What a {@link BubblePlot} draws and how: its data and every setting its {@code with…} methods
 * change, one immutable value whose generated {@code with…} copies change one setting each.
 */
@Value.Immutable
// Not EvidentStyle: that style's copies return the abstract type, and the plot chains them.
@Value.Style(jdkOnly = true, allParameters = false)
abstract class BubbleSettings {

  /** The study estimates, on the analysis scale. */
  abstract double[] yi();

  /** The study sampling variances. */
  abstract double[] vi();

  /** The meta-regression whose fitted line is drawn. */
  abstract RegressionResult regression();

  /** The moderator on the x axis. */
  abstract String moderator();

  /** The studies' values of the moderator. */
  abstract double[] moderatorValues();

  /** The display transform of the y tick labels. */
  abstract Transform transform();

  /** The label under the x axis, or null for the moderator's name. */
  @Nullable
  abstract String xLabel();

  /** The label of the y axis, or null for "Estimate". */
  @Nullable
  abstract String yLabel();

  /** The title, or null. */
  @Nullable
  abstract String title();
}
