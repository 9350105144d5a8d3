package io.github.evident.stats.bias;

import io.github.evident.stats.meta.MetaAnalysis;

/** Where trim and fill looks for missing studies when the side is not given. */
final class SideEstimate {

  private SideEstimate() {}

  /**
   * metafor's rule: the sign of the slope of the meta-regression of y<sub>i</sub> on
   * √v<sub>i</sub> with the analysis's τ² estimator; a negative slope puts the missing studies
   * on the right, otherwise on the left.
   */
  static TrimAndFill.Side of(MetaAnalysis analysis, double[] yi, double[] vi) {
    throw new UnsupportedOperationException("estimating the side needs the meta-regression");
  }
}
