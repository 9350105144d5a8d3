package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.json.EvidentJson;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Direction;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.TwoByTwo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of planning over subsets and orders of real and generated studies. */
class PlannerProperties {

  private static final SynthesisPlanner PLANNER = SynthesisPlanner.withDefaults();

  /** The seed and BCG studies, without cross-references so that any subset is a valid review. */
  private static final List<Study> POOL = pool();

  private static List<Study> pool() {
    List<Study> out = new ArrayList<>();
    Fixtures.seed().studies().forEach(s -> out.add(Study.builder().from(s)
        .relatedStudies(List.of()).build()));
    out.addAll(Fixtures.bcg().studies());
    return List.copyOf(out);
  }

  /** A generated study: a 2×2 table, a paired change with an exact or bounded p, or a t. */
  @Provide
  Arbitrary<Study> generated() {
    Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').ofLength(6)
        .map(s -> "g-" + s);
    Arbitrary<String> construct = Arbitraries.of("pain", "Pain", "mood", "tuberculosis");
    Arbitrary<String> category = Arbitraries.of("BCG vaccine", "training", "Drug treatment");
    Arbitrary<DesignType> design = Arbitraries.of(DesignType.RANDOMIZED_TRIAL,
        DesignType.CONTROLLED_CLINICAL_TRIAL, DesignType.SINGLE_GROUP_PRE_POST);
    Arbitrary<ReportedResult> result = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(1, 200), Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(1, 200)).as((a, b, c, d) -> TwoByTwo.of(a, b, c, d)),
        Combinators.combine(Arbitraries.doubles().between(-5, 5).ofScale(2),
            Arbitraries.doubles().between(0.001, 0.99).ofScale(3), Arbitraries.of(true, false),
            Arbitraries.integers().between(3, 80)).as((md, p, exact, n) ->
                Studies.change().meanDifference(md)
                    .p(exact ? PValue.exactly(p) : PValue.lessThan(p)).n(n).build()),
        Arbitraries.doubles().between(-4, 4).ofScale(2).map(t -> Studies.t(t, "0.05")));
    return Combinators.combine(id, construct, category, design, result).as((i, c, cat, d, r) ->
        Studies.study(i, d, cat, Studies.outcome(c, "scale", Direction.LOWER_IS_BETTER, r)));
  }

  @Provide
  Arbitrary<List<Study>> studies() {
    Arbitrary<List<Study>> real = Arbitraries.subsetOf(POOL).map(ArrayList::new);
    Arbitrary<List<Study>> made = generated().list().ofMaxSize(6)
        .uniqueElements(Study::id);
    return Combinators.combine(real, made).as((a, b) -> {
      List<Study> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }).flatMap(all -> Arbitraries.shuffle(all));
  }

  private static Map<String, String> decisions(SynthesisPlan plan) {
    Map<String, String> m = new LinkedHashMap<>();
    for (ComparisonGroup g : plan.groups()) {
      Decision d = g.decision();
      m.put(g.id(), d.method() + " " + d.metric() + " " + d.contributingStudies() + " "
          + d.reasons().stream().map(r -> r.code() + (r.blocking() ? "!" : "")).toList());
    }
    m.put("conclusion", plan.conclusion() + " " + plan.reasons().stream().map(Reason::code)
        .toList());
    return m;
  }

  @Property(tries = 60)
  void permutingStudiesDoesNotChangeDecisions(@ForAll("studies") List<Study> studies) {
    List<Study> sorted = new ArrayList<>(studies);
    sorted.sort(Comparator.comparing(Study::id));
    assertEquals(decisions(PLANNER.plan(Studies.review(sorted))),
        decisions(PLANNER.plan(Studies.review(studies))));
  }

  @Property(tries = 60)
  void addingAStudyNeverReducesAGroupsStudyCount(@ForAll("studies") List<Study> studies,
      @ForAll("generated") Study extra) {
    Assume.that(studies.stream().noneMatch(s -> s.id().equals(extra.id())));
    SynthesisPlan before = PLANNER.plan(Studies.review(studies));
    List<Study> more = new ArrayList<>(studies);
    more.add(extra);
    SynthesisPlan after = PLANNER.plan(Studies.review(more));
    for (ComparisonGroup g : before.groups()) {
      assertTrue(after.group(g.id()).k() >= g.k(), g.id());
    }
    assertTrue(after.groups().size() >= before.groups().size());
  }

  @Property(tries = 40)
  void planJsonIsDeterministicAndRoundTrips(@ForAll("studies") List<Study> studies) {
    SynthesisPlan plan = PLANNER.plan(Studies.review(studies));
    String json = EvidentJson.write(plan);
    assertEquals(json, EvidentJson.write(PLANNER.plan(Studies.review(studies))));
    assertEquals(plan, EvidentJson.read(json, SynthesisPlan.class));
  }

  @Property(tries = 60)
  void decisionsAreConsistentWithTheirData(@ForAll("studies") List<Study> studies) {
    SynthesisPlan plan = PLANNER.plan(Studies.review(studies));
    for (ComparisonGroup g : plan.groups()) {
      Decision d = g.decision();
      assertTrue(!d.reasons().isEmpty(), g.id());
      assertTrue(g.studyIds().containsAll(d.contributingStudies()), g.id());
      switch (d.method()) {
        case META_ANALYSIS -> {
          assertEquals(d.contributingStudies().size(), d.metaAnalysis().get().k());
          assertTrue(d.contributingStudies().size() >= plan.settings().minimumStudies());
          assertTrue(d.contributingStudies().stream().allMatch(id -> g.study(id).level()
              == DataLevel.EFFECT_WITH_VARIANCE));
        }
        case SUMMARY_OF_ESTIMATES -> assertEquals(d.contributingStudies().size(),
            ((Decision.SummaryOfEstimates) d).estimateSummary().k());
        case COMBINED_P_VALUES -> assertEquals(d.contributingStudies().size(),
            ((Decision.CombinedPValues) d).combinedP().k());
        case VOTE_COUNTING_BY_DIRECTION -> assertEquals(d.contributingStudies().size(),
            ((Decision.VoteCounting) d).voteCount().n());
        default -> assertTrue(d.metaAnalysis().isEmpty());
      }
    }
    assertEquals(plan.groupsWith(SynthesisMethod.META_ANALYSIS).isEmpty(),
        plan.conclusion() != SynthesisMethod.META_ANALYSIS);
  }
}
