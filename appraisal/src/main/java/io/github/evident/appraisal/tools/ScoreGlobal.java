package io.github.evident.appraisal.tools;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.GlobalRule;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.Rating;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The NICE appendix H overall suggestion from the points of all items. */
final class ScoreGlobal implements GlobalRule {

  private final Nice.Suggestion suggestion;
  private final Checklist checklist;

  ScoreGlobal(Nice.Suggestion suggestion, Checklist checklist) {
    this.suggestion = suggestion;
    this.checklist = checklist;
  }

  @Override
  public String id() {
    return "suggestion";
  }

  @Override
  public String description() {
    return "suggestion from the share of points (Y 2, U 1, N 0)";
  }

  @Override
  public Rating rate(Map<String, String> components, Answers answers) {
    int points = 0;
    int max = 0;
    List<String> unanswered = new ArrayList<>();
    for (Item item : checklist.items()) {
      Optional<String> code = answers.get(item.id());
      if (code.isEmpty()) {
        unanswered.add(item.id());
        continue;
      }
      int p = Nice.points(code.get());
      if (p >= 0) {
        points += p;
        max += 2;
      }
    }
    if (!unanswered.isEmpty()) {
      return Rating.undetermined("unanswered", "not answered: " + unanswered, answers.asMap());
    }
    return Rating.of(suggestion.label(points, max), id(), suggestion.explain(points, max),
        answers.asMap());
  }

  /** Refuses to be written as JSON, with a message that says why. */
  @JsonValue
  Object json() {
    throw new IllegalArgumentException("global rule '" + id() + "' is Java code and cannot be "
        + "written as JSON");
  }

  @Override
  public String toString() {
    return id() + ": " + description();
  }
}
