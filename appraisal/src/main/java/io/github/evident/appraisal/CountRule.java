package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A global rule that counts the components rated {@code counted} and looks the count up in
 * {@code byCount}: entry {@code k} is the global rating for {@code k} such components, the last
 * entry also for any larger count. The EPHPP dictionary's rule is
 * {@code CountRule.of("global", "...", "WEAK", "STRONG", "MODERATE", "WEAK")}: no WEAK component
 * gives STRONG, one MODERATE, two or more WEAK.
 *
 * @param id the rule id
 * @param description what the rule says
 * @param counted the label counted
 * @param byCount the global label for 0, 1, 2, ... counted components
 */
public record CountRule(String id, String description, String counted, List<String> byCount)
    implements GlobalRule {

  /**
   * Validates and copies the rule.
   *
   * @throws IllegalArgumentException if a field is blank or {@code byCount} is empty
   */
  public CountRule {
    Checks.nonBlank("global rule id", id);
    Checks.notNull("description of global rule '" + id + "'", description);
    Checks.nonBlank("counted label of global rule '" + id + "'", counted);
    byCount = Checks.list("byCount of global rule '" + id + "'", byCount);
    Checks.nonEmpty("byCount of global rule '" + id + "'", byCount);
  }

  /**
   * A counting rule.
   *
   * @param id the id
   * @param description what it says
   * @param counted the label counted
   * @param byCount the global label for 0, 1, 2, ... counted components
   * @return the rule
   */
  public static CountRule of(String id, String description, String counted,
      String... byCount) {
    return new CountRule(id, description, counted, List.of(byCount));
  }

  @Override
  public Rating rate(Map<String, String> components, Answers answers) {
    int k = Collections.frequency(components.values(), counted);
    return Rating.of(byCount.get(Math.min(k, byCount.size() - 1)), id,
        description + " (" + k + " " + counted + ")", components);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
