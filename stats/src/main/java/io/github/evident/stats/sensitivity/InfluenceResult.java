package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Format;
import io.github.evident.stats.meta.MetaResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The immutable result of {@link Influence}: the influence diagnostics of every study and the
 * fit of all studies they refer to.
 */
public final class InfluenceResult {

  private final MetaResult full;
  private final List<StudyInfluence> studies;

  InfluenceResult(MetaResult full, List<StudyInfluence> studies) {
    this.full = Objects.requireNonNull(full);
    this.studies = List.copyOf(studies);
  }

  /**
   * The fit of all studies.
   *
   * @return the full-data fit
   */
  public MetaResult full() {
    return full;
  }

  /**
   * The diagnostics, one per study, in study order.
   *
   * @return the diagnostics
   */
  public List<StudyInfluence> studies() {
    return studies;
  }

  /**
   * The diagnostics of one study.
   *
   * @param study the 0-based index
   * @return its diagnostics
   * @throws IllegalArgumentException if there is no such study
   */
  public StudyInfluence study(int study) {
    if (study < 0 || study >= studies.size()) {
      throw new IllegalArgumentException("study must be in [0, " + (studies.size() - 1)
          + "], was " + study);
    }
    return studies.get(study);
  }

  /**
   * The 0-based indices of the studies marked influential, in order.
   *
   * @return the indices, possibly none
   */
  public List<Integer> influential() {
    return studies.stream().filter(StudyInfluence::influential).map(StudyInfluence::study)
        .toList();
  }

  /**
   * A table like metafor's print of {@code influence}: per study rstudent, dffits, cook.d,
   * cov.r, tau2.del, QE.del, hat, weight, dfbetas and {@code *} for an influential study; then
   * the criteria and the studies whose fit without them failed.
   *
   * @return the table
   */
  public String summary() {
    String[] head = {"study", "rstudent", "dffits", "cook.d", "cov.r", "tau2.del", "QE.del",
        "hat", "weight", "dfbs", "inf"};
    List<String[]> rows = new ArrayList<>();
    for (StudyInfluence s : studies) {
      rows.add(new String[] {Integer.toString(s.study()), num(s.rstudent()), num(s.dffits()),
          num(s.cooksDistance()), num(s.covarianceRatio()), num(s.tau2Deleted()),
          num(s.qDeleted()), num(s.hat()), num(s.weight()), num(s.dfbetas()),
          s.influential() ? "*" : ""});
    }
    int k = studies.size();
    StringBuilder sb = new StringBuilder("Influence diagnostics of the ")
        .append(full.model().label()).append(" meta-analysis")
        .append(full.tau2Estimator().map(e -> " (" + e.metaforName() + ")").orElse(""))
        .append(", k = ").append(k).append(" (studies numbered from 0)\n\n");
    sb.append(Format.table(SensitivitySeries.withHead(head, rows), false));
    sb.append("\n* influential: ");
    List<String> criteria = new ArrayList<>();
    for (InfluenceCriterion c : InfluenceCriterion.values()) {
      criteria.add(c.describe(k));
    }
    sb.append(String.join(", or ", criteria)).append('\n');
    for (StudyInfluence s : studies) {
      s.failure().ifPresent(f -> sb.append("- study ").append(s.study())
          .append(": no fit without it (").append(f).append(")\n"));
      s.notes().forEach(n -> sb.append("- study ").append(s.study()).append(" left out: ")
          .append(n).append('\n'));
    }
    return sb.toString();
  }

  private static String num(double x) {
    return Double.isNaN(x) ? "NA" : Format.estimate(x);
  }

  /**
   * One line, for example {@code influence of 13 studies (random-effects, REML): none
   * influential}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    List<Integer> inf = influential();
    long failed = studies.stream().filter(s -> s.failure().isPresent()).count();
    return "influence of " + studies.size() + " studies (" + full.model().label()
        + full.tau2Estimator().map(e -> ", " + e.metaforName()).orElse("") + "): "
        + (inf.isEmpty() ? "none influential" : "influential: studies " + inf)
        + (failed == 0 ? "" : "; " + Format.count(failed, "fit", "fits")
        + " without a study did not converge");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InfluenceResult r && full.equals(r.full) && studies.equals(r.studies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(full, studies);
  }
}
