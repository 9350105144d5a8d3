package io.github.evident.appraisal.testkit;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.Rating;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Verification;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Assertions about rule sets; each failure is an {@link AssertionError} that shows the
 * offending answers or ratings.
 */
public final class RuleSetAssertions {

  private RuleSetAssertions() {}

  /**
   * Asserts that some rule covers every combination of answers of every component.
   *
   * @param ruleSet the rule set
   */
  public static void assertComplete(RuleSet ruleSet) {
    Verification v = ruleSet.verify();
    if (!v.isComplete()) {
      throw new AssertionError(ruleSet.name() + " is not complete:\n" + v.summary());
    }
  }

  /**
   * Asserts that no two rules give different ratings for the same answers.
   *
   * @param ruleSet the rule set
   */
  public static void assertUnambiguous(RuleSet ruleSet) {
    Verification v = ruleSet.verify();
    if (!v.isUnambiguous()) {
      throw new AssertionError(ruleSet.name() + " is ambiguous:\n" + v.summary());
    }
  }

  /**
   * Asserts that the combinations of answers no rule covers for a component are exactly the
   * expected ones (in any order).
   *
   * @param ruleSet the rule set
   * @param componentId the component
   * @param expected the documented gaps
   */
  public static void assertUncoveredExactly(RuleSet ruleSet, String componentId,
      List<Answers> expected) {
    List<Answers> actual = ruleSet.verify().uncovered(componentId);
    Set<Answers> a = new HashSet<>(actual);
    Set<Answers> e = new HashSet<>(expected);
    if (!a.equals(e) || actual.size() != expected.size()) {
      Set<Answers> missing = new HashSet<>(e);
      missing.removeAll(a);
      Set<Answers> extra = new HashSet<>(a);
      extra.removeAll(e);
      throw new AssertionError(ruleSet.name() + " component " + componentId
          + ": uncovered " + actual + "; expected but covered: " + missing
          + "; uncovered but not expected: " + extra);
    }
  }

  /**
   * Asserts that the global rule is monotone in the component ratings: over every combination
   * of component ratings, making one component better never makes the global rating worse.
   *
   * @param ruleSet the rule set
   * @param componentOrder the component labels, best first
   */
  public static void assertMonotone(RuleSet ruleSet, List<String> componentOrder) {
    List<String> ids = ruleSet.checklist().componentIds();
    double combos = Math.pow(componentOrder.size(), ids.size());
    if (combos > 1_000_000) {
      throw new IllegalArgumentException("too many component combinations to enumerate: "
          + combos);
    }
    int k = componentOrder.size();
    int[] idx = new int[ids.size()];
    for (long n = 0; n < (long) combos; n++) {
      long rest = n;
      for (int i = 0; i < idx.length; i++) {
        idx[i] = (int) (rest % k);
        rest /= k;
      }
      Map<String, String> m = labels(ids, idx, componentOrder);
      int base = globalRank(ruleSet, m);
      for (int i = 0; i < idx.length; i++) {
        for (int better = 0; better < idx[i]; better++) {
          Map<String, String> b = new LinkedHashMap<>(m);
          b.put(ids.get(i), componentOrder.get(better));
          int r = globalRank(ruleSet, b);
          if (r > base) {
            throw new AssertionError(ruleSet.name() + " is not monotone: " + m + " gives "
                + ruleSet.globalScale().labels().get(base) + " but the better " + b + " gives "
                + ruleSet.globalScale().labels().get(r));
          }
        }
      }
    }
  }

  private static Map<String, String> labels(List<String> ids, int[] idx, List<String> order) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < idx.length; i++) {
      m.put(ids.get(i), order.get(idx[i]));
    }
    return m;
  }

  private static int globalRank(RuleSet ruleSet, Map<String, String> components) {
    return ruleSet.globalScale().rank(ruleSet.global().rate(components, Answers.none()).label());
  }

  /**
   * Asserts that the suggested ratings are monotone in the answers: on {@code samples} random
   * complete answers (fixed seed), changing one item's answer to a better one (earlier in
   * {@code answerOrder}) never makes a suggested component or global rating worse. Codes not
   * listed for an item (such as "not applicable") are not compared.
   *
   * @param ruleSet the rule set
   * @param answerOrder item id to its codes, best first
   * @param samples the number of random answer sets
   */
  public static void assertMonotoneInAnswers(RuleSet ruleSet,
      Map<String, List<String>> answerOrder, int samples) {
    Random random = new Random(20_190_828L);
    List<Item> items = ruleSet.checklist().items();
    for (int s = 0; s < samples; s++) {
      Map<String, String> codes = new LinkedHashMap<>();
      for (Item item : items) {
        List<String> c = item.codes();
        codes.put(item.id(), c.get(random.nextInt(c.size())));
      }
      Answers answers = ruleSet.checklist().asked(Answers.of(codes));
      Appraisal base = ruleSet.appraise(answers);
      for (Map.Entry<String, List<String>> e : answerOrder.entrySet()) {
        String current = answers.get(e.getKey()).orElse(null);
        int at = current == null ? -1 : e.getValue().indexOf(current);
        for (int better = 0; better < at; better++) {
          Answers improved = answers.with(e.getKey(), e.getValue().get(better));
          compare(ruleSet, base, ruleSet.appraise(improved));
        }
      }
    }
  }

  private static void compare(RuleSet ruleSet, Appraisal worse, Appraisal better) {
    for (String c : ruleSet.checklist().componentIds()) {
      check(ruleSet, c, worse.suggestedRating(c), better.suggestedRating(c), worse, better,
          false);
    }
    check(ruleSet, "global", worse.suggestedGlobalRating(), better.suggestedGlobalRating(),
        worse, better, true);
  }

  private static void check(RuleSet ruleSet, String target, Rating w, Rating b, Appraisal worse,
      Appraisal better, boolean global) {
    if (!w.isDetermined() || !b.isDetermined()) {
      return;
    }
    var scale = global ? ruleSet.globalScale() : ruleSet.scale();
    if (scale.rank(b.label()) > scale.rank(w.label())) {
      throw new AssertionError(ruleSet.name() + " is not monotone in the answers: " + target
          + " is " + w + " for " + worse.answers() + " but " + b + " for the better "
          + better.answers());
    }
  }
}
