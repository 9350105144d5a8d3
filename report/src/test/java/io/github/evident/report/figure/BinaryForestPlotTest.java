package io.github.evident.report.figure;

import static io.github.evident.report.figure.ForestPlotTest.f2;
import static io.github.evident.report.figure.ForestPlotTest.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.binary.MantelHaenszel;
import io.github.evident.stats.binary.Peto;
import io.github.evident.stats.binary.PooledResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The RevMan-style forest plot of 2×2 tables against metafor: {@code plot/binary_forest.json}
 * (see the README there): the BCG trials by Mantel-Haenszel risk and odds ratio, and six tables
 * with double zeros and a table with only events by Mantel-Haenszel odds ratio, risk difference
 * and Peto's odds ratio.
 */
class BinaryForestPlotTest {

  /** One case of the reference file: its tables, labels and the fit of its measure. */
  record Case(JsonNode ref, List<String> labels, List<TwoByTwo> tables, PooledResult pooled) {
    @Override
    public String toString() {
      return ref.get("name").asText() + " " + ref.get("measure").asText();
    }

    boolean ratio() {
      return !ref.get("measure").asText().equals("RD");
    }

    /** An R value on the natural scale, formatted as the figure prints it. */
    String natural(double x) {
      return f2(ratio() ? Math.exp(x) : x);
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (JsonNode c : ForestPlotTest.json("/plot/binary_forest.json").get("cases")) {
      List<String> labels = new ArrayList<>();
      List<TwoByTwo> tables = new ArrayList<>();
      for (int i = 0; i < c.get("inputs").size(); i++) {
        JsonNode t = c.get("inputs").get(i);
        labels.add(c.get("labels").get(i).asText());
        tables.add(TwoByTwo.of(t.get("ai").asInt(), t.get("bi").asInt(), t.get("ci").asInt(),
            t.get("di").asInt()));
      }
      PooledResult pooled = switch (c.get("measure").asText()) {
        case "OR" -> MantelHaenszel.oddsRatio().fit(tables);
        case "RR" -> MantelHaenszel.riskRatio().fit(tables);
        case "RD" -> MantelHaenszel.riskDifference().fit(tables);
        default -> Peto.oddsRatio().fit(tables);
      };
      out.add(new Case(c, labels, tables, pooled));
    }
    return out.stream();
  }

  static String pText(double p) {
    return p < 1e-4 ? "P < 0.0001" : String.format(Locale.ROOT, "P = %.4f", p);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rowsTotalsAndTestsAreMetaforsInRevMansLayout(Case c) {
    BinaryForestPlot plot = BinaryForestPlot.of(c.labels(), c.tables(), c.pooled())
        .withFavours("Favours experimental", "Favours control");
    Document doc = SvgCheck.parse(plot.toSvg());
    SvgCheck.assertLegible(doc);
    JsonNode ref = c.ref();
    List<Element> rows = SvgCheck.groups(doc, "forest-study");
    assertEquals(c.tables().size(), rows.size());
    double printed = 0;
    int[] sums = new int[4];
    for (int i = 0; i < rows.size(); i++) {
      TwoByTwo t = c.tables().get(i);
      int[] cells = {t.a(), t.a() + t.b(), t.c(), t.c() + t.d()};
      List<String> expected = new ArrayList<>(List.of(c.labels().get(i)));
      for (int j = 0; j < 4; j++) {
        expected.add(String.valueOf(cells[j]));
        sums[j] += cells[j];
      }
      double w = ref.get("weights").get(i).asDouble();
      boolean estimable = !ref.get("yi").get(i).isNull();
      if (estimable || w > 0) {
        expected.add(String.format(Locale.ROOT, "%.1f%%", w));
        printed += w;
      }
      expected.add(estimable ? c.natural(ref.get("yi").get(i).asDouble()) + " ["
          + c.natural(ref.get("ci_lb").get(i).asDouble()) + ", "
          + c.natural(ref.get("ci_ub").get(i).asDouble()) + "]" : "Not estimable");
      assertEquals(expected, SvgCheck.allLines(rows.get(i)), "row " + i);
      assertEquals(estimable ? 1 : 0, SvgCheck.elements(rows.get(i), "rect").size());
      near(w, plot.pooled().weightsPercent()[i], 1e-6 * Math.max(1, w), "weight " + i);
    }
    near(100, printed, 1e-9, "weights sum to 100%");

    JsonNode fit = ref.get("fit");
    String pooled = c.natural(fit.get("estimate").asDouble()) + " ["
        + c.natural(fit.get("ci_lb").asDouble()) + ", " + c.natural(fit.get("ci_ub").asDouble())
        + "]";
    assertEquals(List.of("Total (95% CI)", String.valueOf(sums[1]), String.valueOf(sums[3]),
        "100.0%", pooled), SvgCheck.allLines(SvgCheck.groups(doc, "forest-pooled").get(0)));
    assertEquals(List.of("Total events", String.valueOf(sums[0]), String.valueOf(sums[2])),
        SvgCheck.allLines(SvgCheck.groups(doc, "forest-total-events").get(0)));

    String notes = String.join(" ", SvgCheck.lines(SvgCheck.elements(doc, "text").stream()
        .filter(t -> t.getAttribute("class").equals("forest-note")).findFirst().orElseThrow()));
    String heterogeneity = String.format(Locale.ROOT, "Heterogeneity: Chi² = %.2f, df = %d "
        + "(%s); I² = %.0f%%", fit.get("QE").asDouble(), fit.get("df").asInt(),
        pText(fit.get("QEp").asDouble()), fit.get("I2").asDouble());
    String overall = String.format(Locale.ROOT, "Test for overall effect: Z = %.2f (%s)",
        Math.abs(fit.get("zval").asDouble()), pText(fit.get("pval").asDouble()));
    assertEquals(heterogeneity + " " + overall, notes);

    double[] ax = ForestPlotTest.axis(doc, c.ratio() ? Transform.EXP : Transform.NONE);
    List<double[]> diamond = SvgCheck.points(SvgCheck.elements(
        SvgCheck.groups(doc, "forest-pooled").get(0), "polygon").get(0));
    near(fit.get("estimate").asDouble(), (diamond.get(1)[0] - ax[0]) / ax[1], 0.02 / ax[1],
        "diamond centre");
    near(fit.get("ci_lb").asDouble(), (diamond.get(0)[0] - ax[0]) / ax[1], 0.02 / ax[1],
        "diamond left");
  }

  @Test
  void headingsSquaresAndFavoursReadAsRevMan() throws IOException {
    Case bcg = cases().filter(c -> c.toString().equals("bcg RR")).findFirst().orElseThrow();
    BinaryForestPlot plot = BinaryForestPlot.of(bcg.labels(), bcg.tables(), bcg.pooled())
        .withGroups("BCG", "Control").withFavours("Favours BCG", "Favours control")
        .withTitle("BCG vaccine and tuberculosis");
    Document doc = SvgCheck.parse(plot.toSvg());
    SvgCheck.assertLegible(doc);
    List<String> all = SvgCheck.allLines(doc);
    assertEquals(List.of("BCG vaccine and tuberculosis", "BCG", "Control", "Risk Ratio",
        "Risk Ratio", "Study or Subgroup", "Events", "Total", "Events", "Total", "Weight",
        "M-H, Fixed, 95% CI", "M-H, Fixed, 95% CI"), all.subList(0, 13));
    assertTrue(all.containsAll(List.of("Favours BCG", "Favours control", "0.1", "1", "10")),
        all.toString());
    double[] ax = ForestPlotTest.axis(doc, Transform.EXP);
    JsonNode ref = bcg.ref();
    double maxW = 0;
    for (JsonNode w : ref.get("weights")) {
      maxW = Math.max(maxW, w.asDouble());
    }
    List<Element> rows = SvgCheck.groups(doc, "forest-study");
    for (int i = 0; i < rows.size(); i++) {
      Element sq = SvgCheck.elements(rows.get(i), "rect").get(0);
      double side = SvgCheck.num(sq, "width");
      near(ref.get("yi").get(i).asDouble(), (SvgCheck.num(sq, "x") + side / 2 - ax[0]) / ax[1],
          0.02 / ax[1], "square " + i);
      near(Math.max(4, 14 * Math.sqrt(ref.get("weights").get(i).asDouble() / maxW)), side,
          0.006, "area proportional to the weight, study " + i);
    }
    assertEquals("BinaryForestPlot[13 studies, Risk Ratio M-H, Fixed]", plot.toString());
    String s = plot.summary();
    assertTrue(s.startsWith("Risk Ratio M-H, Fixed, 13 studies\nAronson 1948: 4/123 vs 11/139, "
        + "weight 0.7%, 0.41 [0.13, 1.26]\n"), s);
    assertTrue(s.contains("\nTotal events: 1065 vs 1510\n"), s);
  }

  @Test
  void badInputIsNamed() throws IOException {
    Case bcg = cases().findFirst().orElseThrow();
    PooledResult twelve = MantelHaenszel.riskRatio().fit(bcg.tables().subList(0, 12));
    assertEquals("pooled result has k = 12 but the plot has 13 tables",
        assertThrows(IllegalArgumentException.class,
            () -> BinaryForestPlot.of(bcg.labels(), bcg.tables(), twelve)).getMessage());
    List<String> labels = new ArrayList<>(bcg.labels());
    labels.set(2, " ");
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> BinaryForestPlot.of(labels, bcg.tables(), bcg.pooled())).getMessage()
        .startsWith("labels[2] (study 2) must"));
    List<TwoByTwo> tables = new ArrayList<>(bcg.tables());
    tables.set(4, TwoByTwo.of(0, 0, 3, 4));
    assertEquals("tables[4] (study 'Frimodt-Moller et al 1973') group 1 size a + b must be "
        + "positive, was 0", assertThrows(IllegalArgumentException.class,
            () -> BinaryForestPlot.of(bcg.labels(), tables, bcg.pooled())).getMessage());
    assertEquals("labels and tables must have the same size, were 12 and 13",
        assertThrows(IllegalArgumentException.class, () -> BinaryForestPlot.of(
            bcg.labels().subList(0, 12), bcg.tables(), bcg.pooled())).getMessage());
    BinaryForestPlot p = BinaryForestPlot.of(bcg.labels(), bcg.tables(), bcg.pooled());
    assertThrows(IllegalArgumentException.class, () -> p.withAxisLimits(0, 2));
    assertThrows(IllegalArgumentException.class, () -> p.withGroups("A", ""));
  }
}
