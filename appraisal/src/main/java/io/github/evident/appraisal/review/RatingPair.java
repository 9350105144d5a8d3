package io.github.evident.appraisal.review;

/**
 * The two reviewers' final ratings of one component (or the global rating) of one study: the
 * data of inter-rater agreement.
 *
 * @param first the first reviewer's label
 * @param second the second reviewer's label
 */
public record RatingPair(String first, String second) {

  /**
   * Validates the pair.
   *
   * @throws IllegalArgumentException if a label is null
   */
  public RatingPair {
    if (first == null || second == null) {
      throw new IllegalArgumentException("rating pair labels must not be null, were " + first
          + ", " + second);
    }
  }

  /**
   * Whether the reviewers agree.
   *
   * @return true if both labels are equal
   */
  public boolean agree() {
    return first.equals(second);
  }

  @Override
  public String toString() {
    return first + "/" + second;
  }
}
