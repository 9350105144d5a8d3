package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectEstimateSummary;
import io.github.evident.stats.synthesis.PValueCombination;
import io.github.evident.stats.synthesis.StudyEstimate;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The decision for one quantitative comparison, one step per criterion of the Cochrane
 * Handbook (ch. 9, 10 and 12): enough studies, one instrument, a common metric, valid
 * variances, exact p values, imputed values, risk of bias, consistent directions; then the
 * first method in the Handbook's order that the data allow.
 */
final class GroupDecision {

  /**
   * The fewest pooled studies for which a funnel plot and a test for small-study effects are
   * offered (Cochrane Handbook 13.3.5.4).
   */
  static final int SMALL_STUDY_TEST_MINIMUM = 10;

  private final PlannerSettings s;
  private final MetaAnalysis meta;
  private final List<StudyEvidence> studies;
  private final StudyLabels labels;
  private final List<String> ids;
  private final List<String> instruments;
  private final boolean sameInstrument;
  private final int min;

  /** Which studies give an effect size of the chosen metric, another metric, or none. */
  private record Availability(List<StudyEvidence> withEffect, List<String> otherMetric,
      List<String> noVariance) {}

  GroupDecision(PlannerSettings settings, MetaAnalysis meta, List<StudyEvidence> studies,
      List<String> instruments, StudyLabels labels) {
    this.s = settings;
    this.meta = meta;
    this.studies = List.copyOf(studies);
    this.labels = labels;
    this.ids = studies.stream().map(StudyEvidence::studyId).toList();
    this.instruments = List.copyOf(instruments);
    this.sameInstrument = instruments.size() <= 1;
    this.min = settings.minimumStudies();
  }

  /** The decision: a meta-analysis if every criterion allows one, else the next method. */
  Decision decide() {
    Optional<Metric> metric = commonMetric();
    Availability data = availability(metric);
    List<StudyEvidence> pool = data.withEffect().stream()
        .filter(e -> !(s.riskOfBiasBlocks() && e.highRiskOfBias())).toList();
    List<Reason> reasons = Stream.of(
        enoughStudies(),
        oneInstrument(),
        convertibleMeasures(data, metric),
        validVariances(data),
        usableValues(),
        exactPValues(),
        noImputedValues(),
        lowRiskOfBias(data, pool),
        appraised(),
        consistentDirections(metric, pool)).flatMap(Optional::stream).toList();
    if (studies.stream().allMatch(e -> e.level() == DataLevel.NOTHING)) {
      return new Decision.NoSynthesis(plus(reasons, Wording.noUsableData(ids.size(), ids)),
          List.of(), Wording.presentation(SynthesisMethod.NONE, false));
    }
    if (pool.size() >= min && !pool.isEmpty() && reasons.stream().noneMatch(Reason::blocking)) {
      return poolOrAlternative(metric.orElseThrow(), pool, reasons);
    }
    return alternative(metric, reasons);
  }

  // --------------------------------------------------------------------------- the criteria

  /** Handbook 10.2 and 12.1: no synthesis of fewer than the minimum number of studies. */
  private Optional<Reason> enoughStudies() {
    return ids.size() < min ? Optional.of(Wording.tooFewStudies(ids.size(), min, ids))
        : Optional.empty();
  }

  /** Handbook 10.5.2: different instruments combine only on a standardised metric. */
  private Optional<Reason> oneInstrument() {
    return sameInstrument ? Optional.empty()
        : Optional.of(Wording.differentInstruments(instruments, ids));
  }

  /** Handbook 10.6: the effect measures convert to one metric. */
  private Optional<Reason> convertibleMeasures(Availability data, Optional<Metric> metric) {
    return data.otherMetric().isEmpty() ? Optional.empty()
        : Optional.of(Wording.otherMetric(data.otherMetric(), metric));
  }

  /** Handbook 6.3 and 6.5: each study gives a valid variance, or says what it would need. */
  private Optional<Reason> validVariances(Availability data) {
    if (data.noVariance().isEmpty()) {
      return Optional.empty();
    }
    Set<String> noVariance = new HashSet<>(data.noVariance());
    int derivable = (int) studies.stream().filter(e -> noVariance.contains(e.studyId())
        && e.varianceDerivable()).count();
    return Optional.of(Wording.noVariance(data.noVariance(), ids.size(), derivable,
        data.withEffect().size() < min));
  }

  /** Handbook 6.3 and 6.5: reported values that give no usable effect size, and why. */
  private Optional<Reason> usableValues() {
    List<StudyEvidence> unusable = studies.stream()
        .filter(e -> e.has(ReasonCode.UNUSABLE_VALUE)).toList();
    return unusable.isEmpty() ? Optional.empty()
        : Optional.of(Wording.unusableValues(unusable));
  }

  /** Handbook 12.2.2.2: a bounded p value is not exact. */
  private Optional<Reason> exactPValues() {
    List<String> bounded = idsWith(ReasonCode.BOUNDED_P_VALUE);
    return bounded.isEmpty() ? Optional.empty() : Optional.of(Wording.boundedP(bounded));
  }

  /** Handbook 6.5.2.8: an imputed correlation needs a sensitivity analysis. */
  private Optional<Reason> noImputedValues() {
    List<String> imputed = idsWith(ReasonCode.IMPUTED_VALUE);
    return imputed.isEmpty() ? Optional.empty()
        : Optional.of(Wording.imputed(imputed, s.imputedCorrelation().orElse(0)));
  }

  /** Handbook 8.8 and 10.10.4: studies at high risk of bias, a caveat or kept out. */
  private Optional<Reason> lowRiskOfBias(Availability data, List<StudyEvidence> pool) {
    List<StudyEvidence> high = studies.stream().filter(StudyEvidence::highRiskOfBias).toList();
    return high.isEmpty() ? Optional.empty() : Optional.of(Wording.highRisk(high, ids.size(),
        s.riskOfBiasBlocks(), s.riskOfBiasBlocks() && pool.size() < min
            && data.withEffect().size() >= min, labels));
  }

  private Optional<Reason> appraised() {
    List<String> unknown = studies.stream().filter(e -> e.appraisals().isEmpty())
        .map(StudyEvidence::studyId).toList();
    return unknown.isEmpty() ? Optional.empty() : Optional.of(Wording.unappraised(unknown));
  }

  /** Handbook 10.10.3: 95% CIs that exclude no effect on both sides. */
  private Optional<Reason> consistentDirections(Optional<Metric> metric,
      List<StudyEvidence> pool) {
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    List<String> above = new ArrayList<>();
    List<String> below = new ArrayList<>();
    for (StudyEvidence e : pool) {
      Interval ci = e.effect(metric.get()).orElseThrow().ci();
      if (ci.lower() > 0) {
        above.add(e.studyId());
      } else if (ci.upper() < 0) {
        below.add(e.studyId());
      }
    }
    return above.isEmpty() || below.isEmpty() ? Optional.empty()
        : Optional.of(Wording.oppositeCis(above, below, s.oppositeDirectionsBlock(),
            labels));
  }

  // --------------------------------------------------------------------------- the data

  /** The metric most studies can give, ties broken by preference (raw for one instrument). */
  private Optional<Metric> commonMetric() {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Metric> byCode = new TreeMap<>();
    for (StudyEvidence e : studies) {
      Set<Metric> metrics = new LinkedHashSet<>();
      e.effects().forEach(x -> metrics.add(Metric.of(x)));
      metrics.removeIf(m -> !sameInstrument && m.raw());
      metrics.forEach(m -> {
        counts.merge(m.code(), 1, Integer::sum);
        byCode.put(m.code(), m);
      });
    }
    return preferred(counts, byCode);
  }

  private Optional<Metric> preferred(Map<String, Integer> counts, Map<String, Metric> byCode) {
    return counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(en -> -en.getValue())
            .thenComparingInt(en -> byCode.get(en.getKey()).rank(sameInstrument))
            .thenComparing(Map.Entry::getKey))
        .map(en -> byCode.get(en.getKey())).findFirst();
  }

  private Availability availability(Optional<Metric> metric) {
    List<StudyEvidence> withEffect = new ArrayList<>();
    List<String> otherMetric = new ArrayList<>();
    List<String> noVariance = new ArrayList<>();
    for (StudyEvidence e : studies) {
      if (metric.isPresent() && e.effect(metric.get()).isPresent()) {
        withEffect.add(e);
      } else if (!e.effects().isEmpty()) {
        otherMetric.add(e.studyId());
      } else {
        noVariance.add(e.studyId());
      }
    }
    return new Availability(withEffect, otherMetric, noVariance);
  }

  private List<String> idsWith(ReasonCode code) {
    return studies.stream().filter(e -> e.has(code)).map(StudyEvidence::studyId).toList();
  }

  private static List<Reason> plus(List<Reason> reasons, Reason... more) {
    List<Reason> out = new ArrayList<>(reasons);
    out.addAll(List.of(more));
    return out;
  }

  // --------------------------------------------------------------------------- the methods

  /** Fits the configured meta-analysis, or explains why not and takes the next method. */
  private Decision poolOrAlternative(Metric metric, List<StudyEvidence> pool,
      List<Reason> reasons) {
    List<EffectSize> effects = pool.stream().map(e -> e.effect(metric).orElseThrow()).toList();
    List<String> pooled = pool.stream().map(StudyEvidence::studyId).toList();
    MetaResult r;
    try {
      r = meta.fit(effects);
    } catch (IllegalArgumentException | ArithmeticException | IllegalStateException e) {
      return alternative(Optional.of(metric), plus(reasons, Wording.fitFailed(meta.toString(),
          pooled, e.getMessage())));
    }
    Optional<String> infinite = Heterogeneity.nonFinite(r);
    if (infinite.isPresent()) {
      return alternative(Optional.of(metric), plus(reasons, Wording.fitFailed(meta.toString(),
          pooled, Wording.nonFiniteFit(infinite.get()))));
    }
    Reason heterogeneity = Heterogeneity.describe(r, s);
    if (heterogeneity.blocking()) {
      return alternative(Optional.of(metric), plus(reasons, heterogeneity));
    }
    List<Reason> out = new ArrayList<>();
    out.add(Wording.poolable(pooled, metric, meta.toString()));
    if (pool.size() < ids.size()) {
      out.add(Wording.omitted(omitted(pooled, reasons), ids.size(), labels));
    }
    out.addAll(reasons);
    out.add(heterogeneity);
    boolean predictionInterval = r.k() >= s.predictionIntervalMinimum();
    if (!predictionInterval) {
      out.add(Wording.noPredictionInterval(r.k(), s.predictionIntervalMinimum()));
    }
    boolean funnel = r.k() >= SMALL_STUDY_TEST_MINIMUM;
    out.add(funnel ? Wording.smallStudyEffects(r.k(), SMALL_STUDY_TEST_MINIMUM)
        : Wording.noSmallStudyTest(r.k(), SMALL_STUDY_TEST_MINIMUM));
    List<String> shown = new ArrayList<>(
        Wording.presentation(SynthesisMethod.META_ANALYSIS, predictionInterval));
    if (funnel) {
      shown.add(1, Wording.funnelPlot());
    }
    return new Decision.MetaAnalysis(out, metric, pooled, r, shown);
  }

  /** The studies kept out of the pooled estimate, as the reasons name them. */
  private List<String> omitted(List<String> pooledIds, List<Reason> reasons) {
    Set<String> pooled = new HashSet<>(pooledIds);
    Set<String> out = new LinkedHashSet<>();
    for (Reason x : reasons) {
      if (x.code() == ReasonCode.MISSING_VARIANCE || x.code() == ReasonCode.INCOMPATIBLE_MEASURES
          || x.code() == ReasonCode.UNUSABLE_VALUE
          || x.code() == ReasonCode.HIGH_RISK_OF_BIAS && s.riskOfBiasBlocks()) {
        x.studies().stream().filter(id -> !pooled.contains(id)).forEach(out::add);
      }
    }
    return new ArrayList<>(out);
  }

  /** Handbook Table 12.2.a: the first acceptable method the data allow. */
  private Decision alternative(Optional<Metric> metric, List<Reason> reasons) {
    Map<String, List<StudyEstimate>> estimates = estimatesByMetric();
    Map<String, Metric> byCode = new TreeMap<>();
    studies.forEach(e -> {
      e.effects().forEach(x -> byCode.put(Metric.of(x).code(), Metric.of(x)));
      e.estimateMetric().ifPresent(m -> byCode.put(m.code(), m));
    });
    Map<String, Integer> counts = new TreeMap<>();
    estimates.forEach((code, list) -> counts.put(code, list.size()));
    Optional<Metric> best = preferred(counts, byCode);
    List<Reason> rs = new ArrayList<>(reasons);
    return best.flatMap(b -> summaryOfEstimates(b, estimates.get(b.code()), rs))
        .or(() -> combinedPValues(rs))
        .or(() -> voteCounting(rs))
        .orElseGet(() -> new Decision.Narrative(rs, metric.or(() -> best),
            studies.stream().filter(e -> e.level() != DataLevel.NOTHING)
                .map(StudyEvidence::studyId).toList(),
            Wording.presentation(SynthesisMethod.NARRATIVE, false)));
  }

  /** Each study's estimates by metric, with or without variance, one per metric. */
  private Map<String, List<StudyEstimate>> estimatesByMetric() {
    Map<String, List<StudyEstimate>> byMetric = new TreeMap<>();
    for (StudyEvidence e : studies) {
      Set<Metric> done = new LinkedHashSet<>();
      for (EffectSize x : e.effects()) {
        if (done.add(Metric.of(x))) {
          byMetric.computeIfAbsent(Metric.of(x).code(), q -> new ArrayList<>())
              .add(StudyEstimate.of(e.studyId(), x.estimate()));
        }
      }
      if (e.estimate().isPresent() && e.estimateMetric().isPresent()
          && done.add(e.estimateMetric().get())) {
        byMetric.computeIfAbsent(e.estimateMetric().get().code(), q -> new ArrayList<>())
            .add(StudyEstimate.of(e.studyId(), e.estimate().getAsDouble()));
      }
    }
    if (!sameInstrument) {
      byMetric.keySet().removeIf(code -> Metric.parse(code).raw());
    }
    return byMetric;
  }

  /**
   * A summary of the estimates; if their spread is not a finite number, {@code reasons} gets
   * why, and the next method is tried.
   */
  private Optional<Decision> summaryOfEstimates(Metric metric, List<StudyEstimate> est,
      List<Reason> reasons) {
    if (est.size() < min) {
      return Optional.empty();
    }
    List<String> summarised = est.stream().map(x -> x.studyId().orElse("")).toList();
    EffectEstimateSummary sum;
    try {
      sum = EffectEstimateSummary.of(est);
    } catch (IllegalArgumentException notFinite) {
      reasons.add(Wording.notSummarised(metric, summarised, notFinite.getMessage()));
      return Optional.empty();
    }
    return Optional.of(new Decision.SummaryOfEstimates(plus(reasons,
        Wording.summarised(metric, summarised, sum)), metric, summarised, sum,
        Wording.presentation(SynthesisMethod.SUMMARY_OF_ESTIMATES, false)));
  }

  /**
   * The exact p values combined; if the combination is not a finite number, {@code reasons}
   * gets why, and the next method is tried.
   */
  private Optional<Decision> combinedPValues(List<Reason> reasons) {
    List<StudyEvidence> withP = studies.stream().filter(StudyEvidence::exactPWithDirection)
        .filter(e -> e.direction().get() != EffectDirection.NO_CHANGE).toList();
    if (withP.size() < min) {
      return Optional.empty();
    }
    boolean weightsMissing = s.pValueMethod() == io.github.evident.stats.synthesis.PValueMethod
        .WEIGHTED_STOUFFER && !withP.stream().allMatch(e -> e.n().isPresent());
    List<String> combined = withP.stream().map(StudyEvidence::studyId).toList();
    CombinedPValue c;
    try {
      c = combine(withP, weightsMissing);
    } catch (IllegalArgumentException notCombinable) {
      reasons.add(Wording.notCombined(combined, s.pValueMethod(), notCombinable.getMessage()));
      return Optional.empty();
    }
    if (!Double.isFinite(c.statistic()) || !Double.isFinite(c.pValue())) {
      reasons.add(Wording.notCombined(combined, c.method(), Wording.nonFiniteCombination(c)));
      return Optional.empty();
    }
    List<Reason> out = weightsMissing ? plus(reasons, Wording.unweightedStouffer()) : reasons;
    return Optional.of(new Decision.CombinedPValues(plus(out, Wording.combined(combined, c)),
        combined, c, Wording.presentation(SynthesisMethod.COMBINED_P_VALUES, false)));
  }

  private CombinedPValue combine(List<StudyEvidence> withP, boolean weightsMissing) {
    double[] two = withP.stream().mapToDouble(e -> e.p().get().value()).toArray();
    boolean[] up = new boolean[two.length];
    for (int i = 0; i < up.length; i++) {
      up[i] = withP.get(i).direction().get() == EffectDirection.IMPROVEMENT;
    }
    double[] p = PValueCombination.oneSided(two, up);
    return switch (s.pValueMethod()) {
      case STOUFFER -> PValueCombination.stouffer(p);
      case WEIGHTED_STOUFFER -> weightsMissing ? PValueCombination.stouffer(p)
          : PValueCombination.weightedStoufferBySampleSize(p,
              withP.stream().mapToInt(e -> e.n().getAsInt()).toArray());
      case EDGINGTON -> PValueCombination.edgington(p);
      case TIPPETT -> PValueCombination.tippett(p);
      case LOGIT -> PValueCombination.logit(p);
      default -> PValueCombination.fisher(p);
    };
  }

  private Optional<Decision> voteCounting(List<Reason> reasons) {
    List<StudyEvidence> withDir = studies.stream().filter(e -> e.direction().isPresent()
        && e.direction().get() != EffectDirection.NO_CHANGE).toList();
    if (withDir.size() < min) {
      return Optional.empty();
    }
    VoteCount v = io.github.evident.stats.synthesis.VoteCounting.withDefaults()
        .count(withDir.stream().map(e -> e.direction().get()).toList());
    List<String> counted = withDir.stream().map(StudyEvidence::studyId).toList();
    List<String> up = withDir.stream().filter(e -> e.direction().get()
        == EffectDirection.IMPROVEMENT).map(StudyEvidence::studyId).toList();
    List<String> down = withDir.stream().filter(e -> e.direction().get()
        == EffectDirection.DETERIORATION).map(StudyEvidence::studyId).toList();
    List<Reason> out = plus(reasons, Wording.counted(counted, v));
    if (!up.isEmpty() && !down.isEmpty()
        && reasons.stream().noneMatch(r -> r.code() == ReasonCode.OPPOSITE_DIRECTIONS)) {
      out = plus(out, Wording.oppositeDirections(up, down, labels));
    }
    return Optional.of(new Decision.VoteCounting(out, counted, v,
        Wording.presentation(SynthesisMethod.VOTE_COUNTING_BY_DIRECTION, false)));
  }
}
