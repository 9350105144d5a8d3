package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A rule given as a Java predicate. */
record PredicateRule(String id, String component, String label, String description,
    Predicate<Answers> when, List<String> reads) implements Rule {

  PredicateRule {
    Checks.nonBlank("rule id", id);
    Checks.nonBlank("component of rule '" + id + "'", component);
    Checks.nonBlank("label of rule '" + id + "'", label);
    Checks.notNull("description of rule '" + id + "'", description);
    Checks.notNull("condition of rule '" + id + "'", when);
    reads = Checks.list("reads of rule '" + id + "'", reads);
  }

  @Override
  public Optional<String> apply(Answers answers) {
    return when.test(answers) ? Optional.of(label) : Optional.empty();
  }

  /** Refuses to be written as JSON, with a message that says why. */
  @com.fasterxml.jackson.annotation.JsonValue
  Object json() {
    throw new IllegalArgumentException("rule '" + id
        + "' is Java code and cannot be written as JSON; write it as a TableRule");
  }

  @Override
  public String toString() {
    return id + " [" + component + "] " + description + " -> " + label;
  }
}
