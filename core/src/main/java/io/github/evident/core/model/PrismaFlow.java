package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The counts of a PRISMA 2020 flow diagram (Page et al. 2021, BMJ 372:n71), as far as a review
 * reports them: every count is optional, because papers often report only some.
 *
 * <p>The main column follows records from databases and registers: identified (per source) →
 * removed before screening (duplicates, by automation tools, other) → screened → excluded →
 * reports sought → not retrieved → assessed for eligibility → excluded with reasons → studies
 * and reports included. The optional second column ({@code other*}) follows records from other
 * methods (websites, organisations, citation searching), which skip screening.
 *
 * <p>{@link #check()} applies the diagram's arithmetic and lists every violation.
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutablePrismaFlow.class)
@JsonDeserialize(as = ImmutablePrismaFlow.class)
public abstract class PrismaFlow {

  PrismaFlow() {}

  /**
   * Records identified per database or register, in the order reported.
   *
   * @return counts by source
   */
  public abstract Map<String, Integer> recordsBySource();

  /**
   * Records identified from databases and registers, in total.
   *
   * @return the count
   */
  public abstract OptionalInt recordsIdentified();

  /**
   * Duplicate records removed before screening.
   *
   * @return the count
   */
  public abstract OptionalInt duplicatesRemoved();

  /**
   * Records marked ineligible by automation tools.
   *
   * @return the count
   */
  public abstract OptionalInt automationRemoved();

  /**
   * Records removed for other reasons before screening.
   *
   * @return the count
   */
  public abstract OptionalInt otherRemoved();

  /**
   * Records screened (titles and abstracts).
   *
   * @return the count
   */
  public abstract OptionalInt recordsScreened();

  /**
   * Records excluded at screening.
   *
   * @return the count
   */
  public abstract OptionalInt recordsExcluded();

  /**
   * Reports sought for retrieval.
   *
   * @return the count
   */
  public abstract OptionalInt reportsSought();

  /**
   * Reports not retrieved.
   *
   * @return the count
   */
  public abstract OptionalInt reportsNotRetrieved();

  /**
   * Reports assessed for eligibility (full text).
   *
   * @return the count
   */
  public abstract OptionalInt reportsAssessed();

  /**
   * Reports excluded, in total.
   *
   * @return the count
   */
  public abstract OptionalInt reportsExcluded();

  /**
   * Reports excluded, per reason.
   *
   * @return counts by reason
   */
  public abstract Map<String, Integer> reportsExcludedByReason();

  /**
   * Records identified by other methods, per source (websites, organisations, citation
   * searching).
   *
   * @return counts by source
   */
  public abstract Map<String, Integer> otherRecordsBySource();

  /**
   * Reports from other methods sought for retrieval.
   *
   * @return the count
   */
  public abstract OptionalInt otherReportsSought();

  /**
   * Reports from other methods not retrieved.
   *
   * @return the count
   */
  public abstract OptionalInt otherReportsNotRetrieved();

  /**
   * Reports from other methods assessed for eligibility.
   *
   * @return the count
   */
  public abstract OptionalInt otherReportsAssessed();

  /**
   * Reports from other methods excluded, in total.
   *
   * @return the count
   */
  public abstract OptionalInt otherReportsExcluded();

  /**
   * Studies included in the review.
   *
   * @return the count
   */
  public abstract OptionalInt studiesIncluded();

  /**
   * Reports of included studies.
   *
   * @return the count
   */
  public abstract OptionalInt reportsIncluded();

  @Value.Check
  void validate() {
    counts("recordsBySource", recordsBySource());
    counts("reportsExcludedByReason", reportsExcludedByReason());
    counts("otherRecordsBySource", otherRecordsBySource());
    nonNegative("recordsIdentified", recordsIdentified());
    nonNegative("duplicatesRemoved", duplicatesRemoved());
    nonNegative("automationRemoved", automationRemoved());
    nonNegative("otherRemoved", otherRemoved());
    nonNegative("recordsScreened", recordsScreened());
    nonNegative("recordsExcluded", recordsExcluded());
    nonNegative("reportsSought", reportsSought());
    nonNegative("reportsNotRetrieved", reportsNotRetrieved());
    nonNegative("reportsAssessed", reportsAssessed());
    nonNegative("reportsExcluded", reportsExcluded());
    nonNegative("otherReportsSought", otherReportsSought());
    nonNegative("otherReportsNotRetrieved", otherReportsNotRetrieved());
    nonNegative("otherReportsAssessed", otherReportsAssessed());
    nonNegative("otherReportsExcluded", otherReportsExcluded());
    nonNegative("studiesIncluded", studiesIncluded());
    nonNegative("reportsIncluded", reportsIncluded());
  }

  private static void counts(String field, Map<String, Integer> counts) {
    counts.forEach((k, v) -> {
      Checks.nonBlank("prisma." + field + " key", k);
      nonNegative(field + "[" + k + "]", v);
    });
  }

  private static void nonNegative(String field, OptionalInt v) {
    if (v.isPresent()) {
      nonNegative(field, v.getAsInt());
    }
  }

  private static void nonNegative(String field, Integer v) {
    Checks.nonNegative("prisma." + field, Checks.notNull("prisma." + field, v));
  }

  /**
   * Applies the flow diagram's arithmetic to the reported counts:
   *
   * <ol>
   *   <li>{@code identified-sum}: records identified = Σ records per source;
   *   <li>{@code screened}: screened = identified − duplicates − automation − other removals;
   *   <li>{@code assessed}: assessed = sought − not retrieved (each column);
   *   <li>{@code reasons-sum}: Σ exclusion reasons = reports excluded;
   *   <li>{@code included-reports}: reports included = assessed − excluded, over both columns;
   *   <li>{@code studies-reports}: studies included ≤ reports included;
   *   <li>{@code sought} (a warning only, since records are not reports): sought = screened −
   *       records excluded.
   * </ol>
   *
   * <p>A rule whose counts are not all reported is listed as not checked, with the missing
   * counts. Removal counts that are not reported count as zero when at least one is reported.
   *
   * @return every violation, warning and unchecked rule
   */
  public PrismaCheck check() {
    List<PrismaCheck.Finding> out = new ArrayList<>();
    checkIdentifiedSum(out);
    checkScreened(out);
    differenceRule(out, "assessed", "reports assessed", reportsAssessed(), "sought",
        reportsSought(), "not retrieved", reportsNotRetrieved(),
        "reports assessed for eligibility", "reports sought for retrieval",
        "reports not retrieved");
    if (otherReportsSought().isPresent() || otherReportsAssessed().isPresent()
        || otherReportsNotRetrieved().isPresent()) {
      differenceRule(out, "assessed-other", "other-methods reports assessed",
          otherReportsAssessed(), "sought", otherReportsSought(), "not retrieved",
          otherReportsNotRetrieved(), "reports assessed for eligibility (other methods)",
          "reports sought for retrieval (other methods)",
          "reports not retrieved (other methods)");
    }
    checkReasonsSum(out);
    checkIncludedReports(out);
    checkStudiesReports(out);
    checkSought(out);
    return new PrismaCheck(out);
  }

  /** {@code identified-sum}: records identified = Σ records per source. */
  private void checkIdentifiedSum(List<PrismaCheck.Finding> out) {
    sumRule(out, "identified-sum", recordsBySource(), recordsIdentified(), "records identified",
        "sum over sources");
  }

  /** {@code reasons-sum}: Σ exclusion reasons = reports excluded. */
  private void checkReasonsSum(List<PrismaCheck.Finding> out) {
    sumRule(out, "reasons-sum", reportsExcludedByReason(), reportsExcluded(), "reports excluded",
        "sum over exclusion reasons");
  }

  /** A total that must equal the sum of its parts, checked when the parts are reported. */
  private static void sumRule(List<PrismaCheck.Finding> out, String rule,
      Map<String, Integer> parts, OptionalInt total, String totalName, String sumName) {
    if (!parts.isEmpty()) {
      long sum = sum(parts);
      if (total.isEmpty()) {
        notChecked(out, rule, totalName);
      } else if (sum != total.getAsInt()) {
        violation(out, rule, totalName + " (" + total.getAsInt() + ") ≠ " + sumName + " ("
            + sum + ")");
      }
    }
  }

  /** {@code screened}: screened = identified − duplicates − automation − other removals. */
  private void checkScreened(List<PrismaCheck.Finding> out) {
    OptionalInt identified = recordsIdentified();
    boolean anyRemoval = duplicatesRemoved().isPresent() || automationRemoved().isPresent()
        || otherRemoved().isPresent();
    if (identified.isPresent() && recordsScreened().isPresent() && anyRemoval) {
      long removed = (long) duplicatesRemoved().orElse(0) + automationRemoved().orElse(0)
          + otherRemoved().orElse(0);
      long expected = identified.getAsInt() - removed;
      if (expected != recordsScreened().getAsInt()) {
        violation(out, "screened", "records screened (" + recordsScreened().getAsInt()
            + ") ≠ identified (" + identified.getAsInt() + ") − removed before screening ("
            + removed + ") = " + expected);
      }
    } else {
      notChecked(out, "screened", missing("records identified", identified, "records screened",
          recordsScreened()) + (anyRemoval ? "" : sep(missing("records identified", identified,
          "records screened", recordsScreened())) + "removals (duplicates, automation, other)"));
    }
  }

  /** {@code included-reports}: reports included = assessed − excluded, over both columns. */
  private void checkIncludedReports(List<PrismaCheck.Finding> out) {
    OptionalLong excluded = reportsExcluded().isPresent()
        ? OptionalLong.of(reportsExcluded().getAsInt())
        : reportsExcludedByReason().isEmpty()
            ? OptionalLong.empty()
            : OptionalLong.of(sum(reportsExcludedByReason()));
    boolean other = otherReportsAssessed().isPresent() || otherReportsExcluded().isPresent();
    if (reportsIncluded().isPresent() && reportsAssessed().isPresent() && excluded.isPresent()
        && (!other || otherReportsAssessed().isPresent() && otherReportsExcluded().isPresent())) {
      long expected = reportsAssessed().getAsInt() - excluded.getAsLong();
      String formula = "assessed (" + reportsAssessed().getAsInt() + ") − excluded ("
          + excluded.getAsLong() + ")";
      if (other) {
        expected += (long) otherReportsAssessed().getAsInt() - otherReportsExcluded().getAsInt();
        formula += " + other-methods assessed (" + otherReportsAssessed().getAsInt()
            + ") − excluded (" + otherReportsExcluded().getAsInt() + ")";
      }
      if (expected != reportsIncluded().getAsInt()) {
        violation(out, "included-reports", "reports included (" + reportsIncluded().getAsInt()
            + ") ≠ " + formula + " = " + expected);
      }
    } else {
      String absent = missing("reports of included studies", reportsIncluded(),
          "reports assessed for eligibility", reportsAssessed(), "reports excluded", excluded);
      if (other) {
        String absentOther = missing("reports assessed for eligibility (other methods)",
            otherReportsAssessed(), "reports excluded (other methods)", otherReportsExcluded());
        absent += absentOther.isEmpty() ? "" : sep(absent) + absentOther;
      }
      notChecked(out, "included-reports", absent);
    }
  }

  /** {@code studies-reports}: studies included ≤ reports included. */
  private void checkStudiesReports(List<PrismaCheck.Finding> out) {
    if (studiesIncluded().isPresent() && reportsIncluded().isPresent()) {
      if (studiesIncluded().getAsInt() > reportsIncluded().getAsInt()) {
        violation(out, "studies-reports", "studies included (" + studiesIncluded().getAsInt()
            + ") > reports of included studies (" + reportsIncluded().getAsInt() + ")");
      }
    } else {
      notChecked(out, "studies-reports", missing("studies included in review",
          studiesIncluded(), "reports of included studies", reportsIncluded()));
    }
  }

  /** {@code sought}, a warning only: sought = screened − records excluded. */
  private void checkSought(List<PrismaCheck.Finding> out) {
    if (reportsSought().isPresent() && recordsScreened().isPresent()
        && recordsExcluded().isPresent()) {
      long expected = (long) recordsScreened().getAsInt() - recordsExcluded().getAsInt();
      if (expected != reportsSought().getAsInt()) {
        out.add(new PrismaCheck.Finding(PrismaCheck.Kind.WARNING, "sought", "reports sought ("
            + reportsSought().getAsInt() + ") ≠ screened (" + recordsScreened().getAsInt()
            + ") − excluded (" + recordsExcluded().getAsInt() + ") = " + expected
            + "; allowed when one record leads to several reports or none"));
      }
    } else {
      notChecked(out, "sought", missing("reports sought for retrieval", reportsSought(),
          "records screened", recordsScreened(), "records excluded", recordsExcluded()));
    }
  }

  private static void differenceRule(List<PrismaCheck.Finding> out, String rule, String what,
      OptionalInt result, String aName, OptionalInt a, String bName, OptionalInt b,
      String resultField, String aField, String bField) {
    if (result.isPresent() && a.isPresent() && b.isPresent()) {
      long expected = (long) a.getAsInt() - b.getAsInt();
      if (expected != result.getAsInt()) {
        violation(out, rule, what + " (" + result.getAsInt() + ") ≠ " + aName + " ("
            + a.getAsInt() + ") − " + bName + " (" + b.getAsInt() + ") = " + expected);
      }
    } else {
      notChecked(out, rule, missing(resultField, result, aField, a, bField, b));
    }
  }

  private static String missing(Object... nameThenValue) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < nameThenValue.length; i += 2) {
      Object value = nameThenValue[i + 1];
      boolean absent = value instanceof OptionalLong l
          ? l.isEmpty()
          : ((OptionalInt) value).isEmpty();
      if (absent) {
        sb.append(sep(sb.toString())).append(nameThenValue[i]);
      }
    }
    return sb.toString();
  }

  private static long sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(Integer::longValue).sum();
  }

  private static String sep(String s) {
    return s.isEmpty() ? "" : ", ";
  }

  private static void violation(List<PrismaCheck.Finding> out, String rule, String message) {
    out.add(new PrismaCheck.Finding(PrismaCheck.Kind.VIOLATION, rule, message));
  }

  private static void notChecked(List<PrismaCheck.Finding> out, String rule, String missing) {
    out.add(new PrismaCheck.Finding(PrismaCheck.Kind.NOT_CHECKED, rule,
        "not reported: " + missing));
  }

  /**
   * The reported counts in PRISMA 2020's words, for example {@code PRISMA flow: records
   * identified 19202, reports assessed for eligibility 70, studies included in review 10,
   * reports of included studies 10}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PRISMA flow:");
    Object[] counts = {"records identified", recordsIdentified(), "duplicates removed",
        duplicatesRemoved(), "removed by automation tools", automationRemoved(),
        "removed for other reasons", otherRemoved(), "records screened", recordsScreened(),
        "records excluded", recordsExcluded(), "reports sought for retrieval", reportsSought(),
        "reports not retrieved", reportsNotRetrieved(), "reports assessed for eligibility",
        reportsAssessed(), "reports excluded", reportsExcluded(),
        "reports sought for retrieval (other methods)", otherReportsSought(),
        "reports not retrieved (other methods)", otherReportsNotRetrieved(),
        "reports assessed for eligibility (other methods)", otherReportsAssessed(),
        "reports excluded (other methods)", otherReportsExcluded(), "studies included in review",
        studiesIncluded(), "reports of included studies", reportsIncluded()};
    for (int i = 0; i < counts.length; i += 2) {
      OptionalInt n = (OptionalInt) counts[i + 1];
      if (n.isPresent()) {
        sb.append(sb.length() > "PRISMA flow:".length() ? ", " : " ").append(counts[i])
            .append(' ').append(n.getAsInt());
      }
    }
    return sb.toString();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrismaFlow}. */
  public static final class Builder extends ImmutablePrismaFlow.Builder {}
}
