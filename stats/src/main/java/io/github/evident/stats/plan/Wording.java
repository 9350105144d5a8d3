package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.TestStatistic;
import io.github.evident.stats.effect.CorrelationSensitivity;
import io.github.evident.stats.effect.Measure;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.EffectEstimateSummary;
import io.github.evident.stats.synthesis.PValueMethod;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Every sentence a reader of a plan sees, rendered from the planner's data: the reasons of a
 * group's decision, the review-level reasons and the presentation of each method. Numbers go
 * through {@link Format}; codes and enum constants are shown by their labels; studies are named
 * by {@link Study#label()}, while a reason's {@code studies} keep their ids.
 */
final class Wording {

  private Wording() {}

  // ------------------------------------------------------------------------- words and numbers

  /** An estimate with four decimals; beyond 1e9 in magnitude, four significant digits. */
  static String num(double v) {
    return Math.abs(v) >= 1e9 ? value(v) : Format.estimate(v);
  }

  /** A percentage on the 0-100 scale (I²). */
  static String percent(double v) {
    return Format.percent(v, Format.TEXT_PERCENT_DECIMALS);
  }

  /** A correlation or a level set by the user, with two decimals. */
  static String setting(double v) {
    return Format.number(v, 2);
  }

  static String join(Collection<?> items) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (Object o : items) {
      if (i > 0) {
        sb.append(i == items.size() - 1 ? " and " : ", ");
      }
      sb.append(o);
      i++;
    }
    return sb.toString();
  }

  /** The verb form agreeing with a count: {@code verb(1, "gives", "give")}. */
  static String verb(long n, String singular, String plural) {
    return n == 1 ? singular : plural;
  }

  static String plural(long n, String word) {
    if (n == 1) {
      return n + " " + word;
    }
    return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies"
        : word + "s");
  }

  // ------------------------------------------------------------------------- one study

  static Reason noComparison(Study study, String construct) {
    return new Reason(ReasonCode.NO_USABLE_DATA, study.label() + " reports no comparison "
        + "for '" + construct + "'", Reason.map(), List.of(study.id()), false);
  }

  static Reason comparisonSelected(Study study, String construct, int comparisons, int index,
      Optional<String> label, ResultSelection rule) {
    return new Reason(ReasonCode.RESULT_SELECTED, study.label() + " reports " + comparisons
        + " comparisons for '" + construct + "'; results[" + index + "]"
        + label.map(l -> " ('" + l + "')").orElse("") + " is used (" + rule.label() + ")",
        Reason.map("comparisons", comparisons, "selected", index), List.of(study.id()), false);
  }

  static String nAnalysed(int n) {
    return "n = " + n + " taken from the study's number analysed";
  }

  static String fromTable(Measure measure) {
    return measure.label() + " from the 2×2 table: a, b = events, non-events with the "
        + "intervention; c, d = with the comparator";
  }

  static String noBinaryMeasure(Measure measure, String cause) {
    return ": the 2×2 table gives no " + measure.label() + ": " + cause;
  }

  static String groupOrder(String intervention, String comparator) {
    return "group '" + intervention + "' is the intervention, '" + comparator
        + "' the comparator (reported order)";
  }

  static String meanDifferenceWithoutSds(String construct, double md) {
    return ", '" + construct + "': mean difference " + num(md) + " without the SDs and sizes "
        + "of both groups";
  }

  static String proportionsWithoutCounts(String construct, double rd, boolean independent) {
    return ", '" + construct + "': difference in proportions " + num(rd) + (independent
        ? " without the events and sizes of both groups"
        : " over time in one sample; a valid variance needs the paired (discordant) counts");
  }

  static String fisherZ() {
    return "Fisher's z of r with variance 1/(n − 3)";
  }

  static String correlationWithoutN(double r) {
    return ": r = " + num(r) + " without n (at least 4)";
  }

  static String signOfStatistic(TestStatistic.Kind kind) {
    return "a positive " + kind.label() + " statistic means higher values with the intervention "
        + "(or after)";
  }

  static String pairsFromDf() {
    return "n = df + 1 pairs from the paired t test";
  }

  static String statisticAlone(TestStatistic.Kind kind) {
    return ": a " + kind.label() + " statistic alone gives no effect size here (group sizes or "
        + "pairing unknown)";
  }

  static String varianceFromSe(String measure, boolean ratio) {
    return "variance = SE² of the reported " + measure
        + (ratio ? " (the SE is taken to be on the log scale)" : "");
  }

  static String varianceFromCi(double level, String scale, double z) {
    return "variance from the " + Format.level(level) + "% CI on the " + scale + " scale: "
        + "SE = (upper − lower)/(2·" + num(z) + ")";
  }

  static String generic(String measure, String scale) {
    return "measure '" + measure + "' pooled as a generic estimate on the " + scale + " scale";
  }

  static String estimateWithoutSe(String measure, double estimate) {
    return ": " + measure + " " + num(estimate) + " without SE or CI";
  }

  static String signOfT() {
    return "the sign of t gives the direction of the change (after − before)";
  }

  static String fromSdOfDifferences() {
    return "mean change and SMCC from the reported mean difference, SD of the differences and n";
  }

  static String fromReportedCorrelation(double r) {
    return "mean change and SMCC from the means, SDs and the reported pre-post correlation r = "
        + num(r);
  }

  static String fromPairedT() {
    return "d_z = t/√n from the reported paired t (Morris and DeShon 2002)";
  }

  static String fromExactP() {
    return "d_z = t/√n with t recovered from the exact two-sided p of a paired t test with "
        + "n − 1 df (assumes the p value is from that test)";
  }

  static String imputedCorrelation(double r) {
    return "pre-post correlation not reported: r = " + setting(r) + " imputed (an explicit "
        + "assumption)";
  }

  static Reason imputedWithoutGrid(Study study, double r) {
    return new Reason(ReasonCode.IMPUTED_VALUE, study.label() + ": the effect rests on an "
        + "imputed r = " + setting(r) + ": report a sensitivity analysis over plausible r",
        Reason.map("imputedR", r), List.of(study.id()), false);
  }

  static Reason imputedSensitivity(Study study, double r, List<Double> grid,
      CorrelationSensitivity cs) {
    return new Reason(ReasonCode.IMPUTED_VALUE, study.label() + ": the SMCC rests on an "
        + "imputed r = " + setting(r) + "; over r in " + join(grid.stream()
            .map(Wording::setting).toList()) + " it ranges from " + num(cs.minEstimate())
        + " to " + num(cs.maxEstimate()) + (cs.conclusionRobust()
            ? " (the direction does not change)" : " (the conclusion depends on r)")
        + ": report a sensitivity analysis", Reason.map("imputedR", r, "minEstimate",
            cs.minEstimate(), "maxEstimate", cs.maxEstimate()), List.of(study.id()), false);
  }

  /** What a within-group change without a valid variance would need (Handbook 6.5.2.8). */
  static String changeWithoutVariance(String construct, OptionalDouble difference,
      boolean sds, boolean exactP, boolean t, boolean pairsKnown, boolean directionKnown) {
    List<String> either = new ArrayList<>();
    either.add(sds ? "the pre-post correlation r (not reported; configure an imputed r as an "
        + "explicit assumption)" : "the SD of the differences (or the SDs at both times and "
        + "the pre-post correlation r)");
    if (!exactP && !t) {
      either.add("an exact p value or t statistic (then d_z = t/√n)");
    }
    String needed = (either.size() > 1 ? "either " + String.join(", or ", either)
        : either.get(0)) + (pairsKnown ? "" : ", and the number of pairs n"
            + (exactP ? " (with n, the exact p gives d_z)" : ""))
        + (directionKnown ? "" : ", and the direction of the change");
    return ", '" + construct + "': no effect size with a valid variance"
        + (difference.isPresent() ? " (mean change " + num(difference.getAsDouble())
            + " has no SD)" : "") + "; it would need " + needed;
  }

  /**
   * A study's result without an effect size with a valid variance: {@code what} says which
   * and what it would need; {@code derivable} whether an exact p or t could give one.
   */
  static Reason missingVariance(Study study, String what, boolean derivable) {
    return new Reason(ReasonCode.MISSING_VARIANCE, study.label() + what,
        Reason.map(StudyEvidence.DERIVABLE, derivable ? 1 : 0), List.of(study.id()), false);
  }

  // ----------------------------------------------------------------- unusable values

  /** A reported value in a message: four significant digits, {@code 1e300} as such. */
  static String value(double v) {
    return Format.significant(v, 4);
  }

  /**
   * A study's reported value from which no usable {@code metric} follows, and why; the study
   * does not contribute that metric to a pooled estimate. {@code numbers} holds the estimate
   * and variance when they were computed.
   */
  static Reason unusable(Study study, String construct, Metric metric, String why,
      Map<String, Double> numbers) {
    return new Reason(ReasonCode.UNUSABLE_VALUE, study.label() + ", '" + construct + "': no "
        + "usable " + metric.label() + " can be computed from the reported values: " + why
        + "; the study does not contribute it to a pooled estimate", numbers,
        List.of(study.id()), false);
  }

  static String varianceTooSmall(double v) {
    return "the sampling variance " + value(v) + " is too small for its weight 1/v to be a "
        + "finite number";
  }

  static String estimateTooLarge(double y, double v) {
    return "the estimate " + value(y) + " is too large for its sampling variance " + value(v)
        + " (its share y²/v of the Q statistic is not a finite number)";
  }

  static String nonPositiveRatio(String measure, double estimate) {
    return "the reported " + measure + ", " + value(estimate) + ", has no logarithm (a ratio "
        + "must be positive)";
  }

  static String zeroSe() {
    return "an SE of 0 gives no valid variance";
  }

  static String ciWithoutWidth(Interval ci, boolean ratio) {
    return "the CI [" + value(ci.lower()) + ", " + value(ci.upper()) + "] gives no SE ("
        + (ratio && !(ci.lower() > 0) ? "a ratio's CI must lie above 0" : "its bounds are "
            + "equal") + ")";
  }

  static String tooManyPairs(double df) {
    return "a t statistic with " + value(df) + " df gives more pairs than can be counted";
  }

  static Reason boundImpliesDz(Study study, String construct, PValue bound, int n, double t,
      double dz, boolean negative) {
    return new Reason(ReasonCode.BOUNDED_P_VALUE, isBound(study, construct, bound)
        + "; with n = " + n + " it implies |t| > " + num(t) + " and |d_z| > " + num(dz)
        + ". An effect size needs an assumption: treating " + bound + " as "
        + Format.p(bound.value()) + " gives a conservative d_z of " + (negative ? "-" : "")
        + num(dz), Reason.map("p", bound.value(), "n", n, "tBound", t, "dzBound", dz),
        List.of(study.id()), false);
  }

  static Reason boundOnly(Study study, String construct, PValue bound, boolean upper,
      boolean directionKnown) {
    return new Reason(ReasonCode.BOUNDED_P_VALUE, isBound(study, construct, bound) + (upper
        ? "; it cannot be combined as an exact p"
        : "; it says only that the result was not statistically significant"
            + (directionKnown ? "" : " and gives no direction")),
        Reason.map("p", bound.value()), List.of(study.id()), false);
  }

  private static String isBound(Study study, String construct, PValue bound) {
    return study.label() + ", '" + construct + "': " + bound + " is a bound, not an exact "
        + "p value";
  }

  // ------------------------------------------------------------------------- one group

  static Reason tooFewStudies(int k, int min, List<String> ids) {
    return new Reason(ReasonCode.TOO_FEW_STUDIES, plural(k, "study") + " in this comparison; "
        + "any synthesis needs at least " + min + " (Cochrane Handbook 10.2: meta-analysis is "
        + "possible from 2 studies)", Reason.map("studies", k, "minimum", min), ids, true);
  }

  static Reason differentInstruments(List<String> instruments, List<String> ids) {
    return new Reason(ReasonCode.DIFFERENT_INSTRUMENTS, "the outcome is measured with "
        + instruments.size() + " instruments (" + String.join("; ", instruments) + "): only a "
        + "standardised metric can combine them", Reason.map("instruments",
            instruments.size()), ids, false);
  }

  static Reason otherMetric(List<String> ids, Optional<Metric> metric) {
    return new Reason(ReasonCode.INCOMPATIBLE_MEASURES, plural(ids.size(), "study") + " "
        + verb(ids.size(), "gives", "give") + " effect sizes that cannot be converted to "
        + metric.map(Metric::label).orElse("one common metric"),
        Reason.map("studies", ids.size()), ids, false);
  }

  static Reason noVariance(List<String> ids, int k, int derivable, boolean blocking) {
    return new Reason(ReasonCode.MISSING_VARIANCE, ids.size() + " of " + plural(k, "study")
        + " " + verb(ids.size(), "gives", "give") + " no effect size with a valid variance; "
        + (derivable == 0 ? "none reports an exact p or t from which it could be derived"
            : derivable + " " + verb(derivable, "reports", "report") + " an exact p or t from "
                + "which it could be derived with the missing n or pairing"),
        Reason.map("studies", ids.size(), StudyEvidence.DERIVABLE, derivable), ids, blocking);
  }

  /** The studies with a reported value that gives no usable effect size, and why. */
  static Reason unusableValues(List<StudyEvidence> studies) {
    List<String> ids = studies.stream().map(StudyEvidence::studyId).toList();
    List<String> why = studies.stream().flatMap(e -> e.reasons().stream())
        .filter(r -> r.code() == ReasonCode.UNUSABLE_VALUE).map(Reason::message).toList();
    return new Reason(ReasonCode.UNUSABLE_VALUE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "reports", "report") + " values from which an effect size cannot "
        + "be used: " + String.join("; ", why), Reason.map("studies", ids.size()), ids, false);
  }

  static Reason boundedP(List<String> ids) {
    return new Reason(ReasonCode.BOUNDED_P_VALUE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "reports", "report") + " only a bounded p value (such as "
        + "p < 0.001), which is not exact", Reason.map("studies", ids.size()), ids, false);
  }

  static Reason imputed(List<String> ids, double r) {
    return new Reason(ReasonCode.IMPUTED_VALUE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "rests", "rest") + " on an imputed pre-post correlation r = "
        + setting(r) + ": a sensitivity analysis is needed", Reason.map("studies", ids.size()),
        ids, false);
  }

  static Reason highRisk(List<StudyEvidence> high, int k, boolean blocks, boolean blocking,
      StudyLabels labels) {
    List<String> ids = high.stream().map(StudyEvidence::studyId).toList();
    return new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of " + plural(k, "study")
        + " " + verb(high.size(), "is", "are") + " at high risk of bias by their overall "
        + "appraisal: " + String.join("; ", high.stream().map(e -> labels.of(e.studyId())
            + ", " + String.join(", ", e.appraisals())).toList())
        + (blocks ? "; they are kept out of a pooled estimate" : "; a caveat for the certainty "
            + "of the evidence (configure risk of bias to block pooling)"),
        Reason.map("highRisk", high.size(), "studies", k), ids, blocking);
  }

  static Reason unappraised(List<String> ids) {
    return new Reason(ReasonCode.RISK_OF_BIAS_UNKNOWN, "no risk-of-bias appraisal is recorded "
        + "for " + plural(ids.size(), "study"), Reason.map("studies", ids.size()), ids, false);
  }

  static Reason oppositeCis(List<String> above, List<String> below, boolean blocks,
      StudyLabels labels) {
    List<String> both = new ArrayList<>(above);
    both.addAll(below);
    return new Reason(ReasonCode.OPPOSITE_DIRECTIONS, "the 95% CIs of "
        + plural(above.size(), "study") + " (" + join(labels.of(above)) + ") lie above and of "
        + plural(below.size(), "study") + " (" + join(labels.of(below)) + ") below no effect: "
        + "an average "
        + "may mislead unless the difference is explained"
        + (blocks ? "" : " (a caveat; configure it to block pooling)"),
        Reason.map("above", above.size(), "below", below.size()), both, blocks);
  }

  static Reason oppositeDirections(List<String> up, List<String> down, StudyLabels labels) {
    List<String> both = new ArrayList<>(up);
    both.addAll(down);
    return new Reason(ReasonCode.OPPOSITE_DIRECTIONS, "effects point in opposite directions: "
        + "improvement in " + join(labels.of(up)) + ", deterioration in "
        + join(labels.of(down)),
        Reason.map("improvement", up.size(), "deterioration", down.size()), both, false);
  }

  static Reason noUsableData(int k, List<String> ids) {
    return new Reason(ReasonCode.NO_USABLE_DATA, "no study reports an estimate, an exact p "
        + "value or a direction for this comparison", Reason.map("studies", k), ids, true);
  }

  static Reason fitFailed(String analysis, List<String> ids, String cause) {
    return new Reason(ReasonCode.FIT_FAILED, "the configured meta-analysis (" + analysis
        + ") cannot be fitted to " + plural(ids.size(), "study") + ": " + cause,
        Reason.map("studies", ids.size()), ids, true);
  }

  static String nonFiniteFit(String number) {
    return "the fit gives a number that is not finite (" + number + "); a plan reports none";
  }

  static Reason poolable(List<String> ids, Metric metric, String analysis) {
    return new Reason(ReasonCode.POOLABLE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "gives", "give") + " " + metric.label() + " with valid variances: "
        + analysis + "; the model is chosen in "
        + "advance, not from a test for heterogeneity", Reason.map("studies", ids.size()), ids,
        false);
  }

  static Reason omitted(List<String> omitted, int k, StudyLabels labels) {
    return new Reason(ReasonCode.STUDIES_OMITTED, plural(omitted.size(), "study") + " of " + k
        + " " + verb(omitted.size(), "does", "do") + " not contribute to the pooled estimate ("
        + join(labels.of(omitted)) + "): describe them alongside it", Reason.map("omitted",
            omitted.size(), "studies", k), omitted, false);
  }

  static Reason noPredictionInterval(int k, int minimum) {
    return Reason.note(ReasonCode.PREDICTION_INTERVAL_OMITTED, "no prediction interval with "
        + plural(k, "study") + " (Cochrane Handbook: only with at least " + minimum + ")",
        "studies", k, "minimum", minimum);
  }

  /**
   * The test for small-study effects offered, with the Handbook's caveats (13.3.5): low power,
   * and causes of asymmetry other than publication bias.
   */
  static Reason smallStudyEffects(int k, int minimum) {
    return Reason.note(ReasonCode.SMALL_STUDY_EFFECTS, "with " + plural(k, "study") + " (at "
        + "least " + minimum + "), draw a funnel plot and test for small-study effects (funnel "
        + "plot asymmetry), for example by a regression test; the test has low power, so a "
        + "non-significant result does not rule small-study effects out, and asymmetry is not "
        + "only publication bias: true heterogeneity, poorer methods in the smaller studies, "
        + "the effect measure and chance produce it too (Cochrane Handbook 13.3.5)",
        "studies", k, "minimum", minimum);
  }

  /** No test for small-study effects below the Handbook's minimum (13.3.5.4). */
  static Reason noSmallStudyTest(int k, int minimum) {
    return Reason.note(ReasonCode.SMALL_STUDY_TEST_OMITTED, "no funnel plot test for "
        + "small-study effects with " + plural(k, "study") + ": with fewer than " + minimum
        + " the tests have too little power to tell chance from real asymmetry (Cochrane "
        + "Handbook 13.3.5.4)", "studies", k, "minimum", minimum);
  }

  static String funnelPlot() {
    return "funnel plot (estimates against their standard errors) with the test for "
        + "small-study effects";
  }

  static Reason summarised(Metric metric, List<String> ids, EffectEstimateSummary sum) {
    return new Reason(ReasonCode.ALTERNATIVE_METHOD, plural(ids.size(), "study") + " "
        + verb(ids.size(), "gives", "give") + " " + metric.label() + " estimates: summarise "
        + "them by median " + num(sum.median()) + ", IQR " + num(sum.lowerQuartile()) + " to "
        + num(sum.upperQuartile()) + ", range " + num(sum.minimum()) + " to "
        + num(sum.maximum()) + " (answers: how spread are the observed effects)",
        Reason.map("studies", ids.size(), "median", sum.median()), ids, false);
  }

  static Reason unweightedStouffer() {
    return Reason.note(ReasonCode.ALTERNATIVE_METHOD, "sample sizes are missing: unweighted "
        + "Stouffer instead of the weighted method");
  }

  static Reason notSummarised(Metric metric, List<String> ids, String cause) {
    return new Reason(ReasonCode.UNUSABLE_VALUE, "the " + metric.label() + " estimates of "
        + plural(ids.size(), "study") + " cannot be summarised: " + cause,
        Reason.map("studies", ids.size()), ids, false);
  }

  static Reason notCombined(List<String> ids, PValueMethod method, String cause) {
    return new Reason(ReasonCode.UNUSABLE_VALUE, "the exact p values of "
        + plural(ids.size(), "study") + " cannot be combined by " + method.label()
        + "'s method: " + cause, Reason.map("studies", ids.size()), ids, false);
  }

  static String nonFiniteCombination(CombinedPValue c) {
    return "the combined statistic is " + value(c.statistic()) + " and its p value "
        + value(c.pValue()) + " (a one-sided p too close to 0 or 1)";
  }

  static Reason combined(List<String> ids, CombinedPValue c) {
    return new Reason(ReasonCode.ALTERNATIVE_METHOD, plural(ids.size(), "study") + " give "
        + "exact p values with a direction: " + c.method().label() + "'s combination of "
        + "one-sided p values (hypothesis: improvement) gives " + Format.p(c.pValue())
        + " (answers: is there evidence of an effect in at least one study)",
        Reason.map("studies", ids.size(), "p", c.pValue()), ids, false);
  }

  static Reason counted(List<String> ids, VoteCount v) {
    return new Reason(ReasonCode.ALTERNATIVE_METHOD, v.favourable() + " of " + v.n()
        + " studies with a direction show improvement: sign test " + Format.p(v.signTestP())
        + " (answers: is there any evidence of an effect)", Reason.map("favourable",
            v.favourable(), "n", v.n(), "p", v.signTestP()), ids, false);
  }

  static Reason qualitative(List<String> ids, String category, int themes, boolean any) {
    return new Reason(ReasonCode.QUALITATIVE_EVIDENCE, plural(ids.size(), "study")
        + " with qualitative evidence on '" + category + "' (" + plural(themes, "theme") + "): "
        + (any ? "thematic synthesis, not pooling" : "no themes or findings recorded"),
        Reason.map("studies", ids.size(), "themes", themes), ids, false);
  }

  static Reason lowQualityThemes(List<String> high, int k) {
    return new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of " + plural(k, "study")
        + " " + verb(high.size(), "has", "have") + " a low-quality overall appraisal: weigh "
        + "their themes accordingly", Reason.map("highRisk", high.size(), "studies", k), high,
        false);
  }

  static Reason resultSelected(Study study, int outcomes, String construct,
      Optional<String> instrument) {
    return new Reason(ReasonCode.RESULT_SELECTED, study.label() + " reports " + outcomes
        + " outcomes with the construct '" + construct + "'; the first is used"
        + instrument.map(i -> " (" + i + ")").orElse(""), Reason.map("outcomes", outcomes),
        List.of(study.id()), false);
  }

  /** Heterogeneity in the Handbook's words (10.10.2): I², Q, τ² and the prediction interval. */
  static String heterogeneity(MetaResult r, PlannerSettings s, Optional<Interval> pi,
      boolean blocking) {
    if (r.k() < 2) {
      return "heterogeneity cannot be assessed with a single study"
          + pi.map(x -> predictionInterval(r, x)).orElse("");
    }
    String level = Format.level(r.level());
    List<String> bands = Heterogeneity.bands(r.i2());
    boolean evidence = r.qPValue() < s.heterogeneityAlpha();
    String alpha = setting(s.heterogeneityAlpha());
    return "I² = " + percent(r.i2()) + r.i2Ci().map(ci -> " (" + level + "% CI "
            + percent(ci.lower()) + " to " + percent(ci.upper()) + ")").orElse("")
        + ": the estimate falls in the Handbook band" + (bands.size() > 1 ? "s " : " ")
        + String.join(" and ", bands)
        + r.i2Ci().map(ci -> " and the interval " + Heterogeneity.span(ci)).orElse("")
        + " (the bands overlap on purpose: 0-40% might not be important, 30-60% moderate, "
        + "50-90% substantial, 75-100% considerable)"
        + "; Q = " + num(r.q()) + " on " + r.qDf() + " df, " + Format.p(r.qPValue())
        + (evidence ? " (evidence of heterogeneity at the " + alpha + " level the Handbook "
            + "suggests for this low-power test)" : " (no evidence of heterogeneity at the "
            + alpha + " level; the test has low power with few studies)")
        + "; τ² = " + num(r.tau2()) + r.tau2Ci().map(ci -> " (" + level + "% CI "
            + num(ci.lower()) + " to " + num(ci.upper()) + ")").orElse("")
        + pi.map(x -> predictionInterval(r, x)).orElse("")
        + (blocking ? "; the lower limit of I² reaches the configured "
            + Format.percent(s.heterogeneityBlockingI2().getAsDouble(), 0)
            + ": pooling is not advised" : "");
  }

  private static String predictionInterval(MetaResult r, Interval pi) {
    return "; the " + Format.level(r.level()) + "% prediction interval " + num(pi.lower())
        + " to " + num(pi.upper()) + (pi.contains(0) ? " includes no effect (0): in some "
            + "settings the intervention may have no effect or an opposite one"
            : " excludes no effect (0)");
  }

  // ------------------------------------------------------------------------- review level

  static List<Reason> split(String construct, List<String> sids, Set<String> cats,
      Set<String> classes, Set<String> instruments, Set<String> metrics, StudyLabels labels) {
    String what = "'" + construct + "' is measured in " + plural(sids.size(), "study") + " ("
        + join(labels.of(sids)) + ") but they are not one comparison: ";
    List<Reason> rs = new ArrayList<>();
    if (cats.size() > 1) {
      rs.add(new Reason(ReasonCode.DIFFERENT_INTERVENTIONS, what + "different intervention "
          + "categories (" + join(cats) + ")", Reason.map("categories", cats.size()), sids,
          true));
    }
    if (classes.size() > 1) {
      rs.add(new Reason(ReasonCode.DIFFERENT_DESIGNS, what + "different designs ("
          + join(classes) + ")", Reason.map("designClasses", classes.size()), sids, true));
    }
    if (instruments.size() > 1) {
      rs.add(new Reason(ReasonCode.DIFFERENT_INSTRUMENTS, what + "different instruments ("
          + String.join("; ", instruments) + "), which would need a standardised metric",
          Reason.map("instruments", instruments.size()), sids, false));
    }
    if (metrics.size() > 1) {
      rs.add(new Reason(ReasonCode.INCOMPATIBLE_MEASURES, what + "different effect metrics ("
          + join(metrics) + ")", Reason.map("metrics", metrics.size()), sids, false));
    }
    return rs;
  }

  static Reason pooled(String group, Decision d) {
    return new Reason(ReasonCode.POOLABLE, "'" + group + "': "
        + plural(d.contributingStudies().size(), "study") + " pooled ("
        + d.metric().map(Metric::label).orElse("") + ")", Reason.map("studies",
            d.contributingStudies().size()), d.contributingStudies(), false);
  }

  static Reason differentConstructs(Map<String, Set<String>> constructsByStudy, int constructs,
      List<String> shared, boolean blocking, StudyLabels labels) {
    List<String> ids = new ArrayList<>(constructsByStudy.keySet());
    List<String> per = new ArrayList<>();
    constructsByStudy.forEach((id, cs) -> per.add(labels.of(id) + ": " + String.join(", ", cs)));
    return new Reason(ReasonCode.DIFFERENT_CONSTRUCTS, "the "
        + plural(ids.size(), "quantitative study") + " measure " + constructs
        + " different outcome constructs (" + String.join("; ", per) + "); "
        + (shared.isEmpty() ? "no construct is" : plural(shared.size(), "construct") + " ("
            + join(shared) + ") " + verb(shared.size(), "is", "are"))
        + " measured by more than one study", Reason.map("quantitativeStudies", ids.size(),
            "constructs", constructs, "sharedConstructs", shared.size()), ids, blocking);
  }

  static Reason differentInterventions(Map<String, String> categoryByStudy, int categories,
      int allCategories, boolean blocking, StudyLabels labels) {
    List<String> per = new ArrayList<>();
    categoryByStudy.forEach((id, c) -> per.add(labels.of(id) + ": " + c));
    return new Reason(ReasonCode.DIFFERENT_INTERVENTIONS, "the quantitative studies evaluate "
        + categories + " different intervention categories (" + String.join("; ", per)
        + "); the review covers " + allCategories + " categories in all",
        Reason.map("quantitativeCategories", categories, "categories", allCategories),
        new ArrayList<>(categoryByStudy.keySet()), blocking);
  }

  static Reason differentDesigns(Map<String, Set<String>> classStudies,
      Map<DesignType, Integer> types, boolean controlled, int qualitative, boolean blocking) {
    List<String> per = new ArrayList<>();
    classStudies.forEach((c, ids) -> per.add(c + " evidence: " + ids.size()));
    List<String> typeCounts = new ArrayList<>();
    types.forEach((t, n) -> typeCounts.add(n + " " + t.label()));
    return new Reason(ReasonCode.DIFFERENT_DESIGNS, "the studies' designs differ ("
        + String.join("; ", per) + " studies; design types: " + String.join(", ", typeCounts)
        + ")" + (controlled ? "" : "; no quantitative study has a randomised or comparison "
            + "group"), Reason.map("designClasses", classStudies.size(), "designTypes",
            types.size(), "qualitativeStudies", qualitative), List.of(), blocking);
  }

  static Reason smallComparisons(int few, int groups, int largest, int minimum,
      boolean blocking) {
    return new Reason(ReasonCode.TOO_FEW_STUDIES, few + " of "
        + plural(groups, "quantitative comparison") + " " + verb(few, "holds", "hold")
        + " fewer than " + minimum + " studies (the largest holds " + largest + ")",
        Reason.map("groups", groups, "groupsBelowMinimum", few, "largestGroup", largest,
            "minimum", minimum), List.of(), blocking);
  }

  static Reason resultsWithoutVariance(List<String> ids, int without, int results,
      long derivable) {
    return new Reason(ReasonCode.MISSING_VARIANCE, without + " of " + results + " study "
        + "results " + verb(without, "gives", "give") + " no effect size with a valid variance ("
        + derivable + " with an exact p or t that would allow one given n)",
        Reason.map("results", results, "withoutVariance", without, StudyEvidence.DERIVABLE,
            derivable), ids, false);
  }

  static Reason boundedResults(List<String> ids, int results) {
    return new Reason(ReasonCode.BOUNDED_P_VALUE, results + " study "
        + verb(results, "result reports", "results report") + " only a bounded p value (for "
        + "example p < 0.001), which is not exact and cannot be combined",
        Reason.map("results", results), ids, false);
  }

  static Reason highRiskInReview(List<String> high, long highQuantitative, int quantitative,
      long appraised, int studies, StudyLabels labels) {
    return new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of "
        + plural(studies, "study") + " (" + highQuantitative + " of " + quantitative
        + " quantitative) " + verb(high.size(), "is", "are") + " rated at high risk of bias or "
        + "low quality (" + join(labels.of(high)) + ")", Reason.map("highRisk", high.size(),
            "highRiskQuantitative", highQuantitative, "quantitativeStudies", quantitative,
            "appraised", appraised, "studies", studies), high, false);
  }

  static Reason unappraisedInReview(long unappraised, int studies) {
    return Reason.note(ReasonCode.RISK_OF_BIAS_UNKNOWN, "no risk-of-bias appraisal is recorded "
        + "for " + unappraised + " of " + plural(studies, "study"), "unappraised", unappraised,
        "studies", studies);
  }

  static Reason qualitativeInReview(List<String> ids, List<String> categories) {
    return new Reason(ReasonCode.QUALITATIVE_EVIDENCE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "contributes", "contribute") + " qualitative evidence: thematic "
        + "synthesis by intervention type in " + plural(categories.size(), "group") + " ("
        + join(categories) + ")", Reason.map("qualitativeStudies", ids.size(), "groups",
            categories.size()), ids, false);
  }

  static Reason nothingToSynthesise(int studies) {
    return Reason.note(ReasonCode.NO_USABLE_DATA, "the review has no outcomes or qualitative "
        + "evidence to synthesise", "studies", studies);
  }

  // ------------------------------------------------------------------------- presentation

  static List<String> presentation(SynthesisMethod method, boolean predictionInterval) {
    return switch (method) {
      case META_ANALYSIS -> List.of("forest plot with the pooled estimate"
          + (predictionInterval ? " and prediction interval" : ""),
          "table of study characteristics, risk of bias and effect sizes");
      case SUMMARY_OF_ESTIMATES -> List.of("box plot or forest plot without a pooled estimate, "
          + "ordered by a study characteristic", "table of study characteristics and estimates");
      case COMBINED_P_VALUES -> List.of("effect direction plot", "albatross plot (p value "
          + "against sample size)", "table of study characteristics and results");
      case VOTE_COUNTING_BY_DIRECTION -> List.of("effect direction plot",
          "table of study characteristics and directions");
      case NARRATIVE -> List.of("effect direction plot", "structured table of study "
          + "characteristics and results");
      case THEMATIC -> List.of("table of themes by study with appraisal ratings");
      case NONE -> List.of("table of study characteristics");
    };
  }

  /**
   * One study's evidence in a line: the study's label, the level of data, effects or estimate,
   * p, direction.
   */
  static String evidence(StudyEvidence e, String label) {
    StringBuilder sb = new StringBuilder(label).append(": ")
        .append(e.level().description());
    if (!e.effects().isEmpty()) {
      e.effects().forEach(x -> sb.append("; ").append(x.measure().label()).append(' ')
          .append(num(x.estimate())).append(" (SE ").append(num(x.standardError()))
          .append(')'));
    } else if (e.estimate().isPresent()) {
      sb.append("; ").append(e.estimateMetric().map(Metric::label).orElse("estimate"))
          .append(' ').append(num(e.estimate().getAsDouble()));
    }
    e.p().ifPresent(p -> sb.append("; ").append(p));
    e.direction().ifPresent(x -> sb.append("; ").append(x.label()));
    return sb.toString();
  }

  /** What the chosen method gives, in one line. */
  static Optional<String> result(Decision d) {
    if (d instanceof Decision.MetaAnalysis m) {
      MetaResult r = m.result();
      return Optional.of("pooled " + m.pooledMetric().label() + " " + num(r.estimate()) + " "
          + Format.interval(r.ci()) + ", " + Format.p(r.pValue()) + ", τ² " + num(r.tau2())
          + ", I² " + percent(r.i2()));
    } else if (d instanceof Decision.SummaryOfEstimates x) {
      return Optional.of(x.estimateSummary().toString());
    } else if (d instanceof Decision.CombinedPValues x) {
      return Optional.of(x.combinedP().toString());
    } else if (d instanceof Decision.VoteCounting x) {
      return Optional.of(x.voteCount().toString());
    }
    return Optional.empty();
  }

  /** A decision in one line: its method, metric, contributing studies and reason labels. */
  static String decision(Decision d) {
    return "Decision[" + d.method().description() + d.metric().map(m -> ", metric " + m.label())
        .orElse("") + ", " + d.contributingStudies().size() + " contributing, reasons "
        + labels(d.reasons()) + "]";
  }

  static List<String> labels(List<Reason> reasons) {
    return reasons.stream().map(r -> r.code().label()).distinct().toList();
  }

}
