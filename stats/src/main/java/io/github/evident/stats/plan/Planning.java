package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.core.model.Design;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectEstimateSummary;
import io.github.evident.stats.synthesis.PValueCombination;
import io.github.evident.stats.synthesis.StudyEstimate;
import io.github.evident.stats.synthesis.VoteCount;
import io.github.evident.stats.synthesis.VoteCounting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One planning run: grouping, per-study derivation, per-group decisions, review conclusion. */
final class Planning {

  static final String UNSPECIFIED = "unspecified";
  private static final String QUALITATIVE = "qualitative";

  private final PlannerSettings s;
  private final MetaAnalysis meta;

  Planning(PlannerSettings settings, MetaAnalysis meta) {
    this.s = settings;
    this.meta = meta;
  }

  /** A quantitative member before grouping. */
  private record Member(Study study, Outcome outcome, String category, String designClass,
      boolean twoGroup, int outcomesWithConstruct) {}

  SynthesisPlan plan(Review review) {
    Map<String, List<Member>> quant = new TreeMap<>();
    Map<String, List<Study>> qual = new TreeMap<>();
    for (Study st : review.studies()) {
      String category = st.intervention().map(i -> i.category().trim()).orElse(UNSPECIFIED);
      String catKey = category.toLowerCase(Locale.ROOT);
      if (qualitativeEvidence(st)) {
        qual.computeIfAbsent(QUALITATIVE + " | " + catKey, k -> new ArrayList<>()).add(st);
      }
      Optional<DesignClass> dc = designClass(st.design());
      String className = dc.map(DesignClass::name).orElse(unclassed(st.design()));
      boolean twoGroup = dc.map(c -> !c.contains(DesignType.SINGLE_GROUP_PRE_POST)
          && !c.contains(DesignType.INTERRUPTED_TIME_SERIES)).orElse(false);
      Map<String, Integer> perConstruct = new TreeMap<>();
      st.outcomes().forEach(o -> perConstruct.merge(key(o.construct()), 1, Integer::sum));
      Set<String> seen = new TreeSet<>();
      for (Outcome o : st.outcomes()) {
        String construct = key(o.construct());
        String gid = construct + " | " + catKey + " | " + className;
        if (seen.add(gid)) {
          quant.computeIfAbsent(gid, k -> new ArrayList<>()).add(new Member(st, o, category,
              className, twoGroup, perConstruct.get(construct)));
        }
      }
    }
    List<ComparisonGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<Member>> e : quant.entrySet()) {
      groups.add(quantitativeGroup(e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, List<Study>> e : qual.entrySet()) {
      groups.add(qualitativeGroup(e.getKey(), e.getValue()));
    }
    List<ConstructSplit> splits = splits(groups);
    List<Reason> reasons = new ArrayList<>();
    SynthesisMethod conclusion = conclude(review, groups, splits, reasons);
    return new SynthesisPlan(review.title(), s, groups, splits, conclusion, reasons);
  }

  static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static boolean qualitativeEvidence(Study st) {
    return st.design().includes(DesignType.QUALITATIVE) || !st.themes().isEmpty();
  }

  private Optional<DesignClass> designClass(Design d) {
    List<DesignType> types = d.type() == DesignType.MIXED_METHODS ? d.components()
        : List.of(d.type());
    for (DesignType t : types) {
      for (DesignClass c : s.designClasses()) {
        if (c.contains(t)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private static String unclassed(Design d) {
    return d.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String display(List<String> spellings) {
    return spellings.stream().min(Comparator.naturalOrder()).orElse(UNSPECIFIED);
  }

  // ---------------------------------------------------------------------------- quantitative

  private ComparisonGroup quantitativeGroup(String id, List<Member> members) {
    members = new ArrayList<>(members);
    members.sort(Comparator.comparing(m -> m.study().id()));
    List<StudyEvidence> evidence = new ArrayList<>();
    Set<String> instruments = new LinkedHashSet<>();
    Set<String> instrumentKeys = new TreeSet<>();
    Set<DesignType> designs = new TreeSet<>();
    for (Member m : members) {
      StudyEvidence e = Derivation.derive(s, m.study(), m.outcome(), m.twoGroup());
      if (m.outcomesWithConstruct() > 1) {
        List<Reason> rs = new ArrayList<>(e.reasons());
        rs.add(new Reason(ReasonCode.RESULT_SELECTED, "study '" + e.studyId() + "' reports "
            + m.outcomesWithConstruct() + " outcomes with the construct '" + e.construct()
            + "'; the first is used" + m.outcome().instrument().map(i -> " (" + i + ")")
                .orElse(""), Reason.map("outcomes", m.outcomesWithConstruct()),
            List.of(e.studyId()), false));
        e = new StudyEvidence(e.studyId(), e.construct(), e.instrument(), e.resultIndex(),
            e.comparisons(), e.level(), e.effects(), e.estimate(), e.estimateMetric(), e.p(),
            e.direction(), e.n(), e.assumptions(), rs, e.highRiskOfBias(), e.appraisals());
      }
      evidence.add(e);
      m.outcome().instrument().ifPresent(i -> {
        if (instrumentKeys.add(key(i))) {
          instruments.add(i.trim());
        }
      });
      designs.add(m.study().design().type());
    }
    Decision d = decide(evidence, new ArrayList<>(instruments));
    return new ComparisonGroup(id, false,
        Optional.of(key(members.get(0).outcome().construct())),
        display(members.stream().map(Member::category).toList()),
        Optional.of(members.get(0).designClass()), new ArrayList<>(designs),
        new ArrayList<>(instruments), members.stream().map(m -> m.study().id()).toList(),
        evidence, List.of(), d);
  }

  private Decision decide(List<StudyEvidence> m, List<String> instruments) {
    List<Reason> reasons = new ArrayList<>();
    int k = m.size();
    int min = s.minimumStudies();
    List<String> ids = m.stream().map(StudyEvidence::studyId).toList();
    boolean sameInstrument = instruments.size() <= 1;
    if (k < min) {
      reasons.add(new Reason(ReasonCode.TOO_FEW_STUDIES, Texts.plural(k, "study") + " in this "
          + "comparison; any synthesis needs at least " + min + " (Cochrane Handbook 10.2: "
          + "meta-analysis is possible from 2 studies)", Reason.map("studies", k, "minimum", min),
          ids, true));
    }
    if (!sameInstrument) {
      reasons.add(new Reason(ReasonCode.DIFFERENT_INSTRUMENTS, "the outcome is measured with "
          + instruments.size() + " instruments (" + String.join("; ", instruments) + "): only a "
          + "standardised metric can combine them", Reason.map("instruments",
              instruments.size()), ids, false));
    }
    // the metric: the one most studies can give, ties broken by preference
    Map<String, Integer> counts = new TreeMap<>();
    for (StudyEvidence e : m) {
      Set<String> fams = new TreeSet<>();
      e.effects().forEach(x -> fams.add(Metrics.family(x)));
      if (!sameInstrument) {
        fams.removeIf(Metrics::raw);
      }
      fams.forEach(f -> counts.merge(f, 1, Integer::sum));
    }
    Optional<String> metric = counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(en -> -en.getValue())
            .thenComparingInt(en -> Metrics.rank(en.getKey(), sameInstrument))
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).findFirst();
    List<StudyEvidence> withEffect = new ArrayList<>();
    List<String> otherMetric = new ArrayList<>();
    List<String> noVariance = new ArrayList<>();
    for (StudyEvidence e : m) {
      if (metric.isPresent() && e.effect(metric.get()).isPresent()) {
        withEffect.add(e);
      } else if (!e.effects().isEmpty()) {
        otherMetric.add(e.studyId());
      } else {
        noVariance.add(e.studyId());
      }
    }
    if (!otherMetric.isEmpty()) {
      reasons.add(new Reason(ReasonCode.INCOMPATIBLE_MEASURES, Texts.plural(otherMetric.size(),
          "study") + " " + Texts.verb(otherMetric.size(), "gives", "give")
          + " effect sizes that cannot be converted to " + metric.get(),
          Reason.map("studies", otherMetric.size()), otherMetric, false));
    }
    if (!noVariance.isEmpty()) {
      int derivable = 0;
      for (StudyEvidence e : m) {
        if (noVariance.contains(e.studyId()) && e.reasons().stream().anyMatch(r ->
            r.code() == ReasonCode.MISSING_VARIANCE && r.numbers().getOrDefault(
                "derivableFromTOrP", 0.0) > 0)) {
          derivable++;
        }
      }
      reasons.add(new Reason(ReasonCode.MISSING_VARIANCE, noVariance.size() + " of "
          + Texts.plural(k, "study") + " " + Texts.verb(noVariance.size(), "gives", "give")
          + " no effect size with a valid variance; "
          + (derivable == 0 ? "none reports an exact p or t from which it could be derived"
              : derivable + " " + Texts.verb(derivable, "reports", "report")
                  + " an exact p or t from which it could be derived with the "
                  + "missing n or pairing"), Reason.map("studies", noVariance.size(),
                      "derivableFromTOrP", derivable), noVariance,
          withEffect.size() < min));
    }
    List<String> bounded = m.stream().filter(e -> e.reasons().stream()
        .anyMatch(r -> r.code() == ReasonCode.BOUNDED_P_VALUE)).map(StudyEvidence::studyId)
        .toList();
    if (!bounded.isEmpty()) {
      reasons.add(new Reason(ReasonCode.BOUNDED_P_VALUE, Texts.plural(bounded.size(), "study")
          + " " + Texts.verb(bounded.size(), "reports", "report")
          + " only a bounded p value (such as p < 0.001), which is not exact",
          Reason.map("studies", bounded.size()), bounded, false));
    }
    List<String> imputed = m.stream().filter(e -> e.reasons().stream()
        .anyMatch(r -> r.code() == ReasonCode.IMPUTED_VALUE)).map(StudyEvidence::studyId)
        .toList();
    if (!imputed.isEmpty()) {
      reasons.add(new Reason(ReasonCode.IMPUTED_VALUE, Texts.plural(imputed.size(), "study")
          + " " + Texts.verb(imputed.size(), "rests", "rest")
          + " on an imputed pre-post correlation r = "
          + Texts.num(s.imputedCorrelation().orElse(0)) + ": a sensitivity analysis is needed",
          Reason.map("studies", imputed.size()), imputed, false));
    }
    // risk of bias
    List<String> high = m.stream().filter(StudyEvidence::highRiskOfBias)
        .map(StudyEvidence::studyId).toList();
    List<String> unknown = m.stream().filter(e -> e.appraisals().isEmpty())
        .map(StudyEvidence::studyId).toList();
    List<StudyEvidence> pool = new ArrayList<>(withEffect);
    if (!high.isEmpty()) {
      if (s.riskOfBiasBlocks()) {
        pool.removeIf(StudyEvidence::highRiskOfBias);
      }
      reasons.add(new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of "
          + Texts.plural(k, "study") + " " + Texts.verb(high.size(), "is", "are")
          + " at high risk of bias by their overall appraisal ("
          + m.stream().filter(StudyEvidence::highRiskOfBias).map(e -> e.studyId() + " "
              + e.appraisals()).toList() + ")" + (s.riskOfBiasBlocks()
              ? "; they are kept out of a pooled estimate" : "; a caveat for the certainty of "
                  + "the evidence (configure risk of bias to block pooling)"),
          Reason.map("highRisk", high.size(), "studies", k), high,
          s.riskOfBiasBlocks() && pool.size() < min && withEffect.size() >= min));
    }
    if (!unknown.isEmpty()) {
      reasons.add(new Reason(ReasonCode.RISK_OF_BIAS_UNKNOWN, "no risk-of-bias appraisal is "
          + "recorded for " + Texts.plural(unknown.size(), "study"),
          Reason.map("studies", unknown.size()), unknown, false));
    }
    // opposite directions among pooled effects: CIs excluding no effect on both sides
    boolean opposite = false;
    if (metric.isPresent()) {
      List<String> above = new ArrayList<>();
      List<String> below = new ArrayList<>();
      for (StudyEvidence e : pool) {
        Interval ci = e.effect(metric.get()).get().ci();
        if (ci.lower() > 0) {
          above.add(e.studyId());
        } else if (ci.upper() < 0) {
          below.add(e.studyId());
        }
      }
      if (!above.isEmpty() && !below.isEmpty()) {
        opposite = true;
        List<String> both = new ArrayList<>(above);
        both.addAll(below);
        reasons.add(new Reason(ReasonCode.OPPOSITE_DIRECTIONS, "the 95% CIs of "
            + Texts.plural(above.size(), "study") + " (" + Texts.join(above) + ") lie above and "
            + "of " + Texts.plural(below.size(), "study") + " (" + Texts.join(below) + ") below "
            + "no effect: an average may mislead unless the difference is explained"
            + (s.oppositeDirectionsBlock() ? "" : " (a caveat; configure it to block pooling)"),
            Reason.map("above", above.size(), "below", below.size()), both,
            s.oppositeDirectionsBlock()));
      }
    }
    boolean anyData = m.stream().anyMatch(e -> e.level() != DataLevel.NOTHING);
    if (!anyData) {
      reasons.add(new Reason(ReasonCode.NO_USABLE_DATA, "no study reports an estimate, an exact "
          + "p value or a direction for this comparison", Reason.map("studies", k), ids, true));
      return new Decision(SynthesisMethod.NONE, reasons, null, null, null, null, null, null,
          List.of("table of study characteristics"));
    }
    boolean blocked = reasons.stream().anyMatch(Reason::blocking)
        || opposite && s.oppositeDirectionsBlock();
    if (pool.size() >= min && pool.size() >= 1 && !blocked) {
      Decision d = metaAnalysis(metric.get(), pool, k, reasons);
      if (d != null) {
        return d;
      }
    }
    return alternative(m, metric, sameInstrument, reasons);
  }

  private Decision metaAnalysis(String metric, List<StudyEvidence> pool, int k,
      List<Reason> reasons) {
    List<EffectSize> effects = pool.stream().map(e -> e.effect(metric).get()).toList();
    List<String> ids = pool.stream().map(StudyEvidence::studyId).toList();
    MetaResult r;
    try {
      r = meta.fit(effects);
    } catch (IllegalArgumentException | ArithmeticException e) {
      reasons.add(new Reason(ReasonCode.FIT_FAILED, "the configured meta-analysis (" + meta
          + ") cannot be fitted to " + Texts.plural(pool.size(), "study") + ": "
          + e.getMessage(), Reason.map("studies", pool.size()), ids, true));
      return null;
    }
    List<Reason> out = new ArrayList<>();
    out.add(new Reason(ReasonCode.POOLABLE, Texts.plural(pool.size(), "study") + " "
        + Texts.verb(pool.size(), "gives", "give") + " "
        + metric + " with valid variances: " + r.model().name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + " meta-analysis (" + meta + "); the model is chosen in advance, "
        + "not from a test for heterogeneity", Reason.map("studies", pool.size()), ids, false));
    if (pool.size() < k) {
      List<String> omitted = new ArrayList<>();
      reasons.forEach(x -> {
        if (x.code() == ReasonCode.MISSING_VARIANCE || x.code() == ReasonCode.INCOMPATIBLE_MEASURES
            || x.code() == ReasonCode.HIGH_RISK_OF_BIAS && s.riskOfBiasBlocks()) {
          x.studies().forEach(id -> {
            if (!ids.contains(id) && !omitted.contains(id)) {
              omitted.add(id);
            }
          });
        }
      });
      out.add(new Reason(ReasonCode.STUDIES_OMITTED, Texts.plural(omitted.size(), "study")
          + " of " + k + " " + Texts.verb(omitted.size(), "does", "do")
          + " not contribute to the pooled estimate (" + Texts.join(omitted)
          + "): describe them alongside it", Reason.map("omitted", omitted.size(),
              "studies", k), omitted, false));
    }
    out.addAll(reasons);
    Reason het = Heterogeneity.describe(r, s);
    out.add(het);
    if (r.k() < s.predictionIntervalMinimum()) {
      out.add(Reason.note(ReasonCode.PREDICTION_INTERVAL_OMITTED, "no prediction interval with "
          + Texts.plural(r.k(), "study") + " (Cochrane Handbook: only with at least "
          + s.predictionIntervalMinimum() + ")", "studies", r.k(),
          "minimum", s.predictionIntervalMinimum()));
    }
    if (het.blocking()) {
      reasons.add(het);
      return null;
    }
    return new Decision(SynthesisMethod.META_ANALYSIS, out, Optional.of(metric), ids,
        Optional.of(r), null, null, null, List.of("forest plot with the pooled estimate"
            + (r.k() >= s.predictionIntervalMinimum() ? " and prediction interval" : ""),
            "table of study characteristics, risk of bias and effect sizes"));
  }

  private Decision alternative(List<StudyEvidence> m, Optional<String> effectMetric,
      boolean sameInstrument, List<Reason> reasons) {
    int min = s.minimumStudies();
    // estimates on one metric (with or without variance)
    Map<String, List<StudyEstimate>> byMetric = new TreeMap<>();
    for (StudyEvidence e : m) {
      Set<String> done = new TreeSet<>();
      for (EffectSize x : e.effects()) {
        String f = Metrics.family(x);
        if (done.add(f)) {
          byMetric.computeIfAbsent(f, q -> new ArrayList<>())
              .add(StudyEstimate.of(e.studyId(), x.estimate()));
        }
      }
      if (e.estimate().isPresent() && e.estimateMetric().isPresent()
          && done.add(e.estimateMetric().get())) {
        byMetric.computeIfAbsent(e.estimateMetric().get(), q -> new ArrayList<>())
            .add(StudyEstimate.of(e.studyId(), e.estimate().getAsDouble()));
      }
    }
    if (!sameInstrument) {
      byMetric.keySet().removeIf(Metrics::raw);
    }
    Optional<Map.Entry<String, List<StudyEstimate>>> best = byMetric.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, List<StudyEstimate>>>comparingInt(
            en -> -en.getValue().size())
            .thenComparingInt(en -> Metrics.rank(en.getKey(), sameInstrument))
            .thenComparing(Map.Entry::getKey))
        .findFirst();
    if (best.isPresent() && best.get().getValue().size() >= min) {
      List<StudyEstimate> est = best.get().getValue();
      EffectEstimateSummary sum = EffectEstimateSummary.of(est);
      reasons.add(new Reason(ReasonCode.ALTERNATIVE_METHOD, Texts.plural(est.size(), "study")
          + " " + Texts.verb(est.size(), "gives", "give") + " " + best.get().getKey()
          + " estimates: summarise them by median "
          + Texts.num(sum.median()) + ", IQR " + Texts.num(sum.lowerQuartile()) + " to "
          + Texts.num(sum.upperQuartile()) + ", range " + Texts.num(sum.minimum()) + " to "
          + Texts.num(sum.maximum()) + " (answers: how spread are the observed effects)",
          Reason.map("studies", est.size(), "median", sum.median()),
          est.stream().map(x -> x.studyId().orElse("")).toList(), false));
      return new Decision(SynthesisMethod.SUMMARY_OF_ESTIMATES, reasons,
          Optional.of(best.get().getKey()), est.stream().map(x -> x.studyId().orElse(""))
              .toList(), null, Optional.of(sum), null, null,
          List.of("box plot or forest plot without a pooled estimate, ordered by a study "
              + "characteristic", "table of study characteristics and estimates"));
    }
    List<StudyEvidence> withP = m.stream().filter(StudyEvidence::exactPWithDirection)
        .filter(e -> e.direction().get() != EffectDirection.NO_CHANGE).toList();
    if (withP.size() >= min) {
      CombinedPValue c = combine(withP, reasons);
      List<String> ids = withP.stream().map(StudyEvidence::studyId).toList();
      reasons.add(new Reason(ReasonCode.ALTERNATIVE_METHOD, Texts.plural(ids.size(), "study")
          + " give exact p values with a direction: " + c.method().label() + "'s combination "
          + "of one-sided p values (hypothesis: improvement) gives " + Texts.p(c.pValue())
          + " (answers: is there evidence of an effect in at least one study)",
          Reason.map("studies", ids.size(), "p", c.pValue()), ids, false));
      return new Decision(SynthesisMethod.COMBINED_P_VALUES, reasons, null, ids, null, null,
          Optional.of(c), null, List.of("effect direction plot", "albatross plot (p value "
              + "against sample size)", "table of study characteristics and results"));
    }
    List<StudyEvidence> withDir = m.stream().filter(e -> e.direction().isPresent()
        && e.direction().get() != EffectDirection.NO_CHANGE).toList();
    if (withDir.size() >= min) {
      VoteCount v = VoteCounting.withDefaults().count(withDir.stream()
          .map(e -> e.direction().get()).toList());
      List<String> ids = withDir.stream().map(StudyEvidence::studyId).toList();
      reasons.add(new Reason(ReasonCode.ALTERNATIVE_METHOD, v.favourable() + " of " + v.n()
          + " studies with a direction show improvement: sign test " + Texts.p(v.signTestP())
          + " (answers: is there any evidence of an effect)", Reason.map("favourable",
              v.favourable(), "n", v.n(), "p", v.signTestP()), ids, false));
      List<String> up = withDir.stream().filter(e -> e.direction().get()
          == EffectDirection.IMPROVEMENT).map(StudyEvidence::studyId).toList();
      List<String> down = withDir.stream().filter(e -> e.direction().get()
          == EffectDirection.DETERIORATION).map(StudyEvidence::studyId).toList();
      if (!up.isEmpty() && !down.isEmpty() && reasons.stream()
          .noneMatch(r -> r.code() == ReasonCode.OPPOSITE_DIRECTIONS)) {
        List<String> both = new ArrayList<>(up);
        both.addAll(down);
        reasons.add(new Reason(ReasonCode.OPPOSITE_DIRECTIONS, "effects point in opposite "
            + "directions: improvement in " + Texts.join(up) + ", deterioration in "
            + Texts.join(down), Reason.map("improvement", up.size(), "deterioration",
                down.size()), both, false));
      }
      return new Decision(SynthesisMethod.VOTE_COUNTING_BY_DIRECTION, reasons, null, ids, null,
          null, null, Optional.of(v), List.of("effect direction plot",
              "table of study characteristics and directions"));
    }
    List<String> ids = m.stream().filter(e -> e.level() != DataLevel.NOTHING)
        .map(StudyEvidence::studyId).toList();
    return new Decision(SynthesisMethod.NARRATIVE, reasons, effectMetric.or(() ->
        best.map(Map.Entry::getKey)), ids, null, null, null, null,
        List.of("effect direction plot", "structured table of study characteristics and "
            + "results"));
  }

  private CombinedPValue combine(List<StudyEvidence> withP, List<Reason> reasons) {
    double[] two = withP.stream().mapToDouble(e -> e.p().get().value()).toArray();
    boolean[] up = new boolean[two.length];
    for (int i = 0; i < up.length; i++) {
      up[i] = withP.get(i).direction().get() == EffectDirection.IMPROVEMENT;
    }
    double[] p = PValueCombination.oneSided(two, up);
    switch (s.pValueMethod()) {
      case STOUFFER:
        return PValueCombination.stouffer(p);
      case WEIGHTED_STOUFFER:
        if (withP.stream().allMatch(e -> e.n().isPresent())) {
          return PValueCombination.weightedStoufferBySampleSize(p,
              withP.stream().mapToInt(e -> e.n().getAsInt()).toArray());
        }
        reasons.add(Reason.note(ReasonCode.ALTERNATIVE_METHOD, "sample sizes are missing: "
            + "unweighted Stouffer instead of the weighted method"));
        return PValueCombination.stouffer(p);
      case EDGINGTON:
        return PValueCombination.edgington(p);
      case TIPPETT:
        return PValueCombination.tippett(p);
      case LOGIT:
        return PValueCombination.logit(p);
      default:
        return PValueCombination.fisher(p);
    }
  }

  // ----------------------------------------------------------------------------- qualitative

  private ComparisonGroup qualitativeGroup(String id, List<Study> studies) {
    studies = new ArrayList<>(studies);
    studies.sort(Comparator.comparing(Study::id));
    List<String> themes = new ArrayList<>();
    Set<DesignType> designs = new TreeSet<>();
    List<String> high = new ArrayList<>();
    for (Study st : studies) {
      st.themes().forEach(t -> themes.add(st.id() + ": " + t));
      designs.add(st.design().type());
      if (Derivation.highRisk(s, st, true)) {
        high.add(st.id());
      }
    }
    List<String> ids = studies.stream().map(Study::id).toList();
    String category = display(studies.stream().map(st -> st.intervention()
        .map(i -> i.category().trim()).orElse(UNSPECIFIED)).toList());
    List<Reason> reasons = new ArrayList<>();
    boolean any = !themes.isEmpty() || studies.stream().anyMatch(st -> !st.findings().isEmpty());
    reasons.add(new Reason(ReasonCode.QUALITATIVE_EVIDENCE, Texts.plural(studies.size(),
        "study") + " with qualitative evidence on '" + category + "' ("
        + Texts.plural(themes.size(), "theme") + "): "
        + (any ? "thematic synthesis, not pooling" : "no themes or findings recorded"),
        Reason.map("studies", studies.size(), "themes", themes.size()), ids, false));
    if (!high.isEmpty()) {
      reasons.add(new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of "
          + Texts.plural(studies.size(), "study") + " " + Texts.verb(high.size(), "has", "have")
          + " a low-quality overall appraisal: "
          + "weigh their themes accordingly", Reason.map("highRisk", high.size(), "studies",
              studies.size()), high, false));
    }
    Decision d = new Decision(any ? SynthesisMethod.THEMATIC : SynthesisMethod.NONE, reasons,
        null, any ? ids : List.of(), null, null, null, null,
        List.of("table of themes by study with appraisal ratings"));
    return new ComparisonGroup(id, true, null, category, null, new ArrayList<>(designs),
        List.of(), ids, List.of(), themes, d);
  }

  // ------------------------------------------------------------------------- review level

  private List<ConstructSplit> splits(List<ComparisonGroup> groups) {
    Map<String, List<ComparisonGroup>> byConstruct = new TreeMap<>();
    for (ComparisonGroup g : groups) {
      g.construct().ifPresent(c -> byConstruct.computeIfAbsent(c, q -> new ArrayList<>()).add(g));
    }
    List<ConstructSplit> out = new ArrayList<>();
    byConstruct.forEach((c, gs) -> {
      if (gs.size() < 2) {
        return;
      }
      Set<String> studies = new TreeSet<>();
      gs.forEach(g -> studies.addAll(g.studyIds()));
      List<String> sids = new ArrayList<>(studies);
      List<Reason> rs = new ArrayList<>();
      Set<String> cats = new TreeSet<>();
      Set<String> classes = new TreeSet<>();
      Set<String> instruments = new LinkedHashSet<>();
      Set<String> instrumentKeys = new TreeSet<>();
      Set<String> metrics = new TreeSet<>();
      for (ComparisonGroup g : gs) {
        cats.add(g.interventionCategory());
        g.designClass().ifPresent(classes::add);
        g.instruments().forEach(i -> {
          if (instrumentKeys.add(key(i))) {
            instruments.add(i);
          }
        });
        g.decision().metric().ifPresent(metrics::add);
      }
      String what = "'" + c + "' is measured in " + Texts.plural(sids.size(), "study") + " ("
          + Texts.join(sids) + ") but they are not one comparison: ";
      if (cats.size() > 1) {
        rs.add(new Reason(ReasonCode.DIFFERENT_INTERVENTIONS, what + "different intervention "
            + "categories (" + Texts.join(cats) + ")", Reason.map("categories", cats.size()),
            sids, true));
      }
      if (classes.size() > 1) {
        rs.add(new Reason(ReasonCode.DIFFERENT_DESIGNS, what + "different designs ("
            + Texts.join(classes) + ")", Reason.map("designClasses", classes.size()), sids,
            true));
      }
      if (instruments.size() > 1) {
        rs.add(new Reason(ReasonCode.DIFFERENT_INSTRUMENTS, what + "different instruments ("
            + String.join("; ", instruments) + "), which would need a standardised metric",
            Reason.map("instruments", instruments.size()), sids, false));
      }
      if (metrics.size() > 1) {
        rs.add(new Reason(ReasonCode.INCOMPATIBLE_MEASURES, what + "different effect metrics ("
            + Texts.join(metrics) + ")", Reason.map("metrics", metrics.size()), sids, false));
      }
      out.add(new ConstructSplit(c, gs.stream().map(ComparisonGroup::id).toList(), sids, rs));
    });
    return out;
  }

  private SynthesisMethod conclude(Review review, List<ComparisonGroup> groups,
      List<ConstructSplit> splits, List<Reason> reasons) {
    List<ComparisonGroup> quant = groups.stream().filter(g -> !g.qualitative()).toList();
    List<ComparisonGroup> qual = groups.stream().filter(ComparisonGroup::qualitative).toList();
    List<ComparisonGroup> pooled = quant.stream()
        .filter(g -> g.decision().method() == SynthesisMethod.META_ANALYSIS).toList();
    // studies with quantitative outcomes, by id
    Map<String, Set<String>> constructsByStudy = new TreeMap<>();
    Map<String, String> categoryByStudy = new TreeMap<>();
    for (ComparisonGroup g : quant) {
      for (String id : g.studyIds()) {
        constructsByStudy.computeIfAbsent(id, q -> new TreeSet<>()).add(g.construct().get());
        categoryByStudy.put(id, g.interventionCategory());
      }
    }
    List<String> quantIds = new ArrayList<>(constructsByStudy.keySet());
    Set<String> constructs = new TreeSet<>();
    constructsByStudy.values().forEach(constructs::addAll);
    Map<String, Integer> studiesPerConstruct = new TreeMap<>();
    constructsByStudy.values().forEach(cs -> cs.forEach(c -> studiesPerConstruct.merge(c, 1,
        Integer::sum)));
    List<String> shared = studiesPerConstruct.entrySet().stream().filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey).toList();
    for (ComparisonGroup g : pooled) {
      reasons.add(new Reason(ReasonCode.POOLABLE, "'" + g.id() + "': " + Texts.plural(
          g.decision().contributingStudies().size(), "study") + " pooled ("
          + g.decision().metric().orElse("") + ")", Reason.map("studies",
              g.decision().contributingStudies().size()), g.decision().contributingStudies(),
          false));
    }
    if (quantIds.size() > 1 && constructs.size() > 1) {
      StringBuilder per = new StringBuilder();
      constructsByStudy.forEach((id, cs) -> per.append(per.length() == 0 ? "" : "; ")
          .append(id).append(": ").append(String.join(", ", cs)));
      reasons.add(new Reason(ReasonCode.DIFFERENT_CONSTRUCTS, "the "
          + Texts.plural(quantIds.size(), "quantitative study")
          + " measure " + constructs.size() + " different outcome constructs (" + per + "); "
          + (shared.isEmpty() ? "no construct is" : Texts.plural(shared.size(), "construct")
              + " (" + Texts.join(shared) + ") " + (shared.size() == 1 ? "is" : "are"))
          + " measured by more than one study", Reason.map("quantitativeStudies",
              quantIds.size(), "constructs", constructs.size(), "sharedConstructs",
              shared.size()), quantIds, pooled.isEmpty()));
    }
    Set<String> quantCats = new TreeSet<>(categoryByStudy.values());
    Set<String> allCats = new TreeSet<>();
    review.studies().forEach(st -> allCats.add(st.intervention().map(i -> i.category().trim())
        .orElse(UNSPECIFIED)));
    if (quantCats.size() > 1) {
      StringBuilder per = new StringBuilder();
      categoryByStudy.forEach((id, c) -> per.append(per.length() == 0 ? "" : "; ").append(id)
          .append(": ").append(c));
      reasons.add(new Reason(ReasonCode.DIFFERENT_INTERVENTIONS, "the quantitative studies "
          + "evaluate " + quantCats.size() + " different intervention categories (" + per
          + "); the review covers " + allCats.size() + " categories in all",
          Reason.map("quantitativeCategories", quantCats.size(), "categories", allCats.size()),
          quantIds, pooled.isEmpty()));
    }
    // design classes: quantitative classes plus qualitative evidence
    Map<String, Set<String>> classStudies = new TreeMap<>();
    quant.forEach(g -> classStudies.computeIfAbsent(g.designClass().get(), q -> new TreeSet<>())
        .addAll(g.studyIds()));
    Set<String> qualIds = new TreeSet<>();
    qual.forEach(g -> qualIds.addAll(g.studyIds()));
    if (!qualIds.isEmpty()) {
      classStudies.put("qualitative", qualIds);
    }
    boolean controlled = quant.stream().anyMatch(g -> s.designClasses().stream().anyMatch(c ->
        c.name().equals(g.designClass().get()) && c.contains(DesignType.RANDOMIZED_TRIAL)));
    if (classStudies.size() > 1) {
      StringBuilder per = new StringBuilder();
      classStudies.forEach((c, ids) -> per.append(per.length() == 0 ? "" : "; ")
          .append(c).append(" evidence: ").append(ids.size()));
      Map<DesignType, Integer> types = new TreeMap<>();
      review.studies().forEach(st -> types.merge(st.design().type(), 1, Integer::sum));
      reasons.add(new Reason(ReasonCode.DIFFERENT_DESIGNS, "the studies' designs differ ("
          + per + " studies; design types " + types.toString().replace('_', ' ')
              .replace("{", "").replace("}", "").toLowerCase(Locale.ROOT) + ")"
          + (controlled ? ""
                  : "; no quantitative study has a randomised or comparison group"),
          Reason.map("designClasses", classStudies.size(), "designTypes", types.size(),
              "qualitativeStudies", qualIds.size()), List.of(), pooled.isEmpty()));
    }
    for (ConstructSplit sp : splits) {
      reasons.addAll(sp.reasons());
    }
    List<ComparisonGroup> few = quant.stream().filter(g -> g.k() < s.minimumStudies()).toList();
    if (!few.isEmpty()) {
      int largest = quant.stream().mapToInt(ComparisonGroup::k).max().orElse(0);
      reasons.add(new Reason(ReasonCode.TOO_FEW_STUDIES, few.size() + " of "
          + Texts.plural(quant.size(), "quantitative comparison") + " "
          + Texts.verb(few.size(), "holds", "hold") + " fewer than "
          + s.minimumStudies() + " studies (the largest holds " + largest + ")",
          Reason.map("groups", quant.size(), "groupsBelowMinimum", few.size(), "largestGroup",
              largest, "minimum", s.minimumStudies()), List.of(), pooled.isEmpty()));
    }
    List<StudyEvidence> all = quant.stream().flatMap(g -> g.studies().stream()).toList();
    long noVar = all.stream().filter(e -> e.level() != DataLevel.EFFECT_WITH_VARIANCE).count();
    if (noVar > 0) {
      long derivable = all.stream().filter(e -> e.reasons().stream().anyMatch(r ->
          r.code() == ReasonCode.MISSING_VARIANCE
              && r.numbers().getOrDefault("derivableFromTOrP", 0.0) > 0)).count();
      Set<String> ids = new TreeSet<>();
      all.stream().filter(e -> e.level() != DataLevel.EFFECT_WITH_VARIANCE)
          .forEach(e -> ids.add(e.studyId()));
      reasons.add(new Reason(ReasonCode.MISSING_VARIANCE, noVar + " of " + all.size()
          + " study results " + Texts.verb(noVar, "gives", "give")
          + " no effect size with a valid variance (" + derivable
          + " with an exact p or t that would allow one given n)", Reason.map("results",
              all.size(), "withoutVariance", noVar, "derivableFromTOrP", derivable),
          new ArrayList<>(ids), false));
    }
    long bounded = all.stream().filter(e -> e.reasons().stream()
        .anyMatch(r -> r.code() == ReasonCode.BOUNDED_P_VALUE)).count();
    if (bounded > 0) {
      Set<String> ids = new TreeSet<>();
      all.stream().filter(e -> e.reasons().stream()
          .anyMatch(r -> r.code() == ReasonCode.BOUNDED_P_VALUE)).forEach(e -> ids.add(
              e.studyId()));
      reasons.add(new Reason(ReasonCode.BOUNDED_P_VALUE, bounded + " study "
          + Texts.verb(bounded, "result reports", "results report") + " "
          + "only a bounded p value (for example p < 0.001), which is not exact and cannot be "
          + "combined", Reason.map("results", bounded), new ArrayList<>(ids), false));
    }
    List<String> high = new ArrayList<>();
    int appraised = 0;
    for (Study st : review.studies()) {
      if (!st.appraisals().isEmpty()) {
        appraised++;
      }
      boolean q = quantIds.contains(st.id());
      if (Derivation.highRisk(s, st, !q)) {
        high.add(st.id());
      }
    }
    List<String> highQuant = high.stream().filter(quantIds::contains).toList();
    if (!high.isEmpty()) {
      reasons.add(new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of "
          + Texts.plural(review.studies().size(), "study") + " (" + highQuant.size() + " of "
          + quantIds.size() + " quantitative) " + Texts.verb(high.size(), "is", "are")
          + " rated at high risk of bias or low quality ("
          + Texts.join(high) + ")", Reason.map("highRisk", high.size(), "highRiskQuantitative",
              highQuant.size(), "quantitativeStudies", quantIds.size(), "appraised", appraised,
              "studies", review.studies().size()), high, false));
    }
    if (appraised < review.studies().size()) {
      reasons.add(Reason.note(ReasonCode.RISK_OF_BIAS_UNKNOWN, "no risk-of-bias appraisal is "
          + "recorded for " + (review.studies().size() - appraised) + " of "
          + Texts.plural(review.studies().size(), "study"), "unappraised",
          review.studies().size() - appraised, "studies", review.studies().size()));
    }
    if (!qual.isEmpty()) {
      reasons.add(new Reason(ReasonCode.QUALITATIVE_EVIDENCE, Texts.plural(qualIds.size(),
          "study") + " " + Texts.verb(qualIds.size(), "contributes", "contribute")
          + " qualitative evidence: thematic synthesis by intervention type "
          + "in " + Texts.plural(qual.size(), "group") + " (" + Texts.join(qual.stream()
              .map(ComparisonGroup::interventionCategory).toList()) + ")",
          Reason.map("qualitativeStudies", qualIds.size(), "groups", qual.size()),
          new ArrayList<>(qualIds), false));
    }
    if (groups.isEmpty()) {
      reasons.add(Reason.note(ReasonCode.NO_USABLE_DATA, "the review has no outcomes or "
          + "qualitative evidence to synthesise", "studies", review.studies().size()));
      return SynthesisMethod.NONE;
    }
    return pooled.isEmpty() ? SynthesisMethod.NARRATIVE : SynthesisMethod.META_ANALYSIS;
  }
}
