package io.github.evident.report.figure;

import static io.github.evident.report.figure.ForestPlotTest.array;
import static io.github.evident.report.figure.ForestPlotTest.f2;
import static io.github.evident.report.figure.ForestPlotTest.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.SubgroupAnalysis;
import io.github.evident.stats.meta.SubgroupResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The BCG trials in subgroups by allocation against metafor: {@code plot/bcg_subgroup_forest.json}
 * (see the README there).
 */
class SubgroupForestPlotTest {

  static JsonNode ref;
  static List<String> labels;
  static List<EffectSize> effects;
  static List<String> alloc;
  static double[] yi;
  static double[] vi;

  @BeforeAll
  static void load() throws IOException {
    ForestPlotTest.load();
    ref = ForestPlotTest.json("/plot/bcg_subgroup_forest.json");
    labels = ForestPlotTest.labels;
    effects = ForestPlotTest.effects;
    alloc = new ArrayList<>();
    ref.get("alloc").forEach(a -> alloc.add(a.asText()));
    yi = effects.stream().mapToDouble(EffectSize::estimate).toArray();
    vi = effects.stream().mapToDouble(EffectSize::variance).toArray();
  }

  static SubgroupForestPlot bcg(SubgroupAnalysis analysis) {
    SubgroupResult sub = analysis.fit(yi, vi, alloc);
    MetaResult all = MetaAnalysis.randomEffects().fit(effects);
    return SubgroupForestPlot.of(labels, effects, alloc, sub).overall(all)
        .withTransform(Transform.EXP).withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours control").withTitle("BCG by allocation");
  }

  static SubgroupForestPlot separate() {
    return bcg(SubgroupAnalysis.of(MetaAnalysis.randomEffects()));
  }

  static String p4(double p) {
    return p < 1e-4 ? "P < 0.0001" : String.format(Locale.ROOT, "P = %.4f", p);
  }

  static String rr(double est, double lo, double hi) {
    return f2(Math.exp(est)) + " [" + f2(Math.exp(lo)) + ", " + f2(Math.exp(hi)) + "]";
  }

  @Test
  void weightsArePercentOfEachSubgroupsFitAsMetaforsWeights() {
    double[] w = separate().weightsPercent();
    for (JsonNode g : ref.get("groups")) {
      double[] expected = array(g.get("weights"));
      for (int j = 0; j < expected.length; j++) {
        int i = g.get("studies").get(j).asInt();
        near(expected[j], w[i], 1e-6 * expected[j], g.get("level").asText() + " weight " + i);
      }
    }
  }

  @Test
  void blocksHoldHeadingStudiesSubtotalAndHeterogeneityInOrder() {
    Document doc = SvgCheck.parse(separate().toSvg());
    SvgCheck.assertLegible(doc);
    List<String> lines = SvgCheck.allLines(doc);
    int at = lines.indexOf("Study or subgroup");
    assertTrue(at >= 0);
    for (JsonNode g : ref.get("groups")) {
      at = next(lines, g.get("level").asText(), at);
      for (JsonNode s : g.get("studies")) {
        at = next(lines, ref.get("labels").get(s.asInt()).asText(), at);
      }
      at = next(lines, "Subtotal (95% CI)", at);
      at = next(lines, rr(g.get("estimate").asDouble(), g.get("ci_lb").asDouble(),
          g.get("ci_ub").asDouble()), at);
      at = next(lines, "Heterogeneity: Tau² = " + f2(g.get("tau2").asDouble()) + "; Chi² = "
          + f2(g.get("QE").asDouble()) + ", df = " + g.get("QEdf").asInt() + " ("
          + p4(g.get("QEp").asDouble()) + "); I² = "
          + String.format(Locale.ROOT, "%.0f%%", g.get("I2").asDouble()), at);
      at = next(lines, "Test for overall effect: Z = "
          + f2(Math.abs(g.get("zval").asDouble())) + " (" + p4(g.get("pval").asDouble()) + ")",
          at);
    }
    JsonNode o = ref.get("overall");
    at = next(lines, "Total (95% CI)", at);
    at = next(lines, rr(o.get("estimate").asDouble(), o.get("ci_lb").asDouble(),
        o.get("ci_ub").asDouble()), at);
    JsonNode b = ref.get("between");
    // I² of the subgroup differences is 0: metafor's Q (1.86) is below its df (2)
    assertTrue(b.get("Q").asDouble() < b.get("df").asInt());
    next(lines, "Test for subgroup differences: Chi² = " + f2(b.get("Q").asDouble()) + ", df = "
        + b.get("df").asInt() + " (" + p4(b.get("pval").asDouble()) + "), I² = 0%", at);
  }

  /** The index of {@code text} after {@code from}, failing if it is not there. */
  static int next(List<String> lines, String text, int from) {
    for (int i = from + 1; i < lines.size(); i++) {
      if (lines.get(i).equals(text)) {
        return i;
      }
    }
    throw new AssertionError("'" + text + "' not found after line " + from + " in " + lines);
  }

  @Test
  void subtotalDiamondsEndAtTheSubgroupIntervals() {
    Document doc = SvgCheck.parse(separate().toSvg());
    double[] ax = ForestPlotTest.axis(doc, Transform.EXP);
    List<Element> subtotals = SvgCheck.groups(doc, "forest-subtotal");
    assertEquals(3, subtotals.size());
    for (int s = 0; s < 3; s++) {
      JsonNode g = ref.get("groups").get(s);
      assertDiamond(subtotals.get(s), ax, g.get("ci_lb").asDouble(), g.get("estimate").asDouble(),
          g.get("ci_ub").asDouble());
    }
    JsonNode o = ref.get("overall");
    assertDiamond(SvgCheck.groups(doc, "forest-pooled").get(0), ax, o.get("ci_lb").asDouble(),
        o.get("estimate").asDouble(), o.get("ci_ub").asDouble());
  }

  static void assertDiamond(Element row, double[] ax, double lo, double est, double hi) {
    List<double[]> pts = SvgCheck.points(SvgCheck.elements(row, "polygon").get(0));
    near(ax[0] + ax[1] * lo, pts.get(0)[0], 0.05, "diamond left end");
    near(ax[0] + ax[1] * est, pts.get(1)[0], 0.05, "diamond centre");
    near(ax[0] + ax[1] * hi, pts.get(2)[0], 0.05, "diamond right end");
  }

  @Test
  void commonTau2DrawsTheModelsPredictionsWithoutPerSubgroupHeterogeneity() {
    SubgroupForestPlot plot = bcg(SubgroupAnalysis.of(MetaAnalysis.randomEffects())
        .withCommonTau2());
    Document doc = SvgCheck.parse(plot.toSvg());
    SvgCheck.assertLegible(doc);
    double[] ax = ForestPlotTest.axis(doc, Transform.EXP);
    JsonNode c = ref.get("common_tau2");
    List<Element> subtotals = SvgCheck.groups(doc, "forest-subtotal");
    for (int s = 0; s < 3; s++) {
      assertDiamond(subtotals.get(s), ax, c.get("ci_lb").get(s).asDouble(),
          c.get("estimate").get(s).asDouble(), c.get("ci_ub").get(s).asDouble());
    }
    String all = String.join("\n", SvgCheck.allLines(doc));
    assertFalse(all.contains("Heterogeneity:"));
    assertFalse(all.contains("Test for overall effect"));
    assertTrue(plot.summary().contains("no per-subgroup heterogeneity is shown"), plot.summary());
    double[] w = plot.weightsPercent();
    double tau2 = c.get("tau2").asDouble();
    for (JsonNode g : ref.get("groups")) {
      double sum = 0;
      for (JsonNode s : g.get("studies")) {
        sum += 1 / (vi[s.asInt()] + tau2);
      }
      for (JsonNode s : g.get("studies")) {
        int i = s.asInt();
        near(100 / (vi[i] + tau2) / sum, w[i], 1e-9, "common-tau2 weight " + i);
      }
    }
  }

  @Test
  void summaryAndToStringDescribeThePlot() {
    SubgroupForestPlot plot = separate();
    assertEquals("SubgroupForestPlot[13 studies, 3 subgroups, a separate tau^2 per subgroup, "
        + "with overall result, transform exponential]", plot.toString());
    String summary = plot.summary();
    assertTrue(summary.startsWith("Subgroup forest plot, 13 studies in 3 subgroups"), summary);
    assertTrue(summary.contains("  Aronson 1948: "), summary);
    assertTrue(summary.contains("Test for subgroup differences: Chi² = "), summary);
    assertEquals(plot.toSvg(), plot.toSvg());
  }

  @Test
  void badInputNamesFieldValueAndStudy() {
    SubgroupResult sub = SubgroupAnalysis.of(MetaAnalysis.randomEffects()).fit(yi, vi, alloc);
    List<String> blank = new ArrayList<>(labels);
    blank.set(4, " ");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SubgroupForestPlot.of(blank, effects, alloc, sub));
    assertTrue(e.getMessage().contains("labels[4]") && e.getMessage().contains("' '"),
        e.getMessage());
    List<EffectSize> zero = new ArrayList<>(effects);
    zero.set(2, EffectSize.of(0.1, 0.0));
    e = assertThrows(IllegalArgumentException.class,
        () -> SubgroupForestPlot.of(labels, zero, alloc, sub));
    assertTrue(e.getMessage().contains("effects[2]") && e.getMessage().contains("variance 0.0")
        && e.getMessage().contains("Rosenthal et al 1960"), e.getMessage());
    List<String> nullGroup = new ArrayList<>(alloc);
    nullGroup.set(7, null);
    e = assertThrows(IllegalArgumentException.class,
        () -> SubgroupForestPlot.of(labels, effects, nullGroup, sub));
    assertTrue(e.getMessage().contains("subgroupOfEachStudy[7]")
        && e.getMessage().contains("null"), e.getMessage());
    List<String> moved = new ArrayList<>(alloc);
    moved.set(0, "systematic");
    e = assertThrows(IllegalArgumentException.class,
        () -> SubgroupForestPlot.of(labels, effects, moved, sub));
    assertTrue(e.getMessage().contains("random (k = 7)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SubgroupForestPlot.of(labels.subList(0, 12), effects, alloc, sub));
    assertTrue(e.getMessage().contains("12, 13 and 13"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> separate().overall(
        MetaAnalysis.randomEffects().fit(effects.subList(0, 5))));
    assertTrue(e.getMessage().contains("k = 5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> separate().withTitle(" "));
    assertThrows(IllegalArgumentException.class, () -> separate().withTransform(null));
  }
}
