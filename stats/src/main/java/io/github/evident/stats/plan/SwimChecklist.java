package io.github.evident.stats.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nine SWiM reporting items (Synthesis Without Meta-analysis; Campbell M, McKenzie JE,
 * Sowden A, et al., BMJ 2020;368:l6890), each linked to what a {@link SynthesisPlan} produced.
 *
 * <pre>{@code
 * SwimChecklist swim = SwimChecklist.of(plan);
 * System.out.println(swim.summary());
 * }</pre>
 *
 * @param items the nine items in order
 */
public record SwimChecklist(List<SwimItem> items) {

  /**
   * Validates and copies the items.
   *
   * @throws IllegalArgumentException if there are not exactly nine items numbered 1 to 9
   */
  public SwimChecklist {
    if (items == null || items.size() != 9) {
      throw new IllegalArgumentException("a SWiM checklist has 9 items, was "
          + (items == null ? null : items.size()));
    }
    for (int i = 0; i < 9; i++) {
      if (items.get(i) == null || items.get(i).number() != i + 1) {
        throw new IllegalArgumentException("items[" + i + "] must be item " + (i + 1) + ", was "
            + items.get(i));
      }
    }
    items = List.copyOf(items);
  }

  /**
   * Links the SWiM items to a plan.
   *
   * @param plan the plan
   * @return the checklist
   * @throws IllegalArgumentException if {@code plan} is null
   */
  public static SwimChecklist of(SynthesisPlan plan) {
    if (plan == null) {
      throw new IllegalArgumentException("plan must not be null");
    }
    List<ComparisonGroup> quant = plan.groups().stream().filter(g -> !g.qualitative()).toList();
    List<SwimItem> items = new ArrayList<>();

    // 1 grouping
    List<String> c1 = new ArrayList<>();
    c1.add("criteria: same outcome construct (case-insensitive), intervention category and "
        + "design class " + plan.settings().designClasses().stream().map(DesignClass::name)
            .toList() + "; qualitative evidence grouped by intervention category");
    plan.groups().forEach(g -> c1.add(g.id() + ": " + String.join(", ", g.studyIds())));
    plan.splits().forEach(sp -> c1.add("'" + sp.construct() + "' split: " + sp.reasons()
        .stream().map(r -> r.code().label()).toList()));
    items.add(new SwimItem(1, "Grouping studies for synthesis",
        plan.groups().isEmpty() ? SwimStatus.NOT_ADDRESSED : SwimStatus.ADDRESSED, c1));

    // 2 standardised metric
    List<String> c2 = new ArrayList<>();
    int withMetric = 0;
    int withData = 0;
    for (ComparisonGroup g : quant) {
      if (g.decision().method() != SynthesisMethod.NONE) {
        withData++;
      }
      if (g.decision().metric().isPresent()) {
        withMetric++;
        Set<String> how = new TreeSet<>();
        g.studies().forEach(e -> how.addAll(e.assumptions()));
        c2.add(g.id() + ": " + g.decision().metric().get().label() + (how.isEmpty() ? ""
            : " (" + String.join("; ", how) + ")"));
      } else if (g.decision().method() != SynthesisMethod.NONE) {
        c2.add(g.id() + ": no common effect metric can be derived");
      }
    }
    c2.add("binary outcomes: " + plan.settings().binaryMeasure().label()
        + "; imputed pre-post r: " + (plan.settings().imputedCorrelation().isPresent()
            ? Wording.setting(plan.settings().imputedCorrelation().getAsDouble()) : "none"));
    items.add(new SwimItem(2, "Standardised metric and transformation methods",
        withData == 0 || withMetric == 0 ? SwimStatus.NOT_ADDRESSED
            : withMetric < withData ? SwimStatus.PARTLY : SwimStatus.ADDRESSED, c2));

    // 3 synthesis methods
    List<String> c3 = new ArrayList<>();
    plan.groups().forEach(g -> c3.add(g.id() + ": " + g.decision().method().description()));
    items.add(new SwimItem(3, "Synthesis methods", plan.groups().isEmpty()
        ? SwimStatus.NOT_ADDRESSED : SwimStatus.ADDRESSED, c3));

    // 4 prioritisation
    PlannerSettings s = plan.settings();
    items.add(new SwimItem(4, "Criteria used to prioritise results", SwimStatus.ADDRESSED,
        List.of("one result per study and outcome: " + Wording.words(s.resultSelection()),
            "minimum studies per synthesis: " + s.minimumStudies(),
            "metric preference: raw metric when all studies use one instrument, otherwise "
                + "standardised",
            "high risk of bias: " + s.highRiskLabels() + (s.riskOfBiasBlocks()
                ? " (kept out of pooled estimates)" : " (a caveat)"),
            "meta-analysis: " + s.metaAnalysis())));

    // 5 heterogeneity
    List<String> c5 = new ArrayList<>();
    boolean pooled = false;
    for (ComparisonGroup g : quant) {
      for (Reason r : g.decision().reasons()) {
        if (r.code() == ReasonCode.HETEROGENEITY) {
          pooled = true;
          c5.add(g.id() + ": " + r.message());
        }
      }
    }
    if (!pooled) {
      c5.add("no group is pooled, so heterogeneity is not estimated statistically; it is "
          + "addressed by the grouping (constructs, interventions, designs) and by the direction "
          + "of effects");
    }
    items.add(new SwimItem(5, "Investigation of heterogeneity in reported effects",
        pooled ? SwimStatus.ADDRESSED : SwimStatus.PARTLY, c5));

    // 6 certainty
    List<String> c6 = new ArrayList<>();
    int studies = 0;
    int appraised = 0;
    Set<String> seen = new TreeSet<>();
    for (ComparisonGroup g : quant) {
      for (StudyEvidence e : g.studies()) {
        if (seen.add(e.studyId())) {
          studies++;
          if (!e.appraisals().isEmpty()) {
            appraised++;
            c6.add(e.studyId() + ": " + String.join(", ", e.appraisals())
                + (e.highRiskOfBias() ? " (high risk)" : ""));
          }
        }
      }
    }
    c6.add(appraised + " of " + studies + " quantitative studies have a risk-of-bias appraisal; "
        + "the GRADE judgement itself is the review authors'");
    items.add(new SwimItem(6, "Certainty of evidence", studies == 0 || appraised == 0
        ? SwimStatus.NOT_ADDRESSED : SwimStatus.PARTLY, c6));

    // 7 data presentation
    List<String> c7 = new ArrayList<>();
    plan.groups().forEach(g -> c7.add(g.id() + ": " + String.join("; ",
        g.decision().presentation())));
    items.add(new SwimItem(7, "Data presentation methods", plan.groups().isEmpty()
        ? SwimStatus.NOT_ADDRESSED : SwimStatus.ADDRESSED, c7));

    // 8 reporting of results
    List<String> c8 = new ArrayList<>();
    plan.groups().forEach(g -> c8.add(g.id() + ": " + (g.decision().contributingStudies()
        .isEmpty() ? "no contributing studies" : String.join(", ",
            g.decision().contributingStudies()))));
    items.add(new SwimItem(8, "Reporting of results", plan.groups().isEmpty()
        ? SwimStatus.NOT_ADDRESSED : SwimStatus.ADDRESSED, c8));

    // 9 limitations
    List<String> c9 = new ArrayList<>();
    plan.reasons().forEach(r -> c9.add(r.code().label() + ": " + r.message()));
    items.add(new SwimItem(9, "Limitations of the synthesis", c9.isEmpty()
        ? SwimStatus.NOT_ADDRESSED : SwimStatus.ADDRESSED, c9));
    return new SwimChecklist(items);
  }

  /**
   * The item with the number.
   *
   * @param number 1 to 9
   * @return the item
   * @throws IllegalArgumentException if the number is outside 1..9
   */
  public SwimItem item(int number) {
    if (number < 1 || number > 9) {
      throw new IllegalArgumentException("swim item number must lie in 1..9, was " + number);
    }
    return items.get(number - 1);
  }

  /**
   * A multi-line table: item, status and what the plan supplies.
   *
   * @return the table
   */
  public String summary() {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder("SWiM reporting items (Campbell et al. 2020)").append(nl);
    for (SwimItem i : items) {
      sb.append(String.format(Locale.ROOT, "%d. %-52s %s%n", i.number(), i.title(),
          i.status()));
      for (String c : i.content()) {
        sb.append("     ").append(c).append(nl);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    long done = items.stream().filter(i -> i.status() == SwimStatus.ADDRESSED).count();
    long partly = items.stream().filter(i -> i.status() == SwimStatus.PARTLY).count();
    return "SwimChecklist[" + done + " addressed, " + partly + " partly, " + (9 - done - partly)
        + " not addressed]";
  }
}
