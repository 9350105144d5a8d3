package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of a {@link SubgroupAnalysis}: the subgroups in order of first
 * appearance, the test for subgroup differences, and which assumption about τ² was made.
 */
public final class SubgroupResult {

  private final MetaAnalysis analysis;
  private final List<Subgroup> subgroups;
  private final SubgroupDifferences between;
  private final Optional<RegressionResult> regression;

  SubgroupResult(MetaAnalysis analysis, List<Subgroup> subgroups, SubgroupDifferences between,
      Optional<RegressionResult> regression) {
    this.analysis = analysis;
    this.subgroups = List.copyOf(subgroups);
    this.between = between;
    this.regression = regression;
  }

  /**
   * Whether one τ² common to all subgroups was assumed (metafor's mixed-effects model) rather
   * than a separate τ² per subgroup (RevMan, R's {@code meta}).
   *
   * @return true with a common τ²
   */
  public boolean isCommonTau2() {
    return regression.isPresent();
  }

  /**
   * The assumption in words: {@code a separate tau^2 per subgroup} or {@code a common tau^2
   * (mixed-effects model)}.
   *
   * @return the assumption
   */
  public String assumption() {
    return assumption(isCommonTau2());
  }

  static String assumption(boolean commonTau2) {
    return commonTau2 ? "a common tau^2 (mixed-effects model)" : "a separate tau^2 per subgroup";
  }

  /**
   * The subgroups, in the order their labels first appear among the studies.
   *
   * @return the subgroups
   */
  public List<Subgroup> subgroups() {
    return subgroups;
  }

  /**
   * The subgroup with this label.
   *
   * @param label a subgroup's label
   * @return the subgroup
   * @throws IllegalArgumentException if no subgroup has this label
   */
  public Subgroup subgroup(String label) {
    Checks.notNull("label", label);
    return subgroups.stream().filter(s -> s.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no subgroup '" + label + "'; the "
            + "subgroups are " + labels()));
  }

  private List<String> labels() {
    List<String> out = new ArrayList<>();
    subgroups.forEach(s -> out.add(s.label()));
    return out;
  }

  /**
   * The test for subgroup differences: with a separate τ², the common-effect Q of the subgroup
   * estimates (chi-squared); with a common τ², the mixed-effects model's Q<sub>M</sub>
   * (chi-squared, or F with the Knapp-Hartung adjustment).
   *
   * @return the test
   */
  public SubgroupDifferences between() {
    return between;
  }

  /**
   * The mixed-effects model with the subgroup as a factor (its τ², residual heterogeneity
   * Q<sub>E</sub> and coefficients, against the first subgroup); empty with a separate τ².
   *
   * @return the model
   */
  public Optional<RegressionResult> regression() {
    return regression;
  }

  /**
   * The confidence level of every interval.
   *
   * @return the level
   */
  public double level() {
    return analysis.level();
  }

  /**
   * A report like RevMan's subgroup output: the settings, one row per subgroup (k, estimate,
   * confidence interval, τ² and I²; with a common τ², k, estimate and interval, then the common
   * τ²), the test for subgroup differences and the notes of the fits.
   *
   * @return the report
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Subgroup analysis (").append(analysis)
        .append("), assuming ").append(assumption()).append("\n\n");
    List<String[]> rows = new ArrayList<>();
    String pct = Format.level(level()) + "% CI";
    rows.add(isCommonTau2() ? new String[] {"subgroup", "k", "estimate", pct}
        : new String[] {"subgroup", "k", "estimate", pct, "tau^2", "I^2"});
    for (Subgroup s : subgroups) {
      rows.add(row(s));
    }
    sb.append(Format.table(rows, true));
    regression.ifPresent(r -> sb.append("\nCommon tau^2 = ").append(Format.estimate(r.tau2()))
        .append("; residual heterogeneity QE(df = ").append(r.qeDf()).append(") = ")
        .append(Format.estimate(r.qe())).append(", ").append(Format.p(r.qePValue()))
        .append('\n'));
    sb.append("\nTest for subgroup differences: ").append(between).append('\n');
    List<String> notes = notes();
    if (!notes.isEmpty()) {
      sb.append("\nNotes:\n");
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  private static String[] row(Subgroup s) {
    String[] common = {s.label(), String.valueOf(s.k()), Format.estimate(s.estimate().estimate()),
        Format.interval(s.estimate().ci())};
    return s.fit().map(f -> new String[] {common[0], common[1], common[2], common[3],
        Format.estimate(f.tau2()), Format.percent(f.i2(), Format.TEXT_PERCENT_DECIMALS)})
        .orElse(common);
  }

  /**
   * The notes of the subgroup fits, each prefixed by its subgroup, and of the mixed-effects
   * model.
   *
   * @return the notes, possibly empty
   */
  public List<String> notes() {
    List<String> out = new ArrayList<>();
    for (Subgroup s : subgroups) {
      s.fit().ifPresent(f -> f.notes().forEach(n -> out.add(s.label() + ": " + n)));
    }
    regression.ifPresent(r -> out.addAll(r.notes()));
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubgroupResult r && analysis.equals(r.analysis)
        && subgroups.equals(r.subgroups) && between.equals(r.between)
        && regression.equals(r.regression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(analysis, subgroups, between, regression);
  }

  /**
   * One line, for example {@code 3 subgroups (random k = 7, alternate k = 2, systematic k = 4),
   * a separate tau^2 per subgroup; test for subgroup differences: Chi^2 = 1.5368, df = 2,
   * P = 0.4638}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(Format.count(subgroups.size(), "subgroup", "subgroups"))
        .append(" (");
    for (int i = 0; i < subgroups.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(subgroups.get(i).label()).append(" k = ")
          .append(subgroups.get(i).k());
    }
    return sb.append("), ").append(assumption()).append("; test for subgroup differences: ")
        .append(between).toString();
  }
}
