package io.github.evident.appraisal.tools;

import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Component;
import io.github.evident.appraisal.CountRule;
import io.github.evident.appraisal.GlobalRule;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.Rule;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Scale;
import io.github.evident.appraisal.TableRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Effective Public Health Practice Project (EPHPP) Quality Assessment Tool for Quantitative
 * Studies (form and dictionary of 2009, as quoted in published reviews; Thomas, Ciliska, Dobbins
 * and Micucci, 2004, Worldviews Evid Based Nurs 1(3):176-184).
 *
 * <p>Items A1 to F2 (with B1 to B3, the randomization questions of B) carry the form's answer
 * codes (for example A1: 1 very likely, 2 somewhat likely, 3 not likely, 4 can't tell). C2 is
 * asked only when C1 is 1 (yes) or 3 (can't tell); B1 to B3 only for RCTs and CCTs.
 * Components A (selection bias), B (study design), C (confounders), D (blinding), E (data
 * collection methods) and F (withdrawals and drop-outs) are rated STRONG, MODERATE or WEAK;
 * the global rating is STRONG with no WEAK component, MODERATE with one, WEAK with two or more.
 *
 * <p>Two rule sets:
 *
 * <ul>
 *   <li>{@link #dictionary()} applies exactly the dictionary and leaves its gaps
 *       {@code UNDETERMINED}: A for (A1=2, A2=1), A1 in {1, 2} with A2=4, A1=4 with A2 in
 *       {1, 2, 4}; C for (C1=1, C2=4); D for (D1=1, D2=3) and (D1=3, D2=1); E for E1=3 with E2 in
 *       {1, 2}; F for F2=5 (not applicable), where the dictionary and the form disagree.
 *   <li>{@link #commonPractice()} resolves each gap as described on its rule (see the rule's
 *       description in the trace):
 *       (A1=2, A2=1) MODERATE, as published reviews usually rate it; A2=4 (not applicable)
 *       rates on A1 alone (1 STRONG, 2 MODERATE); A1=4 (can't tell) with A2 in {1, 2} MODERATE
 *       and with A2=4 WEAK, by analogy with the dictionary's WEAK for A1=4 with A2=5;
 *       (C1=1, C2=4) WEAK, as the dictionary rates (C1=3, C2=4); (D1=1, D2=3) and (D1=3, D2=1)
 *       MODERATE, as the dictionary does not downgrade "can't tell" in D; (E1=3, E2=1) MODERATE
 *       (one property shown) and (E1=3, E2=2) WEAK (neither shown); F2=5 MODERATE, the
 *       dictionary's wording, or any label chosen with {@link #commonPractice(String)}.
 * </ul>
 *
 * <p>The older global rule ("STRONG = at least four STRONG and no WEAK") is
 * {@link #fourStrongGlobal()}: {@code Ephpp.dictionary().withGlobal(Ephpp.fourStrongGlobal())}.
 * Some reviewers downgrade a randomized trial whose method of randomization is not described or
 * not appropriate (B1 to B3, which the dictionary records but does not rate):
 * {@link #withRandomizationDowngrade(RuleSet)}.
 */
public final class Ephpp {

  /** The tool's name. */
  public static final String TOOL = "EPHPP";

  /** The form and dictionary version encoded. */
  public static final String VERSION = "2009";

  /** The id of the rule that rates F when F2=5 (not applicable). */
  public static final String WITHDRAWALS_NOT_APPLICABLE = "F-not-applicable";

  private static final Scale SCALE = Scale.of("EPHPP", "STRONG", "MODERATE", "WEAK");

  private static final Checklist CHECKLIST = Checklist.of(TOOL, VERSION, List.of(
      Item.of("A1", "Are the individuals selected to participate likely to be representative "
          + "of the target population?", "1", "very likely", "2", "somewhat likely", "3",
          "not likely", "4", "can't tell"),
      Item.of("A2", "What percentage of selected individuals agreed to participate?", "1",
          "80-100% agreement", "2", "60-79% agreement", "3", "less than 60% agreement", "4",
          "not applicable", "5", "can't tell"),
      Item.of("B", "Indicate the study design", "1", "randomized controlled trial", "2",
          "controlled clinical trial", "3", "cohort analytic (two group pre + post)", "4",
          "case-control", "5", "cohort (one group pre + post (before and after))", "6",
          "interrupted time series", "7", "other", "8", "can't tell"),
      Item.of("B1", "Was the study described as randomized?", "1", "yes", "2", "no")
          .askedIf("B", "1", "2"),
      Item.of("B2", "If yes, was the method of randomization described?", "1", "yes", "2",
          "no").askedIf("B1", "1"),
      Item.of("B3", "If yes, was the method appropriate?", "1", "yes", "2", "no")
          .askedIf("B2", "1"),
      Item.of("C1", "Were there important differences between groups prior to the "
          + "intervention?", "1", "yes", "2", "no", "3", "can't tell"),
      Item.of("C2", "If yes, indicate the percentage of relevant confounders that were "
          + "controlled (either in the design or analysis)", "1", "80-100% (most)", "2",
          "60-79% (some)", "3", "less than 60% (few or none)", "4", "can't tell")
          .askedIf("C1", "1", "3"),
      Item.of("D1", "Was (were) the outcome assessor(s) aware of the intervention or exposure "
          + "status of participants?", "1", "yes", "2", "no", "3", "can't tell"),
      Item.of("D2", "Were the study participants aware of the research question?", "1", "yes",
          "2", "no", "3", "can't tell"),
      Item.of("E1", "Were data collection tools shown to be valid?", "1", "yes", "2", "no", "3",
          "can't tell"),
      Item.of("E2", "Were data collection tools shown to be reliable?", "1", "yes", "2", "no",
          "3", "can't tell"),
      Item.of("F1", "Were withdrawals and drop-outs reported in terms of numbers and/or reasons "
          + "per group?", "1", "yes", "2", "no", "3", "can't tell", "4",
          "not applicable (i.e. one time surveys or interviews)"),
      Item.of("F2", "Indicate the percentage of participants completing the study (if the "
          + "percentage differs by groups, record the lowest)", "1", "80-100%", "2", "60-79%",
          "3", "less than 60%", "4", "can't tell", "5",
          "not applicable (i.e. retrospective case-control)")),
      List.of(Component.of("A", "selection bias", "A1", "A2"),
          Component.of("B", "study design", "B", "B1", "B2", "B3"),
          Component.of("C", "confounders", "C1", "C2"),
          Component.of("D", "blinding", "D1", "D2"),
          Component.of("E", "data collection methods", "E1", "E2"),
          Component.of("F", "withdrawals and drop-outs", "F1", "F2")));

  private Ephpp() {}

  /**
   * The EPHPP checklist (items A1 to F2 with the form's codes; components A to F).
   *
   * @return the checklist
   */
  public static Checklist checklist() {
    return CHECKLIST;
  }

  /**
   * The rating scale STRONG, MODERATE, WEAK.
   *
   * @return the scale
   */
  public static Scale scale() {
    return SCALE;
  }

  /**
   * The dictionary's rules, exactly: its gaps (listed in the class description) stay
   * {@code UNDETERMINED} for a reviewer to decide, and so does the global rating where it
   * depends on them.
   *
   * @return the rule set {@code "EPHPP dictionary"}
   */
  public static RuleSet dictionary() {
    return RuleSet.of("EPHPP dictionary", CHECKLIST, SCALE, dictionaryRules(),
        dictionaryGlobal());
  }

  /**
   * The dictionary with its gaps resolved as published reviews commonly do (listed in the class
   * description and in each rule's description), F2=5 rated MODERATE.
   *
   * @return the rule set {@code "EPHPP common practice"}
   */
  public static RuleSet commonPractice() {
    return commonPractice("MODERATE");
  }

  /**
   * The common-practice rule set with F2=5 (not applicable) rated as given. Its name tells the
   * variants apart, so that an {@link io.github.evident.appraisal.AppraisalRecord} made with one
   * is not replayed with another: {@code "EPHPP common practice"} for MODERATE, else
   * {@code "EPHPP common practice, F2=5 rated WEAK"} (or STRONG).
   *
   * @param withdrawalsNotApplicable the rating of F when F2=5: STRONG, MODERATE or WEAK
   * @return the rule set
   * @throws IllegalArgumentException if the label is not on the EPHPP scale
   */
  public static RuleSet commonPractice(String withdrawalsNotApplicable) {
    List<Rule> rules = new ArrayList<>(dictionaryRules());
    rules.add(row("A-cp-1", "A", "MODERATE", "common practice: A1=2 and A2=1 rated MODERATE, as "
        + "published reviews usually do (somewhat likely representative, high agreement)",
        "A1=2", "A2=1"));
    rules.add(row("A-cp-2", "A", "STRONG", "common practice: A2=4 (not applicable) rates on A1 "
        + "alone; A1=1 is STRONG", "A1=1", "A2=4"));
    rules.add(row("A-cp-3", "A", "MODERATE", "common practice: A2=4 (not applicable) rates on A1 "
        + "alone; A1=2 is MODERATE", "A1=2", "A2=4"));
    rules.add(row("A-cp-4", "A", "MODERATE", "common practice: A1=4 (can't tell) with known "
        + "agreement of 60% or more is MODERATE", "A1=4", "A2=1,2"));
    rules.add(row("A-cp-5", "A", "WEAK", "common practice: A1=4 (can't tell) with A2=4 (not "
        + "applicable) is WEAK, like the dictionary's A1=4 with A2=5", "A1=4", "A2=4"));
    rules.add(row("C-cp-1", "C", "WEAK", "common practice: C1=1 (differences) with C2=4 (can't "
        + "tell how many confounders were controlled) is WEAK, like the dictionary's C1=3 with "
        + "C2=4", "C1=1", "C2=4"));
    rules.add(row("D-cp-1", "D", "MODERATE", "common practice: one of D1, D2 aware and the other "
        + "can't tell is MODERATE; the dictionary does not downgrade can't tell in D (D1=3 and "
        + "D2=3 is MODERATE)", "D1=1", "D2=3"));
    rules.add(row("D-cp-2", "D", "MODERATE", "common practice: one of D1, D2 aware and the other "
        + "can't tell is MODERATE; the dictionary does not downgrade can't tell in D (D1=3 and "
        + "D2=3 is MODERATE)", "D1=3", "D2=1"));
    rules.add(row("E-cp-1", "E", "MODERATE", "common practice: validity can't tell but "
        + "reliability shown is MODERATE (one of the two properties shown)", "E1=3", "E2=1"));
    rules.add(row("E-cp-2", "E", "WEAK", "common practice: validity can't tell and reliability "
        + "not shown is WEAK (neither property shown)", "E1=3", "E2=2"));
    rules.add(withdrawalsNotApplicable(withdrawalsNotApplicable));
    String name = "EPHPP common practice" + ("MODERATE".equals(withdrawalsNotApplicable) ? ""
        : ", F2=5 rated " + withdrawalsNotApplicable);
    return RuleSet.of(name, CHECKLIST, SCALE, rules, dictionaryGlobal());
  }

  /**
   * The rule that rates F when F2=5 (not applicable), with id
   * {@value #WITHDRAWALS_NOT_APPLICABLE}; {@code ruleSet.withRule(...)} adds it or replaces the
   * one there. The dictionary's text rates it MODERATE; some versions of the form leave it out.
   *
   * @param label STRONG, MODERATE or WEAK
   * @return the rule
   * @throws IllegalArgumentException if the label is not on the EPHPP scale
   */
  public static Rule withdrawalsNotApplicable(String label) {
    SCALE.rank(label);
    return row(WITHDRAWALS_NOT_APPLICABLE, "F", label,
        "F2=5 (not applicable) rated " + label + " (a parameter: dictionary and form disagree)",
        "F2=5");
  }

  /**
   * The dictionary's global rule: STRONG with no WEAK component, MODERATE with one WEAK, WEAK
   * with two or more (so six MODERATE components give STRONG).
   *
   * @return the rule
   */
  public static GlobalRule dictionaryGlobal() {
    return CountRule.of("dictionary-global", "STRONG = no WEAK, MODERATE = one WEAK, WEAK = two "
        + "or more WEAK ratings (dictionary)", "WEAK", "STRONG", "MODERATE", "WEAK");
  }

  /**
   * The older published global rule: STRONG with at least four STRONG and no WEAK component,
   * WEAK with two or more WEAK; everything else MODERATE (the published wording, "MODERATE =
   * fewer than four STRONG and one WEAK", leaves fewer than four STRONG with no WEAK, and four
   * or more STRONG with one WEAK, unstated; both are MODERATE here).
   *
   * @return the rule
   */
  public static GlobalRule fourStrongGlobal() {
    return GlobalRule.of("four-strong-global", "older version: STRONG = at least four STRONG "
        + "and no WEAK, WEAK = two or more WEAK, otherwise MODERATE", m -> {
          int weak = Collections.frequency(m.values(), "WEAK");
          int strong = Collections.frequency(m.values(), "STRONG");
          return weak >= 2 ? "WEAK" : weak == 0 && strong >= 4 ? "STRONG" : "MODERATE";
        });
  }

  /**
   * A named variant of a rule set: a study coded as an RCT (B=1) that is described as
   * randomized (B1=1) but whose method of randomization is not described (B2=2) or not
   * appropriate (B3=2) is rated MODERATE for B instead of STRONG. B1 to B3 must then be answered
   * for RCTs. The rule set's name gets the suffix {@code ", randomization downgrade"}.
   *
   * @param ruleSet an EPHPP rule set with the dictionary's B rules
   * @return the variant
   * @throws IllegalArgumentException if the rule set has no rule {@code B-strong}
   */
  public static RuleSet withRandomizationDowngrade(RuleSet ruleSet) {
    return ruleSet.withoutRule("B-strong")
        .withRule(row("B-strong", "B", "STRONG", "dictionary: CCT", "B=2"))
        .withRule(row("B-rct-not-described-randomized", "B", "STRONG", "variant: RCT, not "
            + "described as randomized (the dictionary's rating stands)", "B=1", "B1=2"))
        .withRule(row("B-rct-appropriate", "B", "STRONG", "variant: RCT, randomization "
            + "described and appropriate", "B=1", "B1=1", "B2=1", "B3=1"))
        .withRule(row("B-rct-method-not-described", "B", "MODERATE", "variant: RCT whose method "
            + "of randomization is not described, downgraded", "B=1", "B1=1", "B2=2"))
        .withRule(row("B-rct-method-inappropriate", "B", "MODERATE", "variant: RCT whose method "
            + "of randomization is not appropriate, downgraded", "B=1", "B1=1", "B2=1", "B3=2"))
        .withName(ruleSet.name() + ", randomization downgrade");
  }

  private static List<Rule> dictionaryRules() {
    return List.of(
        row("A-strong", "A", "STRONG", "dictionary: very likely representative and 80-100% "
            + "agreement", "A1=1", "A2=1"),
        row("A-moderate-1", "A", "MODERATE", "dictionary: very or somewhat likely "
            + "representative and 60-79% agreement", "A1=1,2", "A2=2"),
        row("A-moderate-2", "A", "MODERATE", "dictionary: very or somewhat likely "
            + "representative and agreement can't tell", "A1=1,2", "A2=5"),
        row("A-weak-1", "A", "WEAK", "dictionary: not likely representative", "A1=3"),
        row("A-weak-2", "A", "WEAK", "dictionary: less than 60% agreement", "A2=3"),
        row("A-weak-3", "A", "WEAK", "dictionary: representativeness and agreement can't tell",
            "A1=4", "A2=5"),
        row("B-strong", "B", "STRONG", "dictionary: RCT or CCT", "B=1,2"),
        row("B-moderate", "B", "MODERATE", "dictionary: cohort analytic, case-control, cohort "
            + "(one group pre + post) or interrupted time series", "B=3,4,5,6"),
        row("B-weak", "B", "WEAK", "dictionary: other design or can't tell", "B=7,8"),
        row("C-strong-1", "C", "STRONG", "dictionary: no important differences between groups",
            "C1=2"),
        row("C-strong-2", "C", "STRONG", "dictionary: 80-100% of confounders controlled",
            "C2=1"),
        row("C-moderate", "C", "MODERATE", "dictionary: 60-79% of confounders controlled",
            "C2=2"),
        row("C-weak-1", "C", "WEAK", "dictionary: less than 60% of confounders controlled",
            "C2=3"),
        row("C-weak-2", "C", "WEAK", "dictionary: differences and their control can't tell",
            "C1=3", "C2=4"),
        row("D-strong", "D", "STRONG", "dictionary: assessors and participants not aware",
            "D1=2", "D2=2"),
        row("D-moderate-1", "D", "MODERATE", "dictionary: assessors not aware, participants "
            + "aware or can't tell", "D1=2", "D2=1,3"),
        row("D-moderate-2", "D", "MODERATE", "dictionary: participants not aware, assessors "
            + "aware or can't tell", "D1=1,3", "D2=2"),
        row("D-moderate-3", "D", "MODERATE", "dictionary: both can't tell", "D1=3", "D2=3"),
        row("D-weak", "D", "WEAK", "dictionary: assessors and participants aware", "D1=1",
            "D2=1"),
        row("E-strong", "E", "STRONG", "dictionary: tools shown valid and reliable", "E1=1",
            "E2=1"),
        row("E-moderate", "E", "MODERATE", "dictionary: tools shown valid, reliability not "
            + "shown or can't tell", "E1=1", "E2=2,3"),
        row("E-weak-1", "E", "WEAK", "dictionary: tools not shown valid", "E1=2"),
        row("E-weak-2", "E", "WEAK", "dictionary: validity and reliability can't tell", "E1=3",
            "E2=3"),
        row("F-strong", "F", "STRONG", "dictionary: 80-100% completed", "F2=1"),
        row("F-moderate", "F", "MODERATE", "dictionary: 60-79% completed", "F2=2"),
        row("F-weak", "F", "WEAK", "dictionary: less than 60% completed or can't tell",
            "F2=3,4"));
  }

  private static Rule row(String id, String component, String then, String description,
      String... conditions) {
    return TableRule.of(id, component, then, conditions).withDescription(description);
  }
}
