package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.GeneratedStudies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of subgroup analyses on generated studies, with a separate or a common τ². */
class SubgroupAnalysisProperties {

  /** Common effect, or random effects (DL, REML with a DL fallback); z or Knapp-Hartung. */
  @Provide
  Arbitrary<SubgroupAnalysis> analyses() {
    Arbitrary<MetaAnalysis> model = Arbitraries.of(MetaAnalysis.commonEffect(),
        MetaAnalysis.randomEffects(Tau2Estimator.DL),
        MetaAnalysis.randomEffects(Tau2Estimator.REML).withMaxIterations(1000)
            .withFallback(Tau2Estimator.DL));
    return Combinators.combine(model, Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((m, knha, common) -> {
          SubgroupAnalysis a = SubgroupAnalysis.of(m.withKnappHartung(knha));
          return common ? a.withCommonTau2() : a;
        });
  }

  @Provide
  Arbitrary<GeneratedStudies.Data> studies() {
    return GeneratedStudies.studies(3, 12, true).withoutEdgeCases();
  }

  @Property
  void identicalSubgroupsDoNotDiffer(@ForAll("analyses") SubgroupAnalysis analysis,
      @ForAll("studies") GeneratedStudies.Data data, @ForAll @IntRange(min = 2, max = 4) int m) {
    int k = data.y().length;
    double[] y = new double[m * k];
    double[] v = new double[m * k];
    List<String> labels = new ArrayList<>();
    for (int g = 0; g < m; g++) {
      System.arraycopy(data.y(), 0, y, g * k, k);
      System.arraycopy(data.v(), 0, v, g * k, k);
      labels.addAll(Collections.nCopies(k, "group " + g));
    }
    SubgroupResult r = analysis.fit(y, v, labels);
    assertEquals(m, r.subgroups().size());
    assertEquals(m - 1, r.between().df());
    assertEquals(0, r.between().statistic(), 1e-9, r.toString());
  }

  @Property
  void studyOrderDoesNotMatter(@ForAll("analyses") SubgroupAnalysis analysis,
      @ForAll("studies") GeneratedStudies.Data data,
      @ForAll("labels") List<String> groupOf, @ForAll Random random) {
    int k = data.y().length;
    List<String> labels = new ArrayList<>(groupOf.subList(0, k));
    Assume.that(labels.stream().distinct().count() >= 2);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    double[] y = new double[k];
    double[] v = new double[k];
    List<String> shuffled = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      y[i] = data.y()[order.get(i)];
      v[i] = data.v()[order.get(i)];
      shuffled.add(labels.get(order.get(i)));
    }
    SubgroupResult a = fitOrSkip(analysis, data.y(), data.v(), labels);
    SubgroupResult b = fitOrSkip(analysis, y, v, shuffled);
    Assume.that(a != null && b != null);
    close(a.between().statistic(), b.between().statistic(), "between Q");
    close(a.between().pValue(), b.between().pValue(), "between p");
    assertEquals(a.subgroups().size(), b.subgroups().size());
    for (Subgroup s : a.subgroups()) {
      Subgroup t = b.subgroup(s.label());
      assertEquals(s.k(), t.k());
      close(s.estimate().estimate(), t.estimate().estimate(), s.label() + " estimate");
      close(s.estimate().standardError(), t.estimate().standardError(), s.label() + " se");
    }
  }

  /** Up to 12 labels from three subgroups. */
  @Provide
  Arbitrary<List<String>> labels() {
    return Arbitraries.of("a", "b", "c").list().ofSize(12);
  }

  /**
   * The fit, or null when the data are outside the model's reach in either order: a common-τ²
   * model with too few studies for its coefficients, or a Knapp-Hartung fit of a subgroup whose
   * estimates it fits exactly.
   */
  private static SubgroupResult fitOrSkip(SubgroupAnalysis analysis, double[] y, double[] v,
      List<String> labels) {
    try {
      return analysis.fit(y, v, labels);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("too few for")
          || e.getMessage().contains("Knapp-Hartung test: the weighted residual sum of squares"),
          e.getMessage());
      return null;
    }
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= 1e-8 * Math.max(1, Math.abs(expected)),
        what + ": " + expected + " vs " + actual);
  }
}
