package io.github.evident.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Review;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Figure markup as a browser's HTML parser reads it once it is in the page. */
class SvgAllowListTest {

  private static final Set<String> ACTIVE = Set.of("script", "iframe", "object", "embed",
      "form", "meta", "link", "base", "a", "animate", "set", "foreignobject", "style", "img",
      "image");

  private static Document page(String svg) {
    EvidenceReport.Figure f =
        new EvidenceReport.Figure(EvidenceReport.Placement.SYNTHESIS, "F", svg);
    String html = EvidenceReport.of(Review.builder().title("T").build()).withFigure(f).toHtml();
    return Jsoup.parse(html);
  }

  /** Nothing inside the page's figures can run, load or navigate. */
  private static void assertInert(Document d) {
    assertFalse(d.select("svg").isEmpty());
    for (Element e : d.select("svg, svg *")) {
      assertFalse(ACTIVE.contains(e.normalName()), () -> "active element " + e);
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().toLowerCase(Locale.ROOT).strip();
        assertFalse(name.startsWith("on"), () -> "event handler " + a);
        assertFalse(value.startsWith("javascript:"), () -> "script URL " + a);
        assertFalse(name.equals("href") && !value.startsWith("#"), () -> "link out " + a);
      }
    }
  }

  @Test
  void markupHiddenInTextStaysTextForAnHtmlParser() {
    Document d = page("<svg xmlns=\"http://www.w3.org/2000/svg\"><desc><![CDATA[<iframe "
        + "src=\"javascript:alert(1)\"></iframe>]]></desc><title>&lt;img src=x "
        + "onerror=alert(1)&gt;</title><!-- <script>alert(1)</script> --><rect width=\"1\"/>"
        + "</svg>");
    assertInert(d);
    Element desc = d.selectFirst("svg desc");
    assertEquals("<iframe src=\"javascript:alert(1)\"></iframe>", desc.text());
    assertEquals("<img src=x onerror=alert(1)>", d.selectFirst("svg title").text());
    assertTrue(d.select("svg rect").size() == 1);
  }

  @Test
  void evidentsOwnFiguresPassUnchangedInMeaning() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" role=\"img\" "
        + "aria-label=\"A &amp; B\"><defs><clipPath id=\"c\"><rect width=\"5\" height=\"5\"/>"
        + "</clipPath></defs><g clip-path=\"url(#c)\" style=\"font: 12px sans-serif\">"
        + "<text x=\"1\" y=\"2\" xml:lang=\"en\">RR &lt; 1</text></g></svg>";
    Document d = page(svg);
    assertInert(d);
    assertEquals("RR < 1", d.selectFirst("svg text").text());
    assertEquals("url(#c)", d.selectFirst("svg g").attr("clip-path"));
    assertEquals("A & B", d.selectFirst("svg").attr("aria-label"));
  }
}
