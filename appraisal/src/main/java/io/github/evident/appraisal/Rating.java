package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.Map;

/**
 * A rating and its trace. Prints as its label ({@code STRONG}, {@code ++}, {@code Low},
 * {@link #UNDETERMINED}); {@link #trace()} says which rule gave it and what that rule read.
 *
 * @param label the label on the rule set's scale, or {@link #UNDETERMINED}
 * @param trace the rule that fired and the inputs it read
 */
public record Rating(String label, Trace trace) {

  /** The label of a rating that no rule decides: a reviewer must record it. */
  public static final String UNDETERMINED = "UNDETERMINED";

  /**
   * Validates the rating.
   *
   * @throws IllegalArgumentException if the label is blank or the trace null
   */
  public Rating {
    Checks.nonBlank("rating label", label);
    Checks.notNull("trace of rating '" + label + "'", trace);
  }

  /**
   * A rating given by a rule.
   *
   * @param label the label
   * @param ruleId the rule id
   * @param description the rule's description
   * @param inputs what the rule read
   * @return the rating
   */
  public static Rating of(String label, String ruleId, String description,
      Map<String, String> inputs) {
    return new Rating(label, Trace.of(ruleId, description, inputs));
  }

  /**
   * An undetermined rating with the reason.
   *
   * @param reasonId {@code "uncovered"}, {@code "conflict"}, {@code "open"} or similar
   * @param description why it is undetermined
   * @param inputs what was read
   * @return the rating
   */
  public static Rating undetermined(String reasonId, String description,
      Map<String, String> inputs) {
    return of(UNDETERMINED, reasonId, description, inputs);
  }

  /**
   * Whether a rule (or a reviewer) decided this rating.
   *
   * @return false for {@link #UNDETERMINED}
   */
  public boolean isDetermined() {
    return !UNDETERMINED.equals(label);
  }

  /** The label only, such as {@code STRONG}. */
  @Override
  public String toString() {
    return label;
  }
}
