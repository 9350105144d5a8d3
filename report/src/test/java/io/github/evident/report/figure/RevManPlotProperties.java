package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.TwoByTwo;
import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.binary.MantelHaenszel;
import io.github.evident.stats.binary.Peto;
import io.github.evident.stats.binary.PooledResult;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.Tau2Estimator;
import io.github.evident.stats.sensitivity.Cumulative;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Invariants of the RevMan-style binary forest plot and of the sensitivity plots. */
class RevManPlotProperties {

  @Provide
  Arbitrary<List<TwoByTwo>> tables() {
    Arbitrary<Integer> cell = Arbitraries.integers().between(0, 60);
    Arbitrary<TwoByTwo> any = Combinators.combine(cell, cell, cell, cell)
        .filter((a, b, c, d) -> a + b > 0 && c + d > 0).as(TwoByTwo::of);
    Arbitrary<Integer> positive = Arbitraries.integers().between(1, 60);
    Arbitrary<TwoByTwo> informative = Combinators.combine(positive, positive, positive, positive)
        .as(TwoByTwo::of);
    return Combinators.combine(informative, any.list().ofMaxSize(11)).as((first, rest) -> {
      List<TwoByTwo> out = new ArrayList<>(rest);
      out.add(0, first);
      return out;
    });
  }

  private static PooledResult fit(int measure, List<TwoByTwo> tables) {
    return switch (measure) {
      case 0 -> MantelHaenszel.oddsRatio().fit(tables);
      case 1 -> MantelHaenszel.riskRatio().fit(tables);
      case 2 -> MantelHaenszel.riskDifference().fit(tables);
      default -> Peto.oddsRatio().fit(tables);
    };
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void anyBinaryForestPlotIsLegibleWithItsTotalsAndWeightsSummingTo100(
      @ForAll("tables") List<TwoByTwo> tables, @ForAll @IntRange(min = 0, max = 3) int measure) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      labels.add("Study " + (i + 1) + (i % 3 == 0 ? " et al. 2001" : ""));
    }
    BinaryForestPlot p = BinaryForestPlot.of(labels, tables, fit(measure, tables))
        .withFavours("Favours experimental", "Favours control");
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    List<Element> rows = SvgCheck.groups(doc, "forest-study");
    assertEquals(tables.size(), rows.size());
    double printed = 0;
    int a = 0;
    int c = 0;
    for (int i = 0; i < rows.size(); i++) {
      a += tables.get(i).a();
      c += tables.get(i).c();
      for (String s : SvgCheck.allLines(rows.get(i))) {
        if (s.endsWith("%")) {
          printed += Double.parseDouble(s.substring(0, s.length() - 1));
        }
      }
    }
    double sum = printed;
    assertTrue(Math.abs(sum - 100) <= 0.05 * tables.size() + 1e-9,
        () -> "printed weights sum to " + sum);
    assertEquals(List.of("Total events", String.valueOf(a), String.valueOf(c)),
        SvgCheck.allLines(SvgCheck.groups(doc, "forest-total-events").get(0)));
  }

  @Provide
  Arbitrary<double[][]> studies() {
    Arbitrary<double[]> study = Combinators.combine(Arbitraries.doubles().between(-2, 2)
        .ofScale(3), Arbitraries.doubles().between(0.01, 1).ofScale(3))
        .as((y, v) -> new double[] {y, v});
    return study.list().ofMinSize(2).ofMaxSize(12).map(l -> l.toArray(new double[0][]));
  }

  @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
  void sensitivityRowsNameTheirStudiesInTheOrderOfTheSeries(
      @ForAll("studies") double[][] studies, @ForAll long seed, @ForAll boolean exp) {
    int k = studies.length;
    double[] yi = new double[k];
    double[] vi = new double[k];
    List<String> labels = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      yi[i] = studies[i][0];
      vi[i] = studies[i][1];
      labels.add("Trial " + (char) ('A' + i));
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    MetaAnalysis dl = MetaAnalysis.randomEffects(Tau2Estimator.DL);
    Transform t = exp ? Transform.EXP : Transform.NONE;
    Document loo = SvgCheck.parse(SensitivityPlot.of(labels, LeaveOneOut.of(dl).fit(yi, vi))
        .withTransform(t).toSvg());
    Document cum = SvgCheck.parse(SensitivityPlot.of(labels, Cumulative.of(dl).fit(yi, vi,
        order.stream().mapToInt(Integer::intValue).toArray())).withTransform(t).toSvg());
    SvgCheck.assertLegible(loo);
    SvgCheck.assertLegible(cum);
    List<Element> looRows = SvgCheck.groups(loo, "sensitivity-step");
    List<Element> cumRows = SvgCheck.groups(cum, "sensitivity-step");
    for (int i = 0; i < k; i++) {
      assertEquals("Omitting " + labels.get(i), SvgCheck.allLines(looRows.get(i)).get(0));
      assertEquals("+ " + labels.get(order.get(i)), SvgCheck.allLines(cumRows.get(i)).get(0));
    }
  }
}
