package io.github.evident.appraisal.review;

/**
 * Where two reviewers' appraisals of a study differ.
 *
 * @param kind an item answer, a component rating or the global rating
 * @param target the item id, the component id, or {@code "global"}
 * @param first the first reviewer's answer code or final rating ({@code "-"} if unanswered)
 * @param second the second reviewer's
 */
public record Difference(Kind kind, String target, String first, String second) {

  /** What differs. */
  public enum Kind {
    /** An item's answer. */
    ITEM,
    /** A component's final rating. */
    COMPONENT,
    /** The global rating. */
    GLOBAL
  }

  /**
   * Validates the difference.
   *
   * @throws IllegalArgumentException if a field is null
   */
  public Difference {
    if (kind == null || target == null || first == null || second == null) {
      throw new IllegalArgumentException("difference fields must not be null, were " + kind
          + ", " + target + ", " + first + ", " + second);
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + target + ": " + first
        + " vs " + second;
  }
}
