package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.SubgroupAnalysis;
import io.github.evident.stats.meta.SubgroupResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Invariants of the subgroup forest plot. */
class SubgroupForestPlotProperties {

  record Study(double yi, double vi, String subgroup) {}

  @Provide
  Arbitrary<List<Study>> studies() {
    Arbitrary<Study> s = Combinators.combine(Arbitraries.doubles().between(-2, 2),
        Arbitraries.doubles().between(0.01, 1), Arbitraries.of("A", "B", "C"))
        .as(Study::new);
    return s.list().ofMinSize(4).ofMaxSize(20)
        .filter(l -> l.stream().map(Study::subgroup).distinct().count() >= 2);
  }

  @Property(tries = 40, edgeCases = EdgeCasesMode.NONE)
  void everyStudyAppearsOnceInItsSubgroupsBlockAndWeightsSumTo100PerSubgroup(
      @ForAll("studies") List<Study> studies, @ForAll boolean commonTau2) {
    List<String> labels = new ArrayList<>();
    List<EffectSize> effects = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < studies.size(); i++) {
      labels.add("Study " + (i + 1));
      effects.add(EffectSize.of(studies.get(i).yi(), studies.get(i).vi()));
      groups.add(studies.get(i).subgroup());
    }
    SubgroupAnalysis analysis = SubgroupAnalysis.of(MetaAnalysis.commonEffect());
    SubgroupResult res = (commonTau2 ? analysis.withCommonTau2() : analysis).fit(
        effects.stream().mapToDouble(EffectSize::estimate).toArray(),
        effects.stream().mapToDouble(EffectSize::variance).toArray(), groups);
    SubgroupForestPlot plot = SubgroupForestPlot.of(labels, effects, groups, res);
    Document doc = SvgCheck.parse(plot.toSvg());
    SvgCheck.assertLegible(doc);
    List<String> lines = SvgCheck.allLines(doc);
    List<String> order = new ArrayList<>(new LinkedHashSet<>(groups));
    assertEquals(order.size(), SvgCheck.groups(doc, "forest-subgroup").size());
    List<Element> rows = SvgCheck.groups(doc, "forest-study");
    assertEquals(studies.size(), rows.size());
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      assertEquals(1, lines.stream().filter(label::equals).count(), label);
      int heading = lines.indexOf(groups.get(i));
      int at = lines.indexOf(label);
      int subtotal = heading;
      while (!lines.get(subtotal).startsWith("Subtotal")) {
        subtotal++;
      }
      assertTrue(heading < at && at < subtotal, label + " outside its block in " + lines);
    }
    double[] w = plot.weightsPercent();
    for (String g : order) {
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        sum += groups.get(i).equals(g) ? w[i] : 0;
      }
      assertEquals(100, sum, 1e-9, g);
    }
  }
}
