package io.github.evident.report;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class EvidenceReportTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

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
    Document d = Xhtml.parse(html);
    assertFalse(html.contains("<script"), "raw markup from text");
    assertFalse(html.contains("<b>") || html.contains("<i>"));
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        + "&#39;quotes&#39; \uFFFD"), "escaped text");
    assertEquals("Title " + evil.replace('\u0001', '\uFFFD'),
        Xhtml.elements(d, XHTML, "h1").get(0).getTextContent());
    assertEquals(0, Xhtml.elements(d, XHTML, "script").size());
    assertEquals(1, Xhtml.elements(d, SVG, "svg").size(), "the figure (no PRISMA counts)");
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
        "<svg><rect style=\"fill: URL( 'http://x/p.svg#a')\"/></svg>",
        // active content a browser's HTML parser would read inside <desc> and <title>
        "<svg><desc><iframe src=\"javascript:alert(1)\"/></desc></svg>",
        "<svg><title><a HREF=\"javascript:alert(1)\">x</a></title></svg>",
        "<svg><rect><animate attributeName=\"href\" to=\"javascript:alert(1)\"/></rect></svg>",
        "<svg><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "<svg><desc><form action=\"http://x/\"><input/></form></desc></svg>",
        "<svg><desc><object data=\"http://x/y\"/></desc></svg>",
        "<svg><desc><meta http-equiv=\"refresh\" content=\"0;url=http://x/\"/></desc></svg>",
        "<svg><use href=\"http://x/y.svg#a\"/></svg>",
        "<svg><use xmlns:xl=\"http://www.w3.org/1999/xlink\" xl:href=\"javascript:x\"/></svg>",
        "<svg><rect style=\"fill: u\\72l(http://x/)\"/></svg>",
        "<svg><a href=\"#x\"><rect/></a></svg>",
        "<svg xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:div/></svg>"}) {
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
    Review review = SeedData.seedReview();
    e = assertThrows(IllegalArgumentException.class, () -> EvidenceReport.of(review)
        .withAppraisals(java.util.Map.of("nobody", List.of()), List.of(), java.util.Map.of()));
    assertTrue(e.getMessage().contains("nobody"), e.getMessage());
  }

  @Test
  void writesUtf8File(@TempDir Path dir) throws Exception {
    Path file = EvidenceReport.of(SeedData.seedReview()).write(dir.resolve("a/b/r.html"));
    assertTrue(file.isAbsolute());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("→") || text.contains("—"));
    Xhtml.parse(text);
  }

  @Test
  void aCellOfSeveralNotesIsAList() throws Exception {
    ReportTable t = new ReportTable("Notes", List.of("Study", "Assumptions and notes"),
        List.of(List.of("A (2000)", "Correlation assumed 0.5.\nVariance from the p value."),
            List.of("B (2001)", "One note.")));
    Document d = Xhtml.parse(EvidenceReport.of(Review.builder().title("T").build())
        .withAnalysis(new EvidenceReport.Analysis("Notes", List.of(), List.of(t))).toHtml());
    List<org.w3c.dom.Element> cells = Xhtml.elements(d, XHTML, "td").stream()
        .filter(td -> td.getTextContent().contains("note") || td.getTextContent()
            .contains("Correlation")).toList();
    assertEquals(2, cells.size(), cells.toString());
    org.w3c.dom.NodeList items = cells.get(0).getElementsByTagNameNS(XHTML, "li");
    assertEquals(2, items.getLength(), "each note its own list item");
    assertEquals("Correlation assumed 0.5.", items.item(0).getTextContent());
    assertEquals("Variance from the p value.", items.item(1).getTextContent());
    assertEquals(0, cells.get(1).getElementsByTagNameNS(XHTML, "li").getLength());
    assertEquals("One note.", cells.get(1).getTextContent());
  }

  @Test
  void characteristicsTableNeverBreaksWordsOrClipsAColumn() {
    String html = EvidenceReport.of(SeedData.seedReview()).toHtml();
    String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
    // a fixed table layout squeezes columns below their longest word, which then breaks
    // mid-word (overflow-wrap) or is clipped (the Quality column at a 900 px window)
    assertFalse(css.contains("table-layout:fixed"), css);
    assertFalse(css.contains("break-word") || css.contains("word-break:break-all")
        || css.contains("hyphens:auto"), css);
    assertTrue(css.contains("table.characteristics th,table.characteristics td{padding:4px 6px;"
        + "overflow-wrap:normal;word-break:normal;hyphens:manual}"), css);
    assertTrue(css.contains(".wide{overflow-x:auto}"), "a too narrow window scrolls");
  }
}
