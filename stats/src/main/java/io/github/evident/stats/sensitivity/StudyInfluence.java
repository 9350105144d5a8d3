package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Format;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The influence diagnostics of one study, as metafor 3.8-1's {@code influence} gives them for
 * an intercept-only model (Viechtbauer and Cheung 2010). Values that need the fit without this
 * study are NaN when that fit failed (metafor gives NA); {@link #failure()} then says why.
 *
 * <p>With μ̂, Var(μ̂) and hat value h<sub>i</sub> = w<sub>i</sub>/Σw of the full fit, and μ̂₍₋ᵢ₎,
 * Var(μ̂₍₋ᵢ₎), τ̂²₍₋ᵢ₎ and s²₍₋ᵢ₎ (the Knapp-Hartung factor, else 1) of the fit without study i:
 * rstudent = (y<sub>i</sub> − μ̂₍₋ᵢ₎)/√(s²₍₋ᵢ₎(v<sub>i</sub> + τ̂²₍₋ᵢ₎) + Var(μ̂₍₋ᵢ₎));
 * DFFITS = (μ̂ − μ̂₍₋ᵢ₎)/√(s²₍₋ᵢ₎ h<sub>i</sub> (τ̂²₍₋ᵢ₎ + v<sub>i</sub>)); Cook's distance =
 * (μ̂ − μ̂₍₋ᵢ₎)²/Var(μ̂); covariance ratio = Var(μ̂₍₋ᵢ₎)/Var(μ̂); DFBETAS = (μ̂ − μ̂₍₋ᵢ₎)/
 * √(s²₍₋ᵢ₎/Σ<sub>j</sub> 1/(v<sub>j</sub> + τ̂²₍₋ᵢ₎)), the sum over all k studies.
 *
 * @param study the study's 0-based index
 * @param rstudent the externally standardised residual
 * @param dffits DFFITS
 * @param cooksDistance Cook's distance
 * @param covarianceRatio the covariance ratio
 * @param tau2Deleted τ² estimated without the study (0 for a common-effect model)
 * @param qDeleted Cochran's Q without the study
 * @param hat the hat value (the study's share of the weight in the full fit)
 * @param weight the study's weight in the full fit, in percent
 * @param dfbetas DFBETAS of the pooled estimate
 * @param criteria the criteria that mark the study as influential (empty if none)
 * @param failure why the fit without the study failed, empty if it succeeded
 * @param notes the notes of the fit without the study (a fallback estimator, say)
 */
public record StudyInfluence(int study, double rstudent, double dffits, double cooksDistance,
    double covarianceRatio, double tau2Deleted, double qDeleted, double hat, double weight,
    double dfbetas, Set<InfluenceCriterion> criteria, Optional<String> failure,
    List<String> notes) {

  /**
   * Checks and copies the values.
   *
   * @throws IllegalArgumentException if {@code study} is negative or an argument is null
   */
  public StudyInfluence {
    if (study < 0) {
      throw new IllegalArgumentException("study must be a 0-based index, was " + study);
    }
    if (criteria == null || failure == null || notes == null) {
      throw new IllegalArgumentException("criteria, failure and notes must not be null (study "
          + study + ")");
    }
    criteria = criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
    notes = List.copyOf(notes);
  }

  /**
   * Whether metafor would mark the study as influential ({@code inf = "*"}): it meets at least
   * one of the {@link #criteria()}.
   *
   * @return {@code true} if influential
   */
  public boolean influential() {
    return !criteria.isEmpty();
  }

  /**
   * The criteria in their declaration order.
   *
   * @return the criteria as an ordered set
   */
  public Set<InfluenceCriterion> orderedCriteria() {
    return criteria.isEmpty() ? EnumSet.noneOf(InfluenceCriterion.class)
        : EnumSet.copyOf(criteria);
  }

  /**
   * One line, for example {@code study 3: rstudent -1.4512, dffits -0.5201, cook.d 0.2295,
   * cov.r 0.9651, tau2.del 0.2628, QE.del 96.5626, hat 0.0970, weight 9.70%, dfbetas -0.5138}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "study " + study + ": rstudent " + Format.estimate(rstudent) + ", dffits "
        + Format.estimate(dffits) + ", cook.d " + Format.estimate(cooksDistance) + ", cov.r "
        + Format.estimate(covarianceRatio) + ", tau2.del " + Format.estimate(tau2Deleted)
        + ", QE.del " + Format.estimate(qDeleted) + ", hat " + Format.estimate(hat)
        + ", weight " + Format.percent(weight, Format.TEXT_PERCENT_DECIMALS) + ", dfbetas "
        + Format.estimate(dfbetas) + (influential() ? ", influential (" + orderedCriteria()
        + ")" : "") + failure.map(f -> ", no fit without it (" + f + ")").orElse("");
  }
}
