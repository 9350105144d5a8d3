package io.github.evident.appraisal.tools;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Component;
import io.github.evident.appraisal.Rule;
import java.util.List;
import java.util.Optional;

/** A NICE component suggestion from the points of its items; does not fire until all answered. */
final class ScoreRule implements Rule {

  private final Nice.Suggestion suggestion;
  private final Component component;

  ScoreRule(Nice.Suggestion suggestion, Component component) {
    this.suggestion = suggestion;
    this.component = component;
  }

  @Override
  public String id() {
    return "suggestion-" + component.id();
  }

  @Override
  public String component() {
    return component.id();
  }

  @Override
  public String description() {
    return "suggestion from the share of points (++ 2, + 1, - or NR 0, NA left out): "
        + suggestion;
  }

  @Override
  public List<String> reads() {
    return component.items();
  }

  @Override
  public Optional<String> apply(Answers answers) {
    // every item not applicable: no points to share, no suggestion (a reviewer decides)
    return Nice.score(component.items(), answers).filter(s -> s[1] > 0)
        .map(s -> suggestion.label(s[0], s[1]));
  }

  /** Refuses to be written as JSON, with a message that says why. */
  @JsonValue
  Object json() {
    throw new IllegalArgumentException("rule '" + id() + "' is Java code and cannot be written "
        + "as JSON");
  }

  @Override
  public String toString() {
    return id() + " [" + component.id() + "] " + description();
  }
}
