package io.github.evident.stats.synthesis;

import java.util.Collection;

/**
 * The direction of an effect, as in an effect direction plot (Thomson and Thomas 2013; Boon and
 * Thomson 2021).
 *
 * <p>Outcomes are classified as {@link #IMPROVEMENT}, {@link #DETERIORATION} or {@link
 * #NO_CHANGE} (no change or mixed). An outcome domain with several outcomes takes a direction by
 * the 70% rule, see {@link #ofDomain(Collection, double)}; a domain whose outcomes do not agree
 * enough is {@link #CONFLICTING}. In a plot both {@code NO_CHANGE} and {@code CONFLICTING} are
 * drawn as {@code ◄►}.
 */
public enum EffectDirection {
  /** The intervention improved the outcome, drawn {@code ▲}. */
  IMPROVEMENT("▲"),
  /** The outcome deteriorated with the intervention, drawn {@code ▼}. */
  DETERIORATION("▼"),
  /** No change, or mixed results within one outcome, drawn {@code ◄►}. */
  NO_CHANGE("◄►"),
  /**
   * Outcomes of a domain disagree (fewer than the threshold share one direction), drawn {@code
   * ◄►}.
   */
  CONFLICTING("◄►");

  /** The default share of outcomes that must agree for a domain to take their direction. */
  public static final double DEFAULT_THRESHOLD = 0.7;

  private final String symbol;

  EffectDirection(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The plot symbol: {@code ▲}, {@code ▼} or {@code ◄►}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The label used in text: {@code improvement}, {@code deterioration}, {@code no change} or
   * {@code conflicting}.
   *
   * @return the label
   */
  public String label() {
    return switch (this) {
      case IMPROVEMENT -> "improvement";
      case DETERIORATION -> "deterioration";
      case NO_CHANGE -> "no change";
      case CONFLICTING -> "conflicting";
    };
  }

  /**
   * The direction of an outcome domain from the directions of its outcomes (Boon and Thomson
   * 2021): if a share of at least {@code threshold} of the outcomes is {@link #IMPROVEMENT}, the
   * domain is an improvement; likewise for {@link #DETERIORATION} and {@link #NO_CHANGE};
   * otherwise it is {@link #CONFLICTING}. An outcome given as {@code CONFLICTING} counts only in
   * the total. The share is {@code count / total}, compared without rounding error for
   * thresholds such as 0.7.
   *
   * @param outcomes the directions of the domain's outcomes, at least one, none null
   * @param threshold the share needed, in {@code (0.5, 1]} so that at most one direction
   *     qualifies; usually {@link #DEFAULT_THRESHOLD}
   * @return the domain's direction
   * @throws IllegalArgumentException if there is no outcome, one is null, or the threshold is out
   *     of range
   */
  public static EffectDirection ofDomain(Collection<EffectDirection> outcomes, double threshold) {
    checkThreshold(threshold);
    if (outcomes == null || outcomes.isEmpty()) {
      throw new IllegalArgumentException("a domain needs at least one outcome direction");
    }
    int up = 0;
    int down = 0;
    int none = 0;
    int index = 0;
    for (EffectDirection d : outcomes) {
      if (d == null) {
        throw new IllegalArgumentException("outcome direction at index " + index + " is null");
      }
      switch (d) {
        case IMPROVEMENT -> up++;
        case DETERIORATION -> down++;
        case NO_CHANGE -> none++;
        default -> { }
      }
      index++;
    }
    int total = outcomes.size();
    // count / total and the threshold are both correctly rounded, so a share exactly equal to
    // the threshold (7 of 10 against 0.7) compares as equal.
    if ((double) up / total >= threshold) {
      return IMPROVEMENT;
    }
    if ((double) down / total >= threshold) {
      return DETERIORATION;
    }
    if ((double) none / total >= threshold) {
      return NO_CHANGE;
    }
    return CONFLICTING;
  }

  static void checkThreshold(double threshold) {
    if (!(threshold > 0.5 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in (0.5, 1], was " + threshold);
    }
  }
}
