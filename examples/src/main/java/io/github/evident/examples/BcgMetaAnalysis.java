package io.github.evident.examples;

import io.github.evident.core.model.Review;
import io.github.evident.report.EvidenceReport;
import io.github.evident.report.StudyLabel;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import io.github.evident.stats.plan.ComparisonGroup;
import io.github.evident.stats.plan.Metric;
import io.github.evident.stats.plan.SynthesisMethod;
import io.github.evident.stats.plan.SynthesisPlan;
import io.github.evident.stats.plan.SynthesisPlanner;
import io.github.evident.report.figure.ForestPlot;
import io.github.evident.report.figure.Transform;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic meta-analysis: the 13 BCG vaccine trials of metafor's {@code dat.bcg} (Colditz et
 * al. 1994) as a review ({@code examples/data/bcg-review.json}). The planner finds one
 * comparison of 13 randomised and controlled trials with 2×2 tables, chooses a meta-analysis of
 * log risk ratios and fits it as metafor's {@code rma(yi, vi)} does by default: random effects,
 * REML, z test. The result equals metafor's: estimate -0.7145 (95% CI -1.0669 to -0.3622),
 * τ² 0.3132, I² 92.22%, prediction interval -1.8667 to 0.4376.
 */
public final class BcgMetaAnalysis {

  /** The report's file name under the reports directory. */
  public static final String REPORT_FILE = "bcg-meta-analysis.html";

  private BcgMetaAnalysis() {}

  /**
   * Runs the example: prints the plan and writes {@code reports/bcg-meta-analysis.html} under
   * the working directory.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(Path.of("reports"), System.out);
  }

  /**
   * Prints the plan and writes the report into a directory.
   *
   * @param dir the directory
   * @param out where to print
   * @return the absolute path of the report
   */
  public static Path run(Path dir, PrintStream out) {
    Review review = ExampleData.bcgReview();
    SynthesisPlan plan = plan(review);
    out.println(plan.summary());
    out.println();
    out.println(metaAnalysis(plan).summary());
    Path file = evidenceReport(review, plan).write(dir.resolve(REPORT_FILE));
    out.println();
    out.println("BCG meta-analysis report: " + file);
    return file;
  }

  /**
   * The planner as metafor's {@code rma(yi, vi)} fits by default: random effects with REML and
   * the z test (the planner's own default adds the Knapp-Hartung adjustment).
   *
   * @return the planner
   */
  public static SynthesisPlanner planner() {
    return SynthesisPlanner.withDefaults()
        .withMetaAnalysis(MetaAnalysis.randomEffects(Tau2Estimator.REML));
  }

  /**
   * The plan of the BCG review.
   *
   * @param review the BCG review
   * @return the plan: one comparison, pooled
   */
  public static SynthesisPlan plan(Review review) {
    return planner().plan(review);
  }

  /**
   * The fitted meta-analysis of a plan's pooled comparison.
   *
   * @param plan the plan
   * @return the fit
   * @throws IllegalArgumentException if the plan pools no comparison
   */
  public static MetaResult metaAnalysis(SynthesisPlan plan) {
    return plan.groupsWith(SynthesisMethod.META_ANALYSIS).stream().findFirst()
        .map(ComparisonGroup::decision).flatMap(d -> d.metaAnalysis())
        .orElseThrow(() -> new IllegalArgumentException("plan for '" + plan.reviewTitle()
            + "' pools no comparison; conclusion " + plan.conclusion()));
  }

  /**
   * The evidence report: the studies, the plan with its reasons and the pooled result.
   *
   * @param review the BCG review
   * @param plan its plan
   * @return the report
   */
  public static EvidenceReport evidenceReport(Review review, SynthesisPlan plan) {
    return EvidenceReport.of(review).withPlan(plan)
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "Forest plot of the 13 trials: risk "
            + "ratio of tuberculosis, vaccinated vs not vaccinated, with 95% CIs and "
            + "random-effects weights; the diamond is the pooled estimate (REML, z test) and the "
            + "dashed line its 95% prediction interval.", forestPlot(review, plan).svg());
  }

  /**
   * The forest plot of the pooled comparison: per trial the risk ratio with its 95% CI and
   * weight, the pooled estimate and the prediction interval, on the ratio scale.
   *
   * @param review the BCG review
   * @param plan its plan
   * @return the plot
   * @throws IllegalArgumentException if the plan pools no comparison
   */
  public static ForestPlot forestPlot(Review review, SynthesisPlan plan) {
    MetaResult m = metaAnalysis(plan);
    ComparisonGroup g = plan.groupsWith(SynthesisMethod.META_ANALYSIS).get(0);
    Metric metric = g.decision().metric().orElseThrow();
    List<String> labels = new ArrayList<>();
    List<EffectSize> effects = new ArrayList<>();
    for (String id : g.decision().contributingStudies()) {
      labels.add(StudyLabel.of(review, id));
      effects.add(g.study(id).effect(metric).orElseThrow());
    }
    return ForestPlot.of(labels, effects).pooled(m).withTransform(Transform.EXP)
        .withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours no vaccine");
  }
}
