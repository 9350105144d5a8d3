package io.github.evident.stats.bias;

import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaRegression;
import io.github.evident.stats.meta.Moderators;
import java.util.Arrays;

/** Where trim and fill looks for missing studies when the side is not given. */
final class SideEstimate {

  private SideEstimate() {}

  /**
   * metafor's rule: the sign of the slope of the meta-regression of y<sub>i</sub> on
   * √v<sub>i</sub> with the analysis's τ² estimator (z test); a negative slope puts the missing
   * studies on the right, otherwise on the left.
   *
   * @throws IllegalArgumentException if all variances are equal (there is no slope)
   */
  static TrimAndFill.Side of(MetaAnalysis analysis, double[] yi, double[] vi) {
    if (Arrays.stream(vi).allMatch(v -> v == vi[0])) {
      throw new IllegalArgumentException("vi are all equal (" + vi[0] + "), so the side of the "
          + "missing studies cannot be estimated from the slope on sqrt(vi); give it with "
          + "withSide");
    }
    double[] se = Arrays.stream(vi).map(Math::sqrt).toArray();
    double slope = MetaRegression.like(analysis).withKnappHartung(false)
        .fit(yi, vi, Moderators.of("sqrt(vi)", se)).coefficient("sqrt(vi)").estimate();
    return slope < 0 ? TrimAndFill.Side.RIGHT : TrimAndFill.Side.LEFT;
  }
}
