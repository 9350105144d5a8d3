package io.github.evident.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Citation;
import io.github.evident.core.model.Design;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import io.github.evident.core.svg.Svg;
import io.github.evident.examples.ExampleData;
import io.github.evident.examples.SeedReview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import org.w3c.dom.NodeList;

class EvidenceReportTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

  static Document parse(String html) throws Exception {
    return Xhtml.parse(html);
  }

  static List<org.w3c.dom.Element> elements(Document d, String ns, String tag) {
    NodeList nl = d.getElementsByTagNameNS(ns, tag);
    List<org.w3c.dom.Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((org.w3c.dom.Element) nl.item(i));
    }
    return out;
  }

  static org.w3c.dom.Element byId(Document d, String id) {
    for (org.w3c.dom.Element e : elements(d, "*", "*")) {
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  @Test
  void seedReportIsWellFormedAndHoldsEveryStudy() throws Exception {
    Review review = ExampleData.seedReview();
    EvidenceReport report = SeedReview.evidenceReport(review);
    String html = report.toHtml();
    Document d = parse(html);
    assertEquals("html", d.getDocumentElement().getLocalName());
    assertEquals(XHTML, d.getDocumentElement().getNamespaceURI());
    assertEquals(review.title(), elements(d, XHTML, "h1").get(0).getTextContent());
    for (Study s : review.studies()) {
      org.w3c.dom.Element row = byId(d, "study-" + s.id());
      assertEquals("tr", row.getLocalName());
      assertTrue(row.getTextContent().contains(s.citation().shortForm()), s.id());
      assertTrue(row.getTextContent().contains(s.aim().orElseThrow()), s.id());
    }
    // table 1 groups as in the paper: 2 quantitative, 7 qualitative, 1 mixed methods
    List<String> groups = elements(d, XHTML, "tr").stream()
        .filter(tr -> tr.getAttribute("class").equals("group"))
        .map(org.w3c.dom.Element::getTextContent).toList();
    assertEquals(List.of("Quantitative data", "Qualitative data", "Mixed methods data"), groups);
    assertTrue(html.contains("PROSPERO CRD42020204592"));
    // one inline SVG per figure: PRISMA, a traffic-light plot per tool, the effect direction
    // plot; each in its own figure with a caption
    assertEquals(List.of(EvidenceReport.Placement.APPRAISAL, EvidenceReport.Placement.APPRAISAL,
        EvidenceReport.Placement.SYNTHESIS), report.figures().stream()
        .map(EvidenceReport.Figure::placement).toList());
    assertEquals(1 + report.figures().size(), elements(d, SVG, "svg").size());
    assertEquals(1 + report.figures().size(), elements(d, XHTML, "figure").size());
    for (org.w3c.dom.Element f : elements(d, XHTML, "figure")) {
      assertEquals(1, f.getElementsByTagNameNS(SVG, "svg").getLength());
      assertEquals(1, f.getElementsByTagNameNS(XHTML, "figcaption").getLength());
    }
    assertTrue(isInside(elements(d, SVG, "svg").get(3), byId(d, "synthesis")),
        "the effect direction plot is with the synthesis");
    assertTrue(byId(d, "figure-prisma").getTextContent().contains("19202"));
    // appraisal: reported and reproduced ratings agree for all 11 appraisals
    long same = elements(d, XHTML, "td").stream()
        .filter(td -> td.getTextContent().equals("✓ yes")).count();
    assertEquals(11, same);
    // warnings: the three discrepancies of the paper
    org.w3c.dom.Element warnings = byId(d, "warnings");
    assertEquals(3 + 1, elements(d, XHTML, "tr").stream()
        .filter(tr -> isInside(tr, warnings)).count());
  }

  private static boolean isInside(org.w3c.dom.Node n, org.w3c.dom.Element ancestor) {
    for (org.w3c.dom.Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  @Test
  void pageIsSelfContained() {
    String html = SeedReview.evidenceReport(ExampleData.seedReview()).toHtml();
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no linked resources");
    assertFalse(html.contains(" src="), "no external sources");
    assertFalse(html.matches("(?s).*href=\"(?!#).*"), "only in-page links");
    assertFalse(html.contains("url("), "no CSS resources");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html"));
    assertTrue(html.contains("<meta charset=\"utf-8\"/>"));
  }

  @Test
  void textIsEscapedEverywhere() throws Exception {
    String evil = "<script>alert(\"x\")</script> & 'quotes' \u0001";
    Review review = Review.builder().title("Title " + evil).addAuthors(evil)
        .addStudies(Study.builder().id("s1").citation(Citation.builder().addAuthors(evil)
            .year(2020).title(evil).build()).aim(evil).country(evil)
            .design(Design.of(DesignType.QUALITATIVE)).addFindings(evil)
            .addAppraisals(StudyAppraisal.of("Tool <b>", "<i>")).build())
        .build();
    Svg svg = Svg.builder(10, 10).title(evil)
        .add(io.github.evident.core.svg.Element.text(1, 5, evil)).build();
    String html = EvidenceReport.of(review).withFigure(EvidenceReport.Placement.SYNTHESIS,
        evil, svg).withAnalysis(new EvidenceReport.Analysis(evil, List.of(evil),
        List.of(new ReportTable(evil, List.of(evil), List.of(List.of(evil)))))).toHtml();
    Document d = parse(html);
    assertFalse(html.contains("<script"), "raw markup from text");
    assertFalse(html.contains("<b>") || html.contains("<i>"));
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        + "&#39;quotes&#39; \uFFFD"), "escaped text");
    assertEquals("Title " + evil.replace('\u0001', '\uFFFD'),
        elements(d, XHTML, "h1").get(0).getTextContent());
    assertEquals(0, elements(d, XHTML, "script").size());
    assertEquals(1, elements(d, SVG, "svg").size(), "the figure (no PRISMA counts)");
  }

  @Test
  void figuresGoWhereTheyArePlaced() throws Exception {
    Svg a = Svg.builder(20, 10).title("appraisal figure").build();
    Svg s = Svg.builder(20, 10).title("synthesis figure").build();
    String html = SeedReview.evidenceReport(ExampleData.seedReview())
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "S", s)
        .withFigure(EvidenceReport.Placement.APPRAISAL, "A", a).toHtml();
    Document d = parse(html);
    assertEquals(6, elements(d, SVG, "svg").size());
    assertTrue(isInside(byId(d, "figure-appraisal-3"), byId(d, "appraisal")));
    assertTrue(isInside(byId(d, "figure-synthesis-2"), byId(d, "synthesis")));
    assertEquals("appraisal figure", byId(d, "figure-appraisal-3").getElementsByTagNameNS(SVG,
        "title").item(0).getTextContent());
  }

  @Test
  void badInputIsRejectedWithItsName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EvidenceReport.Figure(EvidenceReport.Placement.SYNTHESIS, "Forest", "<div/>"));
    assertTrue(e.getMessage().contains("figure 'Forest': svg must be one <svg> element"),
        e.getMessage());
    for (String bad : new String[] {"<svg><script>alert(1)</script></svg>",
        "<svg onload=\"alert(1)\"></svg>", "<svg><image href=\"http://x/y.png\"/></svg>",
        "<svg><g></svg>", "<svg><style>@import url(http://x/y.css);</style></svg>",
        "<svg><rect fill=\"url(http://x/p.svg#a)\"/></svg>",
        "<svg><rect style=\"fill: URL( 'http://x/p.svg#a')\"/></svg>"}) {
      e = assertThrows(IllegalArgumentException.class, () -> new EvidenceReport.Figure(
          EvidenceReport.Placement.SYNTHESIS, "F", bad), bad);
      assertTrue(e.getMessage().startsWith("figure 'F': svg "), e.getMessage());
    }
    // references into the figure itself stay allowed
    new EvidenceReport.Figure(EvidenceReport.Placement.SYNTHESIS, "F",
        "<svg><rect fill=\"url(#g)\" style=\"stroke: url( '#g')\"/></svg>");
    e = assertThrows(IllegalArgumentException.class, () -> new ReportTable("t",
        List.of("a", "b"), List.of(List.of("1"))));
    assertEquals("rows[0] must have 2 cells like the header, had 1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EvidenceReport.of(null));
    Review review = ExampleData.seedReview();
    e = assertThrows(IllegalArgumentException.class, () -> EvidenceReport.of(review)
        .withAppraisals(java.util.Map.of("nobody", List.of()), List.of(), java.util.Map.of()));
    assertTrue(e.getMessage().contains("nobody"), e.getMessage());
  }

  @Test
  void writesUtf8File(@TempDir Path dir) throws Exception {
    Path file = EvidenceReport.of(ExampleData.seedReview()).write(dir.resolve("a/b/r.html"));
    assertTrue(file.isAbsolute());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("→") || text.contains("—"));
    parse(text);
  }
}
