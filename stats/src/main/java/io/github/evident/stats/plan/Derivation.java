package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.model.ArmSummary;
import io.github.evident.core.model.CorrelationResult;
import io.github.evident.core.model.EffectEstimate;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.Proportion;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.TestStatistic;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.stats.effect.CorrelationSensitivity;
import io.github.evident.stats.effect.Direction;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizeConversions;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.effect.Measure;
import io.github.evident.stats.synthesis.EffectDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * What one study's result for one outcome allows (Cochrane Handbook ch. 6 and Table 12.2.a):
 * an effect size with a valid variance, else an estimate, an exact p value with a direction or
 * a direction only, with every assumption it takes and what is missing.
 */
final class Derivation {

  private final PlannerSettings settings;
  private final Study study;
  private final Outcome outcome;
  private final boolean twoGroup;

  // accumulated for one comparison
  private final List<EffectSize> effects = new ArrayList<>();
  private final List<String> assumptions = new ArrayList<>();
  private final List<Reason> reasons = new ArrayList<>();
  private OptionalDouble estimate = OptionalDouble.empty();
  private Optional<Metric> estimateMetric = Optional.empty();
  private Optional<PValue> p = Optional.empty();
  private Optional<Integer> sign = Optional.empty(); // treatment − control, after − before
  private OptionalInt n = OptionalInt.empty();

  /**
   * A within-group change as reported: means and SDs at both times, the mean difference and
   * the SD of the differences, the pre-post correlation, a paired t.
   */
  private record Change(OptionalDouble before, OptionalDouble after, OptionalDouble sdBefore,
      OptionalDouble sdAfter, OptionalDouble difference, OptionalDouble sdDifference,
      OptionalDouble r, OptionalDouble t) {

    static Change of(PairedChange pc) {
      return new Change(pc.meanBefore(), pc.meanAfter(), pc.sdBefore(), pc.sdAfter(),
          pc.difference(), pc.sdDifference(), pc.correlation(), pc.t());
    }

    static Change of(ArmSummary before, ArmSummary after) {
      OptionalDouble none = OptionalDouble.empty();
      return new Change(OptionalDouble.of(before.mean()), OptionalDouble.of(after.mean()),
          before.sd(), after.sd(), OptionalDouble.of(after.mean() - before.mean()), none, none,
          none);
    }

    static Change pairedT(double t) {
      OptionalDouble none = OptionalDouble.empty();
      return new Change(none, none, none, none, none, none, none, OptionalDouble.of(t));
    }

    boolean meansAndSds() {
      return before.isPresent() && after.isPresent() && sdBefore.isPresent()
          && sdAfter.isPresent();
    }
  }

  private Derivation(PlannerSettings settings, Study study, Outcome outcome, boolean twoGroup) {
    this.settings = settings;
    this.study = study;
    this.outcome = outcome;
    this.twoGroup = twoGroup;
  }

  /** What the study's selected comparison for the outcome allows (Handbook 9.3.4). */
  static StudyEvidence derive(PlannerSettings settings, Study study, Outcome outcome,
      boolean twoGroup) {
    List<ReportedComparison> comparisons = ReportedComparison.of(outcome);
    List<String> ratings = RiskOfBias.ratings(study, false);
    boolean high = RiskOfBias.high(settings, study, false);
    if (comparisons.isEmpty()) {
      return new StudyEvidence(study.id(), outcome.construct(), outcome.instrument(),
          OptionalInt.empty(), 0, DataLevel.NOTHING, List.of(), OptionalDouble.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of(),
          List.of(Wording.noComparison(study, outcome.construct())), high, ratings);
    }
    Derivation chosen = null;
    ReportedComparison selected = null;
    for (ReportedComparison c : comparisons) {
      Derivation d = new Derivation(settings, study, outcome, twoGroup);
      d.derive(c);
      if (chosen == null || settings.resultSelection() == ResultSelection.MOST_INFORMATIVE
          && d.level().ordinal() < chosen.level().ordinal()) {
        chosen = d;
        selected = c;
      }
      if (settings.resultSelection() == ResultSelection.FIRST_REPORTED) {
        break;
      }
    }
    if (comparisons.size() > 1) {
      chosen.reasons.add(Wording.comparisonSelected(study, outcome.construct(),
          comparisons.size(), selected.index(), selected.first().label(),
          settings.resultSelection()));
    }
    return new StudyEvidence(study.id(), outcome.construct(), outcome.instrument(),
        OptionalInt.of(selected.index()), comparisons.size(), chosen.level(), chosen.effects,
        chosen.estimate, chosen.estimateMetric, chosen.p, chosen.direction(), chosen.n,
        chosen.assumptions, chosen.reasons, high, ratings);
  }

  private DataLevel level() {
    if (!effects.isEmpty()) {
      return DataLevel.EFFECT_WITH_VARIANCE;
    }
    if (estimate.isPresent()) {
      return DataLevel.ESTIMATE_WITHOUT_VARIANCE;
    }
    Optional<EffectDirection> dir = direction();
    if (dir.isPresent() && exactP()) {
      return DataLevel.EXACT_P_WITH_DIRECTION;
    }
    return dir.isPresent() ? DataLevel.DIRECTION_ONLY : DataLevel.NOTHING;
  }

  /** The direction of effect relative to the outcome's better direction. */
  private Optional<EffectDirection> direction() {
    if (sign.isEmpty() || outcome.direction().isEmpty()) {
      return Optional.empty();
    }
    if (sign.get() == 0) {
      return Optional.of(EffectDirection.NO_CHANGE);
    }
    int s = sign.get() * outcome.direction().get().improvementSign();
    return Optional.of(s > 0 ? EffectDirection.IMPROVEMENT : EffectDirection.DETERIORATION);
  }

  private boolean exactP() {
    return p.isPresent() && p.get().exact();
  }

  private void signOf(double value) {
    sign = Optional.of((int) Math.signum(value));
  }

  // ------------------------------------------------------------------------------ per form

  private void derive(ReportedComparison c) {
    ReportedResult r = c.first();
    p = c.p();
    switch (r.form()) {
      case PAIRED_CHANGE -> pairedChange((PairedChange) r);
      case TWO_BY_TWO -> twoByTwo((TwoByTwo) r);
      case ARM_SUMMARY -> armPair((ArmSummary) r, (ArmSummary) c.second().orElseThrow());
      case PROPORTION -> proportionPair((Proportion) r, (Proportion) c.second().orElseThrow());
      case EFFECT_ESTIMATE -> effectEstimate((EffectEstimate) r);
      case CORRELATION -> correlation((CorrelationResult) r);
      case TEST_STATISTIC -> testStatistic((TestStatistic) r);
      default -> throw new IllegalStateException("no derivation for " + r.form());
    }
    boundedP();
  }

  private void pairedChange(PairedChange pc) {
    n = pc.n().isPresent() ? pc.n() : nAnalysed();
    change(Change.of(pc));
  }

  private OptionalInt nAnalysed() {
    OptionalInt na = study.population().nAnalysed();
    na.ifPresent(v -> assumptions.add(Wording.nAnalysed(v)));
    return na;
  }

  private void twoByTwo(TwoByTwo t) {
    n = count((long) t.a() + t.b() + t.c() + t.d());
    Measure measure = settings.binaryMeasure();
    EffectSize e;
    try {
      e = switch (measure) {
        case OR -> EffectSizes.logOddsRatio(t.a(), t.b(), t.c(), t.d());
        case RD -> EffectSizes.riskDifference(t.a(), t.b(), t.c(), t.d());
        case PETO -> EffectSizes.petoLogOddsRatio(t.a(), t.b(), t.c(), t.d());
        default -> EffectSizes.logRiskRatio(t.a(), t.b(), t.c(), t.d());
      };
    } catch (IllegalArgumentException ex) {
      missingVariance(Wording.noBinaryMeasure(measure, ex.getMessage()), false);
      return;
    }
    signOf(e.estimate());
    if (add(Metric.of(measure), () -> e)) {
      assumptions.add(Wording.fromTable(measure));
    } else {
      estimate(e.estimate(), Metric.of(measure));
    }
  }

  /** A number of participants, if it fits an {@code int}. */
  private static OptionalInt count(long total) {
    return total <= Integer.MAX_VALUE ? OptionalInt.of((int) total) : OptionalInt.empty();
  }

  private void armPair(ArmSummary a, ArmSummary b) {
    boolean independent = a.group().isPresent() && b.group().isPresent()
        && !a.group().equals(b.group());
    if (!independent) {
      boolean reversed = outcome.timePoints().indexOf(a.timePoint().orElse(""))
          > outcome.timePoints().indexOf(b.timePoint().orElse(""));
      ArmSummary before = reversed ? b : a;
      ArmSummary after = reversed ? a : b;
      n = smaller(before.n(), after.n());
      if (n.isEmpty()) {
        n = nAnalysed();
      }
      change(Change.of(before, after));
      return;
    }
    twoGroups(a, b);
  }

  private static OptionalInt smaller(OptionalInt a, OptionalInt b) {
    if (a.isPresent() && b.isPresent()) {
      return OptionalInt.of(Math.min(a.getAsInt(), b.getAsInt()));
    }
    return a.isPresent() ? a : b;
  }

  /** Two independent groups: MD and SMD (Hedges' g) from means, SDs and sizes. */
  private void twoGroups(ArmSummary a, ArmSummary b) {
    double md = a.mean() - b.mean();
    signOf(md);
    assumptions.add(Wording.groupOrder(a.group().get(), b.group().get()));
    if (a.sd().isPresent() && b.sd().isPresent() && a.n().isPresent() && b.n().isPresent()
        && a.n().getAsInt() >= 2 && b.n().getAsInt() >= 2) {
      n = count((long) a.n().getAsInt() + b.n().getAsInt());
      double m1 = a.mean();
      double s1 = a.sd().getAsDouble();
      int n1 = a.n().getAsInt();
      double m2 = b.mean();
      double s2 = b.sd().getAsDouble();
      int n2 = b.n().getAsInt();
      boolean raw = add(Metric.of(Measure.MD),
          () -> EffectSizes.meanDifference(m1, s1, n1, m2, s2, n2));
      if (add(Metric.of(Measure.SMD), () -> EffectSizes.smd(m1, s1, n1, m2, s2, n2)) || raw) {
        return;
      }
    }
    estimate(md, Metric.of(Measure.MD));
    missingVariance(Wording.meanDifferenceWithoutSds(outcome.construct(), md), exactP());
  }

  private void proportionPair(Proportion a, Proportion b) {
    boolean independent = a.group().isPresent() && b.group().isPresent()
        && !a.group().equals(b.group());
    if (independent && a.events().isPresent() && a.n().isPresent() && b.events().isPresent()
        && b.n().isPresent()) {
      int ea = a.events().getAsInt();
      int eb = b.events().getAsInt();
      twoByTwo(TwoByTwo.of(ea, a.n().getAsInt() - ea, eb, b.n().getAsInt() - eb));
      return;
    }
    boolean reversed = !independent && outcome.timePoints().indexOf(a.timePoint().orElse(""))
        > outcome.timePoints().indexOf(b.timePoint().orElse(""));
    Proportion first = reversed ? b : a;
    Proportion second = reversed ? a : b;
    double rd = independent ? first.proportion() - second.proportion()
        : second.proportion() - first.proportion();
    signOf(rd);
    estimate = OptionalDouble.of(rd);
    estimateMetric = Optional.of(Metric.of(Measure.RD));
    missingVariance(Wording.proportionsWithoutCounts(outcome.construct(), rd, independent),
        false);
  }

  private void correlation(CorrelationResult c) {
    n = c.n();
    signOf(c.r());
    if (c.n().isPresent() && c.n().getAsInt() >= 4 && add(Metric.of(Measure.ZCOR),
        () -> EffectSizes.fisherZ(c.r(), c.n().getAsInt()))) {
      assumptions.add(Wording.fisherZ());
      return;
    }
    estimate(c.r(), Metric.of(Measure.COR));
    missingVariance(Wording.correlationWithoutN(c.r()), false);
  }

  private void testStatistic(TestStatistic t) {
    if (t.kind() == TestStatistic.Kind.T || t.kind() == TestStatistic.Kind.Z) {
      signOf(t.value());
      assumptions.add(Wording.signOfStatistic(t.kind()));
      if (t.kind() == TestStatistic.Kind.T && !twoGroup && t.df().isPresent()) {
        double pairs = Math.rint(t.df().getAsDouble()) + 1;
        n = pairs <= Integer.MAX_VALUE ? OptionalInt.of((int) pairs) : OptionalInt.empty();
        if (n.isEmpty()) {
          unusable(Metric.of(Measure.SMCC), Wording.tooManyPairs(t.df().getAsDouble()));
        }
        change(Change.pairedT(t.value()));
        assumptions.add(Wording.pairsFromDf());
        return;
      }
    }
    missingVariance(Wording.statisticAlone(t.kind()), true);
  }

  // -------------------------------------------------------------------------- effect estimates

  private void effectEstimate(EffectEstimate e) {
    String m = e.measure().trim();
    String key = m.toUpperCase(Locale.ROOT);
    boolean ratio = key.matches("RR|OR|HR|IRR|RATE RATIO|RISK RATIO|ODDS RATIO|HAZARD RATIO");
    Measure measure = switch (key) {
      case "RR", "RISK RATIO" -> Measure.RR;
      case "OR", "ODDS RATIO" -> Measure.OR;
      case "RD", "RISK DIFFERENCE" -> Measure.RD;
      case "MD", "MEAN DIFFERENCE" -> Measure.MD;
      case "SMD", "G", "HEDGES' G" -> Measure.SMD;
      default -> Measure.GEN;
    };
    Metric metric = measure == Measure.GEN ? Metric.reported(key) : Metric.of(measure);
    if (ratio && !(e.estimate() > 0)) {
      unusable(metric, Wording.nonPositiveRatio(m, e.estimate()));
      return;
    }
    double y = ratio ? Math.log(e.estimate()) : e.estimate();
    signOf(y);
    String scale = ratio ? "log " + m : m;
    Optional<StandardError> se = standardError(e, ratio, scale, metric);
    if (se.isPresent() && add(metric, () -> effect(measure, m, y, se.get().squared()))) {
      assumptions.add(se.get().assumption());
      if (measure == Measure.GEN) {
        assumptions.add(Wording.generic(m, scale));
      }
      return;
    }
    estimate(y, metric);
    missingVariance(Wording.estimateWithoutSe(m, e.estimate()), exactP());
  }

  /** A standard error and where it comes from. */
  private record StandardError(double value, String assumption) {
    double squared() {
      return value * value;
    }
  }

  /**
   * The SE as reported, or from the CI (Handbook 6.3.2), on the log scale for ratios; an SE of
   * 0 or a CI without width is recorded as unusable.
   */
  private Optional<StandardError> standardError(EffectEstimate e, boolean ratio, String scale,
      Metric metric) {
    if (e.se().isPresent() && e.se().getAsDouble() > 0) {
      return Optional.of(new StandardError(e.se().getAsDouble(),
          Wording.varianceFromSe(e.measure().trim(), ratio)));
    }
    if (e.ci().isPresent() && ciUsable(e.ci().get(), ratio)) {
      Interval ci = e.ci().get();
      double z = Distributions.normalCritical(e.ciLevel());
      double lo = ratio ? Math.log(ci.lower()) : ci.lower();
      double hi = ratio ? Math.log(ci.upper()) : ci.upper();
      return Optional.of(new StandardError((hi - lo) / (2 * z),
          Wording.varianceFromCi(e.ciLevel(), scale, z)));
    }
    e.se().ifPresent(zero -> unusable(metric, Wording.zeroSe()));
    e.ci().ifPresent(ci -> unusable(metric, Wording.ciWithoutWidth(ci, ratio)));
    return Optional.empty();
  }

  private static EffectSize effect(Measure measure, String reported, double y, double v) {
    return measure == Measure.GEN
        ? new EffectSize(y, v, measure,
            List.of(Metric.REPORTED_NOTE + reported.toUpperCase(Locale.ROOT)))
        : EffectSize.of(measure, y, v);
  }

  private static boolean ciUsable(Interval ci, boolean ratio) {
    return ci.upper() > ci.lower() && (!ratio || ci.lower() > 0);
  }

  // -------------------------------------------------------------------- within-group changes

  /**
   * A within-group change, trying in turn (Handbook 6.5.2.8; Morris and DeShon 2002): the SD
   * of the differences, the SDs and a reported r, a paired t, an exact p, an imputed r.
   */
  private void change(Change c) {
    if (c.difference().isPresent()) {
      signOf(c.difference().getAsDouble());
    } else if (c.t().isPresent()) {
      signOf(c.t().getAsDouble());
      assumptions.add(Wording.signOfT());
    }
    int nn = n.orElse(0);
    boolean sds = c.meansAndSds() && nn >= 3;
    boolean derived = fromSdOfDifferences(c, nn) || sds && fromReportedCorrelation(c, nn)
        || fromPairedT(c, nn) || fromExactP(nn) || sds && fromImputedCorrelation(c, nn);
    if (!derived) {
      changeWithoutVariance(c, nn, sds);
    }
  }

  private boolean fromSdOfDifferences(Change c, int nn) {
    if (c.difference().isEmpty() || c.sdDifference().isEmpty() || nn < 3) {
      return false;
    }
    double md = c.difference().getAsDouble();
    double sdd = c.sdDifference().getAsDouble();
    boolean raw = add(Metric.of(Measure.MC), () -> EffectSizes.meanChange(md, 0, sdd, 0, nn, 0));
    if (add(Metric.of(Measure.SMCC), () -> EffectSizes.smcc(md, 0, sdd, 0, nn, 0)) || raw) {
      assumptions.add(Wording.fromSdOfDifferences());
      return true;
    }
    return false;
  }

  private boolean fromReportedCorrelation(Change c, int nn) {
    if (c.r().isEmpty() || !addChange(c, nn, c.r().getAsDouble())) {
      return false;
    }
    assumptions.add(Wording.fromReportedCorrelation(c.r().getAsDouble()));
    return true;
  }

  private boolean fromPairedT(Change c, int nn) {
    if (c.t().isEmpty() || nn < 2) {
      return false;
    }
    double tv = Math.abs(c.t().getAsDouble()) * sign.orElse(1);
    if (!add(Metric.of(Measure.SMCC), () -> EffectSizeConversions.dzFromPairedT(tv, nn))) {
      return false;
    }
    assumptions.add(Wording.fromPairedT());
    return true;
  }

  private boolean fromExactP(int nn) {
    if (!exactP() || sign.isEmpty() || sign.get() == 0 || nn < 2) {
      return false;
    }
    double pv = p.get().value();
    Direction d = sign.get() > 0 ? Direction.POSITIVE : Direction.NEGATIVE;
    if (!add(Metric.of(Measure.SMCC), () -> EffectSizeConversions.dzFromPairedP(pv, nn, d))) {
      return false;
    }
    assumptions.add(Wording.fromExactP());
    return true;
  }

  /** An imputed r, with a sensitivity analysis over the configured grid (Handbook 6.5.2.8). */
  private boolean fromImputedCorrelation(Change c, int nn) {
    if (settings.imputedCorrelation().isEmpty()) {
      return false;
    }
    double imputed = settings.imputedCorrelation().getAsDouble();
    if (!addChange(c, nn, imputed)) {
      return false;
    }
    assumptions.add(Wording.imputedCorrelation(imputed));
    double[] grid = settings.sensitivityCorrelations().stream()
        .mapToDouble(Double::doubleValue).toArray();
    if (grid.length == 0) {
      reasons.add(Wording.imputedWithoutGrid(study, imputed));
      return true;
    }
    double m1 = c.after().getAsDouble();
    double m2 = c.before().getAsDouble();
    double s1 = c.sdAfter().getAsDouble();
    double s2 = c.sdBefore().getAsDouble();
    try {
      CorrelationSensitivity cs = CorrelationSensitivity.over(grid,
          rr -> EffectSizes.smcc(m1, m2, s1, s2, nn, rr));
      reasons.add(Wording.imputedSensitivity(study, imputed,
          settings.sensitivityCorrelations(), cs));
    } catch (IllegalArgumentException noSmccOverTheGrid) {
      reasons.add(Wording.imputedWithoutGrid(study, imputed));
    }
    return true;
  }

  /** MC and SMCC from the means, SDs and r; whether either could be used. */
  private boolean addChange(Change c, int nn, double r) {
    double m1 = c.after().getAsDouble();
    double m2 = c.before().getAsDouble();
    double s1 = c.sdAfter().getAsDouble();
    double s2 = c.sdBefore().getAsDouble();
    boolean raw = add(Metric.of(Measure.MC),
        () -> EffectSizes.meanChange(m1, m2, s1, s2, nn, r));
    return add(Metric.of(Measure.SMCC), () -> EffectSizes.smcc(m1, m2, s1, s2, nn, r)) || raw;
  }

  /** No valid variance: the mean change as an estimate, and what would be needed. */
  private void changeWithoutVariance(Change c, int nn, boolean sds) {
    c.difference().ifPresent(d -> estimate(d, Metric.of(Measure.MC)));
    missingVariance(Wording.changeWithoutVariance(outcome.construct(), c.difference(), sds,
        exactP(), c.t().isPresent(), nn >= 2, sign.isPresent()),
        exactP() || c.t().isPresent());
  }

  // ------------------------------------------------------------------------------ p values

  /**
   * Records that no valid variance is derived, and whether an exact p or t would give one;
   * when a reported value was unusable, that reason already says why.
   */
  private void missingVariance(String what, boolean derivable) {
    if (reasons.stream().noneMatch(r -> r.code() == ReasonCode.UNUSABLE_VALUE)) {
      reasons.add(Wording.missingVariance(study, what, derivable));
    }
  }

  // --------------------------------------------------------------------- unusable values

  /**
   * Adds the effect size if it can be computed and weighted; otherwise records why the study
   * cannot contribute it (Checks of the effect-size functions, or a weight out of range).
   */
  private boolean add(Metric metric, Supplier<EffectSize> compute) {
    EffectSize e;
    try {
      e = compute.get();
    } catch (IllegalArgumentException cannotBeComputed) {
      unusable(metric, cannotBeComputed.getMessage());
      return false;
    }
    Optional<String> why = unweighable(e);
    why.ifPresentOrElse(w -> reasons.add(Wording.unusable(study, outcome.construct(), metric,
        w, Reason.map("estimate", e.estimate(), "variance", e.variance()))),
        () -> effects.add(e));
    return why.isEmpty();
  }

  /**
   * Why an effect size cannot be weighted: its weight 1/v, or its share y²/v of the Q
   * statistic, is not a finite number.
   */
  private static Optional<String> unweighable(EffectSize e) {
    double y = e.estimate();
    double v = e.variance();
    if (!Double.isFinite(1 / v)) {
      return Optional.of(Wording.varianceTooSmall(v));
    }
    if (!Double.isFinite(y * y / v)) {
      return Optional.of(Wording.estimateTooLarge(y, v));
    }
    return Optional.empty();
  }

  private void unusable(Metric metric, String why) {
    reasons.add(Wording.unusable(study, outcome.construct(), metric, why, Reason.map()));
  }

  /** A point estimate without a valid variance, if it is a finite number. */
  private void estimate(double value, Metric metric) {
    if (Double.isFinite(value)) {
      estimate = OptionalDouble.of(value);
      estimateMetric = Optional.of(metric);
    }
  }

  /** Bounded p values are not exact: say so, and what they imply for d_z when n is known. */
  private void boundedP() {
    if (p.isEmpty() || p.get().exact()) {
      return;
    }
    PValue bound = p.get();
    boolean upper = bound.relation() == PValue.Relation.LESS_THAN
        || bound.relation() == PValue.Relation.AT_MOST || bound.value() == 0;
    if (upper && effects.isEmpty() && n.isPresent() && n.getAsInt() >= 2 && !twoGroup
        && sign.isPresent() && sign.get() != 0 && bound.value() > 0) {
      int nn = n.getAsInt();
      double tb = Math.abs(EffectSizeConversions.tFromTwoSidedP(bound.value(), nn - 1.0,
          Direction.POSITIVE));
      if (Double.isFinite(tb)) {
        reasons.add(Wording.boundImpliesDz(study, outcome.construct(), bound, nn, tb,
            tb / Math.sqrt(nn), sign.get() < 0));
        return;
      }
    }
    reasons.add(Wording.boundOnly(study, outcome.construct(), bound, upper, sign.isPresent()));
  }
}
