package io.github.evident.examples;

import io.github.evident.report.figure.TrafficLightPlot;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import io.github.evident.core.model.ValidationWarning;
import io.github.evident.report.EvidenceReport;
import io.github.evident.stats.plan.SynthesisPlan;
import io.github.evident.stats.plan.SynthesisPlanner;
import io.github.evident.report.figure.EffectDirectionPlot;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The worked example: the seed review (Turner et al.) loaded from JSON, its studies summarised
 * as in its Table 1, its appraisals replayed from the reviewers' recorded answers, what its
 * reported statistics allow, its PRISMA counts checked and its inconsistencies listed; all of it
 * written as an HTML evidence report.
 */
public final class SeedReview {

  /** The report's file name under the reports directory. */
  public static final String REPORT_FILE = "seed-review.html";

  private SeedReview() {}

  /**
   * Runs the example: prints the summary and writes {@code reports/seed-review.html} under the
   * working directory.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(Path.of("reports"), System.out);
  }

  /**
   * Prints the summary and writes the report into a directory.
   *
   * @param dir the directory
   * @param out where to print
   * @return the absolute path of the report
   */
  public static Path run(Path dir, PrintStream out) {
    Review review = ExampleData.seedReview();
    report(review, out);
    Path file = evidenceReport(review).write(dir.resolve(REPORT_FILE));
    out.println();
    out.println("Seed review report: " + file);
    return file;
  }

  /**
   * The evidence report of the seed review: the review, the appraisals replayed from the
   * recorded answers with the reviewers' agreement, and what the reported changes allow.
   *
   * @param review the seed review
   * @return the report
   */
  public static EvidenceReport evidenceReport(Review review) {
    SeedAppraisals appraisals = SeedAppraisals.load();
    EvidenceReport report = EvidenceReport.of(review)
        .withAppraisals(appraisals.consensus(), appraisals.dualReviews(), appraisals.agreement());
    for (Map.Entry<String, Map<String, StudyAppraisal>> tool
        : byTool(review, appraisals.consensus()).entrySet()) {
      report = report.withFigure(EvidenceReport.Placement.APPRAISAL, "Traffic-light plot of the "
          + tool.getKey() + " ratings reproduced from the reviewers' recorded answers "
          + "(components and overall; the same overall ratings as Table 1).",
          TrafficLightPlot.of(tool.getValue()).svg());
    }
    return report.withPlan(plan(review))
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "Effect direction plot of the three "
            + "quantitative studies (Thomson and Thomas 2013; Boon and Thomson 2021): ▲ "
            + "improvement, ▼ deterioration, ◄► no change or conflicting; arrow size by final "
            + "sample size, rows shaded by EPHPP rating. No pooled estimate: the plan concludes "
            + "narrative synthesis.", effectDirectionPlot(review).svg())
        .withAnalysis(SeedEffectDirections.analysis(review))
        .withAnalysis(ReportedChanges.of(review).analysis());
  }

  /**
   * The effect direction plot of the seed review's quantitative studies, rows shaded by their
   * EPHPP rating as Table 1 reports it.
   *
   * @param review the seed review
   * @return the plot
   */
  public static EffectDirectionPlot effectDirectionPlot(Review review) {
    EffectDirectionTable table = SeedEffectDirections.table(review);
    Map<String, String> quality = new LinkedHashMap<>();
    for (Study s : review.studies()) {
      if (table.studies().contains(s.label())) {
        quality.put(s.label(), s.appraisalsWith("EPHPP").get(0).overallRating());
      }
    }
    return EffectDirectionPlot.of(table).withQuality(quality, List.of("STRONG", "MODERATE",
        "WEAK"));
  }

  /** The appraisals per tool, each as study label → appraisal, in review order. */
  private static Map<String, Map<String, StudyAppraisal>> byTool(Review review,
      Map<String, List<StudyAppraisal>> appraisals) {
    Map<String, Map<String, StudyAppraisal>> out = new LinkedHashMap<>();
    for (Study s : review.studies()) {
      for (StudyAppraisal a : appraisals.getOrDefault(s.id(), List.of())) {
        out.computeIfAbsent(a.tool(), k -> new LinkedHashMap<>()).put(s.label()
            + a.scope().map(x -> " (" + x + ")").orElse(""), a);
      }
    }
    return out;
  }

  /**
   * The synthesis plan of the seed review, with the planner's defaults: narrative synthesis,
   * because the quantitative studies measure different constructs of different interventions
   * in single-group designs, every comparison holds one study, no result has a valid variance
   * and every quantitative study is rated weak.
   *
   * @param review the seed review
   * @return the plan
   */
  public static SynthesisPlan plan(Review review) {
    return SynthesisPlanner.withDefaults().plan(review);
  }

  /**
   * Prints the summary of a review.
   *
   * @param review the review
   * @param out where to print
   */
  static void report(Review review, PrintStream out) {
    out.println(review.title());
    review.registration().ifPresent(r -> out.println("Registered: " + r));
    out.println();
    out.printf(Locale.ROOT, "%-16s %-24s %-7s %-5s %-32s %s%n", "Study", "Citation", "Country",
        "n", "Design", "Quality");
    for (Study s : review.studies()) {
      out.printf(Locale.ROOT, "%-16s %-24s %-7s %-5s %-32s %s%n", s.id(),
          s.label(), s.country().orElse(""),
          s.population().n().isPresent() ? Integer.toString(s.population().n().getAsInt()) : "",
          s.design(), s.appraisals().stream().map(SeedReview::rating)
              .collect(Collectors.joining(", ")));
    }
    out.println();
    out.println("Reported within-group changes:");
    for (Study s : review.studies()) {
      for (Outcome o : s.outcomes()) {
        for (ReportedResult r : o.results()) {
          if (r instanceof PairedChange pc && pc.difference().isPresent()) {
            out.printf(Locale.ROOT, "  %-16s %-36s %-10s → %-10s Δ = %+.2f%s%s%n", s.id(),
                abbreviate(o.construct() + o.instrument().map(i -> " (" + i + ")").orElse(""),
                    36),
                pc.from(), pc.to(), pc.difference().getAsDouble(),
                pc.p().map(p -> ", " + p).orElse(""),
                pc.label().map(l -> " [" + l + "]").orElse(""));
          }
        }
      }
    }
    out.println();
    SeedAppraisals appraisals = SeedAppraisals.load();
    out.println("Appraisals replayed from the reviewers' recorded answers (illustrative answers):");
    appraisals.consensus().forEach((id, list) -> {
      String reported = review.study(id).appraisals().stream().map(SeedReview::rating)
          .collect(Collectors.joining(", "));
      String replayed = list.stream().map(SeedReview::rating).collect(Collectors.joining(", "));
      out.printf(Locale.ROOT, "  %-16s %-50s %s%n", id, replayed,
          replayed.equals(reported) ? "= Table 1" : "≠ Table 1: " + reported);
    });
    appraisals.agreement().values().forEach(a -> {
      out.println();
      out.println(a.summary());
    });
    out.println();
    out.println(plan(review).summary());
    out.println();
    out.println(ReportedChanges.of(review).summary());
    out.println();
    review.prisma().ifPresent(p -> out.println(p.check().summary()));
    out.println();
    out.println("Warnings:");
    for (ValidationWarning w : review.warnings()) {
      out.println("  " + w);
    }
  }

  private static String abbreviate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  private static String rating(StudyAppraisal a) {
    return a.overallRating() + " (" + a.tool() + a.scope().map(s -> ", " + s).orElse("") + ")";
  }
}
