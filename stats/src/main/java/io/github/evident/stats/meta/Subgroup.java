package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Optional;

/**
 * One subgroup of a {@link SubgroupResult}: its label, its number of studies, its pooled
 * estimate and, when each subgroup has its own τ², the meta-analysis of its studies.
 *
 * @param label the subgroup's label, as given for its studies
 * @param k the number of studies in the subgroup
 * @param estimate the subgroup's pooled estimate with its standard error, confidence interval
 *     and (random effects) prediction interval: from its own fit with a separate τ², or the
 *     mixed-effects model's prediction for its level with a common τ²
 * @param fit the meta-analysis of the subgroup's studies alone; empty with a common τ²
 */
public record Subgroup(String label, int k, Prediction estimate, Optional<MetaResult> fit) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the label is blank, {@code k} is below 1, the estimate
   *     or the fit is null, or the fit has another number of studies
   */
  public Subgroup {
    Checks.nonBlank("label", label);
    Checks.atLeast("k", k, 1);
    Checks.notNull("estimate", estimate);
    Checks.notNull("fit", fit);
    if (fit.isPresent() && fit.get().k() != k) {
      throw new IllegalArgumentException("subgroup '" + label + "': fit has k = "
          + fit.get().k() + ", was given k = " + k);
    }
  }

  /** The subgroup as its own fit reports it: estimate, SE, CI and prediction interval. */
  static Subgroup separate(String label, MetaResult fit) {
    return new Subgroup(label, fit.k(), new Prediction(fit.estimate(), fit.standardError(),
        fit.ci(), fit.predictionInterval()), Optional.of(fit));
  }

  /**
   * One line, for example {@code random (k = 7): -1.0042 (SE 0.3621), CI [-1.7139, -0.2944],
   * tau^2 = 0.7631, I^2 = 94.56%}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return label + " (k = " + k + "): " + estimate + fit.map(f -> ", tau^2 = "
        + Format.estimate(f.tau2()) + ", I^2 = "
        + Format.percent(f.i2(), Format.TEXT_PERCENT_DECIMALS)).orElse("");
  }
}
