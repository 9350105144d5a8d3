package io.github.evident.report.figure;

import io.github.evident.core.internal.Format;
import io.github.evident.core.svg.SvgCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The BCG example (13 trials, log risk ratios from {@link EffectSizes#logRiskRatio}) against
 * metafor: {@code plot/bcg_forest.json} (see the README there) and the trial counts of
 * {@code metafor/bcg_rr.json}.
 */
class ForestPlotTest {

  static JsonNode ref;
  static List<String> labels;
  static List<EffectSize> effects;
  static MetaResult reml;
  static final double[] YEARS = {1948, 1949, 1960, 1977, 1973, 1953, 1973, 1980, 1968, 1961,
      1974, 1969, 1976};

  @BeforeAll
  static void load() throws IOException {
    ref = json("/plot/bcg_forest.json");
    JsonNode bcg = json("/metafor/bcg_rr.json");
    labels = new ArrayList<>();
    effects = new ArrayList<>();
    for (JsonNode t : bcg.get("inputs")) {
      labels.add(t.get("author").asText() + " " + t.get("year").asInt());
      effects.add(EffectSizes.logRiskRatio(t.get("tpos").asInt(), t.get("tneg").asInt(),
          t.get("cpos").asInt(), t.get("cneg").asInt()));
    }
    reml = MetaAnalysis.randomEffects().fit(effects);
  }

  static JsonNode json(String resource) throws IOException {
    try (InputStream in = ForestPlotTest.class.getResourceAsStream(resource)) {
      return EvidentJson.lenientMapper().readTree(new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
    }
  }

  static ForestPlot bcg() {
    return ForestPlot.of(labels, effects).pooled(reml).withTransform(Transform.EXP)
        .withXLabel("Risk ratio (log scale)").withFavours("Favours vaccine", "Favours control");
  }

  static String f2(double x) {
    return String.format(Locale.ROOT, "%.2f", x).replace('-', Format.MINUS);
  }

  static double[] array(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  static void near(double expected, double actual, double tol, String what) {
    assertTrue(Math.abs(expected - actual) <= tol,
        () -> what + ": expected " + expected + ", was " + actual + " (tolerance " + tol + ")");
  }

  /** x = a + b·axisValue, from the first and last tick label of the axis group. */
  static double[] axis(Document doc, Transform t) {
    List<Element> ticks = new ArrayList<>();
    for (Element e : SvgCheck.elements(SvgCheck.groups(doc, "forest-axis").get(0), "text")) {
      if (e.getTextContent().matches("[\u22120-9.]+")) {
        ticks.add(e);
      }
    }
    Element first = ticks.get(0);
    Element last = ticks.get(ticks.size() - 1);
    double v1 = t.inverse(Double.parseDouble(first.getTextContent().replace('\u2212', '-')));
    double v2 = t.inverse(Double.parseDouble(last.getTextContent().replace('\u2212', '-')));
    double b = (SvgCheck.num(last, "x") - SvgCheck.num(first, "x")) / (v2 - v1);
    return new double[] {SvgCheck.num(first, "x") - b * v1, b};
  }

  @Test
  void weightsAreMetaforsWeightsInPercent() {
    double[] w = bcg().weightsPercent();
    double[] expected = array(ref.get("reml").get("weights"));
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      near(expected[i], w[i], 1e-6 * expected[i], "weight " + i);
      sum += w[i];
    }
    near(100, sum, 1e-9, "sum of weights");
    MetaResult ce = MetaAnalysis.commonEffect().fit(effects);
    double[] wce = ForestPlot.of(labels, effects).pooled(ce).weightsPercent();
    double[] expectedCe = array(ref.get("ee").get("weights"));
    for (int i = 0; i < wce.length; i++) {
      near(expectedCe[i], wce[i], 1e-6 * expectedCe[i], "common-effect weight " + i);
    }
  }

  @Test
  void bcgPooledRowsDiamondAndPredictionIntervalSitAtMetaforsValues() {
    String svg = bcg().toSvg();
    Document doc = SvgCheck.parse(svg);
    SvgCheck.assertLegible(doc);
    double[] rr = array(ref.get("rr"));
    double[] lb = array(ref.get("rr_ci_lb"));
    double[] ub = array(ref.get("rr_ci_ub"));
    double[] w = array(ref.get("reml").get("weights"));
    List<Element> rows = SvgCheck.groups(doc, "forest-study");
    assertEquals(13, rows.size());
    double weightSum = 0;
    for (int i = 0; i < 13; i++) {
      List<String> texts = SvgCheck.allLines(rows.get(i));
      assertEquals(List.of(ref.get("labels").get(i).asText(),
          f2(rr[i]) + " [" + f2(lb[i]) + ", " + f2(ub[i]) + "]",
          String.format(Locale.ROOT, "%.0f%%", w[i])), texts);
      weightSum += Double.parseDouble(texts.get(2).replace("%", ""));
    }
    near(100, weightSum, 0.5 * 13, "printed weights");

    JsonNode r = ref.get("reml");
    double[] ax = axis(doc, Transform.EXP);
    double tol = 0.02 / ax[1];
    Element pooled = SvgCheck.groups(doc, "forest-pooled").get(0);
    List<double[]> diamond = SvgCheck.points(SvgCheck.elements(pooled, "polygon").get(0));
    assertEquals(4, diamond.size());
    near(r.get("ci_lb").asDouble(), (diamond.get(0)[0] - ax[0]) / ax[1], tol, "diamond left");
    near(r.get("estimate").asDouble(), (diamond.get(1)[0] - ax[0]) / ax[1], tol, "centre");
    near(r.get("estimate").asDouble(), (diamond.get(3)[0] - ax[0]) / ax[1], tol, "centre");
    near(r.get("ci_ub").asDouble(), (diamond.get(2)[0] - ax[0]) / ax[1], tol, "diamond right");
    assertEquals(diamond.get(0)[1], diamond.get(2)[1]);
    Element pi = SvgCheck.elements(pooled, "line").get(0);
    assertEquals("4 2", pi.getAttribute("stroke-dasharray"));
    near(r.get("pi_lb").asDouble(), (SvgCheck.num(pi, "x1") - ax[0]) / ax[1], tol, "PI lower");
    near(r.get("pi_ub").asDouble(), (SvgCheck.num(pi, "x2") - ax[0]) / ax[1], tol, "PI upper");
    assertEquals(List.of("Random-effects model", f2(Math.exp(r.get("estimate").asDouble()))
        + " [" + f2(Math.exp(r.get("ci_lb").asDouble())) + ", "
        + f2(Math.exp(r.get("ci_ub").asDouble())) + "]", "100%"), SvgCheck.allLines(pooled));

    // the line of no effect is at the tick "1"
    Element nullLine = null;
    for (Element l : SvgCheck.elements(doc, "line")) {
      if ("3 3".equals(l.getAttribute("stroke-dasharray"))) {
        nullLine = l;
      }
    }
    near(0, (SvgCheck.num(nullLine, "x1") - ax[0]) / ax[1], tol, "line of no effect");
    List<String> all = SvgCheck.allLines(doc);
    assertTrue(all.containsAll(List.of("0.1", "0.25", "0.5", "1", "2", "4")), all.toString());

    String expected = String.format(Locale.ROOT, "Random-effects REML: τ² = %.2f, I² = %.0f%% "
        + "[%.0f%%, %.0f%%], Q(12) = %.2f, p < 0.0001", r.get("tau2").asDouble(),
        r.get("I2").asDouble(), r.get("I2_lb").asDouble(), r.get("I2_ub").asDouble(),
        r.get("QE").asDouble());
    assertEquals("Random-effects REML: τ² = 0.31, I² = 92% [82%, 98%], Q(12) = 152.23, "
        + "p < 0.0001", expected);
    String notes = "";
    for (Element t : SvgCheck.elements(doc, "text")) {
      if (t.getAttribute("class").equals("forest-note")) {
        notes = String.join(" ", SvgCheck.lines(t));
      }
    }
    String shown = notes;
    assertTrue(shown.startsWith(expected), shown);
    assertTrue(notes.contains(String.format(Locale.ROOT, "Test for overall effect: z = %s, "
        + "p < 0.0001; 95%% prediction interval %.2f to %.2f", f2(r.get("zval").asDouble()),
        Math.exp(r.get("pi_lb").asDouble()), Math.exp(r.get("pi_ub").asDouble()))), shown);
    assertTrue(all.containsAll(List.of("Favours vaccine", "Favours control",
        "Risk ratio (log scale)", "Study", "Estimate [95% CI]", "Weight")), all.toString());
    assertEquals(svg, bcg().toSvg());
  }

  @Test
  void unpooledPlotOrderedByYearHasNoDiamondAndNoWeights() {
    ForestPlot p = bcg().unpooled().orderedBy(YEARS);
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    assertTrue(SvgCheck.groups(doc, "forest-pooled").isEmpty());
    List<String> all = SvgCheck.allLines(doc);
    assertFalse(all.contains("Weight") || all.stream().anyMatch(s -> s.endsWith("%")),
        all.toString());
    assertFalse(all.stream().anyMatch(s -> s.contains("REML")), all.toString());
    List<String> order = new ArrayList<>();
    for (Element row : SvgCheck.groups(doc, "forest-study")) {
      order.add(SvgCheck.allLines(row).get(0));
    }
    assertEquals(List.of("Aronson 1948", "Ferguson & Simes 1949", "Stein & Aronson 1953",
        "Rosenthal et al 1960", "Rosenthal et al 1961", "Coetzee & Berjak 1968",
        "Comstock & Webster 1969", "Frimodt-Moller et al 1973", "Vandiviere et al 1973",
        "Comstock et al 1974", "Comstock et al 1976", "Hart & Sutherland 1977",
        "TPT Madras 1980"), order);
    for (Element row : SvgCheck.groups(doc, "forest-study")) {
      for (Element rect : SvgCheck.elements(row, "rect")) {
        assertEquals(8.0, SvgCheck.num(rect, "width"));
      }
    }
    assertThrows(IllegalStateException.class, p::weightsPercent);
    assertEquals("ForestPlot[13 studies, not pooled, transform exponential]", p.toString());
  }

  @Test
  void intervalsRunningOffFixedAxisEndInArrows() {
    Document doc = SvgCheck.parse(bcg().withAxisLimits(0.2, 2).toSvg());
    SvgCheck.assertLegible(doc);
    double[] ax = axis(doc, Transform.EXP);
    double left = ax[0] + ax[1] * Math.log(0.2);
    double right = ax[0] + ax[1] * Math.log(2);
    // Comstock & Webster 1969: 1.56 [0.37, 6.53] runs off the right end
    Element cw = SvgCheck.groups(doc, "forest-study").get(11);
    List<Element> heads = SvgCheck.elements(cw, "polygon");
    assertEquals(1, heads.size());
    near(right, SvgCheck.points(heads.get(0)).get(0)[0], 0.02, "arrow tip");
    // Vandiviere 1973: 0.20 [0.08, 0.50], estimate left of 0.2: an arrow, no square
    Element v = SvgCheck.groups(doc, "forest-study").get(6);
    assertEquals(0, SvgCheck.elements(v, "rect").size());
    near(left, SvgCheck.points(SvgCheck.elements(v, "polygon").get(0)).get(0)[0], 0.02, "tip");
    for (Element l : SvgCheck.elements(doc, "line")) {
      if (l.getParentNode() instanceof Element g
          && g.getAttribute("class").equals("forest-study")) {
        assertTrue(SvgCheck.num(l, "x1") >= left - 0.01 && SvgCheck.num(l, "x2") <= right + 0.01);
      }
    }
  }

  @Test
  void commonEffectLinesAndLinearAxis() {
    MetaResult ce = MetaAnalysis.commonEffect().fit(effects);
    ForestPlot p = ForestPlot.of(labels, effects).pooled(ce).withTitle("BCG, log risk ratios");
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    JsonNode e = ref.get("ee");
    String text = String.join(" ", SvgCheck.allLines(doc));
    assertTrue(text.contains(String.format(Locale.ROOT, "Common-effect model: I² = %.0f%%, "
        + "Q(12) = %.2f, p < 0.0001", e.get("I2").asDouble(), e.get("QE").asDouble())), text);
    assertTrue(text.contains("Common-effect model " + f2(e.get("estimate").asDouble()) + " ["
        + f2(e.get("ci_lb").asDouble()) + ", " + f2(e.get("ci_ub").asDouble()) + "] 100%"), text);
    double[] ax = axis(doc, Transform.NONE);
    List<double[]> diamond = SvgCheck.points(SvgCheck.elements(
        SvgCheck.groups(doc, "forest-pooled").get(0), "polygon").get(0));
    near(e.get("estimate").asDouble(), (diamond.get(1)[0] - ax[0]) / ax[1], 0.02 / ax[1], "ce");
    assertTrue(SvgCheck.allLines(doc).contains("0"));
    assertEquals("BCG, log risk ratios", SvgCheck.elements(doc, "title").get(0)
        .getTextContent());
  }

  @Test
  void knappHartungTestIsReportedAsT() throws IOException {
    JsonNode knha = null;
    for (JsonNode f : json("/metafor/bcg_rr.json").get("fits")) {
      if (f.get("method").asText().equals("REML") && f.get("test").asText().equals("knha")) {
        knha = f;
      }
    }
    // the fits of bcg_rr.json used control = list(stepadj = 0.5, maxiter = 1000)
    MetaResult kh = MetaAnalysis.randomEffects().withKnappHartung().withStepAdjustment(0.5)
        .withMaxIterations(1000).fit(effects);
    Document doc = SvgCheck.parse(ForestPlot.of(labels, effects).pooled(kh)
        .withTransform(Transform.EXP).toSvg());
    SvgCheck.assertLegible(doc);
    String text = String.join(" ", SvgCheck.allLines(doc));
    String expected = String.format(Locale.ROOT, "Test for overall effect: t(12) = %s, "
        + "p = %.4f; 95%% prediction interval %.2f to %.2f", f2(knha.get("stat").asDouble()),
        knha.get("pval").asDouble(), Math.exp(knha.get("pi_lb").asDouble()),
        Math.exp(knha.get("pi_ub").asDouble()));
    assertTrue(text.contains(expected), () -> expected + " in " + text);
    assertTrue(text.contains(f2(Math.exp(knha.get("estimate").asDouble())) + " ["
        + f2(Math.exp(knha.get("ci_lb").asDouble())) + ", "
        + f2(Math.exp(knha.get("ci_ub").asDouble())) + "]"), text);
  }

  @Test
  void describesItself() {
    assertEquals("ForestPlot[13 studies, pooled random-effects REML, transform exponential]",
        bcg().toString());
    String s = bcg().summary();
    assertTrue(s.startsWith("Forest plot, 13 studies\nAronson 1948: 0.41 [0.13, 1.26], weight "
        + "5%\n"), s);
    assertTrue(s.contains("Random-effects model: 0.49 [0.34, 0.70]\n"), s);
  }

  @Test
  void badInputIsNamed() {
    MetaResult other = MetaAnalysis.randomEffects().fit(effects.subList(0, 12));
    ForestPlot p = ForestPlot.of(labels, effects);
    assertEquals("pooled result has k = 12 but the plot has 13 studies",
        assertThrows(IllegalArgumentException.class, () -> p.pooled(other)).getMessage());
    assertEquals("labels[1] (study 1) must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class,
            () -> ForestPlot.of(List.of("a", " "), effects.subList(0, 2))).getMessage());
    assertEquals("labels and effects must have the same size, were 1 and 2",
        assertThrows(IllegalArgumentException.class,
            () -> ForestPlot.of(List.of("a"), effects.subList(0, 2))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> bcg().withLevel(0.9));
    assertThrows(IllegalArgumentException.class, () -> bcg().withAxisLimits(0, 2));
    assertThrows(IllegalArgumentException.class, () -> bcg().withAxisLimits(2, 1));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> p.orderedBy(1, 2)).getMessage().contains("one value per study (13)"));
  }
}
