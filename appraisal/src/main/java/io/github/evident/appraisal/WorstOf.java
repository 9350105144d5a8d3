package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * A global rule that gives the worst component rating on an ordinal scale, such as RoB 2's
 * overall judgement: all Low gives Low, any High gives High, otherwise Some concerns.
 *
 * @param id the rule id
 * @param description what the rule says
 * @param order the labels, best first
 */
public record WorstOf(String id, String description, List<String> order) implements GlobalRule {

  /**
   * Validates and copies the rule.
   *
   * @throws IllegalArgumentException if a field is blank or the order is empty
   */
  public WorstOf {
    Checks.nonBlank("global rule id", id);
    Checks.notNull("description of global rule '" + id + "'", description);
    order = Checks.list("order of global rule '" + id + "'", order);
    Checks.nonEmpty("order of global rule '" + id + "'", order);
  }

  /**
   * The worst-of rule over a scale.
   *
   * @param id the id
   * @param description what it says
   * @param scale the scale
   * @return the rule
   */
  public static WorstOf of(String id, String description, Scale scale) {
    return new WorstOf(id, description, scale.labels());
  }

  @Override
  public Rating rate(Map<String, String> components, Answers answers) {
    int worst = 0;
    for (Map.Entry<String, String> e : components.entrySet()) {
      int r = order.indexOf(e.getValue());
      if (r < 0) {
        throw new IllegalArgumentException("global rule '" + id + "': component " + e.getKey()
            + " rating '" + e.getValue() + "' is not in " + order);
      }
      worst = Math.max(worst, r);
    }
    return Rating.of(order.get(worst), id, description, components);
  }

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
