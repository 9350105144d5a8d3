package io.github.evident.stats.internal;

import io.github.evident.stats.meta.MetaResult;
import java.util.Optional;

/**
 * The fit of a configured meta-analysis to a subset of the studies, or why it failed.
 *
 * @param fit the fit (without the Q-profile intervals of τ², I² and H²), empty if it failed
 * @param failure why the fit failed (non-convergence of τ²), empty if it succeeded
 * @param weightSum Σ 1/(v<sub>j</sub> + τ̂²) over the subset's studies; NaN if the fit failed
 * @param allWeightSum Σ 1/(v<sub>j</sub> + τ̂²) over all k studies of the full data, with the
 *     subset's τ̂² (what influence diagnostics call the deleted fit's weights applied to all
 *     studies); NaN if the fit failed
 */
public record SubsetFit(Optional<MetaResult> fit, Optional<String> failure,
    double weightSum, double allWeightSum) {

  /** Checks that exactly one of fit and failure is present. */
  public SubsetFit {
    if (fit.isPresent() == failure.isPresent()) {
      throw new IllegalArgumentException("a subset fit has either a fit or a failure, not "
          + (fit.isPresent() ? "both" : "neither"));
    }
  }

  /**
   * A failed fit.
   *
   * @param reason why
   * @return the outcome
   */
  public static SubsetFit failed(String reason) {
    return new SubsetFit(Optional.empty(), Optional.of(reason), Double.NaN, Double.NaN);
  }
}
