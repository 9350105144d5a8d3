package io.github.evident.stats.synthesis;

import io.github.evident.core.internal.Checks;

/**
 * The size class of a study in an effect direction plot, from the final sample size of its
 * intervention group (Thomson and Thomas 2013): large above 300, medium 50 to 300, small below 50.
 * The plot draws larger arrows for larger studies.
 */
public enum SampleSizeClass {
  /** Fewer than 50 in the intervention group. */
  SMALL,
  /** 50 to 300 in the intervention group. */
  MEDIUM,
  /** More than 300 in the intervention group. */
  LARGE;

  /**
   * The class of a final intervention-group sample size.
   *
   * @param interventionGroupSize the final sample size of the intervention group, positive
   * @return {@code LARGE} if above 300, {@code MEDIUM} if 50 to 300, {@code SMALL} if below 50
   * @throws IllegalArgumentException if the size is not positive
   */
  public static SampleSizeClass of(int interventionGroupSize) {
    Checks.positive("interventionGroupSize", interventionGroupSize);
    if (interventionGroupSize > 300) {
      return LARGE;
    }
    return interventionGroupSize >= 50 ? MEDIUM : SMALL;
  }

  /**
   * The label used in text: {@code small}, {@code medium} or {@code large}.
   *
   * @return the label
   */
  public String label() {
    return switch (this) {
      case SMALL -> "small";
      case MEDIUM -> "medium";
      case LARGE -> "large";
    };
  }
}
