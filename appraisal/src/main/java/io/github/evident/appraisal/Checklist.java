package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checklist as data: the tool's name and version, its items (questions with coded answer
 * options and skip logic) and the components (domains) its ratings are given for.
 *
 * <p>Items that no component reads (such as EPHPP sections G and H) may be listed too; they are
 * recorded but not rated.
 *
 * @param tool the tool's name, such as {@code "EPHPP"}
 * @param version the tool's version, such as {@code "2009"}
 * @param items the items in the order of the form
 * @param components the rated components in the order of the form
 */
public record Checklist(String tool, String version, List<Item> items,
    List<Component> components) {

  /** The most answer combinations {@link #answerSpace(String)} enumerates for a component. */
  public static final int MAX_ANSWER_SPACE = 1_000_000;

  /**
   * Validates and copies the checklist.
   *
   * @throws IllegalArgumentException if an id repeats, a component names an unknown item, or an
   *     item's skip logic names an item that is not listed before it
   */
  public Checklist {
    Checks.nonBlank("tool", tool);
    Checks.nonBlank("version of " + tool, version);
    items = Checks.list("items of " + tool, items);
    components = Checks.list("components of " + tool, components);
    Map<String, Item> seen = new HashMap<>();
    for (Item item : items) {
      for (Map<String, List<String>> alternative : item.askedIf()) {
        for (Map.Entry<String, List<String>> e : alternative.entrySet()) {
          Item earlier = seen.get(e.getKey());
          if (earlier == null) {
            throw new IllegalArgumentException(tool + ": item '" + item.id()
                + "' is asked depending on '" + e.getKey()
                + "', which is not an item listed before it");
          }
          for (String code : e.getValue()) {
            if (earlier.option(code).isEmpty()) {
              throw new IllegalArgumentException(tool + ": item '" + item.id()
                  + "' is asked depending on " + e.getKey() + "=" + code + ", but '"
                  + e.getKey() + "' has no code '" + code + "' " + earlier.codes());
            }
          }
        }
      }
      if (seen.put(item.id(), item) != null) {
        throw new IllegalArgumentException(tool + ": item id '" + item.id() + "' repeats");
      }
    }
    Set<String> componentIds = new HashSet<>();
    for (Component c : components) {
      if (!componentIds.add(c.id())) {
        throw new IllegalArgumentException(tool + ": component id '" + c.id() + "' repeats");
      }
      for (String id : c.items()) {
        if (!seen.containsKey(id)) {
          throw new IllegalArgumentException(tool + ": component '" + c.id()
              + "' names unknown item '" + id + "'");
        }
      }
    }
  }

  /**
   * A checklist.
   *
   * @param tool the tool's name
   * @param version the version
   * @param items the items
   * @param components the components
   * @return the checklist
   */
  public static Checklist of(String tool, String version, List<Item> items,
      List<Component> components) {
    return new Checklist(tool, version, items, components);
  }

  /**
   * An item by id.
   *
   * @param id the item id
   * @return the item
   * @throws IllegalArgumentException if there is no such item
   */
  public Item item(String id) {
    for (Item item : items) {
      if (item.id().equals(id)) {
        return item;
      }
    }
    throw new IllegalArgumentException(tool + " has no item '" + id + "'");
  }

  /**
   * A component by id.
   *
   * @param id the component id
   * @return the component
   * @throws IllegalArgumentException if there is no such component
   */
  public Component component(String id) {
    for (Component c : components) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(tool + " has no component '" + id + "', only "
        + componentIds());
  }

  /**
   * The component ids in the order of the form.
   *
   * @return the ids
   */
  public List<String> componentIds() {
    return components.stream().map(Component::id).toList();
  }

  /**
   * Checks that every answer names an item of this checklist and one of its codes.
   *
   * @param answers the answers
   * @return the answers
   * @throws IllegalArgumentException naming the item and the code if not
   */
  public Answers validate(Answers answers) {
    Checks.notNull("answers", answers);
    answers.asMap().forEach((id, code) -> {
      Item item = items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(
          () -> new IllegalArgumentException(tool + " has no item '" + id + "' (answered "
              + code + ")"));
      if (item.option(code).isEmpty()) {
        throw new IllegalArgumentException(tool + " item " + id + " has no code '" + code
            + "'; codes are " + item.codes());
      }
    });
    return answers;
  }

  /**
   * The answers with the answers to items that are not asked (by skip logic) removed, so that
   * no rule reads them.
   *
   * @param answers validated answers
   * @return the answers to asked items
   */
  public Answers asked(Answers answers) {
    Answers out = answers;
    for (Item item : items) {
      if (out.get(item.id()).isPresent() && !item.isAsked(out)) {
        out = out.without(item.id());
      }
    }
    return out;
  }

  /**
   * Every combination of answers to a component's items that can be recorded: each asked item
   * takes each of its codes, items not asked (by skip logic) stay absent. Skip conditions on
   * items outside the component count as not met.
   *
   * @param componentId the component
   * @return the combinations, in the order of the options
   * @throws IllegalArgumentException if the component's items allow more than
   *     {@value #MAX_ANSWER_SPACE} combinations (before skip logic)
   */
  public List<Answers> answerSpace(String componentId) {
    return answerSpace(componentId, component(componentId).items());
  }

  /**
   * The answer space of a component restricted to some of its items (and the items their skip
   * logic depends on); the other items stay absent.
   */
  List<Answers> answerSpace(String componentId, java.util.Collection<String> itemIds) {
    Set<String> wanted = new HashSet<>(itemIds);
    List<String> order = component(componentId).items();
    for (int i = order.size() - 1; i >= 0; i--) {
      if (wanted.contains(order.get(i))) {
        for (Map<String, List<String>> alternative : item(order.get(i)).askedIf()) {
          wanted.addAll(alternative.keySet());
        }
      }
    }
    List<Item> its = new ArrayList<>();
    double size = 1;
    for (String id : order) {
      if (wanted.contains(id)) {
        its.add(item(id));
        size *= item(id).options().size();
      }
    }
    if (size > MAX_ANSWER_SPACE) {
      throw new IllegalArgumentException(tool + " component " + componentId + " has up to "
          + Format.significant(size, 3) + " answer combinations, more "
          + "than " + MAX_ANSWER_SPACE + ": too many to enumerate");
    }
    List<Answers> out = new ArrayList<>();
    enumerate(its, 0, new LinkedHashMap<>(), out);
    return out;
  }

  private static void enumerate(List<Item> its, int i, LinkedHashMap<String, String> partial,
      List<Answers> out) {
    if (i == its.size()) {
      out.add(Answers.of(partial));
      return;
    }
    Item item = its.get(i);
    if (!item.isAsked(Answers.of(partial))) {
      enumerate(its, i + 1, partial, out);
      return;
    }
    for (String code : item.codes()) {
      partial.put(item.id(), code);
      enumerate(its, i + 1, partial, out);
      partial.remove(item.id());
    }
  }

  @Override
  public String toString() {
    return tool + " " + version + " (" + items.size() + " items, components "
        + componentIds() + ")";
  }
}
