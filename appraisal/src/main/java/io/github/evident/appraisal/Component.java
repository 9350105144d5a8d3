package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.List;

/**
 * A rated part of a checklist (an EPHPP component, a RoB 2 domain, a NICE validity rating): an
 * id, a name and the items whose answers decide its rating, in the order they are asked.
 *
 * @param id the id, such as {@code "A"} or {@code "D1"}
 * @param name the name, such as {@code "selection bias"}
 * @param items the ids of the items that decide the rating
 */
public record Component(String id, String name, List<String> items) {

  /**
   * Validates and copies the component.
   *
   * @throws IllegalArgumentException if the id is blank or {@code "global"}, or it has no items
   */
  public Component {
    Checks.nonBlank("component id", id);
    if (Ruling.GLOBAL.equals(id)) {
      throw new IllegalArgumentException("component id must not be '" + Ruling.GLOBAL
          + "' (reserved for the global rating)");
    }
    Checks.notNull("name of component '" + id + "'", name);
    items = Checks.list("items of component '" + id + "'", items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("component '" + id + "' must have at least one item");
    }
  }

  /**
   * A component.
   *
   * @param id the id
   * @param name the name
   * @param items the item ids
   * @return the component
   */
  public static Component of(String id, String name, String... items) {
    return new Component(id, name, List.of(items));
  }

  @Override
  public String toString() {
    return id + " " + name + " " + items;
  }
}
