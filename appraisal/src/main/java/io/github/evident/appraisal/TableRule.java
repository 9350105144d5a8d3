package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a decision table: when every listed item has one of the listed codes, the
 * component gets {@code then}. Items not listed, or listed with the wildcard {@code "*"}, match
 * any answer, including none. Rows are plain data and read from and write to JSON as
 * {@code {"type": "table", "id": ..., "component": ..., "when": {"A1": ["1"]}, "then": ...}}.
 *
 * @param id the row's id
 * @param component the component it rates
 * @param description what the row says, for the trace
 * @param when item ids mapped to the codes that match
 * @param then the label given when the row matches
 */
public record TableRule(String id, String component, String description,
    Map<String, List<String>> when, String then) implements Rule {

  /** The wildcard code: matches any answer. */
  public static final String ANY = "*";

  /**
   * Validates and copies the row.
   *
   * @throws IllegalArgumentException if a field is blank or an item lists no codes
   */
  public TableRule {
    Checks.nonBlank("rule id", id);
    Checks.nonBlank("component of rule '" + id + "'", component);
    Checks.nonBlank("then of rule '" + id + "'", then);
    if (description == null) {
      description = "";
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Checks.map("when of rule '" + id + "'", when).forEach((k, v) -> {
      List<String> codes = Checks.list("codes of " + k + " in rule '" + id + "'", v);
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("rule '" + id + "' lists no codes for item '" + k
            + "' (use \"*\" for any)");
      }
      copy.put(k, codes);
    });
    when = Collections.unmodifiableMap(copy);
  }

  /**
   * A row from conditions written as {@code "A1=1,2"} or {@code "A2=*"}; the description is
   * the conditions joined with {@code " and "}.
   *
   * @param id the id
   * @param component the component
   * @param then the label given
   * @param conditions item conditions such as {@code "A1=1,2"}
   * @return the row
   * @throws IllegalArgumentException if a condition has no {@code =} or an item is named in
   *     two conditions
   */
  public static TableRule of(String id, String component, String then, String... conditions) {
    Map<String, List<String>> when = new LinkedHashMap<>();
    List<String> text = new ArrayList<>();
    for (String c : conditions) {
      int eq = c.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("condition of rule '" + id
            + "' must look like \"A1=1,2\", was '" + c + "'");
      }
      String item = c.substring(0, eq).trim();
      if (when.put(item, List.of(c.substring(eq + 1).trim().split("\\s*,\\s*"))) != null) {
        throw new IllegalArgumentException("rule '" + id + "' names item " + item
            + " in two conditions; list its codes in one, e.g. \"" + item + "=1,2\"");
      }
      text.add(c.contains(",") ? c.replaceFirst("=", " in {") + "}" : c);
    }
    return new TableRule(id, component, String.join(" and ", text), when, then);
  }

  /**
   * This row with another description.
   *
   * @param description the description
   * @return a new row
   */
  public TableRule withDescription(String description) {
    return new TableRule(id, component, description, when, then);
  }

  @Override
  public List<String> reads() {
    List<String> out = new ArrayList<>();
    when.forEach((k, v) -> {
      if (!v.contains(ANY)) {
        out.add(k);
      }
    });
    return out;
  }

  @Override
  public Optional<String> apply(Answers answers) {
    for (Map.Entry<String, List<String>> e : when.entrySet()) {
      if (e.getValue().contains(ANY)) {
        continue;
      }
      Optional<String> code = answers.get(e.getKey());
      if (code.isEmpty() || !e.getValue().contains(code.get())) {
        return Optional.empty();
      }
    }
    return Optional.of(then);
  }

  @Override
  public String toString() {
    return id + " [" + component + "] " + description + " -> " + then;
  }
}
