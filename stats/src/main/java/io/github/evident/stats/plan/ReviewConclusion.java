package io.github.evident.stats.plan;

import static io.github.evident.stats.plan.Wording.join;
import static io.github.evident.stats.plan.Wording.plural;
import static io.github.evident.stats.plan.Wording.verb;

import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import java.util.ArrayList;
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
  private final List<ComparisonGroup> groups;
  private final List<ComparisonGroup> quant;
  private final List<ComparisonGroup> qual;
  private final List<ComparisonGroup> pooled;
  private final Map<String, Set<String>> constructsByStudy = new TreeMap<>();
  private final Map<String, String> categoryByStudy = new TreeMap<>();
  private final List<String> quantIds;
  private final Set<String> qualIds = new TreeSet<>();
  private final List<Reason> reasons;

  ReviewConclusion(PlannerSettings settings, Review review, List<ComparisonGroup> groups,
      List<ConstructSplit> splits) {
    this.s = settings;
    this.review = review;
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
    this.quantIds = new ArrayList<>(constructsByStudy.keySet());
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
    return pooled.stream().map(g -> new Reason(ReasonCode.POOLABLE, "'" + g.id() + "': "
        + plural(g.decision().contributingStudies().size(), "study") + " pooled ("
        + g.decision().metric().map(Metric::label).orElse("") + ")", Reason.map("studies",
            g.decision().contributingStudies().size()), g.decision().contributingStudies(),
        false)).toList();
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
    List<String> per = new ArrayList<>();
    constructsByStudy.forEach((id, cs) -> per.add(id + ": " + String.join(", ", cs)));
    return Optional.of(new Reason(ReasonCode.DIFFERENT_CONSTRUCTS, "the "
        + plural(quantIds.size(), "quantitative study") + " measure " + constructs.size()
        + " different outcome constructs (" + String.join("; ", per) + "); "
        + (shared.isEmpty() ? "no construct is" : plural(shared.size(), "construct") + " ("
            + join(shared) + ") " + verb(shared.size(), "is", "are"))
        + " measured by more than one study", Reason.map("quantitativeStudies",
            quantIds.size(), "constructs", constructs.size(), "sharedConstructs",
            shared.size()), quantIds, pooled.isEmpty()));
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
    List<String> per = new ArrayList<>();
    categoryByStudy.forEach((id, c) -> per.add(id + ": " + c));
    return Optional.of(new Reason(ReasonCode.DIFFERENT_INTERVENTIONS, "the quantitative "
        + "studies evaluate " + quantCats.size() + " different intervention categories ("
        + String.join("; ", per) + "); the review covers " + allCats.size()
        + " categories in all", Reason.map("quantitativeCategories", quantCats.size(),
            "categories", allCats.size()), quantIds, pooled.isEmpty()));
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
    List<String> per = new ArrayList<>();
    classStudies.forEach((c, ids) -> per.add(c + " evidence: " + ids.size()));
    Map<DesignType, Integer> types = new TreeMap<>();
    review.studies().forEach(st -> types.merge(st.design().type(), 1, Integer::sum));
    List<String> typeCounts = new ArrayList<>();
    types.forEach((t, n) -> typeCounts.add(Wording.words(t) + "=" + n));
    return Optional.of(new Reason(ReasonCode.DIFFERENT_DESIGNS, "the studies' designs differ ("
        + String.join("; ", per) + " studies; design types " + String.join(", ", typeCounts)
        + ")" + (controlled ? "" : "; no quantitative study has a randomised or comparison "
            + "group"), Reason.map("designClasses", classStudies.size(), "designTypes",
            types.size(), "qualitativeStudies", qualIds.size()), List.of(), pooled.isEmpty()));
  }

  /** Enough studies per comparison (Handbook 10.2, 12.1). */
  private Optional<Reason> enoughStudies() {
    List<ComparisonGroup> few = quant.stream().filter(g -> g.k() < s.minimumStudies()).toList();
    if (few.isEmpty()) {
      return Optional.empty();
    }
    int largest = quant.stream().mapToInt(ComparisonGroup::k).max().orElse(0);
    return Optional.of(new Reason(ReasonCode.TOO_FEW_STUDIES, few.size() + " of "
        + plural(quant.size(), "quantitative comparison") + " "
        + verb(few.size(), "holds", "hold") + " fewer than " + s.minimumStudies()
        + " studies (the largest holds " + largest + ")", Reason.map("groups", quant.size(),
            "groupsBelowMinimum", few.size(), "largestGroup", largest, "minimum",
            s.minimumStudies()), List.of(), pooled.isEmpty()));
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
    return Optional.of(new Reason(ReasonCode.MISSING_VARIANCE, without.size() + " of "
        + all.size() + " study results " + verb(without.size(), "gives", "give")
        + " no effect size with a valid variance (" + derivable + " with an exact p or t that "
        + "would allow one given n)", Reason.map("results", all.size(), "withoutVariance",
            without.size(), StudyEvidence.DERIVABLE, derivable), new ArrayList<>(ids), false));
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
    return Optional.of(new Reason(ReasonCode.BOUNDED_P_VALUE, bounded.size() + " study "
        + verb(bounded.size(), "result reports", "results report") + " only a bounded p "
        + "value (for example p < 0.001), which is not exact and cannot be combined",
        Reason.map("results", bounded.size()), new ArrayList<>(ids), false));
  }

  /** Risk of bias of the included studies (Handbook 8, 10.10.4). */
  private Optional<Reason> lowRiskOfBias() {
    List<String> high = review.studies().stream()
        .filter(st -> Derivation.highRisk(s, st, !quantIds.contains(st.id())))
        .map(Study::id).toList();
    if (high.isEmpty()) {
      return Optional.empty();
    }
    List<String> highQuant = high.stream().filter(quantIds::contains).toList();
    int n = review.studies().size();
    return Optional.of(new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of "
        + plural(n, "study") + " (" + highQuant.size() + " of " + quantIds.size()
        + " quantitative) " + verb(high.size(), "is", "are") + " rated at high risk of bias "
        + "or low quality (" + join(high) + ")", Reason.map("highRisk", high.size(),
            "highRiskQuantitative", highQuant.size(), "quantitativeStudies", quantIds.size(),
            "appraised", appraisedCount(), "studies", n), high, false));
  }

  private long appraisedCount() {
    return review.studies().stream().filter(st -> !st.appraisals().isEmpty()).count();
  }

  private Optional<Reason> appraised() {
    int n = review.studies().size();
    long unappraised = n - appraisedCount();
    return unappraised == 0 ? Optional.empty() : Optional.of(Reason.note(
        ReasonCode.RISK_OF_BIAS_UNKNOWN, "no risk-of-bias appraisal is recorded for "
            + unappraised + " of " + plural(n, "study"), "unappraised", unappraised, "studies",
        n));
  }

  /** Qualitative evidence: thematic synthesis (Handbook ch. 21). */
  private Optional<Reason> qualitativeEvidence() {
    if (qual.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Reason(ReasonCode.QUALITATIVE_EVIDENCE, plural(qualIds.size(),
        "study") + " " + verb(qualIds.size(), "contributes", "contribute") + " qualitative "
        + "evidence: thematic synthesis by intervention type in " + plural(qual.size(), "group")
        + " (" + join(qual.stream().map(ComparisonGroup::interventionCategory).toList()) + ")",
        Reason.map("qualitativeStudies", qualIds.size(), "groups", qual.size()),
        new ArrayList<>(qualIds), false));
  }

  private Optional<Reason> anythingToSynthesise() {
    return groups.isEmpty() ? Optional.of(Reason.note(ReasonCode.NO_USABLE_DATA, "the review "
        + "has no outcomes or qualitative evidence to synthesise", "studies",
        review.studies().size())) : Optional.empty();
  }
}
