package io.github.evident.report.figure;

import io.github.evident.core.model.PrismaFlow;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.SearchStrategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.svg.SvgParsing;
import io.github.evident.core.svg.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PrismaDiagramTest {

  /**
   * The seed review's PRISMA counts and search, copied from
   * {@code examples/data/seed-review.json} (blocks {@code review.prisma} and
   * {@code review.search}).
   */
  static final PrismaFlow SEED = PrismaFlow.builder().recordsIdentified(19202)
      .reportsAssessed(70).studiesIncluded(10).reportsIncluded(10).build();

  static final SearchStrategy SEED_SEARCH = SearchStrategy.builder()
      .addSources("PsycINFO", "CINAHL Plus", "MEDLINE", "EMBASE", "The Cochrane Library",
          "OpenGrey")
      .addOtherMethods("Reference lists of included articles",
          "Contacting experts in the field", "Contacting sex worker organisations")
      .publishedFrom("2000-01").publishedTo("2020-01").addLanguages("English")
      .searchedOn("2020-01").build();

  /** Every count reported, with exclusion reasons and the other-methods column. */
  static final PrismaFlow FULL = PrismaFlow.builder()
      .putRecordsBySource("MEDLINE", 600).putRecordsBySource("EMBASE", 400)
      .recordsIdentified(1000).duplicatesRemoved(150).automationRemoved(30).otherRemoved(20)
      .recordsScreened(800).recordsExcluded(700)
      .reportsSought(100).reportsNotRetrieved(10).reportsAssessed(90)
      .putReportsExcludedByReason("wrong population", 50)
      .putReportsExcludedByReason("no validated outcome measure of the construct", 28)
      .reportsExcluded(78)
      .putOtherRecordsBySource("Citation searching", 5).putOtherRecordsBySource("Websites", 3)
      .otherReportsSought(8).otherReportsNotRetrieved(1).otherReportsAssessed(7)
      .otherReportsExcluded(5).reportsIncluded(16).studiesIncluded(12).build();

  @Test
  void seedReviewShowsItsCountsAndNrForTheRest() {
    String svg = PrismaDiagram.of(SEED, SEED_SEARCH).toSvg();
    Document doc = SvgParsing.parse(svg);
    String text = SvgParsing.allText(doc);
    for (String expected : List.of(
        "Records identified from databases and registers (n = 19202):",
        "PsycINFO (n = NR)", "The Cochrane Library (n = NR)", "OpenGrey (n = NR)",
        "Duplicate records removed (n = NR)", "Records screened (n = NR)",
        "Records excluded (n = NR)", "Reports sought for retrieval (n = NR)",
        "Reports not retrieved (n = NR)", "Reports assessed for eligibility (n = 70)",
        "Reports excluded (n = NR)", "Studies included in review (n = 10)",
        "Reports of included studies (n = 10)", "NR: not reported.",
        "Other methods searched, no counts reported: Reference lists of included articles;")) {
      assertTrue(text.contains(expected), () -> expected + " missing from: " + text);
    }
    assertTrue(text.contains("Identification of new studies via databases and registers"));
    assertFalse(text.contains("via other methods"), text);
    assertEquals(List.of("Identification", "Screening", "Included"),
        rotatedLabels(doc));
    String desc = SvgParsing.elements(doc, "desc").get(0).getTextContent();
    assertTrue(desc.contains("Reports assessed for eligibility (n = 70)"), desc);
    assertEquals("PRISMA 2020 flow diagram",
        SvgParsing.elements(doc, "title").get(0).getTextContent());
    assertLegible(doc);
  }

  @Test
  void seedReviewWithoutItsSearch() {
    Document doc = SvgParsing.parse(PrismaDiagram.of(SEED).toSvg());
    String text = SvgParsing.allText(doc);
    assertTrue(text.contains("Records identified from databases and registers (n = 19202)"),
        text);
    assertFalse(text.contains("PsycINFO") || text.contains("Other methods"), text);
    assertLegible(doc);
  }

  @Test
  void fullyReportedFlowHasNoNrAndTheOtherMethodsColumn() {
    PrismaDiagram d = PrismaDiagram.of(FULL);
    assertTrue(d.hasOtherMethods());
    Document doc = SvgParsing.parse(d.toSvg());
    String text = SvgParsing.allText(doc);
    for (String expected : List.of(
        "Records identified from databases and registers (n = 1000):", "MEDLINE (n = 600)",
        "EMBASE (n = 400)", "Records removed before screening:",
        "Duplicate records removed (n = 150)",
        "Records marked as ineligible by automation tools (n = 30)",
        "Records removed for other reasons (n = 20)", "Records screened (n = 800)",
        "Records excluded (n = 700)", "Reports sought for retrieval (n = 100)",
        "Reports not retrieved (n = 10)", "Reports assessed for eligibility (n = 90)",
        "Reports excluded (n = 78):", "wrong population (n = 50)",
        "no validated outcome measure of the construct (n = 28)",
        "Studies included in review (n = 12)", "Reports of included studies (n = 16)",
        "Identification of new studies via other methods", "Records identified from:",
        "Citation searching (n = 5)", "Websites (n = 3)", "Reports sought for retrieval (n = 8)",
        "Reports not retrieved (n = 1)", "Reports assessed for eligibility (n = 7)",
        "Reports excluded (n = 5)")) {
      assertTrue(text.contains(expected), () -> expected + " missing from: " + text);
    }
    assertFalse(text.contains("NR"), text);
    assertLegible(doc);
  }

  @Test
  void unreportedCountsAreNotFilledInByArithmetic() {
    // screened would be 1000 - 150 = 850 and sought 850 - 750 = 100; neither is reported
    PrismaFlow flow = PrismaFlow.builder().recordsIdentified(1000).duplicatesRemoved(150)
        .recordsExcluded(750).putReportsExcludedByReason("wrong design", 3)
        .putReportsExcludedByReason("wrong outcome", 4).build();
    String svg = PrismaDiagram.of(flow).toSvg();
    String text = SvgParsing.allText(SvgParsing.parse(svg));
    assertTrue(text.contains("Records screened (n = NR)"), text);
    assertTrue(text.contains("Reports sought for retrieval (n = NR)"), text);
    assertTrue(text.contains("Reports excluded (n = NR):"), text);
    assertTrue(text.contains("Records marked as ineligible by automation tools (n = NR)"), text);
    assertFalse(svg.contains("(n = 850)") || svg.contains("(n = 100)") || svg.contains("(n = 7)"),
        svg);
  }

  @Test
  void otherMethodsColumnNamesSearchMethodsWithoutCounts() {
    PrismaFlow flow = PrismaFlow.builder().recordsIdentified(50)
        .putOtherRecordsBySource("Contacting experts in the field", 2).build();
    Document doc = SvgParsing.parse(PrismaDiagram.of(flow, SEED_SEARCH).toSvg());
    String text = SvgParsing.allText(doc);
    assertTrue(text.contains("Contacting experts in the field (n = 2)"), text);
    assertTrue(text.contains("Reference lists of included articles (n = NR)"), text);
    assertTrue(text.contains("Reports sought for retrieval (n = NR) Reports not retrieved "
        + "(n = NR) Reports assessed for eligibility (n = NR) Reports excluded (n = NR)"), text);
    assertFalse(text.contains("Other methods searched"), text);
    assertLegible(doc);
  }

  @Test
  void sameFlowGivesIdenticalText() {
    PrismaFlow copy = PrismaFlow.builder().from(FULL).build();
    assertEquals(PrismaDiagram.of(FULL).toSvg(), PrismaDiagram.of(copy).toSvg());
    assertEquals(PrismaDiagram.of(SEED, SEED_SEARCH).toSvg(),
        PrismaDiagram.of(SEED, SEED_SEARCH).toSvg());
  }

  @Test
  void fromAReview() {
    Review review = Review.builder().title("Seed").prisma(SEED).search(SEED_SEARCH).build();
    assertEquals(PrismaDiagram.of(SEED, SEED_SEARCH).toSvg(), PrismaDiagram.of(review).toSvg());
    Review none = Review.builder().title("No flow").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PrismaDiagram.of(none));
    assertEquals("review.prisma is not reported for review 'No flow'; a PRISMA diagram needs "
        + "its counts", e.getMessage());
    assertEquals("flow must not be null", assertThrows(IllegalArgumentException.class,
        () -> PrismaDiagram.of((PrismaFlow) null)).getMessage());
  }

  @Test
  void describesItself() {
    assertEquals("PrismaDiagram[identified 19202, assessed 70, included 10 studies / 10 reports]",
        PrismaDiagram.of(SEED).toString());
    assertEquals("PrismaDiagram[identified 1000, assessed 90, included 12 studies / 16 reports, "
        + "with other methods]", PrismaDiagram.of(FULL).toString());
    String summary = PrismaDiagram.of(SEED, SEED_SEARCH).summary();
    assertTrue(summary.startsWith("PRISMA 2020 flow diagram\nIdentification\n  Records "
        + "identified from databases and registers (n = 19202): PsycINFO (n = NR); "), summary);
    assertTrue(summary.contains("\nIncluded\n  Studies included in review (n = 10); Reports of "
        + "included studies (n = 10)\nNR: not reported."), summary);
  }

  // ------------------------------------------------------------ layout checks

  private static List<String> rotatedLabels(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element t : SvgParsing.elements(doc, "text")) {
      if (t.getAttribute("transform").startsWith("rotate(-90")) {
        out.add(t.getTextContent());
      }
    }
    return out;
  }

  record Box(double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
  }

  private static double num(Element e, String attr) {
    return Double.parseDouble(e.getAttribute(attr));
  }

  private static Box box(Element rect) {
    return new Box(num(rect, "x"), num(rect, "y"), num(rect, "width"), num(rect, "height"));
  }

  /**
   * Checks what "legible" means here: rectangles do not overlap; every line of text in a box
   * lies inside it with room to spare by the width estimate; arrows do not cross boxes;
   * everything lies inside the document.
   */
  static void assertLegible(Document doc) {
    Element root = doc.getDocumentElement();
    double width = num(root, "width");
    double height = num(root, "height");
    List<Element> rects = SvgParsing.elements(doc, "rect");
    List<Box> boxes = new ArrayList<>();
    for (Element r : rects) {
      Box b = box(r);
      assertTrue(b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height,
          () -> b + " outside " + width + " x " + height);
      for (Box other : boxes) {
        assertFalse(b.overlaps(other), () -> b + " overlaps " + other);
      }
      boxes.add(b);
    }
    int boxesWithText = 0;
    for (Element r : rects) {
      if (!r.getAttribute("stroke").equals("#000000")) {
        continue;
      }
      Box b = box(r);
      Node n = r.getNextSibling();
      for (; n != null; n = n.getNextSibling()) {
        if (n instanceof Element t && t.getLocalName().equals("text")) {
          double x = num(t, "x");
          double y = num(t, "y");
          int lines = t.getElementsByTagNameNS("*", "tspan").getLength();
          List<String> texts = new ArrayList<>();
          if (lines == 0) {
            texts.add(t.getTextContent());
          }
          for (int i = 0; i < lines; i++) {
            texts.add(t.getElementsByTagNameNS("*", "tspan").item(i).getTextContent());
          }
          for (String line : texts) {
            double right = x + TextMetrics.width(line, 12);
            assertTrue(x >= b.x + 4 && right <= b.x + b.w - 4,
                () -> "'" + line + "' (x " + x + " to " + right + ") not inside " + b);
          }
          double last = y + 15 * (texts.size() - 1);
          assertTrue(y - 12 >= b.y && last + 4 <= b.y + b.h,
              () -> texts + " (baselines " + y + " to " + last + ") not inside " + b);
          boxesWithText++;
        }
      }
    }
    assertTrue(boxesWithText >= 9, "boxes with text: " + boxesWithText);
    Pattern pair = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)");
    for (Element line : SvgParsing.elements(doc, "polyline")) {
      Matcher m = pair.matcher(line.getAttribute("points"));
      List<double[]> pts = new ArrayList<>();
      while (m.find()) {
        pts.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
      }
      for (int i = 0; i + 1 < pts.size(); i++) {
        double[] a = pts.get(i);
        double[] c = pts.get(i + 1);
        // the segment, shrunk by 1 at both ends, must miss every box
        Box seg = new Box(Math.min(a[0], c[0]) + (a[0] == c[0] ? 0 : 1),
            Math.min(a[1], c[1]) + (a[1] == c[1] ? 0 : 1),
            Math.max(0, Math.abs(a[0] - c[0]) - (a[0] == c[0] ? 0 : 2)),
            Math.max(0, Math.abs(a[1] - c[1]) - (a[1] == c[1] ? 0 : 2)));
        for (Box b : boxes) {
          Box inner = new Box(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1);
          boolean hits = seg.x <= inner.x + inner.w && inner.x <= seg.x + seg.w
              && seg.y <= inner.y + inner.h && inner.y <= seg.y + seg.h;
          assertFalse(hits, () -> "arrow segment " + seg + " crosses " + b);
        }
      }
    }
  }
}
