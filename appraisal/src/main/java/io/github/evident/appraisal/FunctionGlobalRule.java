package io.github.evident.appraisal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.function.Function;

/** A global rule given as a Java function of the component labels. */
record FunctionGlobalRule(String id, String description,
    Function<Map<String, String>, String> rule) implements GlobalRule {

  @Override
  public Rating rate(Map<String, String> components, Answers answers) {
    return Rating.of(rule.apply(components), id, description, components);
  }

  /** Refuses to be written as JSON, with a message that says why. */
  @JsonValue
  Object json() {
    throw new IllegalArgumentException("global rule '" + id
        + "' is Java code and cannot be written as JSON; use CountRule or WorstOf");
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
