package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The usage example proposed for the README, run as written, and checked for what it promises:
 * a forest plot of the three trials with their risk ratios (metafor's {@code dat.bcg} trials 1
 * to 3, values from {@code /plot/bcg_forest.json}), a pooled diamond and the heterogeneity
 * lines; an effect direction plot with one row per study, its arrow and the sign test.
 */
class PlotUsageExampleTest {

  @Test
  void readmeExample() throws IOException {
    List<String> labels = List.of("Aronson 1948", "Ferguson & Simes 1949", "Rosenthal 1960");
    List<EffectSize> rr = List.of(EffectSizes.logRiskRatio(4, 119, 11, 128),
        EffectSizes.logRiskRatio(6, 300, 29, 274), EffectSizes.logRiskRatio(3, 228, 11, 209));
    MetaResult res = MetaAnalysis.randomEffects().fit(rr);
    String forest = ForestPlot.of(labels, rr).pooled(res).withTransform(Transform.EXP)
        .withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours control").toSvg();

    EffectDirectionTable table = EffectDirectionTable.builder()
        .study("Gunn 2016", 42).study("Rash 2017", 320)
        .outcomes("Gunn 2016", "mental health", EffectDirection.IMPROVEMENT)
        .outcomes("Rash 2017", "mental health", EffectDirection.DETERIORATION).build();
    String directions = EffectDirectionPlot.of(table)
        .withQuality(Map.of("Gunn 2016", "WEAK", "Rash 2017", "MODERATE"),
            List.of("STRONG", "MODERATE", "WEAK")).toSvg();

    checkForest(forest, labels);
    checkDirections(directions);
  }

  private static void checkForest(String svg, List<String> labels) throws IOException {
    Document doc = SvgCheck.parse(svg);
    SvgCheck.assertLegible(doc);
    JsonNode ref = ForestPlotTest.json("/plot/bcg_forest.json");
    List<Element> rows = SvgCheck.groups(doc, "forest-study");
    assertEquals(3, rows.size(), "one row per trial");
    for (int i = 0; i < 3; i++) {
      List<String> texts = SvgCheck.allLines(rows.get(i));
      assertEquals(labels.get(i), texts.get(0));
      // metafor: summary(escalc("RR", ...), transf = exp) for dat.bcg trials 1 to 3
      assertEquals(String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", ref.get("rr").get(i)
          .asDouble(), ref.get("rr_ci_lb").get(i).asDouble(), ref.get("rr_ci_ub").get(i)
          .asDouble()), texts.get(1));
      assertTrue(texts.get(2).matches("\\d+%"), "a weight: " + texts);
      assertEquals(1, SvgCheck.elements(rows.get(i), "rect").size(), "the study's square");
    }
    Element pooled = SvgCheck.groups(doc, "forest-pooled").get(0);
    assertEquals(1, SvgCheck.elements(pooled, "polygon").size(), "the diamond");
    List<String> pooledTexts = SvgCheck.allLines(pooled);
    assertEquals("Random-effects model", pooledTexts.get(0));
    assertEquals("100%", pooledTexts.get(pooledTexts.size() - 1));
    List<String> all = SvgCheck.allLines(doc);
    assertTrue(all.containsAll(List.of("Favours vaccine", "Favours control",
        "Risk ratio (log scale)", "Study", "Estimate [95% CI]", "Weight")), all.toString());
    String notes = String.join(" ", all);
    assertTrue(notes.contains("Random-effects REML: τ² = ") && notes.contains("Q(2) = ")
        && notes.contains("Test for overall effect: z = "), notes);
  }

  private static void checkDirections(String svg) {
    Document doc = SvgCheck.parse(svg);
    SvgCheck.assertLegible(doc);
    List<String> all = SvgCheck.allLines(doc);
    assertTrue(all.containsAll(List.of("Gunn 2016", "Rash 2017", "42 (small)", "320 (large)",
        "WEAK", "MODERATE")), all.toString());
    assertTrue(String.join(" ", all).contains("Quality mental health"), "the domain heading");
    List<Element> cells = SvgCheck.groups(doc, "edp-cell");
    assertEquals(2, cells.size(), "one arrow per study");
    assertEquals("Gunn 2016, mental health: improvement", cells.get(0)
        .getElementsByTagNameNS(SvgCheck.NS, "title").item(0).getTextContent());
    assertEquals("Rash 2017, mental health: deterioration", cells.get(1)
        .getElementsByTagNameNS(SvgCheck.NS, "title").item(0).getTextContent());
    // R: binom.test(1, 2)$p.value = 1
    assertTrue(all.containsAll(List.of("1 of 2 improved", "p = 1.0000")), all.toString());
  }
}
