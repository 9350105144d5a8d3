package io.github.evident.appraisal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.evident.core.internal.Checks;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule that gives the global (overall) rating from the component ratings (and, for tools
 * without components such as NICE appendix H, from the answers).
 *
 * <p>The engine only calls a global rule with determined component ratings. Where some are
 * {@link Rating#UNDETERMINED} it calls the rule with every possible rating of those components and
 * reports the global rating only if all agree.
 *
 * <p>{@link CountRule} and {@link WorstOf} read from and write to JSON; other rules are plain
 * Java, for example {@code GlobalRule.of("g", "worst", m -> m.containsValue("High") ? "High" :
 * "Low")}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CountRule.class, name = "count"),
  @JsonSubTypes.Type(value = WorstOf.class, name = "worstOf")
})
public interface GlobalRule {

  /**
   * The rule's id.
   *
   * @return the id
   */
  String id();

  /**
   * What the rule says.
   *
   * @return the description
   */
  String description();

  /**
   * The global rating.
   *
   * @param components component id to determined label, in the order of the checklist
   * @param answers the answers to asked items
   * @return the rating with its trace; {@link Rating#UNDETERMINED} where the rule cannot
   *     decide (for example, items it needs are not answered)
   */
  Rating rate(Map<String, String> components, Answers answers);

  /**
   * A global rule written as a Java function of the component labels; it cannot be written to
   * JSON.
   *
   * @param id the id
   * @param description what it says
   * @param rule component labels to global label
   * @return the rule
   */
  static GlobalRule of(String id, String description,
      Function<Map<String, String>, String> rule) {
    Checks.nonBlank("global rule id", id);
    Checks.notNull("description of global rule '" + id + "'", description);
    Checks.notNull("function of global rule '" + id + "'", rule);
    return new FunctionGlobalRule(id, description, rule);
  }
}
