package io.github.evident.report.figure;

import static io.github.evident.report.figure.ForestPlotTest.array;
import static io.github.evident.report.figure.ForestPlotTest.f2;
import static io.github.evident.report.figure.ForestPlotTest.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.sensitivity.Cumulative;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import io.github.evident.stats.sensitivity.SensitivitySeries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Leave-one-out and cumulative forest plots of the BCG trials (log risk ratios) against metafor:
 * {@code plot/bcg_sensitivity.json} (see the README there).
 */
class SensitivityPlotTest {

  static JsonNode ref;
  static List<String> labels;
  static double[] yi;
  static double[] vi;

  @BeforeAll
  static void load() throws IOException {
    ref = ForestPlotTest.json("/plot/bcg_sensitivity.json");
    labels = new ArrayList<>();
    ref.get("labels").forEach(l -> labels.add(l.asText()));
    yi = array(ref.get("yi"));
    vi = array(ref.get("vi"));
  }

  static String text(JsonNode series, int i) {
    return f2(Math.exp(series.get("estimate").get(i).asDouble())) + " ["
        + f2(Math.exp(series.get("ci_lb").get(i).asDouble())) + ", "
        + f2(Math.exp(series.get("ci_ub").get(i).asDouble())) + "]";
  }

  static String percent(JsonNode series, int i) {
    return String.format(Locale.ROOT, "%.0f%%", series.get("I2").get(i).asDouble());
  }

  static SensitivityPlot leaveOneOut(MetaAnalysis analysis) {
    return SensitivityPlot.of(labels, LeaveOneOut.of(analysis).fit(yi, vi))
        .withTransform(Transform.EXP).withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours control");
  }

  @Test
  void leaveOneOutRowsOmitEachStudyWithALineAtTheFullEstimate() {
    SensitivityPlot p = leaveOneOut(MetaAnalysis.randomEffects());
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    JsonNode l1o = ref.get("leave1out");
    List<Element> rows = SvgCheck.groups(doc, "sensitivity-step");
    assertEquals(13, rows.size());
    double[] ax = ForestPlotTest.axis(doc, Transform.EXP);
    for (int i = 0; i < 13; i++) {
      assertEquals(List.of("Omitting " + labels.get(i), text(l1o, i), percent(l1o, i)),
          SvgCheck.allLines(rows.get(i)));
      Element sq = SvgCheck.elements(rows.get(i), "rect").get(0);
      near(l1o.get("estimate").get(i).asDouble(), (SvgCheck.num(sq, "x")
          + SvgCheck.num(sq, "width") / 2 - ax[0]) / ax[1], 0.02 / ax[1], "square " + i);
    }
    JsonNode full = ref.get("full");
    Element line = SvgCheck.elements(doc, "line").stream()
        .filter(l -> l.getAttribute("class").equals("sensitivity-full")).findFirst()
        .orElseThrow();
    near(full.get("estimate").asDouble(), (SvgCheck.num(line, "x1") - ax[0]) / ax[1],
        0.02 / ax[1], "line at the full estimate");
    String fullText = f2(Math.exp(full.get("estimate").asDouble())) + " ["
        + f2(Math.exp(full.get("ci_lb").asDouble())) + ", "
        + f2(Math.exp(full.get("ci_ub").asDouble())) + "]";
    List<String> pooled = SvgCheck.allLines(SvgCheck.groups(doc, "forest-pooled").get(0));
    assertEquals(List.of("All studies", fullText), pooled.subList(0, 2));
    List<String> all = SvgCheck.allLines(doc);
    assertEquals(List.of("Study", "Estimate [95% CI]", "I²"), all.subList(0, 3));
    assertTrue(String.join(" ", all).contains("Grey line: estimate from all studies, "
        + fullText), all.toString());
    assertEquals("SensitivityPlot[leave-one-out, 13 studies]", p.toString());
    assertTrue(p.summary().startsWith("Leave-one-out analysis, 13 studies\nOmitting Aronson "
        + "1948: " + text(l1o, 0).replace('\u2212', '-') + ", I² " + percent(l1o, 0)),
        p.summary());
  }

  @Test
  void cumulativeRowsAddTheStudiesInTheirOrder() {
    JsonNode cum = ref.get("cumul");
    int[] order = new int[13];
    for (int m = 0; m < 13; m++) {
      order[m] = cum.get("order").get(m).asInt();
    }
    SensitivitySeries series = Cumulative.of(MetaAnalysis.randomEffects()).fit(yi, vi, order);
    SensitivityPlot p = SensitivityPlot.of(labels, series).withTransform(Transform.EXP);
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    List<Element> rows = SvgCheck.groups(doc, "sensitivity-step");
    assertEquals(13, rows.size());
    for (int m = 0; m < 13; m++) {
      assertEquals(List.of("+ " + labels.get(order[m]), text(cum, m), percent(cum, m)),
          SvgCheck.allLines(rows.get(m)), "step " + m);
    }
    assertTrue(SvgCheck.groups(doc, "forest-pooled").isEmpty());
    assertEquals("SensitivityPlot[cumulative, 13 studies]", p.toString());
  }

  @Test
  void stepsThatDoNotConvergeAreNotEstimableWithTheirReason() {
    SensitivityPlot p = leaveOneOut(MetaAnalysis.randomEffects().withMaxIterations(4));
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    JsonNode l1o = ref.get("leave1out_maxiter4");
    List<Element> rows = SvgCheck.groups(doc, "sensitivity-step");
    String notes = String.join(" ", SvgCheck.allLines(doc));
    int failed = 0;
    for (int i = 0; i < 13; i++) {
      if (l1o.get("estimate").get(i).isNull()) {
        failed++;
        assertEquals(List.of("Omitting " + labels.get(i), "not estimable"),
            SvgCheck.allLines(rows.get(i)));
        assertTrue(SvgCheck.elements(rows.get(i), "rect").isEmpty());
        String reason = p.series().steps().get(i).failure().orElseThrow();
        assertTrue(p.summary().contains("Omitting " + labels.get(i) + ": not estimable: "
            + reason), p.summary());
        assertTrue(notes.contains("Omitting " + labels.get(i) + ": not estimable:"), notes);
      } else {
        assertEquals(text(l1o, i), SvgCheck.allLines(rows.get(i)).get(1));
      }
    }
    assertEquals(2, failed);
    assertEquals("SensitivityPlot[leave-one-out, 13 studies, 2 not estimable]", p.toString());
  }

  @Test
  void aFullFitThatDoesNotConvergeIsNotedWithoutAnAllStudiesRow() {
    SensitivitySeries s = LeaveOneOut.of(MetaAnalysis.randomEffects().withMaxIterations(1))
        .fit(yi, vi);
    assertTrue(s.full().isEmpty(), "the fit of all studies does not converge in 1 iteration");
    SensitivityPlot p = SensitivityPlot.of(labels, s).withTransform(Transform.EXP);
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    assertTrue(SvgCheck.groups(doc, "forest-pooled").isEmpty());
    assertTrue(p.summary().contains("All studies: not estimable: " + s.fullFailure()
        .orElseThrow()), p.summary());
    assertEquals(13, SvgCheck.groups(doc, "sensitivity-step").size());
  }

  @Test
  void badInputIsNamed() {
    SensitivitySeries s = LeaveOneOut.of(MetaAnalysis.randomEffects()).fit(yi, vi);
    assertEquals("labels must have one label per study of the series (13), had 12",
        assertThrows(IllegalArgumentException.class,
            () -> SensitivityPlot.of(labels.subList(0, 12), s)).getMessage());
    List<String> blank = new ArrayList<>(labels);
    blank.set(3, "");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SensitivityPlot.of(blank, s))
        .getMessage().startsWith("labels[3] (study 3) must"));
    assertThrows(IllegalArgumentException.class, () -> SensitivityPlot.of(labels, null));
  }
}
