package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.Map;

/**
 * Why a rating is what it is: the rule that decided it and the inputs it read (answers for a
 * component rating, component ratings for a global rating).
 *
 * @param ruleId the id of the rule, or {@code "uncovered"}, {@code "conflict"}, {@code "open"},
 *     {@code "judgement"} or {@code "ruling"}
 * @param description a human-readable description of the rule or the reason
 * @param inputs the values the rule read, in reading order
 */
public record Trace(String ruleId, String description, Map<String, String> inputs) {

  /**
   * Validates and copies the trace.
   *
   * @throws IllegalArgumentException if the rule id is blank
   */
  public Trace {
    Checks.nonBlank("trace rule id", ruleId);
    Checks.notNull("trace description", description);
    inputs = Checks.map("trace inputs", inputs);
  }

  /**
   * A trace.
   *
   * @param ruleId the rule id
   * @param description the description
   * @param inputs the inputs read
   * @return the trace
   */
  public static Trace of(String ruleId, String description, Map<String, String> inputs) {
    return new Trace(ruleId, description, inputs);
  }

  /**
   * One line: the rule, what it says and the inputs it read in parentheses, for example
   * {@code A-weak-1: dictionary: not likely representative (A1=3)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return ruleId + ": " + description + (inputs.isEmpty() ? "" : inputs.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(java.util.stream.Collectors.joining(", ", " (", ")")));
  }
}
