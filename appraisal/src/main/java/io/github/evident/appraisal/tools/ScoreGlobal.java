package io.github.evident.appraisal.tools;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.GlobalRule;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.Rating;
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
    List<String> items = checklist.items().stream().map(Item::id).toList();
    Optional<int[]> score = Nice.score(items, answers);
    if (score.isEmpty()) {
      List<String> unanswered = items.stream().filter(id -> answers.get(id).isEmpty()).toList();
      return Rating.undetermined("unanswered", "not answered: " + unanswered, answers.asMap());
    }
    int[] s = score.get();
    return Rating.of(suggestion.label(s[0], s[1]), id(), suggestion.explain(s[0], s[1]),
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
