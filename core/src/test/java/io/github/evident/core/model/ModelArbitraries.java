package io.github.evident.core.model;

import io.github.evident.core.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of valid model values, for properties. */
public final class ModelArbitraries {

  private ModelArbitraries() {}

  static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', '²', '-', '"', '\\')
        .ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank());
  }

  static Arbitrary<Double> finite() {
    return Arbitraries.doubles().between(-1e6, 1e6).withSpecialValue(0.0)
        .withSpecialValue(-0.0).withSpecialValue(1e-300);
  }

  static Arbitrary<PValue> pValues() {
    return Combinators.combine(Arbitraries.of(PValue.Relation.class),
        Arbitraries.doubles().between(0, 1)).as(PValue::new);
  }

  static Arbitrary<ReportedResult> results(List<String> timePoints) {
    Arbitrary<String> tp = Arbitraries.of(timePoints);
    Arbitrary<ReportedResult> arm = Builders.withBuilder(ArmSummary::builder)
        .use(finite()).in((b, v) -> b.mean(v))
        .use(Arbitraries.doubles().between(0, 100)).withProbability(0.7).in((b, v) -> b.sd(v))
        .use(Arbitraries.integers().between(1, 50)).withProbability(0.7).in((b, v) -> b.n(v))
        .use(tp).withProbability(0.8).in((b, v) -> b.timePoint(v))
        .use(text()).withProbability(0.3).in((b, v) -> b.group(v))
        .use(pValues()).withProbability(0.3).in((b, v) -> b.p(v))
        .build(b -> (ReportedResult) b.build());
    Arbitrary<ReportedResult> paired = Builders.withBuilder(PairedChange::builder)
        .use(tp).in((b, v) -> b.from(v))
        .use(tp).in((b, v) -> b.to(v))
        .use(finite()).withProbability(0.5).in((b, v) -> b.meanBefore(v))
        .use(finite()).withProbability(0.5).in((b, v) -> b.meanAfter(v))
        .use(finite()).withProbability(0.5).in((b, v) -> b.meanDifference(v))
        .use(Arbitraries.doubles().between(0, 50)).withProbability(0.5)
            .in((b, v) -> b.sdDifference(v))
        .use(Arbitraries.doubles().between(-1, 1)).withProbability(0.5)
            .in((b, v) -> b.correlation(v))
        .use(finite()).withProbability(0.3).in((b, v) -> b.t(v))
        .use(pValues()).withProbability(0.5).in((b, v) -> b.p(v))
        .use(text()).withProbability(0.3).in((b, v) -> b.label(v))
        .build(b -> (ReportedResult) b.build());
    Arbitrary<ReportedResult> table = Combinators.combine(
        Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 500),
        Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 500))
        .as((a, b, c, d) -> (ReportedResult) TwoByTwo.of(a, b, c, d));
    Arbitrary<ReportedResult> prop = Combinators.combine(Arbitraries.doubles().between(0, 1),
        tp.injectNull(0.3)).as((p, t) -> {
          Proportion.Builder b = Proportion.builder().proportion(p);
          if (t != null) {
            b.timePoint(t);
          }
          return (ReportedResult) b.build();
        });
    Arbitrary<ReportedResult> cor = Arbitraries.doubles().between(-1, 1)
        .map(r -> (ReportedResult) CorrelationResult.builder().r(r).build());
    Arbitrary<ReportedResult> stat = Combinators.combine(
        Arbitraries.of(TestStatistic.Kind.class), Arbitraries.doubles().between(0, 100),
        Arbitraries.doubles().between(0.5, 500)).as((k, v, df) ->
            (ReportedResult) TestStatistic.builder().kind(k).value(v).df(df).build());
    Arbitrary<ReportedResult> est = Combinators.combine(text(), finite(),
        Arbitraries.doubles().between(0, 10)).as((m, e, w) -> (ReportedResult)
            EffectEstimate.builder().measure(m).estimate(e).ci(Interval.of(e - w, e + w))
                .build());
    return Arbitraries.oneOf(arm, paired, table, prop, cor, stat, est);
  }

  static Arbitrary<Outcome> outcomes() {
    return text().list().ofMinSize(1).ofMaxSize(3).uniqueElements().flatMap(tps ->
        Combinators.combine(text(), text().injectNull(0.5),
            Arbitraries.of(Direction.class).injectNull(0.3),
            results(tps).list().ofMaxSize(4)).as((c, i, d, rs) -> {
              Outcome.Builder b = Outcome.builder().construct(c).addAllTimePoints(tps)
                  .addAllResults(rs);
              if (i != null) {
                b.instrument(i);
              }
              if (d != null) {
                b.direction(d);
              }
              return b.build();
            }));
  }

  static Arbitrary<Study> studies(String id) {
    Arbitrary<Citation> citation = Combinators.combine(text().list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.integers().between(1950, 2030), text(),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).injectNull(0.5))
        .as((a, y, t, doi) -> {
          Citation.Builder b = Citation.builder().addAllAuthors(a).year(y).title(t);
          if (doi != null) {
            b.doi("10.1000/" + doi);
          }
          return b.build();
        });
    Arbitrary<Design> design = Arbitraries.oneOf(
        Arbitraries.of(DesignType.class).filter(t -> t != DesignType.MIXED_METHODS)
            .map(Design::of),
        text().map(Design::qualitative),
        Arbitraries.just(Design.mixedMethods(DesignType.SINGLE_GROUP_PRE_POST,
            DesignType.QUALITATIVE)));
    Arbitrary<Population> population = Arbitraries.integers().between(0, 10_000).injectNull(0.2)
        .map(n -> n == null ? Population.builder().build()
            : Population.builder().n(n + 50).nAnalysed(n / 2).sexGender("female").build());
    Arbitrary<List<StudyAppraisal>> appraisals = Arbitraries.of("WEAK", "MODERATE", "+", "++")
        .list().ofMaxSize(2).map(rs -> {
          List<StudyAppraisal> out = new ArrayList<>();
          for (int i = 0; i < rs.size(); i++) {
            Map<String, String> comps = new LinkedHashMap<>();
            comps.put("A", rs.get(i));
            out.add(StudyAppraisal.builder().tool("tool" + i).overallRating(rs.get(i))
                .componentRatings(comps).addReviewers("KT", "DM").build());
          }
          return out;
        });
    Arbitrary<Map<String, Characteristic>> characteristics = Combinators.combine(
        finite().injectNull(0.3), text().injectNull(0.3)).as((dose, setting) -> {
          Map<String, Characteristic> m = new LinkedHashMap<>();
          if (dose != null) {
            m.put("dose", Characteristic.of(dose));
          }
          if (setting != null) {
            m.put("setting", Characteristic.of(setting));
          }
          return m;
        });
    return Combinators.combine(citation, design, population, outcomes().list().ofMaxSize(3),
        text().list().ofMaxSize(3), appraisals, text().injectNull(0.5), characteristics)
        .as((c, d, p, os, themes, as, country, cs) -> {
          Study.Builder b = Study.builder().id(id).citation(c).design(d).population(p)
              .addAllOutcomes(os).addAllThemes(themes).addAllAppraisals(as)
              .intervention(Intervention.of("peer support", "weekly sessions"))
              .putAllCharacteristics(cs);
          if (country != null) {
            b.country(country);
          }
          return b.build();
        });
  }

  /**
   * Valid reviews with up to four studies, PRISMA counts and a search; without edge cases,
   * whose combinations over every field of every study would outnumber any sensible number of
   * tries.
   */
  public static Arbitrary<Review> reviews() {
    Arbitrary<List<Study>> studies = Arbitraries.integers().between(0, 4).flatMap(k -> {
      List<Arbitrary<Study>> each = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        each.add(studies("s" + i));
      }
      return Combinators.combine(each).as(l -> l);
    });
    Arbitrary<PrismaFlow> prisma = Arbitraries.integers().between(0, 20_000).map(n ->
        PrismaFlow.builder().recordsIdentified(n).putRecordsBySource("MEDLINE", n)
            .duplicatesRemoved(n / 3).recordsScreened(n - n / 3).build());
    return Combinators.combine(text(), studies, prisma.injectNull(0.3), text().list().ofMaxSize(3))
        .as((title, ss, p, sources) -> {
          Review.Builder b = Review.builder().title(title).addAllStudies(ss)
              .registration(Registration.prospero("CRD42020204592"))
              .search(SearchStrategy.builder().addAllSources(sources).publishedFrom("2000-01")
                  .publishedTo("2020").build())
              .eligibility(new Eligibility(List.of("adults"), List.of()));
          if (p != null) {
            b.prisma(p);
          }
          return b.build();
        })
        .withoutEdgeCases();
  }
}
