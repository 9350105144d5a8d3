package io.github.evident.stats.plan;

import io.github.evident.core.model.Design;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.stats.meta.MetaAnalysis;
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

/**
 * One planning run: candidate comparisons (same question: outcome construct, intervention
 * category and design class; Handbook 9.3), what each study's data allow, the decision per
 * comparison ({@link GroupDecision}) and the review-level conclusion ({@link ReviewConclusion}).
 */
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
    StudyLabels labels = StudyLabels.of(review);
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
      groups.add(quantitativeGroup(e.getKey(), e.getValue(), labels));
    }
    for (Map.Entry<String, List<Study>> e : qual.entrySet()) {
      groups.add(qualitativeGroup(e.getKey(), e.getValue()));
    }
    List<ConstructSplit> splits = splits(groups, labels);
    ReviewConclusion conclusion = new ReviewConclusion(s, review, groups, splits, labels);
    return new SynthesisPlan(review.title(), s, groups, splits, conclusion.method(),
        conclusion.reasons(), labels.byId());
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
    return d.type().label();
  }

  private static String display(List<String> spellings) {
    return spellings.stream().min(Comparator.naturalOrder()).orElse(UNSPECIFIED);
  }

  // ---------------------------------------------------------------------------- quantitative

  private ComparisonGroup quantitativeGroup(String id, List<Member> members,
      StudyLabels labels) {
    members = new ArrayList<>(members);
    members.sort(Comparator.comparing(m -> m.study().id()));
    List<StudyEvidence> evidence = new ArrayList<>();
    Set<String> instruments = new LinkedHashSet<>();
    Set<String> instrumentKeys = new TreeSet<>();
    Set<DesignType> designs = new TreeSet<>();
    for (Member m : members) {
      evidence.add(evidence(m));
      m.outcome().instrument().ifPresent(i -> {
        if (instrumentKeys.add(key(i))) {
          instruments.add(i.trim());
        }
      });
      designs.add(m.study().design().type());
    }
    Decision d = new GroupDecision(s, meta, evidence, new ArrayList<>(instruments), labels)
        .decide();
    return new ComparisonGroup(id, false,
        Optional.of(key(members.get(0).outcome().construct())),
        display(members.stream().map(Member::category).toList()),
        Optional.of(members.get(0).designClass()), new ArrayList<>(designs),
        new ArrayList<>(instruments), members.stream().map(m -> m.study().id()).toList(),
        evidence, List.of(), d);
  }

  /** What a member's data allow; one outcome per construct and study (Handbook 9.3.4). */
  private StudyEvidence evidence(Member m) {
    StudyEvidence e = Derivation.derive(s, m.study(), m.outcome(), m.twoGroup());
    return m.outcomesWithConstruct() <= 1 ? e : e.with(Wording.resultSelected(m.study(),
        m.outcomesWithConstruct(), e.construct(), m.outcome().instrument()));
  }

  // ----------------------------------------------------------------------------- qualitative

  private ComparisonGroup qualitativeGroup(String id, List<Study> studies) {
    studies = new ArrayList<>(studies);
    studies.sort(Comparator.comparing(Study::id));
    List<String> themes = new ArrayList<>();
    Set<DesignType> designs = new TreeSet<>();
    List<String> high = new ArrayList<>();
    for (Study st : studies) {
      st.themes().forEach(t -> themes.add(st.label() + ": " + t));
      designs.add(st.design().type());
      if (RiskOfBias.high(s, st, true)) {
        high.add(st.id());
      }
    }
    List<String> ids = studies.stream().map(Study::id).toList();
    String category = display(studies.stream().map(st -> st.intervention()
        .map(i -> i.category().trim()).orElse(UNSPECIFIED)).toList());
    boolean any = !themes.isEmpty() || studies.stream().anyMatch(st -> !st.findings().isEmpty());
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Wording.qualitative(ids, category, themes.size(), any));
    if (!high.isEmpty()) {
      reasons.add(Wording.lowQualityThemes(high, studies.size()));
    }
    Decision d = any
        ? new Decision.Thematic(reasons, ids, Wording.presentation(SynthesisMethod.THEMATIC,
            false))
        : new Decision.NoSynthesis(reasons, List.of(), Wording.presentation(
            SynthesisMethod.THEMATIC, false));
    return new ComparisonGroup(id, true, null, category, null, new ArrayList<>(designs),
        List.of(), ids, List.of(), themes, d);
  }

  // ------------------------------------------------------------------------- review level

  /** Outcomes sharing a construct that fall into several comparisons, and why (Handbook 9.3). */
  private List<ConstructSplit> splits(List<ComparisonGroup> groups, StudyLabels labels) {
    Map<String, List<ComparisonGroup>> byConstruct = new TreeMap<>();
    for (ComparisonGroup g : groups) {
      g.construct().ifPresent(c -> byConstruct.computeIfAbsent(c, q -> new ArrayList<>()).add(g));
    }
    List<ConstructSplit> out = new ArrayList<>();
    byConstruct.forEach((c, gs) -> {
      if (gs.size() >= 2) {
        out.add(split(c, gs, labels));
      }
    });
    return out;
  }

  private static ConstructSplit split(String construct, List<ComparisonGroup> gs,
      StudyLabels labels) {
    Set<String> studies = new TreeSet<>();
    Set<String> cats = new TreeSet<>();
    Set<String> classes = new TreeSet<>();
    Set<String> instruments = new LinkedHashSet<>();
    Set<String> instrumentKeys = new TreeSet<>();
    Set<String> metrics = new TreeSet<>();
    for (ComparisonGroup g : gs) {
      studies.addAll(g.studyIds());
      cats.add(g.interventionCategory());
      g.designClass().ifPresent(classes::add);
      g.instruments().forEach(i -> {
        if (instrumentKeys.add(key(i))) {
          instruments.add(i);
        }
      });
      g.decision().metric().ifPresent(m -> metrics.add(m.label()));
    }
    List<String> sids = new ArrayList<>(studies);
    return new ConstructSplit(construct, gs.stream().map(ComparisonGroup::id).toList(), sids,
        Wording.split(construct, sids, cats, classes, instruments, metrics, labels));
  }
}
