package io.github.evident.appraisal.tools;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Component;
import io.github.evident.appraisal.GlobalRule;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.Scale;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quality appraisal checklists of NICE's public health guidance methods (Methods for the
 * development of NICE public health guidance, 3rd edition, 2012, PMG4): appendix H for
 * qualitative studies and appendix F for quantitative intervention studies.
 *
 * <p>NICE's overall ratings are judgements: ++ when all or most criteria are fulfilled and
 * where they are not the conclusions are very unlikely to alter; + when some are fulfilled and
 * those not fulfilled are unlikely to alter the conclusions; - when few or none are fulfilled
 * and the conclusions are likely or very likely to alter. NICE gives no mechanical aggregation.
 * These rule sets therefore only <em>suggest</em> a rating, by the documented and configurable
 * {@link Suggestion}, and mark the rating as a judgement: an appraisal stays open (its final
 * rating {@code UNDETERMINED}, {@link io.github.evident.appraisal.Appraisal#openDecisions()}
 * naming it) until a reviewer records the final rating with a reason.
 *
 * <p>Appendix H: 14 items, each with three options coded {@code Y} (criterion fulfilled, such as
 * "appropriate", "clear", "rigorous"), {@code U} (unclear: "not sure", "mixed", "partially
 * relevant", "not sure/not reported") and {@code N} (not fulfilled). No components; the global
 * rating is the suggestion, a judgement.
 *
 * <p>Appendix F: items 1.1 to 4.6, each rated {@code ++}, {@code +}, {@code -}, {@code NR} (not
 * reported) or {@code NA} (not applicable). Components 5.1 internal validity (items 2.1 to 2.8,
 * 3.1 to 3.6, 4.1 to 4.6) and 5.2 external validity (items 1.1 to 1.3, 2.9 and 2.10: the
 * population and its applicability), both judgements with a suggestion. The global rating
 * reported is the internal validity (5.1), as NICE evidence tables lead with it; external
 * validity is reported beside it.
 */
public final class Nice {

  /** The tool's name. */
  public static final String TOOL = "NICE";

  /** The edition of the methods manual encoded. */
  public static final String VERSION = "PMG4 2012";

  private static final Scale SCALE = Scale.of("NICE", "++", "+", "-");

  /**
   * The suggestion rule: every answer scores points (fulfilled 2, unclear or partly fulfilled 1,
   * not fulfilled or not reported 0; not applicable items are left out), and the share of the
   * possible points gives ++ from {@code plusPlus}, + from {@code plus}, else -. A better answer
   * never lowers the suggestion. A component whose items are all not applicable gets no
   * suggestion (a reviewer decides). The default is {@code Suggestion.of(0.8, 0.5)}.
   *
   * @param plusPlus the least share of points for ++
   * @param plus the least share of points for +
   */
  public record Suggestion(double plusPlus, double plus) {

    /**
     * Validates the thresholds.
     *
     * @throws IllegalArgumentException unless {@code 0 < plus <= plusPlus <= 1}
     */
    public Suggestion {
      if (!(plus > 0 && plus <= plusPlus && plusPlus <= 1)) {
        throw new IllegalArgumentException("suggestion thresholds must satisfy 0 < plus <= "
            + "plusPlus <= 1, were plusPlus=" + plusPlus + ", plus=" + plus);
      }
    }

    /**
     * Thresholds.
     *
     * @param plusPlus the least share of points for ++
     * @param plus the least share of points for +
     * @return the suggestion rule
     */
    public static Suggestion of(double plusPlus, double plus) {
      return new Suggestion(plusPlus, plus);
    }

    /**
     * The default thresholds, 0.8 for ++ and 0.5 for +.
     *
     * @return the suggestion rule
     */
    public static Suggestion defaults() {
      return new Suggestion(0.8, 0.5);
    }

    /** The label for a number of points out of a maximum. */
    String label(int points, int max) {
      double share = max == 0 ? 1 : (double) points / max;
      return share >= plusPlus ? "++" : share >= plus ? "+" : "-";
    }

    /** How the label was reached, for the trace. */
    String explain(int points, int max) {
      return "suggestion: " + points + " of " + max + " points ("
          + Format.share(max == 0 ? 1 : (double) points / max, 0) + "); " + this;
    }

    /**
     * The thresholds, for example {@code ++ from 80%, + from 50%}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "++ from " + Format.share(plusPlus, 0) + ", + from " + Format.share(plus, 0);
    }
  }

  private static final String[][] QUALITATIVE = {
      {"1", "Theoretical approach: is a qualitative approach appropriate?", "appropriate",
          "not sure", "inappropriate"},
      {"2", "Theoretical approach: is the study clear in what it seeks to do?", "clear",
          "mixed", "unclear"},
      {"3", "Study design: how defensible/rigorous is the research design/methodology?",
          "defensible", "not sure", "indefensible"},
      {"4", "Data collection: how well was the data collection carried out?", "appropriately",
          "not sure/inadequately reported", "inappropriately"},
      {"5", "Trustworthiness: is the role of the researcher clearly described?",
          "clearly described", "unclear", "not described"},
      {"6", "Trustworthiness: is the context clearly described?", "clear", "not sure",
          "unclear"},
      {"7", "Trustworthiness: were the methods reliable?", "reliable", "not sure",
          "unreliable"},
      {"8", "Analysis: is the data analysis sufficiently rigorous?", "rigorous",
          "not sure/not reported", "not rigorous"},
      {"9", "Analysis: is the data 'rich'?", "rich", "not sure/not reported", "poor"},
      {"10", "Analysis: is the analysis reliable?", "reliable", "not sure/not reported",
          "unreliable"},
      {"11", "Analysis: are the findings convincing?", "convincing", "not sure",
          "not convincing"},
      {"12", "Analysis: are the findings relevant to the aims of the study?", "relevant",
          "partially relevant", "irrelevant"},
      {"13", "Analysis: are the conclusions adequate?", "adequate", "not sure", "inadequate"},
      {"14", "Ethics: how clear and coherent is the reporting of ethics?", "appropriate",
          "not sure/not reported", "inappropriate"}};

  private static final String[][] INTERVENTION = {
      {"1.1", "Is the source population or source area well described?"},
      {"1.2", "Is the eligible population or area representative of the source population or "
          + "area?"},
      {"1.3", "Do the selected participants or areas represent the eligible population or "
          + "area?"},
      {"2.1", "Allocation to intervention (or comparison): how was selection bias minimised?"},
      {"2.2", "Were interventions (and comparisons) well described and appropriate?"},
      {"2.3", "Was the allocation concealed?"},
      {"2.4", "Were participants or investigators blind to exposure and comparison?"},
      {"2.5", "Was the exposure to the intervention and comparison adequate?"},
      {"2.6", "Was contamination acceptably low?"},
      {"2.7", "Were other interventions similar in both groups?"},
      {"2.8", "Were all participants accounted for at study conclusion?"},
      {"2.9", "Did the setting reflect usual UK practice?"},
      {"2.10", "Did the intervention or control comparison reflect usual UK practice?"},
      {"3.1", "Were outcome measures reliable?"},
      {"3.2", "Were all outcome measurements complete?"},
      {"3.3", "Were all important outcomes assessed?"},
      {"3.4", "Were outcomes relevant?"},
      {"3.5", "Were there similar follow-up times in exposure and comparison groups?"},
      {"3.6", "Was follow-up time meaningful?"},
      {"4.1", "Were exposure and comparison groups similar at baseline? If not, were these "
          + "adjusted?"},
      {"4.2", "Was intention to treat (ITT) analysis conducted?"},
      {"4.3", "Was the study sufficiently powered to detect an intervention effect (if one "
          + "exists)?"},
      {"4.4", "Were the estimates of effect size given or calculable?"},
      {"4.5", "Were the analytical methods appropriate?"},
      {"4.6", "Was the precision of intervention effects given or calculable? Were they "
          + "meaningful?"}};

  private static final List<String> EXTERNAL = List.of("1.1", "1.2", "1.3", "2.9", "2.10");

  private static final Checklist QUALITATIVE_CHECKLIST;
  private static final Checklist INTERVENTION_CHECKLIST;

  static {
    List<Item> h = new ArrayList<>();
    for (String[] q : QUALITATIVE) {
      h.add(Item.of(q[0], q[1], "Y", q[2], "U", q[3], "N", q[4]));
    }
    QUALITATIVE_CHECKLIST = Checklist.of(TOOL + " appendix H", VERSION, h, List.of());
    List<Item> f = new ArrayList<>();
    List<String> internal = new ArrayList<>();
    for (String[] q : INTERVENTION) {
      f.add(Item.of(q[0], q[1], "++", "criterion fulfilled", "+", "partly fulfilled", "-",
          "not fulfilled", "NR", "not reported", "NA", "not applicable"));
      if (!EXTERNAL.contains(q[0])) {
        internal.add(q[0]);
      }
    }
    INTERVENTION_CHECKLIST = Checklist.of(TOOL + " appendix F", VERSION, f, List.of(
        new Component("5.1", "internal validity", internal),
        new Component("5.2", "external validity", EXTERNAL)));
  }

  private Nice() {}

  /**
   * The rating scale ++, +, -.
   *
   * @return the scale
   */
  public static Scale scale() {
    return SCALE;
  }

  /**
   * Appendix H (qualitative studies): 14 items coded Y, U, N; no components.
   *
   * @return the checklist
   */
  public static Checklist qualitativeChecklist() {
    return QUALITATIVE_CHECKLIST;
  }

  /**
   * Appendix F (quantitative intervention studies): items 1.1 to 4.6 coded ++, +, -, NR, NA;
   * components 5.1 (internal validity) and 5.2 (external validity).
   *
   * @return the checklist
   */
  public static Checklist interventionChecklist() {
    return INTERVENTION_CHECKLIST;
  }

  /**
   * Appendix H with the default suggestion; the overall rating is a judgement.
   *
   * @return the rule set {@code "NICE appendix H suggestion"}
   */
  public static RuleSet qualitative() {
    return qualitative(Suggestion.defaults());
  }

  /**
   * Appendix H with a suggestion rule; the overall rating is a judgement.
   *
   * @param suggestion the suggestion rule
   * @return the rule set {@code "NICE appendix H suggestion"}, with the thresholds appended
   *     when they are not the defaults, e.g. {@code " (++ from 0.9, + from 0.6)"}
   */
  public static RuleSet qualitative(Suggestion suggestion) {
    return RuleSet.of("NICE appendix H suggestion" + suffix(suggestion), QUALITATIVE_CHECKLIST,
        SCALE, List.of(), new ScoreGlobal(suggestion, QUALITATIVE_CHECKLIST))
        .withJudgement(Ruling.GLOBAL);
  }

  /**
   * Appendix F with the default suggestion; internal and external validity are judgements.
   *
   * @return the rule set {@code "NICE appendix F suggestion"}
   */
  public static RuleSet intervention() {
    return intervention(Suggestion.defaults());
  }

  /**
   * Appendix F with a suggestion rule; internal and external validity are judgements, and the
   * overall rating is the internal validity.
   *
   * @param suggestion the suggestion rule
   * @return the rule set {@code "NICE appendix F suggestion"}, with the thresholds appended
   *     when they are not the defaults, e.g. {@code " (++ from 0.9, + from 0.6)"}
   */
  public static RuleSet intervention(Suggestion suggestion) {
    return RuleSet.of("NICE appendix F suggestion" + suffix(suggestion),
        INTERVENTION_CHECKLIST, SCALE,
        List.of(new ScoreRule(suggestion, INTERVENTION_CHECKLIST.component("5.1")),
            new ScoreRule(suggestion, INTERVENTION_CHECKLIST.component("5.2"))),
        GlobalRule.of("internal-validity", "the overall rating reported is the internal "
            + "validity (5.1); external validity (5.2) is reported beside it",
            m -> m.get("5.1")))
        .withJudgement("5.1", "5.2");
  }

  /**
   * Points and possible points of the answers to some items (fulfilled 2, partly 1, not or not
   * reported 0; not applicable left out), or empty if one of them is not answered.
   */
  /** Non-default thresholds name the rule set, so records made with them replay only with them. */
  private static String suffix(Suggestion suggestion) {
    return suggestion.equals(Suggestion.defaults()) ? ""
        : " (++ from " + suggestion.plusPlus() + ", + from " + suggestion.plus() + ")";
  }

  static Optional<int[]> score(List<String> items, Answers answers) {
    int points = 0;
    int max = 0;
    for (String id : items) {
      Optional<String> code = answers.get(id);
      if (code.isEmpty()) {
        return Optional.empty();
      }
      switch (code.get()) {
        case "Y":
        case "++":
          points += 2;
          max += 2;
          break;
        case "U":
        case "+":
          points += 1;
          max += 2;
          break;
        case "NA":
          break;
        default:
          max += 2;
      }
    }
    return Optional.of(new int[] {points, max});
  }
}
