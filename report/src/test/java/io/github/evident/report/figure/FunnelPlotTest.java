package io.github.evident.report.figure;

import static io.github.evident.report.figure.ForestPlotTest.array;
import static io.github.evident.report.figure.ForestPlotTest.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.bias.TrimAndFill;
import io.github.evident.stats.bias.TrimAndFillResult;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Passive smoking and lung cancer (37 studies, log odds ratios) against metafor:
 * {@code plot/hackshaw_funnel.json} (see the README there): the funnel's apex, region and
 * contours sit at metafor's estimate and normal quantiles, each point at its estimate and
 * standard error, and the studies trim and fill adds are open circles.
 */
class FunnelPlotTest {

  static JsonNode ref;
  static double[] yi;
  static double[] vi;
  static MetaResult reml;

  @BeforeAll
  static void load() throws IOException {
    ref = ForestPlotTest.json("/plot/hackshaw_funnel.json");
    yi = array(ref.get("yi"));
    vi = array(ref.get("vi"));
    reml = MetaAnalysis.randomEffects().fit(yi, vi);
  }

  /** The mapping of one axis, value = (pixel − a)/b, from two of its tick labels. */
  record Map(double a, double b) {
    double value(double pixel) {
      return (pixel - a) / b;
    }

    double pixel(double value) {
      return a + b * value;
    }
  }

  /** The x axis (middle-anchored tick labels) or the standard-error axis (end-anchored). */
  static Map axis(Document doc, Transform t, boolean x) {
    List<Element> ticks = new ArrayList<>();
    Element axes = SvgCheck.groups(doc, "funnel-axis").get(0);
    for (Element e : SvgCheck.elements(axes, "text")) {
      String anchor = SvgCheck.inherited(e, "text-anchor", "start");
      if (e.getTextContent().matches("[\u22120-9.]+") && anchor.equals(x ? "middle" : "end")) {
        ticks.add(e);
      }
    }
    Element first = ticks.get(0);
    Element last = ticks.get(ticks.size() - 1);
    Transform tr = x ? t : Transform.NONE;
    double v1 = tr.inverse(Double.parseDouble(first.getTextContent().replace('\u2212', '-')));
    double v2 = tr.inverse(Double.parseDouble(last.getTextContent().replace('\u2212', '-')));
    String c = x ? "x" : "y";
    double p1 = SvgCheck.num(first, c);
    double p2 = SvgCheck.num(last, c);
    if (!x) {
      // the labels' baselines sit a half cap height under their tick marks
      List<Element> lines = SvgCheck.elements(axes, "line");
      p1 = tickY(lines, p1);
      p2 = tickY(lines, p2);
    }
    double b = (p2 - p1) / (v2 - v1);
    return new Map(p1 - b * v1, b);
  }

  /** The y of the horizontal tick mark just above a tick label's baseline. */
  private static double tickY(List<Element> lines, double baseline) {
    double best = Double.NaN;
    for (Element l : lines) {
      double y = SvgCheck.num(l, "y1");
      if (y == SvgCheck.num(l, "y2") && y < baseline && baseline - y < 6
          && (Double.isNaN(best) || y > best)) {
        best = y;
      }
    }
    return best;
  }

  static FunnelPlot hackshaw() {
    return FunnelPlot.of(yi, vi, reml).withTransform(Transform.EXP)
        .withXLabel("Odds ratio (log scale)");
  }

  @Test
  void apexRegionAndPointsSitAtMetaforsValues() {
    Document doc = SvgCheck.parse(hackshaw().toSvg());
    SvgCheck.assertLegible(doc);
    Map x = axis(doc, Transform.EXP, true);
    Map y = axis(doc, Transform.EXP, false);
    double tol = 0.3;
    Element region = SvgCheck.elements(SvgCheck.groups(doc, "funnel-region").get(0), "polygon")
        .get(0);
    List<double[]> tri = SvgCheck.points(region);
    double mu = ref.get("rma").get("estimate").asDouble();
    double z = ref.get("crit").get("level95").asDouble();
    near(x.pixel(mu), tri.get(0)[0], tol, "apex x at the estimate");
    near(y.pixel(0), tri.get(0)[1], tol, "apex at standard error 0");
    double seBottom = y.value(tri.get(1)[1]);
    assertEquals(tri.get(1)[1], tri.get(2)[1]);
    near(x.pixel(mu - z * seBottom), tri.get(1)[0], tol, "left corner at mu - z se");
    near(x.pixel(mu + z * seBottom), tri.get(2)[0], tol, "right corner at mu + z se");
    assertEquals("3 3", region.getAttribute("stroke-dasharray"));

    Element line = SvgCheck.elements(doc, "line").stream()
        .filter(l -> l.getAttribute("class").equals("funnel-estimate")).findFirst().orElseThrow();
    near(x.pixel(mu), SvgCheck.num(line, "x1"), tol, "vertical line at the estimate");
    near(x.pixel(mu), SvgCheck.num(line, "x2"), tol, "vertical line at the estimate");

    List<Element> points = SvgCheck.elements(SvgCheck.groups(doc, "funnel-study").get(0),
        "circle");
    assertEquals(37, points.size());
    for (int i = 0; i < 37; i++) {
      near(x.pixel(yi[i]), SvgCheck.num(points.get(i), "cx"), tol, "study " + i + " x");
      near(y.pixel(Math.sqrt(vi[i])), SvgCheck.num(points.get(i), "cy"), tol, "study " + i);
    }
    assertTrue(SvgCheck.groups(doc, "funnel-filled").isEmpty());
    assertTrue(SvgCheck.groups(doc, "funnel-legend").isEmpty());
    List<String> all = SvgCheck.allLines(doc);
    assertTrue(all.containsAll(List.of("Standard error", "Odds ratio (log scale)", "1", "2")),
        all.toString());
    assertTrue(String.join(" ", all).contains(String.format(java.util.Locale.ROOT,
        "Vertical line: pooled estimate %.2f; dashed: pseudo 95%% confidence region, estimate ± "
            + "%.2f × standard error", Math.exp(mu), z)), all.toString());
  }

  @Test
  void studiesFilledByTrimAndFillAreOpenCirclesWithALegend() {
    double[] fy = array(ref.get("trimfill").get("filled_yi"));
    double[] fv = array(ref.get("trimfill").get("filled_vi"));
    double[] ay = new double[yi.length + fy.length];
    double[] av = new double[ay.length];
    System.arraycopy(yi, 0, ay, 0, yi.length);
    System.arraycopy(fy, 0, ay, yi.length, fy.length);
    System.arraycopy(vi, 0, av, 0, vi.length);
    System.arraycopy(fv, 0, av, vi.length, fv.length);
    MetaResult adjusted = MetaAnalysis.randomEffects().fit(ay, av);
    FunnelPlot p = FunnelPlot.of(yi, vi, adjusted).withFilled(fy, fv);
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    List<Element> open = SvgCheck.elements(SvgCheck.groups(doc, "funnel-filled").get(0),
        "circle");
    assertEquals(ref.get("trimfill").get("k0").asInt(), open.size());
    Map x = axis(doc, Transform.NONE, true);
    Map y = axis(doc, Transform.NONE, false);
    for (int i = 0; i < open.size(); i++) {
      assertEquals("#ffffff", open.get(i).getAttribute("fill"));
      near(x.pixel(fy[i]), SvgCheck.num(open.get(i), "cx"), 0.3, "filled " + i);
      near(y.pixel(Math.sqrt(fv[i])), SvgCheck.num(open.get(i), "cy"), 0.3, "filled " + i);
    }
    for (Element c : SvgCheck.elements(SvgCheck.groups(doc, "funnel-study").get(0), "circle")) {
      assertFalse(c.getAttribute("fill").equals("#ffffff"));
    }
    List<double[]> tri = SvgCheck.points(SvgCheck.elements(
        SvgCheck.groups(doc, "funnel-region").get(0), "polygon").get(0));
    near(x.pixel(ref.get("trimfill").get("estimate").asDouble()), tri.get(0)[0], 0.3,
        "apex at the trim-and-fill estimate");
    assertEquals(List.of("Studies", "Studies filled by trim and fill"),
        SvgCheck.allLines(SvgCheck.groups(doc, "funnel-legend").get(0)));
    assertEquals("FunnelPlot[37 studies, 7 filled, transform none]", p.toString());
    assertTrue(p.summary().startsWith("Funnel plot, 37 studies and 7 filled by trim and fill\n"),
        p.summary());
  }

  @Test
  void aTrimAndFillResultDrawsItsFilledStudiesAroundItsEstimate() {
    TrimAndFillResult tf = TrimAndFill.withDefaults().fit(MetaAnalysis.randomEffects(), yi, vi);
    Document doc = SvgCheck.parse(FunnelPlot.ofTrimAndFill(yi, vi, tf).toSvg());
    List<Element> open = SvgCheck.elements(SvgCheck.groups(doc, "funnel-filled").get(0),
        "circle");
    assertEquals(ref.get("trimfill").get("k0").asInt(), open.size());
    Map x = axis(doc, Transform.NONE, true);
    List<double[]> tri = SvgCheck.points(SvgCheck.elements(
        SvgCheck.groups(doc, "funnel-region").get(0), "polygon").get(0));
    near(x.pixel(ref.get("trimfill").get("estimate").asDouble()), tri.get(0)[0], 0.3,
        "apex at metafor's trim-and-fill estimate");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FunnelPlot.ofTrimAndFill(new double[] {0.1, 0.2}, new double[] {1, 1}, tf));
    assertEquals("trimAndFill was fitted to 37 studies, but yi holds 2", e.getMessage());
  }

  @Test
  void contoursAreNestedBandsAroundZeroAtTheNormalQuantiles() {
    FunnelPlot p = hackshaw().withContours(0.99, 0.90, 0.95);
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    Map x = axis(doc, Transform.EXP, true);
    Map y = axis(doc, Transform.EXP, false);
    Element contours = SvgCheck.groups(doc, "funnel-contour").get(0);
    List<Element> bands = SvgCheck.elements(contours, "polygon");
    assertEquals(3, bands.size());
    String[] crit = {"level99", "level95", "level90"};
    double previous = Double.POSITIVE_INFINITY;
    int previousShade = -1;
    for (int j = 0; j < 3; j++) {
      List<double[]> tri = SvgCheck.points(bands.get(j));
      near(x.pixel(0), tri.get(0)[0], 0.3, "contour apex at 0");
      near(y.pixel(0), tri.get(0)[1], 0.3, "contour apex at se 0");
      double se = y.value(tri.get(1)[1]);
      double half = (tri.get(2)[0] - tri.get(1)[0]) / 2;
      near(ref.get("crit").get(crit[j]).asDouble() * se * x.b(), half, 0.3, crit[j]);
      assertTrue(half < previous, "widest band first");
      previous = half;
      int shade = Integer.parseInt(bands.get(j).getAttribute("fill").substring(1, 3), 16);
      assertTrue(shade > previousShade, "lighter towards the middle");
      previousShade = shade;
    }
    assertEquals("#ffffff", bands.get(2).getAttribute("fill"));
    assertEquals("none", SvgCheck.elements(SvgCheck.groups(doc, "funnel-region").get(0),
        "polygon").get(0).getAttribute("fill"));
    assertEquals(List.of("Contours: two-sided p against 0", "p > 0.1", "0.05 < p ≤ 0.1",
        "0.01 < p ≤ 0.05", "p ≤ 0.01"),
        SvgCheck.allLines(SvgCheck.groups(doc, "funnel-legend").get(0)));
    assertEquals("FunnelPlot[37 studies, contours 90%, 95%, 99%, transform exponential]",
        p.toString());
    assertTrue(p.summary().contains("Significance contours around 0 at 90%, 95%, 99%"),
        p.summary());
    assertEquals(p.toSvg(), hackshaw().withContours(0.90, 0.95, 0.99).toSvg());
  }

  @Test
  void aMantelHaenszelResultCentresTheFunnel() throws IOException {
    BinaryForestPlotTest.Case bcg = BinaryForestPlotTest.cases()
        .filter(c -> c.toString().equals("bcg RR")).findFirst().orElseThrow();
    double[] y = new double[bcg.tables().size()];
    double[] v = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      TwoByTwo t = bcg.tables().get(i);
      EffectSize e = EffectSizes.logRiskRatio(t.a(), t.b(), t.c(), t.d());
      y[i] = e.estimate();
      v[i] = e.variance();
    }
    Document doc = SvgCheck.parse(FunnelPlot.of(y, v, bcg.pooled()).withTransform(Transform.EXP)
        .toSvg());
    SvgCheck.assertLegible(doc);
    Map x = axis(doc, Transform.EXP, true);
    List<double[]> tri = SvgCheck.points(SvgCheck.elements(
        SvgCheck.groups(doc, "funnel-region").get(0), "polygon").get(0));
    near(x.pixel(bcg.ref().get("fit").get("estimate").asDouble()), tri.get(0)[0], 0.3,
        "apex at the Mantel-Haenszel estimate");
  }

  @Test
  void badInputIsNamed() {
    assertEquals("vi[2] (study 2) must be positive, was 0.0",
        assertThrows(IllegalArgumentException.class,
            () -> FunnelPlot.of(new double[] {1, 2, 3}, new double[] {1, 1, 0}, reml))
            .getMessage());
    assertEquals("yi[1] (study 1) must be finite, was NaN",
        assertThrows(IllegalArgumentException.class,
            () -> FunnelPlot.of(new double[] {1, Double.NaN}, new double[] {1, 1}, reml))
            .getMessage());
    assertEquals("yi and vi must have the same length, were 2 and 1",
        assertThrows(IllegalArgumentException.class,
            () -> FunnelPlot.of(new double[] {1, 2}, new double[] {1}, reml)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FunnelPlot.of(new double[0], new double[0], reml));
    assertThrows(IllegalArgumentException.class, () -> FunnelPlot.of(yi, vi, null));
    assertEquals("filledVi[0] (filled study 0) must be positive, was -1.0",
        assertThrows(IllegalArgumentException.class,
            () -> hackshaw().withFilled(new double[] {0}, new double[] {-1})).getMessage());
    assertEquals("levels[1] must be in (0, 1), was 95.0",
        assertThrows(IllegalArgumentException.class, () -> hackshaw().withContours(0.9, 95))
            .getMessage());
    assertEquals("levels[1] repeats levels[0], was 0.9",
        assertThrows(IllegalArgumentException.class, () -> hackshaw().withContours(0.9, 0.9))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> hackshaw().withXLabel(" "));
  }

  @Test
  void inputsAreCopied() {
    double[] y = yi.clone();
    FunnelPlot p = FunnelPlot.of(y, vi, reml);
    String before = p.toSvg();
    y[0] = 5;
    assertEquals(before, p.toSvg());
    p.estimates()[1] = 7;
    assertEquals(yi[1], p.estimates()[1]);
  }
}
