package io.github.evident.report.figure;

import io.github.evident.core.svg.SvgCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.report.figure.TrafficLightPlot.Judgement;
import io.github.evident.report.figure.TrafficLightPlot.Palette;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.core.model.StudyAppraisal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TrafficLightPlotTest {

  /**
   * The seed review's EPHPP consensus appraisals as the examples module replays them
   * ({@code SeedAppraisals.load().consensus()} from {@code examples/data/seed-appraisals.json},
   * illustrative component answers that give the overall ratings of the paper's Table 1).
   */
  static StudyAppraisal ephpp(String a, String b, String c, String d, String e, String f,
      String overall) {
    return StudyAppraisal.builder().tool("EPHPP").putComponentRatings("A", a)
        .putComponentRatings("B", b).putComponentRatings("C", c).putComponentRatings("D", d)
        .putComponentRatings("E", e).putComponentRatings("F", f).overallRating(overall).build();
  }

  static Map<String, StudyAppraisal> seed() {
    Map<String, StudyAppraisal> m = new LinkedHashMap<>();
    m.put("Gunn 2016", ephpp("WEAK", "MODERATE", "WEAK", "MODERATE", "STRONG", "STRONG", "WEAK"));
    m.put("Litchfield 2010", ephpp("WEAK", "MODERATE", "WEAK", "MODERATE", "MODERATE", "WEAK",
        "WEAK"));
    m.put("Decker 2018", ephpp("MODERATE", "MODERATE", "WEAK", "WEAK", "WEAK", "MODERATE",
        "WEAK"));
    return m;
  }

  /** The judgement classes of the circles, row by row. */
  static List<String> cells(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element g : SvgCheck.groups(doc, "tl-judgement")) {
      if (g.getParentNode() instanceof Element p && !p.getAttribute("class").equals("tl-legend")) {
        out.add(g.getAttribute("class").replace("tl-judgement tl-", ""));
      }
    }
    return out;
  }

  @Test
  void seedReviewEphppComponentsAsTrafficLights() {
    TrafficLightPlot p = TrafficLightPlot.of(seed()).withDomainName("F", "attrition");
    String svg = p.toSvg();
    Document doc = SvgCheck.parse(svg);
    SvgCheck.assertLegible(doc);
    assertEquals(List.of(
        "high", "some-concerns", "high", "some-concerns", "low", "low", "high",
        "high", "some-concerns", "high", "some-concerns", "some-concerns", "high", "high",
        "some-concerns", "some-concerns", "high", "high", "high", "some-concerns", "high"),
        cells(doc));
    List<String> lines = SvgCheck.allLines(doc);
    assertTrue(lines.containsAll(List.of("EPHPP", "Study", "A", "B", "C", "D", "E", "F",
        "Overall", "Gunn 2016", "Litchfield 2010", "Decker 2018", "A: selection bias",
        "C: confounders", "E: data collection methods", "F: attrition", "Low (STRONG)", "Some concerns (MODERATE)",
        "High (WEAK)")), lines.toString());
    // cochrane colours; symbols drawn as lines: + two, − one, × two crossing
    for (Element g : SvgCheck.groups(doc, "tl-judgement")) {
      String fill = SvgCheck.elements(g, "circle").get(0).getAttribute("fill");
      int strokes = SvgCheck.elements(g, "line").size();
      switch (g.getAttribute("class")) {
        case "tl-judgement tl-low" -> assertEquals("#02C100 2", fill + " " + strokes);
        case "tl-judgement tl-some-concerns" -> assertEquals("#E2DF07 1", fill + " " + strokes);
        case "tl-judgement tl-high" -> assertEquals("#BF0000 2", fill + " " + strokes);
        default -> throw new AssertionError(g.getAttribute("class"));
      }
    }
    assertEquals(svg, TrafficLightPlot.of(seed()).withDomainName("F", "attrition").toSvg());
    assertEquals("TrafficLightPlot[EPHPP, 3 studies, 6 components + Overall, COCHRANE]",
        p.toString());
    assertTrue(p.summary().startsWith("Traffic-light plot, EPHPP, 3 studies\nGunn 2016: A=High; "
        + "B=Some concerns; C=High; D=Some concerns; E=Low; F=Low; Overall=High\n"), p.summary());
  }

  @Test
  void fromRuleSetAppraisalsWithTheChecklistsComponentNames() {
    // Gunn 2016's consensus answers in examples/data/seed-appraisals.json (A2 resolved to 5)
    Appraisal gunn = Ephpp.dictionary().appraise(Answers.of("A1", "3", "A2", "5", "B", "5",
        "C1", "3", "C2", "4", "D1", "3", "D2", "3", "E1", "1", "E2", "1", "F1", "1", "F2", "1"));
    Map<String, Appraisal> m = new LinkedHashMap<>();
    m.put("Gunn 2016", gunn);
    TrafficLightPlot p = TrafficLightPlot.ofAppraisals(m).withNumberedDomains(true)
        .withPalette(Palette.COLOURBLIND);
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    assertEquals(List.of("high", "some-concerns", "high", "some-concerns", "low", "low", "high"),
        cells(doc));
    List<String> lines = SvgCheck.allLines(doc);
    assertTrue(lines.containsAll(List.of("D1", "D6", "D1: A, selection bias",
        "D2: B, study design")), lines.toString());
    assertEquals("#FED98E", SvgCheck.elements(SvgCheck.groups(doc, "tl-low").get(0), "circle")
        .get(0).getAttribute("fill"));
  }

  @Test
  void overallOnlyUndeterminedAndLabelMap() {
    Map<String, StudyAppraisal> nice = new LinkedHashMap<>();
    nice.put("Arnold 2000", StudyAppraisal.of("NICE appendix H", "-"));
    nice.put("Benoit 2017", StudyAppraisal.of("NICE appendix H", "++"));
    nice.put("Felsher 2018", StudyAppraisal.of("NICE appendix H", "+"));
    nice.put("Jeal 2017", StudyAppraisal.of("NICE appendix H", "UNDETERMINED"));
    TrafficLightPlot p = TrafficLightPlot.of(nice);
    assertEquals(List.of(), p.components());
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    assertEquals(List.of("high", "low", "some-concerns", "no-information"), cells(doc));
    Element unknown = SvgCheck.groups(doc, "tl-no-information").get(0);
    assertEquals("#AAAAAA", SvgCheck.elements(unknown, "circle").get(0).getAttribute("fill"));
    assertEquals("?", SvgCheck.elements(unknown, "text").get(0).getTextContent());
    assertEquals(Judgement.SOME_CONCERNS, p.judgement("Felsher 2018", "Overall").orElseThrow());
    assertEquals(Judgement.LOW, p.withLabel("+", Judgement.LOW)
        .judgement("Felsher 2018", "Overall").orElseThrow());
  }

  @Test
  void badInputIsNamed() {
    Map<String, StudyAppraisal> mixed = new LinkedHashMap<>(seed());
    mixed.put("Arnold 2000", StudyAppraisal.of("NICE appendix H", "-"));
    assertEquals("study 'Arnold 2000' (row 3) was appraised with 'NICE appendix H', the plot's "
        + "tool is 'EPHPP'; draw one plot per tool", assertThrows(IllegalArgumentException.class,
            () -> TrafficLightPlot.of(mixed)).getMessage());
    Map<String, StudyAppraisal> odd = Map.of("X 2001", StudyAppraisal.of("EPHPP", "POOR"));
    assertEquals("study 'X 2001': Overall rating 'POOR' has no judgement; add one with "
        + "withLabel(\"POOR\", ...)", assertThrows(IllegalArgumentException.class,
            () -> TrafficLightPlot.of(odd)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TrafficLightPlot.of(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> TrafficLightPlot.of(seed()).withDomainName("Z", "zeta"));
    assertThrows(IllegalArgumentException.class,
        () -> TrafficLightPlot.of(List.of(TrafficLightPlot.Row.of("A", seed().get("Gunn 2016")),
            TrafficLightPlot.Row.of("A", seed().get("Gunn 2016")))));
  }
}
