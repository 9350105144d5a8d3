package io.github.evident.report.figure;

import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaResult;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link ForestPlot} draws and how: its data and every setting its {@code with…} methods
 * change, one immutable value whose generated {@code with…} copies change one setting each.
 */
@Value.Immutable
// Not EvidentStyle: that style's copies return the abstract type, and the plot chains them.
@Value.Style(jdkOnly = true, allParameters = false)
abstract class ForestSettings implements FigureLabels {

  /** The study labels, in the order given. */
  abstract List<String> labels();

  /** The effect sizes, in the order of the labels. */
  abstract List<EffectSize> effects();

  /** The pooled result, or null without pooling. */
  @Nullable
  abstract MetaResult result();

  /** The display transform. */
  abstract Transform transform();

  /** The label under the x axis, or null. */
  @Nullable
  abstract String xLabel();

  /** The confidence level of the study intervals. */
  abstract double level();

  /** Fixed axis limits on the analysis scale (lower, upper), or null for automatic ones. */
  @Nullable
  abstract double[] limits();

  /** The decimals of printed estimates. */
  abstract int decimals();

  /** The drawing order: the indices of the studies, top row first. */
  abstract int[] order();
}
