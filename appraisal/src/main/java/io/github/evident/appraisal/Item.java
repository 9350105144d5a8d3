package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One checklist item: an id, the question, its answer options and, for items that are only asked
 * after certain answers (skip logic), when it is asked.
 *
 * <p>{@code askedIf} is a list of alternatives; each alternative maps item ids to the codes that
 * ask this item. The item is asked when any alternative holds (all of its items have one of the
 * listed codes). An empty list means the item is always asked. For example RoB 2 question 2.3 is
 * asked if {@code 2.1} or {@code 2.2} is Y, PY or NI: two alternatives.
 *
 * @param id the item id, such as {@code "A1"}
 * @param text the question (paraphrased)
 * @param options the answer options in the order of the form
 * @param askedIf when the item is asked; empty for always
 */
public record Item(String id, String text, List<Option> options,
    List<Map<String, List<String>>> askedIf) {

  /**
   * Validates and copies the item.
   *
   * @throws IllegalArgumentException if the id is blank, there are no options, or two options
   *     share a code
   */
  public Item {
    Checks.nonBlank("item id", id);
    Checks.notNull("text of item '" + id + "'", text);
    options = Checks.list("options of item '" + id + "'", options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("item '" + id + "' must have at least one option");
    }
    for (int i = 0; i < options.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (options.get(i).code().equals(options.get(j).code())) {
          throw new IllegalArgumentException("item '" + id + "' has option code '"
              + options.get(i).code() + "' twice");
        }
      }
    }
    askedIf = askedIf == null ? List.of() : copy(id, askedIf);
  }

  private static List<Map<String, List<String>>> copy(String id,
      List<Map<String, List<String>>> alternatives) {
    List<Map<String, List<String>>> out = new ArrayList<>();
    for (Map<String, List<String>> alternative : Checks.list("askedIf of item '" + id + "'",
        alternatives)) {
      Map<String, List<String>> m = new LinkedHashMap<>();
      Checks.map("askedIf of item '" + id + "'", alternative)
          .forEach((k, v) -> m.put(k, Checks.list("askedIf codes of item '" + id + "'", v)));
      out.add(java.util.Collections.unmodifiableMap(m));
    }
    return List.copyOf(out);
  }

  /**
   * An item that is always asked.
   *
   * @param id the id
   * @param text the question
   * @param options the options
   * @return the item
   */
  public static Item of(String id, String text, Option... options) {
    return new Item(id, text, List.of(options), List.of());
  }

  /**
   * An item that is always asked, with options given as alternating codes and labels.
   *
   * @param id the id
   * @param text the question
   * @param codesAndLabels code, label, code, label, ...
   * @return the item
   * @throws IllegalArgumentException if the number of strings is odd
   */
  public static Item of(String id, String text, String... codesAndLabels) {
    if (codesAndLabels.length % 2 != 0) {
      throw new IllegalArgumentException("codesAndLabels of item '" + id
          + "' must alternate codes and labels, had " + codesAndLabels.length + " strings");
    }
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      options.add(Option.of(codesAndLabels[i], codesAndLabels[i + 1]));
    }
    return new Item(id, text, options, List.of());
  }

  /**
   * This item with one more alternative condition: asked when the given item has one of the
   * given codes, or when an alternative added before holds. The first call turns an item that
   * is always asked into one asked only under this condition: {@code Item.of("C2", ...)
   * .askedIf("C1", "1", "3")} asks C2 only if C1 is 1 or 3.
   *
   * @param itemId the item whose answer decides
   * @param codes the codes that ask this item
   * @return a new item
   */
  public Item askedIf(String itemId, String... codes) {
    return askedIf(Map.of(itemId, List.of(codes)));
  }

  /**
   * This item with one more alternative condition under which it is asked (alternatives are
   * or-ed; the first one makes an always-asked item conditional).
   *
   * @param condition item ids mapped to the codes that, all together, ask this item
   * @return a new item
   */
  public Item askedIf(Map<String, List<String>> condition) {
    List<Map<String, List<String>>> alternatives = new ArrayList<>(askedIf);
    alternatives.add(condition);
    return new Item(id, text, options, alternatives);
  }

  /**
   * The option with a code.
   *
   * @param code the code
   * @return the option, or empty if the item has no such code
   */
  public Optional<Option> option(String code) {
    return options.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /**
   * The codes of the options, in the order of the form.
   *
   * @return the codes
   */
  public List<String> codes() {
    return options.stream().map(Option::code).toList();
  }

  /**
   * Whether this item is asked, given the answers so far.
   *
   * @param answers the answers
   * @return true if {@code askedIf} is empty or one alternative holds
   */
  public boolean isAsked(Answers answers) {
    if (askedIf.isEmpty()) {
      return true;
    }
    for (Map<String, List<String>> alternative : askedIf) {
      boolean all = true;
      for (Map.Entry<String, List<String>> e : alternative.entrySet()) {
        String code = answers.get(e.getKey()).orElse(null);
        if (code == null || !e.getValue().contains(code)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return id + ": " + text + " " + codes();
  }
}
