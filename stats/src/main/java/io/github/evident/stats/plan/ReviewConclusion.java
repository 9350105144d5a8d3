package io.github.evident.stats.plan;

import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The review-level conclusion: meta-analysis if any comparison is pooled, otherwise narrative
 * synthesis, with one reason per criterion that shaped it (the same question and outcome
 * construct, comparable interventions and designs, enough studies, the data available for an
 * effect size, risk of bias, qualitative evidence).
 */
final class ReviewConclusion {

  private final PlannerSettings s;
  private final Review review;
  private final StudyLabels labels;
  private final List<ComparisonGroup> groups;
  private final List<ComparisonGroup> quant;
  private final List<ComparisonGroup> qual;
  private final List<ComparisonGroup> pooled;
  private final Map<String, Set<String>> constructsByStudy = new TreeMap<>();
  private final Map<String, String> categoryByStudy = new TreeMap<>();
  private final Set<String> quantIds;
  private final Set<String> qualIds = new TreeSet<>();
  private final List<Reason> reasons;

  ReviewConclusion(PlannerSettings settings, Review review, List<ComparisonGroup> groups,
      List<ConstructSplit> splits, StudyLabels labels) {
    this.s = settings;
    this.review = review;
    this.labels = labels;
    this.groups = groups;
    this.quant = groups.stream().filter(g -> !g.qualitative()).toList();
    this.qual = groups.stream().filter(ComparisonGroup::qualitative).toList();
    this.pooled = quant.stream()
        .filter(g -> g.decision().method() == SynthesisMethod.META_ANALYSIS).toList();
    for (ComparisonGroup g : quant) {
      for (String id : g.studyIds()) {
        constructsByStudy.computeIfAbsent(id, q -> new TreeSet<>()).add(g.construct().get());
        categoryByStudy.put(id, g.interventionCategory());
      }
    }
    this.quantIds = new LinkedHashSet<>(constructsByStudy.keySet());
    qual.forEach(g -> qualIds.addAll(g.studyIds()));
    List<Reason> rs = new ArrayList<>(poolable());
    Stream.of(sameConstruct(), sameInterventions(), sameDesigns()).flatMap(Optional::stream)
        .forEach(rs::add);
    splits.forEach(sp -> rs.addAll(sp.reasons()));
    Stream.of(enoughStudies(), validVariances(), exactPValues(), lowRiskOfBias(), appraised(),
        qualitativeEvidence(), anythingToSynthesise()).flatMap(Optional::stream).forEach(rs::add);
    this.reasons = List.copyOf(rs);
  }

  /** The conclusion for the review. */
  SynthesisMethod method() {
    if (groups.isEmpty()) {
      return SynthesisMethod.NONE;
    }
    return pooled.isEmpty() ? SynthesisMethod.NARRATIVE : SynthesisMethod.META_ANALYSIS;
  }

  /** The reasons, in the order of the criteria. */
  List<Reason> reasons() {
    return reasons;
  }

  private List<Reason> poolable() {
    return pooled.stream().map(g -> Wording.pooled(g.id(), g.decision())).toList();
  }

  /** The same outcome construct (Handbook 10.10.1, clinical diversity). */
  private Optional<Reason> sameConstruct() {
    Set<String> constructs = new TreeSet<>();
    constructsByStudy.values().forEach(constructs::addAll);
    if (quantIds.size() <= 1 || constructs.size() <= 1) {
      return Optional.empty();
    }
    Map<String, Integer> studiesPerConstruct = new TreeMap<>();
    constructsByStudy.values().forEach(cs -> cs.forEach(c -> studiesPerConstruct.merge(c, 1,
        Integer::sum)));
    List<String> shared = studiesPerConstruct.entrySet().stream().filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey).toList();
    return Optional.of(Wording.differentConstructs(constructsByStudy, constructs.size(), shared,
        pooled.isEmpty(), labels));
  }

  /** Comparable interventions (Handbook 10.10.1). */
  private Optional<Reason> sameInterventions() {
    Set<String> quantCats = new TreeSet<>(categoryByStudy.values());
    if (quantCats.size() <= 1) {
      return Optional.empty();
    }
    Set<String> allCats = new TreeSet<>();
    review.studies().forEach(st -> allCats.add(st.intervention().map(i -> i.category().trim())
        .orElse(Planning.UNSPECIFIED)));
    return Optional.of(Wording.differentInterventions(categoryByStudy, quantCats.size(),
        allCats.size(), pooled.isEmpty(), labels));
  }

  /** Comparable designs (Handbook 10.10.1, 24.2): design classes plus qualitative evidence. */
  private Optional<Reason> sameDesigns() {
    Map<String, Set<String>> classStudies = new TreeMap<>();
    quant.forEach(g -> classStudies.computeIfAbsent(g.designClass().get(), q -> new TreeSet<>())
        .addAll(g.studyIds()));
    if (!qualIds.isEmpty()) {
      classStudies.put("qualitative", qualIds);
    }
    if (classStudies.size() <= 1) {
      return Optional.empty();
    }
    boolean controlled = quant.stream().anyMatch(g -> s.designClasses().stream().anyMatch(c ->
        c.name().equals(g.designClass().get()) && c.contains(DesignType.RANDOMIZED_TRIAL)));
    Map<DesignType, Integer> types = new TreeMap<>();
    review.studies().forEach(st -> types.merge(st.design().type(), 1, Integer::sum));
    return Optional.of(Wording.differentDesigns(classStudies, types, controlled,
        qualIds.size(), pooled.isEmpty()));
  }

  /** Enough studies per comparison (Handbook 10.2, 12.1). */
  private Optional<Reason> enoughStudies() {
    List<ComparisonGroup> few = quant.stream().filter(g -> g.k() < s.minimumStudies()).toList();
    if (few.isEmpty()) {
      return Optional.empty();
    }
    int largest = quant.stream().mapToInt(ComparisonGroup::k).max().orElse(0);
    return Optional.of(Wording.smallComparisons(few.size(), quant.size(), largest,
        s.minimumStudies(), pooled.isEmpty()));
  }

  /** Data available for an effect size (Handbook 6.3, 6.5). */
  private Optional<Reason> validVariances() {
    List<StudyEvidence> all = quant.stream().flatMap(g -> g.studies().stream()).toList();
    List<StudyEvidence> without = all.stream()
        .filter(e -> e.level() != DataLevel.EFFECT_WITH_VARIANCE).toList();
    if (without.isEmpty()) {
      return Optional.empty();
    }
    long derivable = all.stream().filter(StudyEvidence::varianceDerivable).count();
    Set<String> ids = new TreeSet<>();
    without.forEach(e -> ids.add(e.studyId()));
    return Optional.of(Wording.resultsWithoutVariance(new ArrayList<>(ids), without.size(),
        all.size(), derivable));
  }

  /** Exact p values (Handbook 12.2.2.2). */
  private Optional<Reason> exactPValues() {
    List<StudyEvidence> bounded = quant.stream().flatMap(g -> g.studies().stream())
        .filter(e -> e.has(ReasonCode.BOUNDED_P_VALUE)).toList();
    if (bounded.isEmpty()) {
      return Optional.empty();
    }
    Set<String> ids = new TreeSet<>();
    bounded.forEach(e -> ids.add(e.studyId()));
    return Optional.of(Wording.boundedResults(new ArrayList<>(ids), bounded.size()));
  }

  /** Risk of bias of the included studies (Handbook 8, 10.10.4). */
  private Optional<Reason> lowRiskOfBias() {
    List<String> high = review.studies().stream()
        .filter(st -> RiskOfBias.high(s, st, !quantIds.contains(st.id())))
        .map(Study::id).toList();
    if (high.isEmpty()) {
      return Optional.empty();
    }
    long highQuant = high.stream().filter(quantIds::contains).count();
    return Optional.of(Wording.highRiskInReview(high, highQuant, quantIds.size(),
        appraisedCount(), review.studies().size(), labels));
  }

  private long appraisedCount() {
    return review.studies().stream().filter(st -> !st.appraisals().isEmpty()).count();
  }

  private Optional<Reason> appraised() {
    int n = review.studies().size();
    long unappraised = n - appraisedCount();
    return unappraised == 0 ? Optional.empty()
        : Optional.of(Wording.unappraisedInReview(unappraised, n));
  }

  /** Qualitative evidence: thematic synthesis (Handbook ch. 21). */
  private Optional<Reason> qualitativeEvidence() {
    if (qual.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Wording.qualitativeInReview(new ArrayList<>(qualIds),
        qual.stream().map(ComparisonGroup::interventionCategory).toList()));
  }

  private Optional<Reason> anythingToSynthesise() {
    return groups.isEmpty() ? Optional.of(Wording.nothingToSynthesise(review.studies().size()))
        : Optional.empty();
  }
}
