package io.github.evident.stats.sensitivity;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.meta.MetaResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of a leave-one-out or cumulative analysis: one {@link SensitivityStep}
 * per study, in the order of the analysis, and the fit of all studies.
 *
 * <p>For leave-one-out, step i leaves out study i; for a cumulative analysis, step m adds the
 * m-th study of the given order (so it holds the fit of the first m + 1 studies). A step whose
 * fit failed is reported with its reason; the other steps are still given.
 */
public final class SensitivitySeries {

  /** What a series does with the studies. */
  public enum Kind {
    /** Each step leaves one study out (metafor's {@code leave1out}). */
    LEAVE_ONE_OUT,
    /** Each step adds one study (metafor's {@code cumul}). */
    CUMULATIVE;

    /**
     * The label used in text: {@code leave-one-out} or {@code cumulative}.
     *
     * @return the label
     */
    public String label() {
      return this == LEAVE_ONE_OUT ? "leave-one-out" : "cumulative";
    }
  }

  private final Kind kind;
  private final List<SensitivityStep> steps;
  private final Optional<MetaResult> full;
  private final Optional<String> fullFailure;

  SensitivitySeries(Kind kind, List<SensitivityStep> steps, Optional<MetaResult> full,
      Optional<String> fullFailure) {
    this.kind = Objects.requireNonNull(kind);
    this.steps = List.copyOf(steps);
    this.full = Objects.requireNonNull(full);
    this.fullFailure = Objects.requireNonNull(fullFailure);
  }

  /**
   * Leave-one-out or cumulative.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The steps, one per study, in the order of the analysis.
   *
   * @return the steps
   */
  public List<SensitivityStep> steps() {
    return steps;
  }

  /**
   * The number of studies (and of steps).
   *
   * @return k
   */
  public int k() {
    return steps.size();
  }

  /**
   * The fit of all k studies, with the configured heterogeneity intervals; empty only if it
   * did not converge (see {@link #fullFailure()}).
   *
   * @return the full-data fit
   */
  public Optional<MetaResult> full() {
    return full;
  }

  /**
   * Why the fit of all studies failed, if it did.
   *
   * @return the reason, or empty
   */
  public Optional<String> fullFailure() {
    return fullFailure;
  }

  /**
   * The steps whose fit failed.
   *
   * @return those steps, in order, possibly none
   */
  public List<SensitivityStep> failures() {
    return steps.stream().filter(s -> !s.converged()).toList();
  }

  /**
   * A table like metafor's print of {@code leave1out} or {@code cumul}: per step the study,
   * estimate, se, z or t, p, confidence bounds, Q with its p, τ² (random effects), I² and H²,
   * NA where the fit failed; then the failures and the steps' notes.
   *
   * @return the table
   */
  public String summary() {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < k(); i++) {
      numbers.add(Integer.toString(i));
    }
    return table(numbers, true);
  }

  /**
   * As {@link #summary()}, each study named by its label (for example {@code Aronson (1948)})
   * instead of its index.
   *
   * @param labels one label per study, in the order of the studies' indices
   * @return the table
   * @throws IllegalArgumentException if labels is null, holds a null or has not k entries
   */
  public String summary(List<String> labels) {
    List<String> copy = Checks.list("labels", labels);
    if (copy.size() != k()) {
      throw new IllegalArgumentException("labels must name the k = " + k()
          + " studies, had " + copy.size());
    }
    return table(copy, false);
  }

  private String table(List<String> names, boolean numbered) {
    boolean random = steps.stream().flatMap(s -> s.fit().stream()).findFirst()
        .or(() -> full).map(r -> r.model() == MetaResult.Model.RANDOM_EFFECTS).orElse(true);
    boolean t = steps.stream().flatMap(s -> s.fit().stream())
        .anyMatch(r -> r.test() == MetaResult.Test.KNAPP_HARTUNG);
    List<String> head = new ArrayList<>(List.of(kind == Kind.LEAVE_ONE_OUT ? "omitted"
        : "added", "estimate", "se", t ? "tval" : "zval", "pval", "ci.lb", "ci.ub", "Q", "Qp"));
    if (random) {
      head.add("tau2");
    }
    head.addAll(List.of("I2", "H2"));
    List<String[]> rows = new ArrayList<>();
    for (SensitivityStep s : steps) {
      rows.add(row(s, names.get(s.study()), random, head.size()));
    }
    StringBuilder sb = new StringBuilder(title(numbered)).append("\n\n");
    sb.append(Format.table(withHead(head.toArray(String[]::new), rows), false));
    appendNotes(sb, names);
    return sb.toString();
  }

  /** The header line followed by the rows. */
  static List<String[]> withHead(String[] head, List<String[]> rows) {
    List<String[]> lines = new ArrayList<>();
    lines.add(head);
    lines.addAll(rows);
    return lines;
  }

  private String title(boolean numbered) {
    String what = full.map(r -> r.model().label() + " meta-analysis ("
        + r.tau2Estimator().map(e -> e.metaforName() + ", ").orElse("")
        + (r.test() == MetaResult.Test.Z ? "z test" : "Knapp-Hartung t test") + ")")
        .orElse("meta-analysis");
    List<String> remarks = new ArrayList<>();
    if (numbered) {
      remarks.add("studies numbered from 0");
    }
    if (kind == Kind.CUMULATIVE) {
      remarks.add("each row adds the study named, in the given order");
    }
    return (kind == Kind.LEAVE_ONE_OUT ? "Leave-one-out " : "Cumulative ") + what + ", k = "
        + k() + (remarks.isEmpty() ? "" : " (" + String.join("; ", remarks) + ")");
  }

  private static String[] row(SensitivityStep s, String name, boolean random, int columns) {
    String[] cells = new String[columns];
    cells[0] = name;
    if (s.fit().isEmpty()) {
      for (int c = 1; c < columns; c++) {
        cells[c] = "NA";
      }
      return cells;
    }
    MetaResult r = s.fit().orElseThrow();
    int c = 1;
    cells[c++] = Format.estimate(r.estimate());
    cells[c++] = Format.estimate(r.standardError());
    cells[c++] = Format.estimate(r.statistic());
    cells[c++] = Format.pValue(r.pValue());
    cells[c++] = Format.estimate(r.ci().lower());
    cells[c++] = Format.estimate(r.ci().upper());
    cells[c++] = Format.estimate(r.q());
    cells[c++] = Format.pValue(r.qPValue());
    if (random) {
      cells[c++] = Format.estimate(r.tau2());
    }
    cells[c++] = Format.percent(r.i2(), Format.TEXT_PERCENT_DECIMALS);
    cells[c] = Format.estimate(r.h2());
    return cells;
  }

  private void appendNotes(StringBuilder sb, List<String> names) {
    List<String> lines = new ArrayList<>();
    fullFailure.ifPresent(f -> lines.add("all studies: no fit (" + f + ")"));
    for (SensitivityStep s : steps) {
      String who = "study " + names.get(s.study());
      s.failure().ifPresent(f -> lines.add(who + ": no fit (" + f + ")"));
      s.fit().ifPresent(r -> r.notes().forEach(n -> lines.add(who + ": " + n)));
    }
    if (!lines.isEmpty()) {
      sb.append("\nNotes:\n");
      lines.forEach(l -> sb.append("- ").append(l).append('\n'));
    }
  }

  /**
   * One line: the kind, k, the range of the steps' estimates and how many steps failed, for
   * example {@code leave-one-out series, k = 13: estimates from -0.7948 to -0.6284; all fits
   * converged}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (SensitivityStep s : steps) {
      if (s.converged()) {
        min = Math.min(min, s.fit().orElseThrow().estimate());
        max = Math.max(max, s.fit().orElseThrow().estimate());
      }
    }
    int failed = failures().size();
    return kind.label() + " series, k = " + k() + ": " + (failed == k() ? "no step converged"
        : "estimates from " + Format.estimate(min) + " to " + Format.estimate(max) + "; "
        + (failed == 0 ? "all fits converged"
            : Format.count(failed, "fit", "fits") + " did not converge"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SensitivitySeries s && kind == s.kind && steps.equals(s.steps)
        && full.equals(s.full) && fullFailure.equals(s.fullFailure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, steps, full, fullFailure);
  }
}
