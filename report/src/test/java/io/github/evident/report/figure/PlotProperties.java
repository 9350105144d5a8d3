package io.github.evident.report.figure;

import io.github.evident.core.svg.SvgCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Document;

class PlotProperties {

  private static Arbitrary<String> label() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'W', '&', '<', 'é', '1')
        .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
  }

  record Study(String label, double estimate, double variance) {}

  @Provide
  Arbitrary<List<Study>> studies() {
    Arbitrary<Study> s = Combinators.combine(label(),
        Arbitraries.doubles().between(-4, 4).ofScale(3),
        Arbitraries.doubles().between(0.0005, 3).ofScale(4)).as(Study::new);
    return s.list().ofMinSize(1).ofMaxSize(16).uniqueElements(Study::label);
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
  void anyForestPlotIsLegibleAndItsWeightsSumTo100(@ForAll("studies") List<Study> studies,
      @ForAll boolean pooled, @ForAll boolean exp, @ForAll boolean fixedAxis,
      @ForAll("texts") String left, @ForAll("texts") String right, @ForAll("texts") String title) {
    List<String> labels = new ArrayList<>();
    List<EffectSize> effects = new ArrayList<>();
    for (Study s : studies) {
      labels.add(s.label());
      effects.add(EffectSize.of(s.estimate(), s.variance()));
    }
    ForestPlot p = ForestPlot.of(labels, effects).withTransform(exp ? Transform.EXP
        : Transform.NONE).withFavours(left, right).withXLabel(title).withTitle(title);
    if (fixedAxis) {
      p = exp ? p.withAxisLimits(0.5, 2) : p.withAxisLimits(-1, 1);
    }
    if (pooled) {
      MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.DL).fit(effects);
      p = p.pooled(r);
      double sum = 0;
      for (double w : p.weightsPercent()) {
        assertTrue(w > 0 && w <= 100);
        sum += w;
      }
      assertEquals(100, sum, 1e-9);
    }
    String svg = p.toSvg();
    assertEquals(svg, p.toSvg());
    Document doc = SvgCheck.parse(svg);
    SvgCheck.assertLegible(doc);
    assertEquals(studies.size(), SvgCheck.groups(doc, "forest-study").size());
    assertEquals(pooled ? 1 : 0, SvgCheck.groups(doc, "forest-pooled").size());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.of("Favours treatment", "Favours control", "Odds ratio"),
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ' ', 'W').ofMinLength(1)
            .ofMaxLength(120).filter(s -> !s.isBlank()));
  }

  @Provide
  Arbitrary<EffectDirectionTable> tables() {
    Arbitrary<List<String>> ids = label().list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    Arbitrary<List<String>> domains = label().list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    Arbitrary<List<EffectDirection>> cell = Arbitraries.of(EffectDirection.class).list()
        .ofMinSize(0).ofMaxSize(4);
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 2000);
    return Combinators.combine(ids, domains, cell.list().ofSize(40), n.list().ofSize(8))
        .as((is, ds, cells, ns) -> {
          EffectDirectionTable.Builder b = EffectDirectionTable.builder();
          for (int i = 0; i < is.size(); i++) {
            b.study(is.get(i), ns.get(i));
          }
          int c = 0;
          for (String s : is) {
            for (String d : ds) {
              List<EffectDirection> dirs = cells.get(c++ % cells.size());
              if (!dirs.isEmpty()) {
                b.outcomes(s, d, dirs.toArray(new EffectDirection[0]));
              }
            }
          }
          return b.build();
        });
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
  void anyEffectDirectionPlotIsLegible(@ForAll("tables") EffectDirectionTable table,
      @ForAll boolean shaded, @ForAll @IntRange(min = 1, max = 4) int levels) {
    EffectDirectionPlot p = EffectDirectionPlot.of(table);
    if (shaded) {
      List<String> lv = List.of("STRONG", "MODERATE", "WEAK", "UNCLEAR").subList(0, levels);
      Map<String, String> q = new LinkedHashMap<>();
      for (int i = 0; i < table.studies().size(); i++) {
        q.put(table.studies().get(i), lv.get(i % lv.size()));
      }
      p = p.withQuality(q, lv).orderedByQuality();
    }
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    int symbols = 0;
    for (String s : table.studies()) {
      for (String d : table.domains()) {
        symbols += table.direction(s, d).isPresent() ? 1 : 0;
      }
    }
    assertEquals(symbols, SvgCheck.groups(doc, "edp-cell").size());
  }
}
