package io.github.evident.appraisal.testkit;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for appraisal answers. */
public final class AppraisalArbitraries {

  private AppraisalArbitraries() {}

  /**
   * Complete answers to a checklist: every asked item takes one of its codes; items not asked
   * (by skip logic) are absent. Shrinks towards each item's first option. Without edge cases:
   * the 2^items combinations of every item's first and last option would outnumber any
   * sensible number of tries.
   *
   * @param checklist the checklist
   * @return the arbitrary
   */
  public static Arbitrary<Answers> answers(Checklist checklist) {
    return answers(checklist, checklist.items());
  }

  /**
   * Complete answers to the items of one component of a checklist (skip logic applied); like
   * {@link #answers(Checklist)}, without edge cases.
   *
   * @param checklist the checklist
   * @param componentId the component
   * @return the arbitrary
   */
  public static Arbitrary<Answers> answers(Checklist checklist, String componentId) {
    List<Item> items = new ArrayList<>();
    for (String id : checklist.component(componentId).items()) {
      items.add(checklist.item(id));
    }
    return answers(checklist, items);
  }

  private static Arbitrary<Answers> answers(Checklist checklist, List<Item> items) {
    return codes(items).map(codes -> checklist.asked(Answers.of(codes))).withoutEdgeCases();
  }

  /**
   * A component rating for every component of a checklist, each from a scale's labels: input
   * for properties of global rules.
   *
   * @param checklist the checklist
   * @param labels the labels, best first
   * @return the arbitrary of component id to label, in checklist order
   */
  public static Arbitrary<Map<String, String>> componentRatings(Checklist checklist,
      List<String> labels) {
    List<String> ids = checklist.componentIds();
    List<Arbitrary<String>> each = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      each.add(Arbitraries.of(labels));
    }
    return Combinators.combine(each).as(values -> {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        m.put(ids.get(i), values.get(i));
      }
      return m;
    });
  }

  private static Arbitrary<Map<String, String>> codes(List<Item> items) {
    List<Arbitrary<String>> each = new ArrayList<>();
    for (Item item : items) {
      each.add(Arbitraries.of(item.codes()));
    }
    return Combinators.combine(each).as(values -> {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < items.size(); i++) {
        m.put(items.get(i).id(), values.get(i));
      }
      return m;
    });
  }
}
