package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.ArmSummary;
import io.github.evident.core.model.CorrelationResult;
import io.github.evident.core.model.Direction;
import io.github.evident.core.model.EffectEstimate;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.Proportion;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import io.github.evident.core.model.TestStatistic;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.stats.effect.CorrelationSensitivity;
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
import org.apache.commons.math3.distribution.NormalDistribution;

/** Derives what one study's result for one outcome allows. */
final class Derivation {

  private final PlannerSettings settings;
  private final Study study;
  private final Outcome outcome;
  private final boolean twoGroup;

  // accumulated for the selected comparison
  private final List<EffectSize> effects = new ArrayList<>();
  private final List<String> assumptions = new ArrayList<>();
  private final List<Reason> reasons = new ArrayList<>();
  private OptionalDouble estimate = OptionalDouble.empty();
  private Metric estimateMetric;
  private PValue p;
  private Integer sign; // sign of the raw effect (treatment - control, after - before)
  private OptionalInt n = OptionalInt.empty();

  private Derivation(PlannerSettings settings, Study study, Outcome outcome, boolean twoGroup) {
    this.settings = settings;
    this.study = study;
    this.outcome = outcome;
    this.twoGroup = twoGroup;
  }

  /** A comparison within an outcome's results: one result or a pair of arm summaries. */
  private record Unit(int index, ReportedResult first, ReportedResult second) {}

  static StudyEvidence derive(PlannerSettings settings, Study study, Outcome outcome,
      boolean twoGroup) {
    List<Unit> units = units(outcome);
    List<String> appraisals = appraisals(study, false);
    boolean high = highRisk(settings, study, false);
    if (units.isEmpty()) {
      List<Reason> rs = List.of(new Reason(ReasonCode.NO_USABLE_DATA, "study '" + study.id()
          + "' reports no comparison for '" + outcome.construct() + "'", Reason.map(),
          List.of(study.id()), false));
      return new StudyEvidence(study.id(), outcome.construct(), outcome.instrument(), null,
          0, DataLevel.NOTHING, null, null, null, null, null, null, null, rs, high, appraisals);
    }
    Derivation chosen = null;
    int chosenIndex = -1;
    for (int i = 0; i < units.size(); i++) {
      Derivation d = new Derivation(settings, study, outcome, twoGroup);
      d.derive(units.get(i));
      if (chosen == null || settings.resultSelection() == ResultSelection.MOST_INFORMATIVE
          && d.level().ordinal() < chosen.level().ordinal()) {
        chosen = d;
        chosenIndex = i;
      }
      if (settings.resultSelection() == ResultSelection.FIRST_REPORTED) {
        break;
      }
    }
    Unit u = units.get(chosenIndex);
    if (units.size() > 1) {
      String label = u.first().label().map(l -> " ('" + l + "')").orElse("");
      chosen.reasons.add(new Reason(ReasonCode.RESULT_SELECTED, "study '" + study.id()
          + "' reports " + units.size() + " comparisons for '" + outcome.construct()
          + "'; results[" + u.index() + "]" + label + " is used ("
          + Wording.words(settings.resultSelection())
          + ")", Reason.map("comparisons", units.size(), "selected", u.index()),
          List.of(study.id()), false));
    }
    return chosen.result(u, units.size(), high, appraisals);
  }

  /**
   * The appraisals that apply to one strand of evidence: those without a scope, and those whose
   * scope does not name the other strand (a mixed-methods study may be appraised per strand).
   */
  static List<StudyAppraisal> applicable(Study study, boolean qualitative) {
    String other = qualitative ? "quantitative" : "qualitative";
    return study.appraisals().stream().filter(a -> a.scope().map(sc -> !sc.toLowerCase(
        Locale.ROOT).contains(other)).orElse(true)).toList();
  }

  static List<String> appraisals(Study study, boolean qualitative) {
    return applicable(study, qualitative).stream().map(a -> a.tool() + a.scope()
        .map(sc -> " (" + sc + ")").orElse("") + ": " + a.overallRating()).toList();
  }

  static boolean highRisk(PlannerSettings settings, Study study, boolean qualitative) {
    return applicable(study, qualitative).stream()
        .anyMatch(a -> highRisk(settings, a.overallRating()));
  }

  static boolean highRisk(PlannerSettings settings, String rating) {
    String r = rating.trim();
    return settings.highRiskLabels().stream().anyMatch(l -> l.trim().equalsIgnoreCase(r));
  }

  private StudyEvidence result(Unit u, int comparisons, boolean high, List<String> appraisals) {
    return new StudyEvidence(study.id(), outcome.construct(), outcome.instrument(),
        OptionalInt.of(u.index()), comparisons, level(), effects, estimate,
        Optional.ofNullable(estimateMetric), Optional.ofNullable(p), direction(), n,
        assumptions, reasons, high, appraisals);
  }

  private DataLevel level() {
    if (!effects.isEmpty()) {
      return DataLevel.EFFECT_WITH_VARIANCE;
    }
    if (estimate.isPresent()) {
      return DataLevel.ESTIMATE_WITHOUT_VARIANCE;
    }
    Optional<EffectDirection> dir = direction();
    if (dir.isPresent() && p != null && p.exact()) {
      return DataLevel.EXACT_P_WITH_DIRECTION;
    }
    return dir.isPresent() ? DataLevel.DIRECTION_ONLY : DataLevel.NOTHING;
  }

  private Optional<EffectDirection> direction() {
    if (sign == null || outcome.direction().isEmpty()) {
      return Optional.empty();
    }
    if (sign == 0) {
      return Optional.of(EffectDirection.NO_CHANGE);
    }
    int s = sign * outcome.direction().get().improvementSign();
    return Optional.of(s > 0 ? EffectDirection.IMPROVEMENT : EffectDirection.DETERIORATION);
  }

  /** The comparisons of an outcome: single results, and arm summaries or proportions in pairs. */
  private static List<Unit> units(Outcome outcome) {
    List<ReportedResult> rs = outcome.results();
    boolean[] used = new boolean[rs.size()];
    List<Unit> out = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      ReportedResult r = rs.get(i);
      if (used[i]) {
        continue;
      }
      if (r.form() == ReportedResult.Form.ARM_SUMMARY
          || r.form() == ReportedResult.Form.PROPORTION) {
        for (int j = i + 1; j < rs.size(); j++) {
          if (!used[j] && rs.get(j).form() == r.form() && pairs(r, rs.get(j))) {
            used[i] = true;
            used[j] = true;
            out.add(new Unit(i, r, rs.get(j)));
            break;
          }
        }
      } else {
        out.add(new Unit(i, r, null));
      }
    }
    out.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return out;
  }

  private static boolean pairs(ReportedResult a, ReportedResult b) {
    Optional<String> ga = group(a);
    Optional<String> gb = group(b);
    Optional<String> ta = time(a);
    Optional<String> tb = time(b);
    boolean sameLabel = a.label().equals(b.label());
    if (ga.isPresent() && gb.isPresent() && !ga.equals(gb)) {
      return ta.equals(tb); // two groups at the same time point
    }
    return ga.equals(gb) && sameLabel && ta.isPresent() && tb.isPresent() && !ta.equals(tb);
  }

  private static Optional<String> group(ReportedResult r) {
    return r.form() == ReportedResult.Form.ARM_SUMMARY ? ((ArmSummary) r).group()
        : ((Proportion) r).group();
  }

  private static Optional<String> time(ReportedResult r) {
    return r.form() == ReportedResult.Form.ARM_SUMMARY ? ((ArmSummary) r).timePoint()
        : ((Proportion) r).timePoint();
  }

  // ------------------------------------------------------------------------------ derivations

  private void derive(Unit u) {
    ReportedResult r = u.first();
    p = u.second() != null ? u.second().p().or(r::p).orElse(null) : r.p().orElse(null);
    switch (r.form()) {
      case PAIRED_CHANGE -> pairedChange((PairedChange) r);
      case TWO_BY_TWO -> twoByTwo((TwoByTwo) r);
      case ARM_SUMMARY -> armPair((ArmSummary) r, (ArmSummary) u.second());
      case PROPORTION -> proportionPair((Proportion) r, (Proportion) u.second());
      case EFFECT_ESTIMATE -> effectEstimate((EffectEstimate) r);
      case CORRELATION -> correlation((CorrelationResult) r);
      case TEST_STATISTIC -> testStatistic((TestStatistic) r);
      default -> throw new IllegalStateException("unknown result form " + r.form());
    }
    boundedP();
  }

  private void pairedChange(PairedChange pc) {
    OptionalInt rn = pc.n();
    n = rn.isPresent() ? rn : nAnalysed();
    prePost(pc.meanBefore(), pc.meanAfter(), pc.sdBefore(), pc.sdAfter(), pc.difference(),
        pc.sdDifference(), pc.correlation(), pc.t());
  }

  private OptionalInt nAnalysed() {
    OptionalInt na = study.population().nAnalysed();
    if (na.isPresent()) {
      assumptions.add("n = " + na.getAsInt() + " taken from the study's number analysed");
    }
    return na;
  }

  private void prePost(OptionalDouble before, OptionalDouble after, OptionalDouble sdBefore,
      OptionalDouble sdAfter, OptionalDouble diff, OptionalDouble sdDiff, OptionalDouble r,
      OptionalDouble t) {
    if (diff.isPresent()) {
      sign = (int) Math.signum(diff.getAsDouble());
    } else if (t.isPresent()) {
      sign = (int) Math.signum(t.getAsDouble());
      assumptions.add("the sign of t gives the direction of the change (after − before)");
    }
    int nn = n.orElse(0);
    if (diff.isPresent() && sdDiff.isPresent() && sdDiff.getAsDouble() > 0 && nn >= 3) {
      double md = diff.getAsDouble();
      double sdd = sdDiff.getAsDouble();
      effects.add(EffectSizes.meanChange(md, 0, sdd, 0, nn, 0));
      effects.add(EffectSizes.smcc(md, 0, sdd, 0, nn, 0));
      assumptions.add("mean change and SMCC from the reported mean difference, SD of the "
          + "differences and n");
      return;
    }
    boolean sds = before.isPresent() && after.isPresent() && sdBefore.isPresent()
        && sdAfter.isPresent() && nn >= 3;
    if (sds && r.isPresent()) {
      addPrePost(after.getAsDouble(), before.getAsDouble(), sdAfter.getAsDouble(),
          sdBefore.getAsDouble(), nn, r.getAsDouble());
      assumptions.add("mean change and SMCC from the means, SDs and the reported pre-post "
          + "correlation r = " + Wording.num(r.getAsDouble()));
      return;
    }
    if (t.isPresent() && nn >= 2) {
      double tv = Math.abs(t.getAsDouble()) * (sign == null ? 1 : sign);
      effects.add(EffectSizeConversions.dzFromPairedT(tv, nn));
      assumptions.add("d_z = t/√n from the reported paired t (Morris and DeShon 2002)");
      return;
    }
    if (p != null && p.exact() && sign != null && sign != 0 && nn >= 2 && p.value() > 0) {
      effects.add(EffectSizeConversions.dzFromPairedP(p.value(), nn, sign > 0
          ? io.github.evident.stats.effect.Direction.POSITIVE
          : io.github.evident.stats.effect.Direction.NEGATIVE));
      assumptions.add("d_z = t/√n with t recovered from the exact two-sided p of a paired t "
          + "test with n − 1 df (assumes the p value is from that test)");
      return;
    }
    if (sds) {
      double imputed = settings.imputedCorrelation().orElse(Double.NaN);
      if (!Double.isNaN(imputed)) {
        double m1 = after.getAsDouble();
        double m2 = before.getAsDouble();
        double s1 = sdAfter.getAsDouble();
        double s2 = sdBefore.getAsDouble();
        addPrePost(m1, m2, s1, s2, nn, imputed);
        assumptions.add("pre-post correlation not reported: r = " + Wording.setting(imputed)
            + " imputed (an explicit assumption)");
        double[] grid = settings.sensitivityCorrelations().stream()
            .mapToDouble(Double::doubleValue).toArray();
        if (grid.length > 0) {
          CorrelationSensitivity cs = CorrelationSensitivity.over(grid,
              rr -> EffectSizes.smcc(m1, m2, s1, s2, nn, rr));
          reasons.add(new Reason(ReasonCode.IMPUTED_VALUE, "study '" + study.id()
              + "': the SMCC rests on an imputed r = " + Wording.setting(imputed)
              + "; over r in " + settings.sensitivityCorrelations().stream().map(Wording::setting)
              .toList() + " it ranges from "
              + Wording.num(cs.minEstimate()) + " to " + Wording.num(cs.maxEstimate())
              + (cs.conclusionRobust() ? " (the direction does not change)"
                  : " (the conclusion depends on r)") + ": report a sensitivity analysis",
              Reason.map("imputedR", imputed, "minEstimate", cs.minEstimate(),
                  "maxEstimate", cs.maxEstimate()), List.of(study.id()), false));
        } else {
          reasons.add(new Reason(ReasonCode.IMPUTED_VALUE, "study '" + study.id()
              + "': the effect rests on an imputed r = " + Wording.setting(imputed)
              + ": report a sensitivity analysis over plausible r",
              Reason.map("imputedR", imputed), List.of(study.id()), false));
        }
        return;
      }
    }
    // no valid variance
    if (diff.isPresent()) {
      estimate = diff;
      estimateMetric = Metric.of(Measure.MC);
    }
    List<String> either = new ArrayList<>();
    if (sds) {
      either.add("the pre-post correlation r (not reported; configure an imputed r as an "
          + "explicit assumption)");
    } else {
      either.add("the SD of the differences (or the SDs at both times and the pre-post "
          + "correlation r)");
    }
    boolean exactP = p != null && p.exact();
    if (!exactP && t.isEmpty()) {
      either.add("an exact p value or t statistic (then d_z = t/√n)");
    }
    StringBuilder needed = new StringBuilder(either.size() > 1
        ? "either " + String.join(", or ", either) : either.get(0));
    if (nn < 2) {
      needed.append(", and the number of pairs n")
          .append(exactP ? " (with n, the exact p gives d_z)" : "");
    }
    if (sign == null) {
      needed.append(", and the direction of the change");
    }
    missingVariance(", '" + outcome.construct() + "': no effect size with a valid variance"
        + (diff.isPresent() ? " (mean change " + Wording.num(diff.getAsDouble()) + " has no SD)"
            : "") + "; it would need " + needed, exactP || t.isPresent());
  }

  private void addPrePost(double m1, double m2, double sd1, double sd2, int nn, double r) {
    effects.add(EffectSizes.meanChange(m1, m2, sd1, sd2, nn, r));
    effects.add(EffectSizes.smcc(m1, m2, sd1, sd2, nn, r));
  }

  private void twoByTwo(TwoByTwo t) {
    n = OptionalInt.of(t.a() + t.b() + t.c() + t.d());
    EffectSize e;
    try {
      e = switch (settings.binaryMeasure()) {
        case OR -> EffectSizes.logOddsRatio(t.a(), t.b(), t.c(), t.d());
        case RD -> EffectSizes.riskDifference(t.a(), t.b(), t.c(), t.d());
        case PETO -> EffectSizes.petoLogOddsRatio(t.a(), t.b(), t.c(), t.d());
        default -> EffectSizes.logRiskRatio(t.a(), t.b(), t.c(), t.d());
      };
    } catch (IllegalArgumentException ex) {
      missingVariance(": the 2×2 table gives no " + settings.binaryMeasure().label() + ": "
          + ex.getMessage(), false);
      return;
    }
    effects.add(e);
    sign = (int) Math.signum(e.estimate());
    assumptions.add(settings.binaryMeasure().label() + " from the 2×2 table: a, b = events, non-events "
        + "with the intervention; c, d = with the comparator");
  }

  private void armPair(ArmSummary a, ArmSummary b) {
    boolean independent = a.group().isPresent() && b.group().isPresent()
        && !a.group().equals(b.group());
    if (!independent) {
      ArmSummary before = a;
      ArmSummary after = b;
      if (outcome.timePoints().indexOf(a.timePoint().orElse(""))
          > outcome.timePoints().indexOf(b.timePoint().orElse(""))) {
        before = b;
        after = a;
      }
      OptionalInt na = before.n();
      OptionalInt nb = after.n();
      if (na.isPresent() && nb.isPresent()) {
        n = OptionalInt.of(Math.min(na.getAsInt(), nb.getAsInt()));
      } else {
        n = na.isPresent() ? na : nb;
      }
      if (n.isEmpty()) {
        n = nAnalysed();
      }
      prePost(OptionalDouble.of(before.mean()), OptionalDouble.of(after.mean()), before.sd(),
          after.sd(), OptionalDouble.of(after.mean() - before.mean()), OptionalDouble.empty(),
          OptionalDouble.empty(), OptionalDouble.empty());
      return;
    }
    double md = a.mean() - b.mean();
    sign = (int) Math.signum(md);
    assumptions.add("group '" + a.group().get() + "' is the intervention, '" + b.group().get()
        + "' the comparator (reported order)");
    if (a.sd().isPresent() && b.sd().isPresent() && a.n().isPresent() && b.n().isPresent()
        && a.n().getAsInt() >= 2 && b.n().getAsInt() >= 2) {
      n = OptionalInt.of(a.n().getAsInt() + b.n().getAsInt());
      effects.add(EffectSizes.meanDifference(a.mean(), a.sd().getAsDouble(), a.n().getAsInt(),
          b.mean(), b.sd().getAsDouble(), b.n().getAsInt()));
      effects.add(EffectSizes.smd(a.mean(), a.sd().getAsDouble(), a.n().getAsInt(),
          b.mean(), b.sd().getAsDouble(), b.n().getAsInt()));
      return;
    }
    estimate = OptionalDouble.of(md);
    estimateMetric = Metric.of(Measure.MD);
    missingVariance(", '" + outcome.construct() + "': mean difference " + Wording.num(md)
        + " without the SDs and sizes of both groups", p != null && p.exact());
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
    Proportion first = a;
    Proportion second = b;
    if (!independent && outcome.timePoints().indexOf(a.timePoint().orElse(""))
        > outcome.timePoints().indexOf(b.timePoint().orElse(""))) {
      first = b;
      second = a;
    }
    double rd = second.proportion() - first.proportion();
    if (independent) {
      rd = -rd;
    }
    sign = (int) Math.signum(rd);
    estimate = OptionalDouble.of(rd);
    estimateMetric = Metric.of(Measure.RD);
    missingVariance(", '" + outcome.construct() + "': difference in proportions "
        + Wording.num(rd) + (independent ? " without the events and sizes of both groups"
            : " over time in one sample; a valid variance needs the paired (discordant) counts"),
        false);
  }

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
    if (ratio && e.estimate() <= 0) {
      throw new IllegalArgumentException("study '" + study.id() + "': effectEstimate.estimate "
          + "of the ratio measure " + m + " must be positive, was " + e.estimate());
    }
    double y = ratio ? Math.log(e.estimate()) : e.estimate();
    sign = (int) Math.signum(y);
    String scale = ratio ? "log " + m : m;
    if (e.se().isPresent() && e.se().getAsDouble() > 0) {
      double se = e.se().getAsDouble();
      effects.add(effect(measure, m, y, se * se));
      assumptions.add("variance = SE² of the reported " + m
          + (ratio ? " (the SE is taken to be on the log scale)" : ""));
    } else if (e.ci().isPresent() && ciUsable(e.ci().get(), ratio)) {
      Interval ci = e.ci().get();
      double z = new NormalDistribution().inverseCumulativeProbability(0.5 + e.ciLevel() / 2);
      double lo = ratio ? Math.log(ci.lower()) : ci.lower();
      double hi = ratio ? Math.log(ci.upper()) : ci.upper();
      double se = (hi - lo) / (2 * z);
      effects.add(effect(measure, m, y, se * se));
      assumptions.add("variance from the " + Wording.num(100 * e.ciLevel()) + "% CI on the "
          + scale + " scale: SE = (upper − lower)/(2·" + Wording.num(z) + ")");
    } else {
      estimate = OptionalDouble.of(y);
      estimateMetric = measure == Measure.GEN ? Metric.reported(key) : Metric.of(measure);
      missingVariance(": " + m + " " + Wording.num(e.estimate()) + " without SE or CI",
          p != null && p.exact());
    }
    if (measure == Measure.GEN && !effects.isEmpty()) {
      estimateMetric = null;
      assumptions.add("measure '" + m + "' pooled as a generic estimate on the " + scale
          + " scale");
    }
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

  private void correlation(CorrelationResult c) {
    n = c.n();
    sign = (int) Math.signum(c.r());
    if (c.n().isPresent() && c.n().getAsInt() >= 4) {
      effects.add(EffectSizes.fisherZ(c.r(), c.n().getAsInt()));
      assumptions.add("Fisher's z of r with variance 1/(n − 3)");
    } else {
      estimate = OptionalDouble.of(c.r());
      estimateMetric = Metric.of(Measure.COR);
      missingVariance(": r = " + Wording.num(c.r()) + " without n (at least 4)", false);
    }
  }

  private void testStatistic(TestStatistic t) {
    if (t.kind() == TestStatistic.Kind.T || t.kind() == TestStatistic.Kind.Z) {
      sign = (int) Math.signum(t.value());
      assumptions.add("a positive " + Wording.words(t.kind()) + " statistic means higher values with the "
          + "intervention (or after)");
      if (t.kind() == TestStatistic.Kind.T && !twoGroup && t.df().isPresent()) {
        n = OptionalInt.of((int) Math.round(t.df().getAsDouble()) + 1);
        prePost(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.of(t.value()));
        assumptions.add("n = df + 1 pairs from the paired t test");
        return;
      }
    }
    missingVariance(": a " + Wording.words(t.kind()) + " statistic alone gives no effect size "
        + "here (group "
        + "sizes or pairing unknown)", true);
  }

  /**
   * Records that no valid variance can be derived ({@code what} follows the study id), and whether an exact p or t would give one
   * with the missing n or pairing.
   */
  private void missingVariance(String what, boolean derivable) {
    reasons.add(new Reason(ReasonCode.MISSING_VARIANCE, "study '" + study.id() + "'" + what,
        Reason.map(StudyEvidence.DERIVABLE, derivable ? 1 : 0), List.of(study.id()), false));
  }

  /** Bounded p values are not exact: say so, and what they imply for d_z when n is known. */
  private void boundedP() {
    if (p == null || p.exact()) {
      return;
    }
    String what = "study '" + study.id() + "', '" + outcome.construct() + "': " + p
        + " is a bound, not an exact p value";
    boolean upper = p.relation() == PValue.Relation.LESS_THAN
        || p.relation() == PValue.Relation.AT_MOST;
    if (upper && effects.isEmpty() && n.isPresent() && n.getAsInt() >= 2 && !twoGroup
        && sign != null && sign != 0 && p.value() > 0) {
      int nn = n.getAsInt();
      double tb = Math.abs(EffectSizeConversions.tFromTwoSidedP(p.value(), nn - 1.0,
          io.github.evident.stats.effect.Direction.POSITIVE));
      double dz = tb / Math.sqrt(nn);
      reasons.add(new Reason(ReasonCode.BOUNDED_P_VALUE, what + "; with n = " + nn
          + " it implies |t| > " + Wording.num(tb) + " and |d_z| > " + Wording.num(dz)
          + ". An effect size needs an assumption: treating " + p + " as "
          + Format.p(p.value()) + " gives a conservative d_z of " + (sign < 0 ? "−" : "")
          + Wording.num(dz),
          Reason.map("p", p.value(), "n", nn, "tBound", tb, "dzBound", dz),
          List.of(study.id()), false));
    } else {
      reasons.add(new Reason(ReasonCode.BOUNDED_P_VALUE, what + (upper
          ? "; it cannot be combined as an exact p"
          : "; it says only that the result was not statistically significant"
              + (sign == null ? " and gives no direction" : "")),
          Reason.map("p", p.value()), List.of(study.id()), false));
    }
  }
}
