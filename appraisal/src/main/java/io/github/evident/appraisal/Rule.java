package io.github.evident.appraisal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A rule that rates one component from answers. A rule either fires (gives a label) or does not;
 * a rule set's verification checks that exactly one rating results for every combination of
 * answers.
 *
 * <p>Write rules as decision-table rows ({@link TableRule}, also readable from JSON) or as plain
 * Java, for example in JShell:
 *
 * <pre>{@code
 * Rule r = Rule.when("A-x", "A", "MODERATE", "somewhat likely, 80-100% agreed",
 *     a -> a.get("A1").equals(Optional.of("2")) && a.get("A2").equals(Optional.of("1")),
 *     "A1", "A2");
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = TableRule.class, name = "table")})
public interface Rule {

  /**
   * The rule's id, unique in its rule set, such as {@code "A-strong"}.
   *
   * @return the id
   */
  String id();

  /**
   * The component this rule rates.
   *
   * @return the component id
   */
  String component();

  /**
   * What the rule says, for the trace, such as {@code "A1=1 and A2=1 (dictionary)"}.
   *
   * @return the description
   */
  String description();

  /**
   * The items this rule reads, for the trace. {@link RuleSet#verify()} enumerates the answers
   * to these items only, so a rule written in Java must list every item its condition reads.
   *
   * @return the item ids
   */
  List<String> reads();

  /**
   * The label this rule gives for the answers, if it fires.
   *
   * @param answers the answers to asked items
   * @return the label, or empty if the rule does not fire
   */
  Optional<String> apply(Answers answers);

  /**
   * A rule written as a Java predicate; it cannot be written to JSON.
   *
   * @param id the id
   * @param component the component
   * @param label the label given when the predicate holds
   * @param description what the rule says
   * @param when the condition
   * @param reads the items the condition reads
   * @return the rule
   */
  static Rule when(String id, String component, String label, String description,
      Predicate<Answers> when, String... reads) {
    return new PredicateRule(id, component, label, description, when, List.of(reads));
  }
}
