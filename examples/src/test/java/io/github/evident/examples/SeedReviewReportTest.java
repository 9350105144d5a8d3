package io.github.evident.examples;

import static io.github.evident.report.Xhtml.SVG;
import static io.github.evident.report.Xhtml.XHTML;
import static io.github.evident.report.Xhtml.byId;
import static io.github.evident.report.Xhtml.elements;
import static io.github.evident.report.Xhtml.isInside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.svg.Svg;
import io.github.evident.report.EvidenceReport;
import io.github.evident.report.Xhtml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The seed review's evidence report as {@link SeedReview} builds it. */
class SeedReviewReportTest {

  @Test
  void reportIsWellFormedAndHoldsEveryStudy() throws Exception {
    Review review = ExampleData.seedReview();
    EvidenceReport report = SeedReview.evidenceReport(review);
    String html = report.toHtml();
    Document d = Xhtml.parse(html);
    assertEquals("html", d.getDocumentElement().getLocalName());
    assertEquals(XHTML, d.getDocumentElement().getNamespaceURI());
    assertEquals(review.title(), elements(d, XHTML, "h1").get(0).getTextContent());
    for (Study s : review.studies()) {
      Element row = byId(d, "study-" + s.id());
      assertEquals("tr", row.getLocalName());
      assertTrue(row.getTextContent().contains(s.citation().shortForm()), s.id());
      assertTrue(row.getTextContent().contains(s.aim().orElseThrow()), s.id());
    }
    // table 1 groups as in the paper: 2 quantitative, 7 qualitative, 1 mixed methods
    List<String> groups = elements(d, XHTML, "tr").stream()
        .filter(tr -> tr.getAttribute("class").equals("group"))
        .map(Element::getTextContent).toList();
    assertEquals(List.of("Quantitative data", "Qualitative data", "Mixed methods data"), groups);
    assertTrue(html.contains("PROSPERO CRD42020204592"));
    // one inline SVG per figure: PRISMA, a traffic-light plot per tool, the effect direction
    // plot; each in its own figure with a caption
    assertEquals(List.of(EvidenceReport.Placement.APPRAISAL, EvidenceReport.Placement.APPRAISAL,
        EvidenceReport.Placement.SYNTHESIS), report.figures().stream()
        .map(EvidenceReport.Figure::placement).toList());
    assertEquals(1 + report.figures().size(), elements(d, SVG, "svg").size());
    assertEquals(1 + report.figures().size(), elements(d, XHTML, "figure").size());
    for (Element f : elements(d, XHTML, "figure")) {
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
    Element warnings = byId(d, "warnings");
    assertEquals(3 + 1, elements(d, XHTML, "tr").stream()
        .filter(tr -> isInside(tr, warnings)).count());
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
  void figuresGoWhereTheyArePlaced() throws Exception {
    Svg a = Svg.builder(20, 10).title("appraisal figure").build();
    Svg s = Svg.builder(20, 10).title("synthesis figure").build();
    String html = SeedReview.evidenceReport(ExampleData.seedReview())
        .withFigure(EvidenceReport.Placement.SYNTHESIS, "S", s)
        .withFigure(EvidenceReport.Placement.APPRAISAL, "A", a).toHtml();
    Document d = Xhtml.parse(html);
    assertEquals(6, elements(d, SVG, "svg").size());
    assertTrue(isInside(byId(d, "figure-appraisal-3"), byId(d, "appraisal")));
    assertTrue(isInside(byId(d, "figure-synthesis-2"), byId(d, "synthesis")));
    assertEquals("appraisal figure", byId(d, "figure-appraisal-3").getElementsByTagNameNS(SVG,
        "title").item(0).getTextContent());
  }

  @Test
  void assumptionsAndNotesAreListedOnePerItem() throws Exception {
    Document d = Xhtml.parse(SeedReview.evidenceReport(ExampleData.seedReview()).toHtml());
    Element table = elements(d, XHTML, "table").stream()
        .filter(t -> t.getTextContent().contains("Assumptions and notes")).findFirst()
        .orElseThrow();
    int lists = 0;
    for (Element tr : elements(d, XHTML, "tr")) {
      List<Element> tds = elements(d, XHTML, "td").stream()
          .filter(td -> td.getParentNode() == tr).toList();
      if (!isInside(tr, table) || tds.isEmpty()) {
        continue;
      }
      Element notes = tds.get(tds.size() - 1);
      int items = notes.getElementsByTagNameNS(XHTML, "li").getLength();
      if (items > 0) {
        lists++;
        assertEquals(items, notes.getElementsByTagNameNS(XHTML, "ul").item(0).getChildNodes()
            .getLength(), "nothing but list items");
      }
    }
    assertTrue(lists > 0, "studies with several notes show them as lists");
  }
}
