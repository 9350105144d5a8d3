package io.github.evident.report.figure;

import io.github.evident.core.model.TwoByTwo;
import io.github.evident.stats.binary.PooledResult;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link BinaryForestPlot} draws and how: its data and every setting its {@code with…}
 * methods change, one immutable value whose generated {@code with…} copies change one setting
 * each.
 */
@Value.Immutable
// Not EvidentStyle: that style's copies return the abstract type, and the plot chains them.
@Value.Style(jdkOnly = true, allParameters = false)
abstract class BinaryForestSettings implements FigureLabels {

  /** The study labels, in the order given. */
  abstract List<String> labels();

  /** The 2×2 tables, in the order of the labels. */
  abstract List<TwoByTwo> tables();

  /** The Mantel-Haenszel or Peto result of these tables. */
  abstract PooledResult pooled();

  /** The heading of the first group's columns. */
  abstract String experimental();

  /** The heading of the second group's columns. */
  abstract String control();

  /** Fixed axis limits on the analysis scale (lower, upper), or null for automatic ones. */
  @Nullable
  abstract double[] limits();
}
