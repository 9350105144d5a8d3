package io.github.evident.examples;

import io.github.evident.core.Interval;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.report.EvidenceReport;
import io.github.evident.report.StudyLabel;
import io.github.evident.report.figure.BinaryForestPlot;
import io.github.evident.report.figure.BubblePlot;
import io.github.evident.report.figure.FunnelPlot;
import io.github.evident.report.figure.SensitivityPlot;
import io.github.evident.report.figure.SubgroupForestPlot;
import io.github.evident.stats.bias.Predictor;
import io.github.evident.stats.bias.RegressionTest;
import io.github.evident.stats.bias.SmallStudyEffects;
import io.github.evident.stats.bias.TrimAndFill;
import io.github.evident.stats.bias.TrimAndFillResult;
import io.github.evident.stats.binary.MantelHaenszel;
import io.github.evident.stats.binary.PooledResult;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.Coefficient;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaRegression;
import io.github.evident.stats.meta.Moderators;
import io.github.evident.stats.meta.RegressionResult;
import io.github.evident.stats.meta.SubgroupAnalysis;
import io.github.evident.stats.meta.SubgroupResult;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import io.github.evident.stats.plan.ComparisonGroup;
import io.github.evident.stats.plan.Metric;
import io.github.evident.stats.plan.SynthesisMethod;
import io.github.evident.stats.plan.SynthesisPlan;
import io.github.evident.stats.plan.SynthesisPlanner;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import io.github.evident.stats.sensitivity.SensitivitySeries;
import io.github.evident.stats.sensitivity.SensitivityStep;
import io.github.evident.report.figure.ForestPlot;
import io.github.evident.report.figure.Transform;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The classic meta-analysis: the 13 BCG vaccine trials of metafor's {@code dat.bcg} (Colditz et
 * al. 1994) as a review ({@code examples/data/bcg-review.json}). The planner finds one
 * comparison of 13 randomised and controlled trials with 2×2 tables, chooses a meta-analysis of
 * log risk ratios and fits it as metafor's {@code rma(yi, vi)} does by default: random effects,
 * REML, z test. The result equals metafor's: estimate -0.7145 (95% CI -1.0669 to -0.3622),
 * τ² 0.3132, I² 92.22%, prediction interval -1.8667 to 0.4376.
 *
 * <p>It then asks how robust that result is, as a Cochrane review would: the Mantel-Haenszel
 * risk ratio from the 2×2 tables (RevMan's default, metafor's {@code rma.mh}: RR 0.64, 95% CI
 * 0.59 to 0.69), the regression test for funnel plot asymmetry ({@code regtest}: z = -0.80,
 * p = 0.42), trim and fill ({@code trimfill}: one study filled on the right) and a leave-one-out
 * analysis ({@code leave1out}: the pooled log risk ratio stays between -0.79 and -0.63), each
 * with metafor's numbers, and draws the RevMan-style forest plot, the funnel plot and the
 * leave-one-out plot.
 */
public final class BcgMetaAnalysis {

  /** The report's file name under the reports directory. */
  public static final String REPORT_FILE = "bcg-meta-analysis.html";

  /** The analysis metafor's {@code rma(yi, vi)} fits by default: random effects, REML, z. */
  public static final MetaAnalysis ANALYSIS = MetaAnalysis.randomEffects(Tau2Estimator.REML);

  /**
   * The pooled comparison's studies: their labels and log risk ratios with sampling variances,
   * in the order the plan lists them.
   *
   * @param labels the studies' labels, such as {@code Aronson (1948)}
   * @param yi the log risk ratios
   * @param vi their sampling variances
   */
  public record Studies(List<String> labels, double[] yi, double[] vi) {

    /** Copies the parts. */
    public Studies {
      labels = List.copyOf(labels);
      yi = yi.clone();
      vi = vi.clone();
    }

    @Override
    public double[] yi() {
      return yi.clone();
    }

    @Override
    public double[] vi() {
      return vi.clone();
    }
  }

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
    Studies studies = studies(review, plan);
    for (String text : List.of(mantelHaenszel(review).summary(),
        regressionTest(studies).summary(), trimAndFill(studies).summary(),
        leaveOneOut(studies).summary(studies.labels()))) {
      out.println();
      out.println(text);
    }
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
    return SynthesisPlanner.withDefaults().withMetaAnalysis(ANALYSIS);
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
    Studies studies = studies(review, plan);
    TrimAndFillResult tf = trimAndFill(studies);
    return EvidenceReport.of(review).withPlan(plan)
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "Forest plot of the 13 trials: risk "
            + "ratio of tuberculosis, vaccinated vs not vaccinated, with 95% CIs and "
            + "random-effects weights; the diamond is the pooled estimate (REML, z test) and the "
            + "dashed line its 95% prediction interval.", forestPlot(review, plan).svg())
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "The same trials pooled from their 2×2 "
            + "tables with Mantel-Haenszel weights, in RevMan's layout.",
            binaryForestPlot(review).svg())
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "Funnel plot: log risk ratios against "
            + "their standard errors around the trim-and-fill estimate; the open circle is the "
            + "study trim and fill adds.", funnelPlot(studies, tf).svg())
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "Leave-one-out analysis: the pooled "
            + "risk ratio with each trial omitted in turn.",
            leaveOneOutPlot(studies, leaveOneOut(studies)).svg())
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "Meta-regression on absolute "
            + "latitude: each trial's risk ratio sized by its weight, the fitted line and its 95% "
            + "confidence band.", latitudePlot(review, studies).svg())
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "The trials in subgroups by "
            + "allocation, each subgroup with its own τ², and the test for subgroup "
            + "differences.", allocationPlot(review, plan, studies).svg())
        .withAnalysis(robustness(review, plan, studies, tf))
        .withAnalysis(heterogeneity(review, studies));
  }

  /**
   * The bubble plot of the meta-regression on absolute latitude.
   *
   * @param review the BCG review
   * @param studies its pooled studies, in the review's order
   * @return the plot
   */
  public static BubblePlot latitudePlot(Review review, Studies studies) {
    return BubblePlot.of(studies.yi(), studies.vi(), latitudeRegression(review, studies),
        "ablat", review.numericCharacteristic("ablat")).withTransform(Transform.EXP)
        .withXLabel("Absolute latitude (degrees)").withYLabel("Risk ratio (log scale)");
  }

  /**
   * The forest plot of the trials in subgroups by allocation, with the overall estimate.
   *
   * @param review the BCG review
   * @param plan its plan
   * @param studies its pooled studies, in the review's order
   * @return the plot
   */
  public static SubgroupForestPlot allocationPlot(Review review, SynthesisPlan plan,
      Studies studies) {
    List<Map.Entry<String, EffectSize>> pooled = pooledEffects(review, plan);
    return SubgroupForestPlot.of(pooled.stream().map(Map.Entry::getKey).toList(),
        pooled.stream().map(Map.Entry::getValue).toList(),
        review.categoricalCharacteristic("alloc"), allocationSubgroups(review, studies))
        .overall(metaAnalysis(plan)).withTransform(Transform.EXP)
        .withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours no vaccine");
  }

  /**
   * The meta-regression on absolute latitude ({@code rma(yi, vi, mods = ~ ablat)}).
   *
   * @param review the BCG review, whose trials record {@code ablat}
   * @param studies its pooled studies, in the review's order
   * @return the regression
   */
  public static RegressionResult latitudeRegression(Review review, Studies studies) {
    return MetaRegression.like(ANALYSIS).fit(studies.yi(), studies.vi(),
        Moderators.of("ablat", review.numericCharacteristic("ablat")));
  }

  /**
   * The trials in subgroups by allocation, each with its own τ², and the test for subgroup
   * differences.
   *
   * @param review the BCG review, whose trials record {@code alloc}
   * @param studies its pooled studies, in the review's order
   * @return the subgroup analysis
   */
  public static SubgroupResult allocationSubgroups(Review review, Studies studies) {
    return SubgroupAnalysis.of(ANALYSIS).fit(studies.yi(), studies.vi(),
        review.categoricalCharacteristic("alloc"));
  }

  /** The pre-specified characteristics that may explain the heterogeneity, in words. */
  private static EvidenceReport.Analysis heterogeneity(Review review, Studies studies) {
    RegressionResult reg = latitudeRegression(review, studies);
    Coefficient ablat = reg.coefficient("ablat");
    SubgroupResult alloc = allocationSubgroups(review, studies);
    return new EvidenceReport.Analysis("What explains the heterogeneity", List.of(
        String.format(Locale.ROOT, "Meta-regression on absolute latitude (pre-specified): the "
            + "log risk ratio changes by %.4f per degree (95%% CI %.4f to %.4f, p = %.4f); "
            + "latitude accounts for %.2f%% of the heterogeneity (R²), residual τ² = %.4f.",
            ablat.estimate(), ablat.ci().lower(), ablat.ci().upper(), ablat.pValue(),
            reg.r2().orElseThrow(), reg.tau2()),
        String.format(Locale.ROOT, "Subgroups by allocation (pre-specified), each with its own "
            + "τ²: test for subgroup differences Q = %.4f on %d df, p = %.4f.",
            alloc.between().statistic(), alloc.between().df(), alloc.between().pValue()),
        "Both compare trials, not patients within trials: the associations are observational "
            + "(Cochrane Handbook 10.11), and with 13 trials only one or two characteristics "
            + "can be examined."), List.of());
  }

  /** The robustness analyses in words, as risk ratios. */
  private static EvidenceReport.Analysis robustness(Review review, SynthesisPlan plan,
      Studies studies, TrimAndFillResult tf) {
    PooledResult mh = mantelHaenszel(review);
    RegressionTest egger = regressionTest(studies);
    List<SensitivityStep> steps = leaveOneOut(studies).steps();
    Comparator<SensitivityStep> byEstimate =
        Comparator.comparingDouble(st -> st.fit().orElseThrow().estimate());
    SensitivityStep low = steps.stream().min(byEstimate).orElseThrow();
    SensitivityStep high = steps.stream().max(byEstimate).orElseThrow();
    return new EvidenceReport.Analysis("How robust the pooled result is", List.of(
        "Mantel-Haenszel risk ratio from the 2×2 tables (RevMan's default): "
            + riskRatio(mh.estimate(), mh.ci()) + ", against " + riskRatio(
                metaAnalysis(plan).estimate(), metaAnalysis(plan).ci())
            + " from the random-effects model.",
        String.format(Locale.ROOT, "Regression test for funnel plot asymmetry (random-effects "
            + "meta-regression on the standard error): z = %.4f, p = %.4f; as the standard "
            + "error goes to 0 the risk ratio is %s.", egger.statistic(), egger.pValue(),
            riskRatio(egger.limitEstimate().orElseThrow(), egger.limitCi().orElseThrow())),
        String.format(Locale.ROOT, "Trim and fill (L0) estimates %d missing %s on the %s; "
            + "with it the pooled risk ratio is %s.", tf.k0(), tf.k0() == 1 ? "study" : "studies",
            tf.side().label(), riskRatio(tf.result().estimate(), tf.result().ci())),
        String.format(Locale.ROOT, "Leaving out one trial at a time, the pooled risk ratio "
            + "ranges from %.4f (omitting %s) to %.4f (omitting %s).",
            Math.exp(low.fit().orElseThrow().estimate()), studies.labels().get(low.study()),
            Math.exp(high.fit().orElseThrow().estimate()), studies.labels().get(high.study())),
        "With 13 trials the tests for small-study effects can be run (the Handbook asks for at "
            + "least 10), but their power is low and funnel plot asymmetry has causes other than "
            + "publication bias (Cochrane Handbook 13.3.5)."), List.of());
  }

  /** A log risk ratio and its interval as a risk ratio: {@code RR 0.6353 [0.5881, 0.6862]}. */
  private static String riskRatio(double log, Interval ci) {
    return String.format(Locale.ROOT, "RR %.4f [%.4f, %.4f]", Math.exp(log),
        Math.exp(ci.lower()), Math.exp(ci.upper()));
  }

  /**
   * The 2×2 table of each trial, in the review's order.
   *
   * @param review the BCG review
   * @return the tables: events and non-events, vaccinated then not vaccinated
   */
  public static List<TwoByTwo> tables(Review review) {
    return review.studies().stream().map(st -> st.outcomes().get(0).results().stream()
        .filter(TwoByTwo.class::isInstance).map(TwoByTwo.class::cast).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("study '" + st.id()
            + "' reports no 2x2 table"))).toList();
  }

  /**
   * The trials pooled as RevMan pools dichotomous outcomes by default: the Mantel-Haenszel
   * risk ratio ({@code rma.mh(measure = "RR")}).
   *
   * @param review the BCG review
   * @return the pooled log risk ratio
   */
  public static PooledResult mantelHaenszel(Review review) {
    return MantelHaenszel.riskRatio().fit(tables(review));
  }

  /**
   * The pooled comparison's studies with their log risk ratios.
   *
   * @param review the BCG review
   * @param plan its plan
   * @return labels, estimates and variances
   * @throws IllegalArgumentException if the plan pools no comparison
   */
  public static Studies studies(Review review, SynthesisPlan plan) {
    List<Map.Entry<String, EffectSize>> pooled = pooledEffects(review, plan);
    double[] yi = new double[pooled.size()];
    double[] vi = new double[pooled.size()];
    for (int i = 0; i < yi.length; i++) {
      yi[i] = pooled.get(i).getValue().estimate();
      vi[i] = pooled.get(i).getValue().variance();
    }
    return new Studies(pooled.stream().map(Map.Entry::getKey).toList(), yi, vi);
  }

  /** The label and effect size of each study the plan pools, in the plan's order. */
  private static List<Map.Entry<String, EffectSize>> pooledEffects(Review review,
      SynthesisPlan plan) {
    metaAnalysis(plan);
    ComparisonGroup g = plan.groupsWith(SynthesisMethod.META_ANALYSIS).get(0);
    Metric metric = g.decision().metric().orElseThrow();
    return g.decision().contributingStudies().stream().map(id -> Map.entry(
        StudyLabel.of(review, id), g.study(id).effect(metric).orElseThrow())).toList();
  }

  /**
   * The regression test for funnel plot asymmetry on the standard error
   * ({@code regtest(rma(yi, vi))}).
   *
   * @param studies the studies
   * @return the test
   */
  public static RegressionTest regressionTest(Studies studies) {
    return SmallStudyEffects.regressionTest(ANALYSIS, studies.yi(), studies.vi(),
        Predictor.STANDARD_ERROR);
  }

  /**
   * Trim and fill with the L0 estimator, the side estimated ({@code trimfill(rma(yi, vi))}).
   *
   * @param studies the studies
   * @return the result
   */
  public static TrimAndFillResult trimAndFill(Studies studies) {
    return TrimAndFill.withDefaults().fit(ANALYSIS, studies.yi(), studies.vi());
  }

  /**
   * The pooled estimate with each trial left out in turn ({@code leave1out(rma(yi, vi))}).
   *
   * @param studies the studies
   * @return one step per omitted trial
   */
  public static SensitivitySeries leaveOneOut(Studies studies) {
    return LeaveOneOut.of(ANALYSIS).fit(studies.yi(), studies.vi());
  }

  /**
   * The RevMan-style forest plot of the Mantel-Haenszel risk ratio.
   *
   * @param review the BCG review
   * @return the plot
   */
  public static BinaryForestPlot binaryForestPlot(Review review) {
    List<String> labels = review.studies().stream().map(Study::label).toList();
    return BinaryForestPlot.of(labels, tables(review), mantelHaenszel(review))
        .withGroups("Vaccinated", "Not vaccinated")
        .withFavours("Favours vaccine", "Favours no vaccine");
  }

  /**
   * The funnel plot with the study trim and fill adds.
   *
   * @param studies the studies
   * @param trimAndFill their trim-and-fill result
   * @return the plot
   */
  public static FunnelPlot funnelPlot(Studies studies, TrimAndFillResult trimAndFill) {
    return FunnelPlot.ofTrimAndFill(studies.yi(), studies.vi(), trimAndFill)
        .withTransform(Transform.EXP).withXLabel("Risk ratio (log scale)");
  }

  /**
   * The leave-one-out forest plot.
   *
   * @param studies the studies
   * @param series their leave-one-out series
   * @return the plot
   */
  public static SensitivityPlot leaveOneOutPlot(Studies studies, SensitivitySeries series) {
    return SensitivityPlot.of(studies.labels(), series).withTransform(Transform.EXP)
        .withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours no vaccine");
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
    List<Map.Entry<String, EffectSize>> pooled = pooledEffects(review, plan);
    return ForestPlot.of(pooled.stream().map(Map.Entry::getKey).toList(),
        pooled.stream().map(Map.Entry::getValue).toList()).pooled(metaAnalysis(plan))
        .withTransform(Transform.EXP)
        .withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours no vaccine");
  }
}
