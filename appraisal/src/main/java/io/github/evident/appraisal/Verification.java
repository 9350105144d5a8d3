package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link RuleSet#verify()} found: per component, the answer combinations no rule covers
 * and those where rules give different ratings.
 */
public final class Verification {

  /**
   * Answers for which rules give different ratings.
   *
   * @param answers the combination of answers
   * @param ratings rule id to the rating it gives
   */
  public record Conflict(Answers answers, Map<String, String> ratings) {

    /**
     * Copies the ratings.
     *
     * @throws IllegalArgumentException if a field is null
     */
    public Conflict {
      Checks.notNull("answers", answers);
      ratings = Checks.map("ratings", ratings);
    }

    @Override
    public String toString() {
      return answers + " -> " + ratings;
    }
  }

  private final String ruleSet;
  private final Map<String, List<Answers>> uncovered;
  private final Map<String, List<Conflict>> conflicts;

  Verification(String ruleSet, Map<String, List<Answers>> uncovered,
      Map<String, List<Conflict>> conflicts) {
    this.ruleSet = ruleSet;
    Map<String, List<Answers>> u = new LinkedHashMap<>();
    uncovered.forEach((k, v) -> u.put(k, List.copyOf(v)));
    Map<String, List<Conflict>> c = new LinkedHashMap<>();
    conflicts.forEach((k, v) -> c.put(k, List.copyOf(v)));
    this.uncovered = Collections.unmodifiableMap(u);
    this.conflicts = Collections.unmodifiableMap(c);
  }

  /**
   * The answer combinations of a component that no rule covers.
   *
   * @param componentId the component
   * @return the combinations (empty if the component is complete)
   * @throws IllegalArgumentException if there is no such component
   */
  public List<Answers> uncovered(String componentId) {
    return get(uncovered, componentId);
  }

  /**
   * The answer combinations of a component where rules disagree.
   *
   * @param componentId the component
   * @return the conflicts (empty if the component is unambiguous)
   * @throws IllegalArgumentException if there is no such component
   */
  public List<Conflict> conflicts(String componentId) {
    return get(conflicts, componentId);
  }

  private <T> List<T> get(Map<String, List<T>> m, String componentId) {
    List<T> l = m.get(componentId);
    if (l == null) {
      throw new IllegalArgumentException("rule set '" + ruleSet + "' has no component '"
          + componentId + "', only " + m.keySet());
    }
    return l;
  }

  /**
   * The component ids verified, in the order of the checklist.
   *
   * @return the ids
   */
  public List<String> components() {
    return List.copyOf(uncovered.keySet());
  }

  /**
   * Whether some rule covers every combination of answers of every component.
   *
   * @return true if nothing is uncovered
   */
  public boolean isComplete() {
    return uncovered.values().stream().allMatch(List::isEmpty);
  }

  /**
   * Whether no two rules disagree on any combination of answers.
   *
   * @return true if there are no conflicts
   */
  public boolean isUnambiguous() {
    return conflicts.values().stream().allMatch(List::isEmpty);
  }

  /**
   * A table: per component the number of uncovered and conflicting combinations, then each of
   * them.
   *
   * @return a multi-line text
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Verification of ").append(ruleSet).append('\n');
    sb.append(String.format(Locale.ROOT,
        "%-12s %9s %9s\n", "component", "uncovered", "conflicts"));
    for (String c : uncovered.keySet()) {
      sb.append(String.format(Locale.ROOT, "%-12s %9d %9d\n", c, uncovered.get(c).size(),
          conflicts.get(c).size()));
    }
    for (String c : uncovered.keySet()) {
      for (Answers a : uncovered.get(c)) {
        sb.append("  ").append(c).append(" uncovered: ").append(a).append('\n');
      }
      for (Conflict k : conflicts.get(c)) {
        sb.append("  ").append(c).append(" conflict: ").append(k).append('\n');
      }
    }
    return sb.toString();
  }

  /** One line: complete or not, unambiguous or not, with counts. */
  @Override
  public String toString() {
    long u = uncovered.values().stream().mapToLong(List::size).sum();
    long c = conflicts.values().stream().mapToLong(List::size).sum();
    return "verification of " + ruleSet + ": " + u + " uncovered and " + c
        + " conflicting answer combinations";
  }
}
