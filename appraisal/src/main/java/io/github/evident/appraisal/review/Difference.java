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
    GLOBAL;

    /**
     * The label used in text: {@code item}, {@code component} or {@code global rating}.
     *
     * @return the label
     */
    public String label() {
      return switch (this) {
        case ITEM -> "item";
        case COMPONENT -> "component";
        case GLOBAL -> "global rating";
      };
    }

    /**
     * What differs, in words: {@code item A2}, {@code component A} or {@code global rating}.
     *
     * @param target the item or component id ({@code "global"} for the global rating)
     * @return the words
     */
    public String label(String target) {
      return this == GLOBAL ? label() : label() + " " + target;
    }
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
    return kind.label(target) + ": " + first
        + " vs " + second;
  }
}
