package io.github.evident.stats.plan;

import io.github.evident.core.internal.Checks;
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
    Checks.notNull("plan", plan);
    return new SwimChecklist(List.of(grouping(plan), metric(plan), methods(plan),
        prioritisation(plan.settings()), heterogeneity(plan), certainty(plan),
        presentation(plan), results(plan), limitations(plan)));
  }

  private static List<ComparisonGroup> quantitative(SynthesisPlan plan) {
    return plan.groups().stream().filter(g -> !g.qualitative()).toList();
  }

  private static SwimStatus addressedIf(boolean addressed) {
    return addressed ? SwimStatus.ADDRESSED : SwimStatus.NOT_ADDRESSED;
  }

  /** Item 1: the grouping criteria and the groups. */
  private static SwimItem grouping(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    c.add("criteria: same outcome construct (case-insensitive), intervention category and "
        + "design class (" + String.join(", ", plan.settings().designClasses().stream()
            .map(DesignClass::name).toList()) + "); qualitative evidence grouped by "
        + "intervention category");
    plan.groups().forEach(g -> c.add(g.id() + ": " + names(plan, g.studyIds())));
    plan.splits().forEach(sp -> c.add("'" + sp.construct() + "' split: " + String.join(", ",
        Wording.labels(sp.reasons()))));
    return new SwimItem(1, "Grouping studies for synthesis", addressedIf(!plan.groups()
        .isEmpty()), c);
  }

  /** Item 2: the standardised metric of each group and how it was derived. */
  private static SwimItem metric(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    int withMetric = 0;
    int withData = 0;
    for (ComparisonGroup g : quantitative(plan)) {
      boolean data = g.decision().method() != SynthesisMethod.NONE;
      withData += data ? 1 : 0;
      if (g.decision().metric().isPresent()) {
        withMetric++;
        Set<String> how = new TreeSet<>();
        g.studies().forEach(e -> how.addAll(e.assumptions()));
        c.add(g.id() + ": " + g.decision().metric().get().label() + (how.isEmpty() ? ""
            : " (" + String.join("; ", how) + ")"));
      } else if (data) {
        c.add(g.id() + ": no common effect metric can be derived");
      }
    }
    PlannerSettings s = plan.settings();
    c.add("binary outcomes: " + s.binaryMeasure().label() + "; imputed pre-post r: "
        + (s.imputedCorrelation().isPresent()
            ? Wording.setting(s.imputedCorrelation().getAsDouble()) : "none"));
    return new SwimItem(2, "Standardised metric and transformation methods",
        withData == 0 || withMetric == 0 ? SwimStatus.NOT_ADDRESSED
            : withMetric < withData ? SwimStatus.PARTLY : SwimStatus.ADDRESSED, c);
  }

  /** Item 3: the method chosen for each group. */
  private static SwimItem methods(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    plan.groups().forEach(g -> c.add(g.id() + ": " + g.decision().method().description()));
    return new SwimItem(3, "Synthesis methods", addressedIf(!plan.groups().isEmpty()), c);
  }

  /** Item 4: the configured criteria for choosing results and methods. */
  private static SwimItem prioritisation(PlannerSettings s) {
    return new SwimItem(4, "Criteria used to prioritise results", SwimStatus.ADDRESSED,
        List.of("one result per study and outcome: " + s.resultSelection().label(),
            "minimum studies per synthesis: " + s.minimumStudies(),
            "metric preference: raw metric when all studies use one instrument, otherwise "
                + "standardised",
            "high risk of bias: " + String.join(", ", s.highRiskLabels())
                + (s.riskOfBiasBlocks() ? " (kept out of pooled estimates)" : " (a caveat)"),
            "meta-analysis: " + s.metaAnalysis()));
  }

  /** Item 5: statistical heterogeneity of pooled groups, else the grouping. */
  private static SwimItem heterogeneity(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    for (ComparisonGroup g : quantitative(plan)) {
      g.decision().reasons().stream().filter(r -> r.code() == ReasonCode.HETEROGENEITY)
          .forEach(r -> c.add(g.id() + ": " + r.message()));
    }
    boolean pooled = !c.isEmpty();
    if (!pooled) {
      c.add("no group is pooled, so heterogeneity is not estimated statistically; it is "
          + "addressed by the grouping (constructs, interventions, designs) and by the direction "
          + "of effects");
    }
    return new SwimItem(5, "Investigation of heterogeneity in reported effects",
        pooled ? SwimStatus.ADDRESSED : SwimStatus.PARTLY, c);
  }

  /**
   * Item 6: the appraisals behind the certainty of the evidence, and for each pooled group
   * whether small-study effects can be assessed (publication bias is a GRADE domain).
   */
  private static SwimItem certainty(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    int studies = 0;
    int appraised = 0;
    Set<String> seen = new TreeSet<>();
    for (ComparisonGroup g : quantitative(plan)) {
      for (StudyEvidence e : g.studies()) {
        if (seen.add(e.studyId())) {
          studies++;
          if (!e.appraisals().isEmpty()) {
            appraised++;
            c.add(plan.label(e.studyId()) + ": " + String.join(", ", e.appraisals())
                + (e.highRiskOfBias() ? " (high risk)" : ""));
          }
        }
      }
    }
    for (ComparisonGroup g : quantitative(plan)) {
      g.decision().reasons().stream().filter(r -> r.code() == ReasonCode.SMALL_STUDY_EFFECTS
          || r.code() == ReasonCode.SMALL_STUDY_TEST_OMITTED)
          .forEach(r -> c.add(g.id() + ": " + r.message()));
    }
    c.add(appraised + " of " + studies + " quantitative studies have a risk-of-bias appraisal; "
        + "the GRADE judgement itself is the review authors'");
    return new SwimItem(6, "Certainty of evidence", studies == 0 || appraised == 0
        ? SwimStatus.NOT_ADDRESSED : SwimStatus.PARTLY, c);
  }

  /** Item 7: the tables and plots each method calls for. */
  private static SwimItem presentation(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    plan.groups().forEach(g -> c.add(g.id() + ": " + String.join("; ",
        g.decision().presentation())));
    return new SwimItem(7, "Data presentation methods", addressedIf(!plan.groups().isEmpty()),
        c);
  }

  /** Item 8: the studies contributing to each synthesis. */
  private static SwimItem results(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    plan.groups().forEach(g -> c.add(g.id() + ": " + (g.decision().contributingStudies()
        .isEmpty() ? "no contributing studies" : names(plan,
            g.decision().contributingStudies()))));
    return new SwimItem(8, "Reporting of results", addressedIf(!plan.groups().isEmpty()), c);
  }

  private static String names(SynthesisPlan plan, List<String> studyIds) {
    return String.join(", ", studyIds.stream().map(plan::label).toList());
  }

  /** Item 9: the review-level reasons. */
  private static SwimItem limitations(SynthesisPlan plan) {
    List<String> c = new ArrayList<>();
    plan.reasons().forEach(r -> c.add(r.code().label() + ": " + r.message()));
    return new SwimItem(9, "Limitations of the synthesis", addressedIf(!c.isEmpty()), c);
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
    String nl = "\n";
    StringBuilder sb = new StringBuilder("SWiM reporting items (Campbell et al. 2020)").append(nl);
    for (SwimItem i : items) {
      sb.append(String.format(Locale.ROOT, "%d. %-52s %s", i.number(), i.title(),
          i.status().label())).append(nl);
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
