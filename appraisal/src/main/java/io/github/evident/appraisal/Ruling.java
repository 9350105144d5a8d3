package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;

/**
 * A rating recorded by a reviewer where the rules leave it open or where the tool leaves it to
 * judgement (also to override a rule's rating, for example raising several RoB 2 "Some concerns"
 * to an overall "High").
 *
 * @param target the component id, or {@link #GLOBAL} for the global (overall) rating
 * @param label the rating recorded
 * @param decidedBy who decided (a reviewer id, or several for a consensus)
 * @param reason why
 */
public record Ruling(String target, String label, String decidedBy, String reason) {

  /** The target id of the global (overall) rating. */
  public static final String GLOBAL = "global";

  /**
   * Validates the ruling.
   *
   * @throws IllegalArgumentException if a field is blank or the label is
   *     {@link Rating#UNDETERMINED}
   */
  public Ruling {
    Checks.nonBlank("ruling target", target);
    Checks.nonBlank("label of ruling on '" + target + "'", label);
    Checks.nonBlank("decidedBy of ruling on '" + target + "'", decidedBy);
    Checks.nonBlank("reason of ruling on '" + target + "'", reason);
    if (Rating.UNDETERMINED.equals(label)) {
      throw new IllegalArgumentException("a ruling on '" + target + "' must record a rating, was "
          + label);
    }
  }

  /**
   * A ruling.
   *
   * @param target the component id or {@link #GLOBAL}
   * @param label the rating
   * @param decidedBy who decided
   * @param reason why
   * @return the ruling
   */
  public static Ruling of(String target, String label, String decidedBy, String reason) {
    return new Ruling(target, label, decidedBy, reason);
  }

  @Override
  public String toString() {
    return target + " := " + label + " by " + decidedBy + " (" + reason + ")";
  }
}
