package io.github.evident.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A checklist with the rules that rate it: rules from answers to component ratings on an
 * ordinal scale, and a global rule from component ratings to the global rating. Immutable;
 * {@code withX(...)} returns a new rule set.
 *
 * <p>Where no rule fires, or two rules give different labels, the component is
 * {@link Rating#UNDETERMINED} and a reviewer records the rating ({@link Appraisal#withRuling}).
 * Components or the global rating can be marked as judgements ({@link #withJudgement}): the
 * rule's rating is then only a suggestion, and the appraisal is not final until a reviewer
 * records the rating.
 *
 * <p>{@link #verify()} enumerates every combination of answers per component and lists those no
 * rule covers and those where rules disagree. Rule sets made of {@link TableRule}s and a
 * {@link CountRule} or {@link WorstOf} read and write JSON:
 * {@code EvidentJson.writeDocument("ruleSet", ruleSet)} and
 * {@code EvidentJson.readDocument(json, "ruleSet", RuleSet.class)}.
 */
@JsonPropertyOrder({"name", "checklist", "scale", "globalScale", "rules", "global",
    "judgements"})
public final class RuleSet {

  /** More combinations of open components than this are not enumerated. */
  private static final long MAX_OPEN_COMBINATIONS = 1_000_000;

  private final String name;
  private final Checklist checklist;
  private final Scale scale;
  private final Scale globalScale;
  private final List<Rule> rules;
  private final GlobalRule global;
  private final Set<String> judgements;

  @JsonCreator
  private RuleSet(@JsonProperty("name") String name,
      @JsonProperty("checklist") Checklist checklist,
      @JsonProperty("scale") Scale scale,
      @JsonProperty("globalScale") Scale globalScale,
      @JsonProperty("rules") List<Rule> rules,
      @JsonProperty("global") GlobalRule global,
      @JsonProperty("judgements") Set<String> judgements) {
    this.name = Checks.nonBlank("rule set name", name);
    this.checklist = Checks.notNull("checklist of rule set '" + name + "'", checklist);
    this.scale = Checks.notNull("scale of rule set '" + name + "'", scale);
    this.globalScale = globalScale == null ? scale : globalScale;
    this.rules = Checks.list("rules of rule set '" + name + "'", rules);
    this.global = Checks.notNull("global rule of rule set '" + name + "'", global);
    this.judgements = judgements == null ? Set.of()
        : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(judgements));
    validate();
  }

  /**
   * A rule set whose global rating uses the same scale as the components.
   *
   * @param name the rule set's name, such as {@code "EPHPP dictionary"}
   * @param checklist the checklist
   * @param scale the component scale, best first
   * @param rules the component rules
   * @param global the global rule
   * @return the rule set
   * @throws IllegalArgumentException if a rule names an unknown component, item or code, a
   *     table row gives a label not on the scale, or two rules share an id
   */
  public static RuleSet of(String name, Checklist checklist, Scale scale, List<Rule> rules,
      GlobalRule global) {
    return new RuleSet(name, checklist, scale, scale, rules, global, Set.of());
  }

  private void validate() {
    Set<String> ids = new java.util.HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("rule set '" + name + "': rule id '" + r.id()
            + "' repeats");
      }
      Component c = checklist.component(r.component());
      for (String item : r.reads()) {
        checklist.item(item);
      }
      if (r instanceof TableRule) {
        TableRule t = (TableRule) r;
        t.when().forEach((itemId, codes) -> {
          Item item = checklist.item(itemId);
          for (String code : codes) {
            if (!TableRule.ANY.equals(code) && item.option(code).isEmpty()) {
              throw new IllegalArgumentException("rule set '" + name + "': rule '" + r.id()
                  + "' names code '" + code + "' of item " + itemId + ", which has codes "
                  + item.codes());
            }
          }
          if (!c.items().contains(itemId)) {
            throw new IllegalArgumentException("rule set '" + name + "': rule '" + r.id()
                + "' of component " + c.id() + " reads item " + itemId
                + ", which is not one of its items " + c.items());
          }
        });
        if (!scale.contains(t.then())) {
          throw new IllegalArgumentException("rule set '" + name + "': rule '" + r.id()
              + "' gives '" + t.then() + "', which is not on scale " + scale);
        }
      }
    }
    for (String target : judgements) {
      if (!Ruling.GLOBAL.equals(target)) {
        checklist.component(target);
      }
    }
  }

  /**
   * This rule set under another name (for an adapted version).
   *
   * @param name the name
   * @return a new rule set
   */
  public RuleSet withName(String name) {
    return new RuleSet(name, checklist, scale, globalScale, rules, global, judgements);
  }

  /**
   * This rule set with a rule added, or replacing the rule with the same id.
   * The name stays: give the variant its own name with {@link #withName(String)}, since
   * {@link #appraise(AppraisalRecord)} and dual reviews tell rule sets apart by name.
   *
   * @param rule the rule
   * @return a new rule set
   */
  public RuleSet withRule(Rule rule) {
    Checks.notNull("rule", rule);
    List<Rule> out = new ArrayList<>();
    boolean replaced = false;
    for (Rule r : rules) {
      if (r.id().equals(rule.id())) {
        out.add(rule);
        replaced = true;
      } else {
        out.add(r);
      }
    }
    if (!replaced) {
      out.add(rule);
    }
    return new RuleSet(name, checklist, scale, globalScale, out, global, judgements);
  }

  /**
   * This rule set without a rule.
   * The name stays: give the variant its own name with {@link #withName(String)}, since
   * {@link #appraise(AppraisalRecord)} and dual reviews tell rule sets apart by name.
   *
   * @param ruleId the rule's id
   * @return a new rule set
   * @throws IllegalArgumentException if there is no such rule
   */
  public RuleSet withoutRule(String ruleId) {
    List<Rule> out = new ArrayList<>(rules);
    if (!out.removeIf(r -> r.id().equals(ruleId))) {
      throw new IllegalArgumentException("rule set '" + name + "' has no rule '" + ruleId + "'");
    }
    return new RuleSet(name, checklist, scale, globalScale, out, global, judgements);
  }

  /**
   * This rule set with another global rule.
   * The name stays: give the variant its own name with {@link #withName(String)}, since
   * {@link #appraise(AppraisalRecord)} and dual reviews tell rule sets apart by name.
   *
   * @param global the global rule
   * @return a new rule set
   */
  public RuleSet withGlobal(GlobalRule global) {
    return new RuleSet(name, checklist, scale, globalScale, rules, global, judgements);
  }

  /**
   * This rule set with another scale for the global rating.
   *
   * @param globalScale the scale, best first
   * @return a new rule set
   */
  public RuleSet withGlobalScale(Scale globalScale) {
    return new RuleSet(name, checklist, scale, Checks.notNull("globalScale", globalScale),
        rules, global, judgements);
  }

  /**
   * This rule set with components (or {@link Ruling#GLOBAL}) whose rating is a reviewer
   * judgement: the rules only suggest it, and an appraisal stays open until a reviewer records
   * it.
   *
   * @param targets component ids or {@link Ruling#GLOBAL}
   * @return a new rule set
   */
  public RuleSet withJudgement(String... targets) {
    Set<String> out = new LinkedHashSet<>(judgements);
    out.addAll(List.of(targets));
    return new RuleSet(name, checklist, scale, globalScale, rules, global, out);
  }

  /**
   * The name.
   *
   * @return the name
   */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /**
   * The checklist.
   *
   * @return the checklist
   */
  @JsonProperty("checklist")
  public Checklist checklist() {
    return checklist;
  }

  /**
   * The component scale, best first.
   *
   * @return the scale
   */
  @JsonProperty("scale")
  public Scale scale() {
    return scale;
  }

  /**
   * The global scale, best first.
   *
   * @return the scale
   */
  @JsonProperty("globalScale")
  public Scale globalScale() {
    return globalScale;
  }

  /**
   * The component rules.
   *
   * @return the rules
   */
  @JsonProperty("rules")
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The global rule.
   *
   * @return the global rule
   */
  @JsonProperty("global")
  public GlobalRule global() {
    return global;
  }

  /**
   * The components (and {@link Ruling#GLOBAL}) whose rating is a reviewer judgement.
   *
   * @return the targets
   */
  @JsonProperty("judgements")
  public Set<String> judgements() {
    return judgements;
  }

  /**
   * Whether a component's rating (or the global one) is a reviewer judgement.
   *
   * @param target a component id or {@link Ruling#GLOBAL}
   * @return true if the rule only suggests it
   */
  public boolean isJudgement(String target) {
    return judgements.contains(target);
  }

  /**
   * Appraises answers without naming the reviewer.
   *
   * @param answers the answers
   * @return the appraisal
   * @throws IllegalArgumentException if an answer names an unknown item or code
   */
  public Appraisal appraise(Answers answers) {
    return new Appraisal(this, null, answers, Map.of());
  }

  /**
   * Appraises one reviewer's answers.
   *
   * @param reviewer the reviewer's id
   * @param answers the answers
   * @return the appraisal
   * @throws IllegalArgumentException if an answer names an unknown item or code
   */
  public Appraisal appraise(String reviewer, Answers answers) {
    return new Appraisal(this, Checks.nonBlank("reviewer", reviewer), answers, Map.of());
  }

  /**
   * Appraises a stored record again: its answers, then its rulings in order.
   *
   * @param record the record
   * @return the appraisal
   * @throws IllegalArgumentException if the record was made with another rule set, tool or
   *     version, or an answer or ruling does not fit
   */
  public Appraisal appraise(AppraisalRecord record) {
    Checks.notNull("record", record);
    if (!record.ruleSet().equals(name) || !record.tool().equals(checklist.tool())
        || !record.toolVersion().equals(checklist.version())) {
      throw new IllegalArgumentException("the record was made with '" + record.ruleSet()
          + "' (" + record.tool() + " " + record.toolVersion() + "), not with '" + name + "' ("
          + checklist.tool() + " " + checklist.version() + ")");
    }
    Appraisal a = new Appraisal(this, record.reviewer().orElse(null), record.answers(),
        Map.of());
    for (Ruling r : record.rulings()) {
      a = a.withRuling(r);
    }
    return a;
  }

  /**
   * Rates one component by the rules.
   *
   * @param componentId the component
   * @param answers the answers (answers to items not asked are ignored)
   * @return the rating; {@link Rating#UNDETERMINED} if no rule fires or rules disagree
   */
  public Rating rate(String componentId, Answers answers) {
    return rateAsked(componentId, checklist.asked(checklist.validate(answers)));
  }

  /** Rates a component from validated answers to asked items. */
  Rating rateAsked(String componentId, Answers asked) {
    Component c = checklist.component(componentId);
    Map<String, String> read = new LinkedHashMap<>();
    List<String> unanswered = new ArrayList<>();
    for (String id : c.items()) {
      Optional<String> code = asked.get(id);
      if (code.isPresent()) {
        read.put(id, code.get());
      } else if (checklist.item(id).isAsked(asked)) {
        unanswered.add(id);
      }
    }
    List<Rule> fired = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (Rule r : rules) {
      if (r.component().equals(componentId)) {
        Optional<String> label = r.apply(asked);
        if (label.isPresent()) {
          fired.add(r);
          labels.add(label.get());
        }
      }
    }
    if (fired.isEmpty()) {
      if (!unanswered.isEmpty()) {
        return Rating.undetermined("unanswered", "not answered: " + unanswered, read);
      }
      return Rating.undetermined("uncovered",
          "no rule covers " + Answers.of(read) + ": a reviewer must decide", read);
    }
    if (labels.size() > 1) {
      StringBuilder sb = new StringBuilder("rules disagree:");
      for (Rule r : fired) {
        sb.append(' ').append(r.id()).append('=').append(r.apply(asked).orElseThrow());
      }
      return Rating.undetermined("conflict", sb + "; a reviewer must decide", read);
    }
    Rule rule = fired.get(0);
    String label = labels.iterator().next();
    if (!scale.contains(label)) {
      throw new IllegalArgumentException("rule set '" + name + "': rule '" + rule.id()
          + "' gave '" + label + "', which is not on scale " + scale);
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    for (String id : rule.reads()) {
      inputs.put(id, asked.get(id).orElse("-"));
    }
    return Rating.of(label, rule.id(), rule.description(), inputs);
  }

  /**
   * The global rating from component ratings: the global rule's rating if all are determined;
   * otherwise the rating every possible value of the open components agrees on, or
   * {@link Rating#UNDETERMINED} naming the components that must be decided.
   */
  Rating rateGlobal(Map<String, Rating> components, Answers asked) {
    Map<String, String> labels = new LinkedHashMap<>();
    List<String> open = new ArrayList<>();
    components.forEach((id, r) -> {
      labels.put(id, r.label());
      if (!r.isDetermined()) {
        open.add(id);
      }
    });
    if (open.isEmpty()) {
      return checkedGlobal(labels, asked);
    }
    if (Math.pow(scale.labels().size(), open.size()) > MAX_OPEN_COMBINATIONS) {
      return Rating.undetermined("open", "decide the open components " + open, labels);
    }
    Set<String> results = new TreeSet<>();
    Rating[] first = new Rating[1];
    enumerateOpen(open, 0, new LinkedHashMap<>(labels), asked, results, first);
    if (results.size() == 1) {
      Trace t = first[0].trace();
      return Rating.of(first[0].label(), t.ruleId(), t.description()
          + "; the same whatever the open components " + open + " are", labels);
    }
    return Rating.undetermined("open", "depends on the open components " + open
        + " (could be any of " + results + "): decide them", labels);
  }

  private void enumerateOpen(List<String> open, int i, Map<String, String> labels,
      Answers asked, Set<String> results, Rating[] first) {
    if (i == open.size()) {
      Rating r = checkedGlobal(labels, asked);
      results.add(r.label());
      if (first[0] == null) {
        first[0] = r;
      }
      return;
    }
    for (String label : scale.labels()) {
      labels.put(open.get(i), label);
      enumerateOpen(open, i + 1, labels, asked, results, first);
    }
  }

  private Rating checkedGlobal(Map<String, String> labels, Answers asked) {
    Rating r = global.rate(java.util.Collections.unmodifiableMap(labels), asked);
    if (r.isDetermined() && !globalScale.contains(r.label())) {
      throw new IllegalArgumentException("rule set '" + name + "': global rule '" + global.id()
          + "' gave '" + r.label() + "' for " + labels + ", which is not on scale "
          + globalScale);
    }
    return r;
  }

  /**
   * Enumerates every combination of answers per component and reports those no rule covers
   * and those where rules give different ratings. Only the items some rule of the component
   * reads (and the items their skip logic depends on) are enumerated: an item no rule reads
   * cannot change a rating, so EPHPP's F, whose rules read only F2, reports the gap as
   * {@code F2=5} once rather than once per answer to F1.
   *
   * @return the report
   */
  public Verification verify() {
    Map<String, List<Answers>> uncovered = new LinkedHashMap<>();
    Map<String, List<Verification.Conflict>> conflicts = new LinkedHashMap<>();
    for (String c : checklist.componentIds()) {
      List<Answers> u = new ArrayList<>();
      List<Verification.Conflict> k = new ArrayList<>();
      Set<String> read = new LinkedHashSet<>();
      for (Rule r : rules) {
        if (r.component().equals(c)) {
          read.addAll(r.reads());
        }
      }
      for (Answers a : checklist.answerSpace(c, read.isEmpty() ? checklist.component(c).items()
          : read)) {
        Map<String, String> fired = new LinkedHashMap<>();
        for (Rule r : rules) {
          if (r.component().equals(c)) {
            r.apply(a).ifPresent(label -> fired.put(r.id(), label));
          }
        }
        if (fired.isEmpty()) {
          u.add(a);
        } else if (new java.util.HashSet<>(fired.values()).size() > 1) {
          k.add(new Verification.Conflict(a, fired));
        }
      }
      uncovered.put(c, u);
      conflicts.put(c, k);
    }
    return new Verification(name, uncovered, conflicts);
  }

  /** One line: name, tool, version and the number of rules. */
  @Override
  public String toString() {
    return name + " (" + checklist.tool() + " " + checklist.version() + ", " + rules.size()
        + " rules, global " + global.id() + ")";
  }
}
