package io.github.evident.report.figure;

import static io.github.evident.report.figure.ForestPlotTest.array;
import static io.github.evident.report.figure.ForestPlotTest.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.svg.SvgCheck;
import io.github.evident.report.figure.FunnelPlotTest.Map;
import io.github.evident.stats.meta.MetaRegression;
import io.github.evident.stats.meta.Moderators;
import io.github.evident.stats.meta.RegressionResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The BCG trials (log risk ratios) regressed on absolute latitude, against metafor:
 * {@code plot/bcg_bubble.json} (see the README there): each circle at its latitude and estimate
 * with an area proportional to metafor's weight, the fitted line's ends at metafor's predictions
 * at the smallest and largest latitude (year at its mean when it is a second moderator), and the
 * confidence band around the line with metafor's limits at its ends.
 */
class BubblePlotTest {

  static JsonNode ref;
  static double[] yi;
  static double[] vi;
  static double[] ablat;
  static double[] year;
  static RegressionResult reml;
  static RegressionResult ee;
  static RegressionResult knha;

  @BeforeAll
  static void load() throws IOException {
    ref = ForestPlotTest.json("/plot/bcg_bubble.json");
    yi = array(ref.get("yi"));
    vi = array(ref.get("vi"));
    ablat = array(ref.get("ablat"));
    year = array(ref.get("year"));
    Moderators lat = Moderators.of("ablat", ablat);
    reml = MetaRegression.randomEffects().fit(yi, vi, lat);
    ee = MetaRegression.commonEffect().fit(yi, vi, lat);
    knha = MetaRegression.randomEffects().withKnappHartung().fit(yi, vi,
        Moderators.of(List.of("ablat", "year"), ablat, year));
  }

  /** The x axis (middle-anchored tick labels) or the y axis (end-anchored, at their ticks). */
  static Map axis(Document doc, Transform t, boolean x) {
    Element axes = SvgCheck.groups(doc, "bubble-axis").get(0);
    List<Element> labels = new ArrayList<>();
    for (Element e : SvgCheck.elements(axes, "text")) {
      String anchor = SvgCheck.inherited(e, "text-anchor", "start");
      if (e.getTextContent().matches("[\u22120-9.]+") && anchor.equals(x ? "middle" : "end")) {
        labels.add(e);
      }
    }
    List<Double> tickYs = new ArrayList<>();
    for (Element l : SvgCheck.elements(axes, "line")) {
      if (SvgCheck.num(l, "y1") == SvgCheck.num(l, "y2")
          && SvgCheck.num(l, "x2") - SvgCheck.num(l, "x1") == Axis.TICK) {
        tickYs.add(SvgCheck.num(l, "y1"));
      }
    }
    int last = labels.size() - 1;
    Transform tr = x ? Transform.NONE : t;
    double v1 = tr.inverse(value(labels.get(0)));
    double v2 = tr.inverse(value(labels.get(last)));
    double p1 = x ? SvgCheck.num(labels.get(0), "x") : tickYs.get(0);
    double p2 = x ? SvgCheck.num(labels.get(last), "x") : tickYs.get(last);
    double b = (p2 - p1) / (v2 - v1);
    return new Map(p1 - b * v1, b);
  }

  private static double value(Element label) {
    return Double.parseDouble(label.getTextContent().replace('\u2212', '-'));
  }

  private static List<Element> circles(Document doc) {
    return SvgCheck.elements(SvgCheck.groups(doc, "bubble-study").get(0), "circle");
  }

  private static Element fittedLine(Document doc) {
    return SvgCheck.elements(doc, "line").stream()
        .filter(l -> l.getAttribute("class").equals("bubble-line")).findFirst().orElseThrow();
  }

  /** The circle centred on a study's point, failing when there is none. */
  private static Element circleOf(List<Element> circles, double cx, double cy, String what) {
    return circles.stream().filter(c -> Math.abs(SvgCheck.num(c, "cx") - cx) <= 0.3
        && Math.abs(SvgCheck.num(c, "cy") - cy) <= 0.3).findFirst()
        .orElseThrow(() -> new AssertionError("no circle at " + what));
  }

  /** Points, radii, line and band of a fit against its reference in the JSON. */
  private static void assertDrawsFit(BubblePlot plot, JsonNode fit, Transform t) {
    Document doc = SvgCheck.parse(plot.toSvg());
    SvgCheck.assertLegible(doc);
    Map x = axis(doc, t, true);
    Map y = axis(doc, t, false);
    double tol = 0.3;
    List<Element> circles = circles(doc);
    assertEquals(13, circles.size());
    double[] w = array(fit.get("weights"));
    double[] r = new double[13];
    for (int i = 0; i < 13; i++) {
      r[i] = SvgCheck.num(circleOf(circles, x.pixel(ablat[i]), y.pixel(yi[i]), "study " + i),
          "r");
    }
    int heaviest = 0;
    for (int i = 1; i < 13; i++) {
      heaviest = w[i] > w[heaviest] ? i : heaviest;
    }
    for (int i = 0; i < 13; i++) {
      double expected = Math.max(BubblePlot.MIN_RADIUS,
          r[heaviest] * Math.sqrt(w[i] / w[heaviest]));
      near(expected, r[i], 0.01, "radius of study " + i + " (area proportional to weight)");
      for (int j = 0; j < 13; j++) {
        assertTrue(w[i] <= w[j] || r[i] >= r[j], "radii ordered as weights, " + i + ", " + j);
      }
    }
    double[] at = !fit.get("at").get(0).isArray() ? array(fit.get("at"))
        : new double[] {fit.get("at").get(0).get(0).asDouble(),
            fit.get("at").get(1).get(0).asDouble()};
    double[] pred = array(fit.get("pred"));
    Element line = fittedLine(doc);
    near(x.pixel(at[0]), SvgCheck.num(line, "x1"), tol, "line starts at the smallest latitude");
    near(y.pixel(pred[0]), SvgCheck.num(line, "y1"), tol, "line starts at metafor's fit");
    near(x.pixel(at[1]), SvgCheck.num(line, "x2"), tol, "line ends at the largest latitude");
    near(y.pixel(pred[1]), SvgCheck.num(line, "y2"), tol, "line ends at metafor's fit");

    List<double[]> band = SvgCheck.points(SvgCheck.elements(
        SvgCheck.groups(doc, "bubble-band").get(0), "polygon").get(0));
    int n = band.size() / 2;
    double[] lb = array(fit.get("ci_lb"));
    double[] ub = array(fit.get("ci_ub"));
    near(y.pixel(ub[0]), band.get(0)[1], tol, "band's upper limit at the smallest latitude");
    near(y.pixel(ub[1]), band.get(n - 1)[1], tol, "band's upper limit at the largest latitude");
    near(y.pixel(lb[1]), band.get(n)[1], tol, "band's lower limit at the largest latitude");
    near(y.pixel(lb[0]), band.get(2 * n - 1)[1], tol, "band's lower limit at the smallest");
    double slope = (SvgCheck.num(line, "y2") - SvgCheck.num(line, "y1"))
        / (SvgCheck.num(line, "x2") - SvgCheck.num(line, "x1"));
    for (int i = 0; i < n; i++) {
      double[] upper = band.get(i);
      double[] lower = band.get(2 * n - 1 - i);
      assertEquals(upper[0], lower[0], 1e-9);
      double onLine = SvgCheck.num(line, "y1") + slope * (upper[0] - SvgCheck.num(line, "x1"));
      assertTrue(upper[1] < onLine && onLine < lower[1], "band contains the line at " + i);
    }
  }

  @Test
  void randomEffectsPointsLineAndBandSitAtMetaforsValues() {
    assertDrawsFit(BubblePlot.of(yi, vi, reml, "ablat", ablat), ref.get("reml"),
        Transform.NONE);
  }

  @Test
  void ratioScaleLabelsTheSameGeometry() {
    BubblePlot p = BubblePlot.of(yi, vi, reml, "ablat", ablat).withTransform(Transform.EXP)
        .withXLabel("Absolute latitude").withYLabel("Risk ratio (log scale)")
        .withTitle("BCG vaccine and latitude");
    assertDrawsFit(p, ref.get("reml"), Transform.EXP);
    List<String> all = SvgCheck.allLines(SvgCheck.parse(p.toSvg()));
    assertTrue(all.containsAll(List.of("Absolute latitude", "Risk ratio (log scale)",
        "BCG vaccine and latitude", "1")), all::toString);
  }

  @Test
  void commonEffectWeightsAreInverseVariances() {
    BubblePlot p = BubblePlot.of(yi, vi, ee, "ablat", ablat);
    assertDrawsFit(p, ref.get("ee"), Transform.NONE);
    assertTrue(p.summary().contains("Circle area proportional to the study's weight, 1/vi"),
        p::summary);
  }

  @Test
  void otherModeratorsAreHeldAtTheirMeans() {
    BubblePlot p = BubblePlot.of(yi, vi, knha, Moderators.of(List.of("ablat", "year"), ablat,
        year), "ablat");
    assertDrawsFit(p, ref.get("knha_year"), Transform.NONE);
    assertTrue(p.summary().contains("Other moderators held at their means: year = "
        + String.format(java.util.Locale.ROOT, "%.2f", ref.get("mean_year").asDouble())),
        p::summary);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BubblePlot.of(yi, vi, knha, "ablat", ablat));
    assertEquals("regression has 2 moderators; pass them as Moderators to hold the others at "
        + "their means", e.getMessage());
  }

  @Test
  void summaryAndToStringDescribeThePlot() {
    BubblePlot p = BubblePlot.of(yi, vi, reml, "ablat", ablat).withTransform(Transform.EXP);
    assertEquals("BubblePlot[13 studies, moderator ablat, random effects, transform "
        + "exponential]", p.toString());
    String s = p.summary();
    double[] pred = array(ref.get("reml").get("pred"));
    assertTrue(s.startsWith("Bubble plot of 13 studies against ablat\n"), s);
    assertTrue(s.contains(String.format(java.util.Locale.ROOT, "Line: fitted values of the "
        + "random effects meta-regression, %.2f at ablat = 13 to %.2f at 55; band: 95%% "
        + "confidence interval", Math.exp(pred[0]), Math.exp(pred[1]))), s);
    assertTrue(s.contains(String.format(java.util.Locale.ROOT, "1/(vi + τ²) with τ² = %.4f",
        ref.get("reml").get("tau2").asDouble())), s);
  }

  @Test
  void inputsAreCopied() {
    double[] y = yi.clone();
    double[] v = vi.clone();
    double[] x = ablat.clone();
    BubblePlot p = BubblePlot.of(y, v, reml, "ablat", x);
    String before = p.toSvg();
    y[0] = 5;
    v[0] = 9;
    x[0] = 90;
    p.estimates()[1] = 7;
    p.moderatorValues()[1] = 7;
    assertEquals(before, p.toSvg());
  }

  private static void assertRejects(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void badInputIsRejectedNamingFieldValueAndStudy() {
    double[] badV = vi.clone();
    badV[3] = 0;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BubblePlot.of(yi, badV, reml, "ablat", ablat));
    assertTrue(e.getMessage().contains("vi[3] (study 3)") && e.getMessage().contains("0"),
        e.getMessage());
    double[] badY = yi.clone();
    badY[5] = Double.NaN;
    e = assertThrows(IllegalArgumentException.class,
        () -> BubblePlot.of(badY, vi, reml, "ablat", ablat));
    assertTrue(e.getMessage().contains("yi[5] (study 5)") && e.getMessage().contains("NaN"),
        e.getMessage());
    double[] badX = ablat.clone();
    badX[7] = Double.POSITIVE_INFINITY;
    e = assertThrows(IllegalArgumentException.class,
        () -> BubblePlot.of(yi, vi, reml, "ablat", badX));
    assertTrue(e.getMessage().contains("'ablat' [7] (study 7)")
        && e.getMessage().contains("Infinity"), e.getMessage());
    assertRejects("yi, vi and moderatorValues must have the same length, were 13, 12 and 13",
        () -> BubblePlot.of(yi, java.util.Arrays.copyOf(vi, 12), reml, "ablat", ablat));
    assertRejects("moderator 'year' is not among the regression's moderators [ablat]",
        () -> BubblePlot.of(yi, vi, reml, Moderators.of("ablat", ablat), "year"));
    assertRejects("moderators [year] are not the regression's moderators [ablat]",
        () -> BubblePlot.of(yi, vi, reml, "year", year));
    RegressionResult other = MetaRegression.commonEffect().fit(new double[] {0.1, 0.2, 0.4},
        new double[] {1, 1, 1}, Moderators.of("ablat", new double[] {1, 2, 3}));
    assertRejects("regression was fitted to 3 studies, but yi holds 13",
        () -> BubblePlot.of(yi, vi, other, "ablat", ablat));
    assertThrows(IllegalArgumentException.class,
        () -> BubblePlot.of(yi, vi, null, "ablat", ablat));
    assertThrows(IllegalArgumentException.class,
        () -> BubblePlot.of(yi, vi, reml, "ablat", ablat).withTransform(null));
    assertThrows(IllegalArgumentException.class,
        () -> BubblePlot.of(yi, vi, reml, "ablat", ablat).withYLabel(" "));
  }
}
