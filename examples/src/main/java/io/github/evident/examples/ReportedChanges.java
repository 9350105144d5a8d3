package io.github.evident.examples;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.report.EvidenceReport;
import io.github.evident.report.ReportTable;
import io.github.evident.report.StudyLabel;
import io.github.evident.stats.effect.CorrelationSensitivity;
import io.github.evident.stats.effect.Direction;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizeConversions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the within-group changes a review reports allow, computed and with every assumption
 * stated: for a single-group pre-post result with a mean difference, a p value of a paired t
 * test and the number of pairs, the paired t statistic follows from the p value,
 * {@code t = F⁻¹(1 - p/2; n - 1)} with the sign of the difference, and from it
 * <ul>
 *   <li>d_z = t/√n, the change standardized by the SD of the changes (Borenstein et al. 2009);
 *   </li>
 *   <li>the standard error of the mean change, |Δ|/|t|, hence its 95% CI and the SD of the
 *       changes;</li>
 *   <li>d_rm = d_z √(2(1 - r)), standardized by the within-occasion SD, which needs the
 *       unreported pre-post correlation r: shown over r ∈ {0.2, 0.5, 0.8} with
 *       {@link CorrelationSensitivity}.</li>
 * </ul>
 * An exact p gives these values (to the rounding of p). A bounded p (p &lt; 0.001) gives only
 * bounds: computed at the bound, |t|, |d_z| and |d_rm| are the smallest values consistent with
 * the report and the CI of the mean change the widest. A change reported only as not
 * significant gives nothing beyond that. The number of pairs is the result's n, otherwise the
 * number analysed, otherwise the sample size; a labelled result of an outcome that also reports
 * "all participants" is a subgroup whose size is not reported, so nothing is derived for it.
 */
public final class ReportedChanges {

  /** The imputed pre-post correlations of the sensitivity analysis. */
  static final double[] CORRELATIONS = {0.2, 0.5, 0.8};

  /**
   * One reported change and what it allows.
   *
   * @param study the study id
   * @param citation the study's short citation, e.g. "Gunn et al. (2016)"
   * @param outcome the outcome construct and instrument
   * @param label the result's label, empty if none
   * @param reported the change as reported, e.g. {@code "12.05 → 8.97 (Δ = -3.08)"}
   * @param p the reported p value
   * @param n the number of pairs used, if known
   * @param nSource where the number of pairs comes from, or why it is unknown
   * @param t the paired t statistic implied by the p value (a bound for a bounded p)
   * @param dz d_z (its magnitude is a lower bound for a bounded p)
   * @param meanChangeCi the 95% CI of the mean change (for a bounded p: the widest it can be)
   * @param sensitivity d_rm over the imputed correlations (bounds for a bounded p)
   * @param derivation what was derived, in words
   * @param needed what the report would need to give the effect with its variance
   */
  public record Change(String study, String citation, String outcome, String label, String reported,
      Optional<PValue> p, OptionalInt n, String nSource, OptionalDouble t,
      Optional<EffectSize> dz, Optional<Interval> meanChangeCi,
      Optional<CorrelationSensitivity> sensitivity, String derivation, String needed) {

    /** True if the p value is exact, so the derived values are estimates, not bounds. */
    boolean exact() {
      return p.isPresent() && p.get().exact();
    }

    @Override
    public String toString() {
      return "Change[" + study + ", " + outcome + (label.isEmpty() ? "" : " [" + label + "]")
          + ", " + reported + p.map(v -> ", " + v).orElse("") + ": " + derivation + "]";
    }
  }

  private final List<Change> changes;

  private ReportedChanges(List<Change> changes) {
    this.changes = changes;
  }

  /**
   * Works through every within-group change a review reports.
   *
   * @param review the review
   * @return the changes, in study and outcome order
   * @throws IllegalArgumentException if review is null
   */
  public static ReportedChanges of(Review review) {
    if (review == null) {
      throw new IllegalArgumentException("review must not be null");
    }
    List<Change> out = new ArrayList<>();
    for (Study s : review.studies()) {
      for (Outcome o : s.outcomes()) {
        boolean hasAll = o.results().stream().anyMatch(r -> r instanceof PairedChange pc
            && pc.label().filter(l -> l.startsWith("all participants")).isPresent());
        for (ReportedResult r : o.results()) {
          if (r instanceof PairedChange pc) {
            out.add(change(s, o, pc, hasAll));
          }
        }
      }
    }
    return new ReportedChanges(List.copyOf(out));
  }

  private static Change change(Study s, Outcome o, PairedChange pc, boolean hasAll) {
    String outcome = o.construct() + o.instrument().map(i -> " (" + i + ")").orElse("");
    String label = pc.label().orElse("");
    OptionalDouble diff = pc.difference();
    String reported = reported(o, pc, diff);
    Optional<PValue> p = pc.p();
    boolean subgroup = hasAll && !label.isEmpty() && !label.startsWith("all participants");
    Pairs pairsOf = pairs(s, pc, subgroup);
    OptionalInt n = pairsOf.n();
    String needed = "the SD of the changes, or an exact t or p, or the SDs at both times with the "
        + "pre-post correlation";
    if (diff.isEmpty() || diff.getAsDouble() == 0) {
      return underived(s, outcome, label, reported, p, pairsOf,
          "nothing: no mean difference" + p.map(v -> ", " + v.text()).orElse(""),
          "the means at both times, with " + needed);
    }
    if (p.isEmpty() || n.isEmpty() || n.getAsInt() < 2) {
      return underived(s, outcome, label, reported, p, pairsOf,
          "the direction only: " + (p.isEmpty() ? "no p value" : "the number of pairs is unknown"),
          (n.isEmpty() ? "the number of pairs and " : "") + needed);
    }
    PValue pv = p.get();
    boolean exact = pv.exact();
    boolean upperBound = pv.relation() == PValue.Relation.LESS_THAN
        || pv.relation() == PValue.Relation.AT_MOST;
    if (!exact && !upperBound) {
      return underived(s, outcome, label, reported, p, pairsOf,
          "the direction only: " + pv.text() + " bounds the effect from above, not below",
          needed);
    }
    int pairs = n.getAsInt();
    double d = diff.getAsDouble();
    Direction dir = d > 0 ? Direction.POSITIVE : Direction.NEGATIVE;
    double t = EffectSizeConversions.tFromTwoSidedP(pv.value(), pairs - 1.0, dir);
    EffectSize dz = EffectSizeConversions.dzFromPairedT(t, pairs);
    double se = Math.abs(d / t);
    double crit = EffectSizeConversions.tFromTwoSidedP(0.05, pairs - 1.0, Direction.POSITIVE);
    Interval ci = Interval.of(d - crit * se, d + crit * se);
    CorrelationSensitivity sens = CorrelationSensitivity.over(CORRELATIONS,
        r -> EffectSizeConversions.drmFromPairedT(t, pairs, r));
    return new Change(s.id(), StudyLabel.of(s), outcome, label, reported, p, n,
        pairsOf.source(), OptionalDouble.of(t),
        Optional.of(dz), Optional.of(ci), Optional.of(sens),
        derivation(exact, pv, pairs, t, dz, se),
        exact ? "the pre-post correlation for d_rm; an unrounded p" : needed);
  }

  /** What the study reports: the means at both times, the difference and its direction. */
  private static String reported(Outcome o, PairedChange pc, OptionalDouble diff) {
    return (pc.meanBefore().isPresent() && pc.meanAfter().isPresent()
        ? num(pc.meanBefore().getAsDouble()) + " → " + num(pc.meanAfter().getAsDouble()) + " "
        : "") + (diff.isPresent() ? "(Δ = " + signed(diff.getAsDouble()) + ")"
        : "no mean difference reported")
        + (diff.isPresent() && diff.getAsDouble() != 0 && o.direction().isPresent()
        ? (diff.getAsDouble() * o.direction().get().improvementSign() > 0 ? ", improvement"
        : ", deterioration") : "");
  }

  /** The number of pairs tested and where it comes from. */
  private record Pairs(OptionalInt n, String source) {}

  /** The pairs: the result's n, else (not for a subgroup) the study's n analysed or n. */
  private static Pairs pairs(Study s, PairedChange pc, boolean subgroup) {
    if (pc.n().isPresent()) {
      return new Pairs(pc.n(), "n of the result");
    } else if (subgroup) {
      return new Pairs(OptionalInt.empty(), "subgroup: its size is not reported");
    } else if (s.population().nAnalysed().isPresent()) {
      return new Pairs(s.population().nAnalysed(),
          "number analysed (assumed to be the pairs tested)");
    } else if (s.population().n().isPresent()) {
      return new Pairs(s.population().n(), "sample size (assumed: no attrition reported)"
          + (s.discrepancies().stream().anyMatch(d -> d.field().equals("population.n"))
          ? "; sources disagree on n, see the data warnings" : ""));
    }
    return new Pairs(OptionalInt.empty(), "not reported");
  }

  /** A change from which no t, d_z or interval can be derived. */
  private static Change underived(Study s, String outcome, String label, String reported,
      Optional<PValue> p, Pairs pairs, String derivation, String needed) {
    return new Change(s.id(), StudyLabel.of(s), outcome, label, reported, p, pairs.n(),
        pairs.source(), OptionalDouble.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), derivation, needed);
  }

  /** How t and d_z follow from an exact p, or which bounds follow from an upper bound on p. */
  private static String derivation(boolean exact, PValue pv, int pairs, double t,
      EffectSize dz, double se) {
    return exact
        ? "t(" + (pairs - 1) + ") = " + num(t) + " from " + Format.p(pv.value()) + "; d_z = "
            + num(dz.estimate()) + " " + Format.interval(dz.ci(), Format.FIGURE_DECIMALS)
            + "; SD of changes " + num(se * Math.sqrt(pairs))
        : "bounds only: |t(" + (pairs - 1) + ")| > " + num(Math.abs(t)) + " from " + pv.text()
            + "; |d_z| > " + num(Math.abs(dz.estimate())) + "; SD of changes < "
            + num(se * Math.sqrt(pairs));
  }

  /**
   * The changes.
   *
   * @return the changes, in study and outcome order
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes as a table.
   *
   * @return one row per change
   */
  public ReportTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (Change c : changes) {
      rows.add(List.of(c.citation(), c.outcome() + (c.label().isEmpty() ? "" : " — " + c.label()),
          c.reported(), c.p().map(PValue::text).orElse("—"),
          c.n().isPresent() ? c.n().getAsInt() + " (" + c.nSource() + ")" : c.nSource(),
          c.derivation(),
          c.meanChangeCi().map(ci -> (c.exact() ? "" : "within ")
              + Format.interval(ci, Format.FIGURE_DECIMALS)).orElse("—"),
          c.needed()));
    }
    return new ReportTable("Within-group changes as reported, and what they allow",
        List.of("Study", "Outcome", "Reported change", "p", "Pairs (n)", "Derived",
            "95% CI of the mean change", "Needed for an effect with its variance"), rows);
  }

  /**
   * The sensitivity of d_rm to the imputed pre-post correlation: one row per derived change, one
   * column per imputed correlation.
   *
   * @return the table
   */
  public ReportTable sensitivityTable() {
    List<List<String>> rows = new ArrayList<>();
    for (Change c : changes) {
      if (c.sensitivity().isEmpty()) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(c.citation(),
          c.outcome() + (c.label().isEmpty() ? "" : " — " + c.label()),
          c.exact() ? "estimate [95% CI]" : "lower bound of |d_rm|"));
      for (CorrelationSensitivity.Row r : c.sensitivity().get().rows()) {
        EffectSize es = r.effectSize();
        row.add(c.exact() ? num(es.estimate()) + " " + Format.interval(es.ci(),
            Format.FIGURE_DECIMALS) : "> " + num(Math.abs(es.estimate())));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("Study", "Outcome", "d_rm"));
    for (double r : CORRELATIONS) {
      header.add("r = " + Format.number(r, 1));
    }
    return new ReportTable("Sensitivity of d_rm = d_z √(2(1 − r)) to the imputed pre-post "
        + "correlation r", header, rows);
  }

  /**
   * The analysis for an {@link EvidenceReport}: both tables with the assumptions in words.
   *
   * @return the analysis
   */
  public EvidenceReport.Analysis analysis() {
    long derived = changes.stream().filter(c -> c.dz().isPresent()).count();
    long exact = changes.stream().filter(c -> c.dz().isPresent() && c.exact()).count();
    String bounds = String.join(", ", changes.stream().filter(c -> c.dz().isPresent()
        && !c.exact()).map(c -> c.p().orElseThrow().text()).distinct().toList());
    return new EvidenceReport.Analysis("What the reported statistics allow", List.of(
        changes.size() + " within-group changes are reported (single-group pre-post designs: "
            + "each is a change from baseline, not a comparison with a control group). "
            + derived + " of them report a mean difference, a p value and a known number of "
            + "pairs, so the paired t statistic follows from the p value, assuming the p value "
            + "is that of a two-sided paired t test on those pairs; " + exact + " of these p "
            + "values are exact (rounded as printed), the others only bounded (" + bounds + "), "
            + "which gives bounds: the smallest |t| and |d_z| and the widest CI of the mean "
            + "change consistent with the report.",
        "No change reports the SD of the changes or the SDs at both times, so no effect with a "
            + "valid variance can be computed from a bounded p: that would need the SD of the "
            + "changes, an exact t or p, or both SDs with the pre-post correlation. d_rm also "
            + "needs the pre-post correlation, which no study reports; it is shown for "
            + "r = 0.2, 0.5 and 0.8 to show how much the standardized effect depends on it.",
        "Subgroup results (effect modification in Gunn et al.) have no reported subgroup size "
            + "and give the direction only. Changes reported only as not statistically "
            + "significant give nothing more."),
        List.of(table(), sensitivityTable()));
  }

  /**
   * A multi-line text: one line per change.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Reported within-group changes and what they allow");
    for (Change c : changes) {
      sb.append("\n  ").append(String.format(Locale.ROOT, "%-15s %-28s %-26s %-9s %s", c.study(),
          abbreviate(c.outcome(), 28), c.reported(), c.p().map(PValue::text).orElse("-"),
          c.derivation()));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ReportedChanges[" + changes.size() + " changes, "
        + changes.stream().filter(c -> c.dz().isPresent()).count() + " with d_z]";
  }

  private static String abbreviate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  /** A number in the report's tables: {@link Format#FIGURE_DECIMALS} decimals. */
  private static String num(double v) {
    return Format.number(v, Format.FIGURE_DECIMALS);
  }

  private static String signed(double v) {
    return (v > 0 ? "+" : "") + num(v);
  }
}
