package io.github.evident.stats.sensitivity;

import io.github.evident.stats.meta.MetaResult;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a leave-one-out or cumulative series: the study it is about (left out, or added
 * last) and either the fit of that step's studies or the reason the fit failed.
 *
 * <p>The fit is what {@code MetaAnalysis.fit} gives for those studies, without the Q-profile
 * intervals of τ², I² and H² (as metafor's {@code leave1out} and {@code cumul} give none). A fit
 * that fell back to another τ² estimator says so in its {@link MetaResult#notes()} and
 * {@link MetaResult#tau2Estimator()}. A step whose fit did not converge has no fit and a
 * {@link #failure()} (metafor gives NA for it).
 *
 * @param study the 0-based index of the study left out (leave-one-out) or added at this step
 *     (cumulative)
 * @param fit the fit, empty if it failed
 * @param failure why the fit failed, empty if it succeeded
 */
public record SensitivityStep(int study, Optional<MetaResult> fit, Optional<String> failure) {

  /**
   * Checks the step.
   *
   * @throws IllegalArgumentException if {@code study} is negative, an argument is null, or not
   *     exactly one of {@code fit} and {@code failure} is present
   */
  public SensitivityStep {
    if (study < 0) {
      throw new IllegalArgumentException("study must be a 0-based index, was " + study);
    }
    if (fit == null || failure == null) {
      throw new IllegalArgumentException("fit and failure must not be null (use "
          + "Optional.empty()), were " + fit + " and " + failure);
    }
    if (fit.isPresent() == failure.isPresent()) {
      throw new IllegalArgumentException("a step has either a fit or a failure, was "
          + (fit.isPresent() ? "both" : "neither") + " (study " + study + ")");
    }
  }

  /**
   * A step whose fit succeeded.
   *
   * @param study the study's 0-based index
   * @param fit the fit
   * @return the step
   */
  public static SensitivityStep of(int study, MetaResult fit) {
    return new SensitivityStep(study, Optional.of(Objects.requireNonNull(fit, "fit")),
        Optional.empty());
  }

  /**
   * A step whose fit failed.
   *
   * @param study the study's 0-based index
   * @param reason why the fit failed
   * @return the step
   */
  public static SensitivityStep failed(int study, String reason) {
    return new SensitivityStep(study, Optional.empty(),
        Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Whether this step has a fit.
   *
   * @return {@code true} if the fit succeeded
   */
  public boolean converged() {
    return fit.isPresent();
  }

  /**
   * The step in one line: the study and its fit, or the reason the fit failed.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "study " + study + ": " + fit.map(MetaResult::toString)
        .orElseGet(() -> "no fit (" + failure.orElseThrow() + ")");
  }
}
