package io.github.evident.appraisal.tools;

import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Component;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.Rule;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Scale;
import io.github.evident.appraisal.TableRule;
import io.github.evident.appraisal.WorstOf;
import java.util.ArrayList;
import java.util.List;

/**
 * The Cochrane risk-of-bias tool for randomized trials, RoB 2 (Sterne, Savovic, Page et al.,
 * 2019, BMJ 366:l4898; Higgins et al., 2019, RoB 2 full guidance document), for individually
 * randomized parallel-group trials and the effect of assignment to intervention.
 *
 * <p>Signalling questions are answered Y, PY, PN, N or NI (3.2 has no NI); a question not
 * reached in the flowchart is not asked (skip logic) and recorded as absent rather than NA.
 * Domains are rated Low, Some concerns or High by the published flowcharts:
 *
 * <ul>
 *   <li>D1 randomization process: 1.2 (concealment) N/PN: High. 1.2 Y/PY: 1.1 (random
 *       sequence) N/PN: Some concerns; 1.1 Y/PY/NI with 1.3 (baseline imbalance) N/PN/NI: Low,
 *       with 1.3 Y/PY: Some concerns. 1.2 NI: 1.3 N/PN/NI Some concerns, Y/PY High.
 *   <li>D2 deviations from intended interventions: the worse of two parts. Part 1: 2.1 and 2.2
 *       (awareness) both N/PN: Low; otherwise 2.3 (deviations because of the trial context)
 *       N/PN: Low; NI: Some concerns; Y/PY: 2.4 (likely to affect the outcome) N/PN: Some
 *       concerns; Y/PY/NI: 2.5 (balanced) Y/PY Some concerns, N/PN/NI High. Part 2: 2.6
 *       (appropriate analysis) Y/PY: Low; N/PN/NI: 2.7 (substantial impact) N/PN Some concerns,
 *       Y/PY/NI High.
 *   <li>D3 missing outcome data: 3.1 (nearly all data) Y/PY: Low; else 3.2 (evidence of no
 *       bias) Y/PY: Low; else 3.3 (could depend on the true value) N/PN: Low; else 3.4 (likely
 *       did) N/PN Some concerns, Y/PY/NI High.
 *   <li>D4 measurement of the outcome: 4.1 (inappropriate method) Y/PY: High; 4.2 (could differ
 *       between groups) Y/PY: High; 4.2 N/PN: 4.3 (assessors aware) N/PN Low, else 4.4 (could
 *       be influenced) N/PN Low, else 4.5 (likely influenced) N/PN Some concerns, Y/PY/NI High;
 *       4.2 NI: the same path with Some concerns in place of Low.
 *   <li>D5 selection of the reported result: 5.2 or 5.3 (selected from several measurements or
 *       analyses) Y/PY: High; both N/PN: 5.1 (pre-specified plan) Y/PY Low, N/PN/NI Some
 *       concerns; otherwise (NI without Y/PY) Some concerns.
 * </ul>
 *
 * <p>Overall: the worst domain (all Low gives Low, any High gives High, otherwise Some
 * concerns). Judging several Some concerns to be High overall is a reviewer's decision, recorded
 * as a ruling on the global rating; it never happens automatically.
 */
public final class Rob2 {

  /** The tool's name. */
  public static final String TOOL = "RoB 2";

  /** The version encoded. */
  public static final String VERSION = "2019";

  private static final String LOW = "Low";
  private static final String SOME = "Some concerns";
  private static final String HIGH = "High";

  private static final Scale SCALE = Scale.of("RoB 2", LOW, SOME, HIGH);

  private static final String[] YN = {"Y", "yes", "PY", "probably yes", "PN", "probably no",
      "N", "no", "NI", "no information"};

  private static final Checklist CHECKLIST = Checklist.of(TOOL, VERSION, List.of(
      q("1.1", "Was the allocation sequence random?"),
      q("1.2", "Was the allocation sequence concealed until participants were enrolled and "
          + "assigned to interventions?"),
      q("1.3", "Did baseline differences between intervention groups suggest a problem with "
          + "the randomization process?"),
      q("2.1", "Were participants aware of their assigned intervention during the trial?"),
      q("2.2", "Were carers and people delivering the interventions aware of participants' "
          + "assigned intervention during the trial?"),
      q("2.3", "Were there deviations from the intended intervention that arose because of the "
          + "trial context?").askedIf("2.1", "Y", "PY", "NI").askedIf("2.2", "Y", "PY", "NI"),
      q("2.4", "Were these deviations likely to have affected the outcome?")
          .askedIf("2.3", "Y", "PY"),
      q("2.5", "Were these deviations from intended intervention balanced between groups?")
          .askedIf("2.4", "Y", "PY", "NI"),
      q("2.6", "Was an appropriate analysis used to estimate the effect of assignment to "
          + "intervention?"),
      q("2.7", "Was there potential for a substantial impact (on the result) of the failure to "
          + "analyse participants in the group to which they were randomized?")
          .askedIf("2.6", "N", "PN", "NI"),
      q("3.1", "Were data for this outcome available for all, or nearly all, participants "
          + "randomized?"),
      Item.of("3.2", "Is there evidence that the result was not biased by missing outcome "
          + "data?", "Y", "yes", "PY", "probably yes", "PN", "probably no", "N", "no")
          .askedIf("3.1", "N", "PN", "NI"),
      q("3.3", "Could missingness in the outcome depend on its true value?")
          .askedIf("3.2", "N", "PN"),
      q("3.4", "Is it likely that missingness in the outcome depended on its true value?")
          .askedIf("3.3", "Y", "PY", "NI"),
      q("4.1", "Was the method of measuring the outcome inappropriate?"),
      q("4.2", "Could measurement or ascertainment of the outcome have differed between "
          + "intervention groups?").askedIf("4.1", "N", "PN", "NI"),
      q("4.3", "Were outcome assessors aware of the intervention received by study "
          + "participants?").askedIf("4.2", "N", "PN", "NI"),
      q("4.4", "Could assessment of the outcome have been influenced by knowledge of "
          + "intervention received?").askedIf("4.3", "Y", "PY", "NI"),
      q("4.5", "Is it likely that assessment of the outcome was influenced by knowledge of "
          + "intervention received?").askedIf("4.4", "Y", "PY", "NI"),
      q("5.1", "Were the data that produced this result analysed in accordance with a "
          + "pre-specified analysis plan that was finalized before unblinded outcome data were "
          + "available for analysis?"),
      q("5.2", "Is the numerical result being assessed likely to have been selected from "
          + "multiple eligible outcome measurements within the outcome domain?"),
      q("5.3", "Is the numerical result being assessed likely to have been selected from "
          + "multiple eligible analyses of the data?")),
      List.of(Component.of("D1", "bias arising from the randomization process", "1.1", "1.2",
              "1.3"),
          Component.of("D2", "bias due to deviations from intended interventions", "2.1", "2.2",
              "2.3", "2.4", "2.5", "2.6", "2.7"),
          Component.of("D3", "bias due to missing outcome data", "3.1", "3.2", "3.3", "3.4"),
          Component.of("D4", "bias in measurement of the outcome", "4.1", "4.2", "4.3", "4.4",
              "4.5"),
          Component.of("D5", "bias in selection of the reported result", "5.1", "5.2",
              "5.3")));

  private Rob2() {}

  private static Item q(String id, String text) {
    return Item.of(id, text, YN);
  }

  /**
   * The RoB 2 checklist: 22 signalling questions with skip logic, domains D1 to D5.
   *
   * @return the checklist
   */
  public static Checklist checklist() {
    return CHECKLIST;
  }

  /**
   * The scale Low, Some concerns, High.
   *
   * @return the scale
   */
  public static Scale scale() {
    return SCALE;
  }

  /**
   * The flowcharts of the five domains and the worst-of overall rule.
   *
   * @return the rule set {@code "RoB 2 flowcharts"}
   */
  public static RuleSet ruleSet() {
    List<Rule> rules = new ArrayList<>(List.of(
        row("D1-high-1", "D1", HIGH, "allocation not concealed", "1.2=N,PN"),
        row("D1-low", "D1", LOW, "concealed, sequence random or no information, no baseline "
            + "problem", "1.2=Y,PY", "1.1=Y,PY,NI", "1.3=N,PN,NI"),
        row("D1-some-1", "D1", SOME, "concealed but sequence not random", "1.2=Y,PY",
            "1.1=N,PN"),
        row("D1-some-2", "D1", SOME, "concealed, baseline differences suggest a problem",
            "1.2=Y,PY", "1.1=Y,PY,NI", "1.3=Y,PY"),
        row("D1-some-3", "D1", SOME, "no information on concealment, no baseline problem",
            "1.2=NI", "1.3=N,PN,NI"),
        row("D1-high-2", "D1", HIGH, "no information on concealment and baseline differences "
            + "suggest a problem", "1.2=NI", "1.3=Y,PY")));
    rules.addAll(domain2());
    rules.addAll(List.of(
        row("D3-low-1", "D3", LOW, "data for nearly all participants", "3.1=Y,PY"),
        row("D3-low-2", "D3", LOW, "evidence that missing data did not bias the result",
            "3.2=Y,PY"),
        row("D3-low-3", "D3", LOW, "missingness could not depend on the true value",
            "3.3=N,PN"),
        row("D3-some", "D3", SOME, "missingness could but is not likely to depend on the true "
            + "value", "3.4=N,PN"),
        row("D3-high", "D3", HIGH, "missingness likely depends on the true value", "3.4=Y,PY,NI"),
        row("D4-high-1", "D4", HIGH, "inappropriate method of measurement", "4.1=Y,PY"),
        row("D4-high-2", "D4", HIGH, "measurement could differ between groups", "4.2=Y,PY"),
        row("D4-low-1", "D4", LOW, "assessors not aware", "4.2=N,PN", "4.3=N,PN"),
        row("D4-low-2", "D4", LOW, "assessment could not be influenced by knowledge of the "
            + "intervention", "4.2=N,PN", "4.4=N,PN"),
        row("D4-some-1", "D4", SOME, "assessment could be but is not likely influenced",
            "4.2=N,PN", "4.5=N,PN"),
        row("D4-some-2", "D4", SOME, "no information whether measurement differed; assessors not "
            + "aware", "4.2=NI", "4.3=N,PN"),
        row("D4-some-3", "D4", SOME, "no information whether measurement differed; assessment "
            + "could not be influenced", "4.2=NI", "4.4=N,PN"),
        row("D4-some-4", "D4", SOME, "no information whether measurement differed; assessment "
            + "not likely influenced", "4.2=NI", "4.5=N,PN"),
        row("D4-high-3", "D4", HIGH, "assessment likely influenced by knowledge of the "
            + "intervention", "4.5=Y,PY,NI"),
        row("D5-low", "D5", LOW, "pre-specified analysis, result not selected", "5.1=Y,PY",
            "5.2=N,PN", "5.3=N,PN"),
        row("D5-some-1", "D5", SOME, "result not selected but no pre-specified plan",
            "5.1=N,PN,NI", "5.2=N,PN", "5.3=N,PN"),
        row("D5-some-2", "D5", SOME, "no information on selection from several measurements",
            "5.2=NI", "5.3=N,PN,NI"),
        row("D5-some-3", "D5", SOME, "no information on selection from several analyses",
            "5.2=N,PN", "5.3=NI"),
        row("D5-high-1", "D5", HIGH, "result selected from several outcome measurements",
            "5.2=Y,PY"),
        row("D5-high-2", "D5", HIGH, "result selected from several analyses", "5.3=Y,PY")));
    return RuleSet.of("RoB 2 flowcharts", CHECKLIST, SCALE, rules,
        WorstOf.of("worst-domain", "overall = the worst domain: all Low is Low, any High is "
            + "High, otherwise Some concerns", SCALE));
  }

  /** Domain 2: every path of part 1 combined with every path of part 2, the worse one wins. */
  private static List<Rule> domain2() {
    String[][] part1 = {
        {"p1-low-1", LOW, "participants and carers not aware", "2.1=N,PN", "2.2=N,PN"},
        {"p1-low-2", LOW, "no deviations because of the trial context", "2.3=N,PN"},
        {"p1-some-1", SOME, "no information on deviations", "2.3=NI"},
        {"p1-some-2", SOME, "deviations not likely to affect the outcome", "2.3=Y,PY",
            "2.4=N,PN"},
        {"p1-some-3", SOME, "deviations balanced between groups", "2.4=Y,PY,NI", "2.5=Y,PY"},
        {"p1-high", HIGH, "deviations affecting the outcome, not balanced", "2.4=Y,PY,NI",
            "2.5=N,PN,NI"}};
    String[][] part2 = {
        {"p2-low", LOW, "appropriate analysis", "2.6=Y,PY"},
        {"p2-some", SOME, "inappropriate analysis without substantial impact", "2.7=N,PN"},
        {"p2-high", HIGH, "inappropriate analysis with potential substantial impact",
            "2.7=Y,PY,NI"}};
    List<Rule> out = new ArrayList<>();
    for (String[] a : part1) {
      for (String[] b : part2) {
        String label = SCALE.worse(a[1], b[1]);
        List<String> conditions = new ArrayList<>(List.of(a).subList(3, a.length));
        conditions.addAll(List.of(b).subList(3, b.length));
        out.add(row("D2-" + a[0] + "+" + b[0], "D2", label, "part 1: " + a[2] + " (" + a[1]
            + "); part 2: " + b[2] + " (" + b[1] + "); the worse is " + label,
            conditions.toArray(new String[0])));
      }
    }
    return out;
  }

  private static Rule row(String id, String component, String then, String description,
      String... conditions) {
    return TableRule.of(id, component, then, conditions).withDescription(description);
  }
}
