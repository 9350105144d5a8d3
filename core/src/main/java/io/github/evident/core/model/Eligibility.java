package io.github.evident.core.model;

import io.github.evident.core.internal.Checks;
import java.util.List;

/**
 * A review's eligibility criteria.
 *
 * @param inclusion the inclusion criteria
 * @param exclusion the exclusion criteria
 */
public record Eligibility(List<String> inclusion, List<String> exclusion) {

  /**
   * Copies the criteria; absent lists are empty.
   *
   * @throws IllegalArgumentException if a criterion is blank
   */
  public Eligibility {
    inclusion = inclusion == null ? List.of() : List.copyOf(inclusion);
    exclusion = exclusion == null ? List.of() : List.copyOf(exclusion);
    for (int i = 0; i < inclusion.size(); i++) {
      Checks.nonBlank("eligibility.inclusion[" + i + "]", inclusion.get(i));
    }
    for (int i = 0; i < exclusion.size(); i++) {
      Checks.nonBlank("eligibility.exclusion[" + i + "]", exclusion.get(i));
    }
  }

  /**
   * One line, for example {@code inclusion: adults; sex workers. exclusion: reviews}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "inclusion: " + (inclusion.isEmpty() ? "none given" : String.join("; ", inclusion))
        + ". exclusion: " + (exclusion.isEmpty() ? "none given" : String.join("; ", exclusion));
  }
}
