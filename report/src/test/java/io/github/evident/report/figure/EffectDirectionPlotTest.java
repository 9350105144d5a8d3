package io.github.evident.report.figure;

import io.github.evident.core.svg.SvgCheck;
import static io.github.evident.stats.synthesis.EffectDirection.DETERIORATION;
import static io.github.evident.stats.synthesis.EffectDirection.IMPROVEMENT;
import static io.github.evident.stats.synthesis.EffectDirection.NO_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Svg;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EffectDirectionPlotTest {

  /**
   * Four studies by three domains. Gunn's mental health outcomes (2 of 3 improved, 67% below
   * the 70% rule) make the domain conflicting; sign tests: mental health 2 of 2 improved,
   * P = 2 × (1/2)² = 0.5; quality of life 2 of 2, P = 0.5; safety 2 of 3, P = 1.
   */
  static final EffectDirectionTable TABLE = EffectDirectionTable.builder()
      .study("Gunn 2016", 42).study("Rash 2017", 320).study("Litchfield 2010", 120)
      .study("Decker 2018", 61)
      .outcomes("Gunn 2016", "Mental health", IMPROVEMENT, IMPROVEMENT, NO_CHANGE)
      .outcomes("Gunn 2016", "Quality of life", IMPROVEMENT)
      .outcomes("Rash 2017", "Mental health", IMPROVEMENT)
      .outcomes("Rash 2017", "Safety behaviour", DETERIORATION)
      .outcomes("Litchfield 2010", "Mental health", IMPROVEMENT, DETERIORATION)
      .outcomes("Litchfield 2010", "Quality of life", IMPROVEMENT)
      .outcomes("Litchfield 2010", "Safety behaviour", IMPROVEMENT)
      .outcomes("Decker 2018", "Mental health", IMPROVEMENT)
      .outcomes("Decker 2018", "Quality of life", NO_CHANGE)
      .outcomes("Decker 2018", "Safety behaviour", IMPROVEMENT, IMPROVEMENT).build();

  static final Map<String, String> QUALITY = Map.of("Gunn 2016", "WEAK", "Rash 2017", "STRONG",
      "Litchfield 2010", "MODERATE", "Decker 2018", "WEAK");

  static EffectDirectionPlot plot() {
    return EffectDirectionPlot.of(TABLE)
        .withQuality(QUALITY, List.of("STRONG", "MODERATE", "WEAK")).orderedByQuality();
  }

  /** Height and apex of a triangle: "up" if one point lies above the other two. */
  static String shape(org.w3c.dom.Element cell) {
    List<org.w3c.dom.Element> polys = SvgCheck.elements(cell, "polygon");
    if (polys.size() == 2) {
      return "pair";
    }
    List<double[]> p = SvgCheck.points(polys.get(0));
    double top = Math.min(p.get(0)[1], Math.min(p.get(1)[1], p.get(2)[1]));
    double bottom = Math.max(p.get(0)[1], Math.max(p.get(1)[1], p.get(2)[1]));
    long atTop = p.stream().filter(pt -> pt[1] == top).count();
    return (atTop == 1 ? "up " : "down ") + Math.round(bottom - top);
  }

  @Test
  void cellsShowDirectionsSizedBySampleSizeAndRowsShadedByQuality() {
    EffectDirectionPlot p = plot();
    assertEquals(List.of("Rash 2017", "Litchfield 2010", "Gunn 2016", "Decker 2018"),
        p.order());
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    List<String> cells = new ArrayList<>();
    for (org.w3c.dom.Element g : SvgCheck.groups(doc, "edp-cell")) {
      String title = SvgCheck.elements(g, "title").get(0).getTextContent();
      cells.add(title + " = " + shape(g));
    }
    assertEquals(List.of(
        "Rash 2017, Mental health: improvement = up 19",
        "Rash 2017, Safety behaviour: deterioration = down 19",
        "Litchfield 2010, Mental health: conflicting = pair",
        "Litchfield 2010, Quality of life: improvement = up 13",
        "Litchfield 2010, Safety behaviour: improvement = up 13",
        "Gunn 2016, Mental health: conflicting = pair",
        "Gunn 2016, Quality of life: improvement = up 8",
        "Decker 2018, Mental health: improvement = up 13",
        "Decker 2018, Quality of life: no change = pair",
        "Decker 2018, Safety behaviour: improvement = up 13"), cells);
    // no symbol relies on a font glyph
    String text = String.join(" ", SvgCheck.allLines(doc));
    assertTrue(!text.contains("▲") && !text.contains("▼") && !text.contains("◄"), text);
    // row shading: darkest for STRONG, one shade per level, WEAK rows alike
    List<String> fills = new ArrayList<>();
    for (org.w3c.dom.Element r : SvgCheck.elements(doc, "rect")) {
      if (SvgCheck.num(r, "height") == 28) {
        fills.add(r.getAttribute("fill"));
      }
    }
    assertEquals(List.of("#6f9bc7", "#a9c4e0", "#d7e4f1", "#d7e4f1"), fills);
    assertTrue(text.contains("Sign test 2 of 2 improved p = 0.5000 2 of 2 improved p = 0.5000 "
        + "2 of 3 improved p = 1.0000"), text);
    assertTrue(text.contains("320 (large) STRONG"), text);
    assertTrue(text.contains("quality STRONG (best)") && text.contains("quality WEAK (worst)"),
        text);
    assertTrue(text.contains("small (n < 50), intervention group"), text);
  }

  @Test
  void withoutQualityAndOrderedBySize() {
    EffectDirectionPlot p = EffectDirectionPlot.of(TABLE).orderedBySampleSize()
        .withTitle("Effect direction");
    assertEquals(List.of("Rash 2017", "Litchfield 2010", "Decker 2018", "Gunn 2016"),
        p.order());
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    assertTrue(!SvgCheck.allLines(doc).contains("Quality"), SvgCheck.allLines(doc).toString());
    assertEquals("EffectDirectionPlot[4 studies, 3 domains]", p.toString());
    assertEquals("EffectDirectionPlot[4 studies, 3 domains, shaded by quality]",
        plot().toString());
    assertTrue(plot().summary().contains("Gunn 2016 (n = 42, small, quality WEAK): Mental health "
        + "conflicting; Quality of life improvement; Safety behaviour not reported\n"),
        plot().summary());
    assertEquals(p.toSvg(), EffectDirectionPlot.of(TABLE).orderedBySampleSize()
        .withTitle("Effect direction").toSvg());
  }

  @Test
  void badInputIsNamed() {
    EffectDirectionPlot p = EffectDirectionPlot.of(TABLE);
    assertEquals("studyQuality has no label for study 'Rash 2017'",
        assertThrows(IllegalArgumentException.class, () -> p.withQuality(
            Map.of("Gunn 2016", "WEAK"), List.of("WEAK"))).getMessage());
    assertEquals("quality 'POOR' of study 'Gunn 2016' is not one of the levels [WEAK]",
        assertThrows(IllegalArgumentException.class, () -> p.withQuality(
            Map.of("Gunn 2016", "POOR", "Rash 2017", "WEAK", "Litchfield 2010", "WEAK",
                "Decker 2018", "WEAK"), List.of("WEAK"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> p.withOrder(List.of("Gunn 2016")));
    assertThrows(IllegalStateException.class, p::orderedByQuality);
    assertThrows(IllegalArgumentException.class, () -> EffectDirectionPlot.of(null));
  }

  @Test
  void layoutCheckDetectsOverlappingText() {
    String svg = Svg.builder(200, 50).add(Element.text(10, 20, "Overlapping text"))
        .add(Element.text(20, 22, "more text")).build().toSvg();
    assertThrows(AssertionError.class, () -> SvgCheck.assertLegible(SvgCheck.parse(svg)));
    String outside = Svg.builder(50, 50).add(Element.text(10, 20, "much too long a line"))
        .build().toSvg();
    assertThrows(AssertionError.class, () -> SvgCheck.assertLegible(SvgCheck.parse(outside)));
  }
}
