package io.github.evident.core.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgTest {

  private static Svg sample() {
    return Svg.builder(200, 100).title("T & <t>").desc("d")
        .style(Style.NONE.withFontFamily("Helvetica").withFontSize(12))
        .add(Element.rect(10, 10.5, 80, 20).withCornerRadius(3)
            .withStyle(Style.fill("#fff").withStroke("#000").withStrokeWidth(1)))
        .add(Element.line(0, 0, 200, 100).withStyle(Style.stroke("red", 0.5).withDash(4, 2)))
        .add(Element.group(Element.circle(5, 5, 2.25),
                Element.text(0, 12, List.of("a", "b"), 15)
                    .withStyle(Style.NONE.withAnchor(Style.Anchor.MIDDLE)))
            .withTranslation(20, 30).withTitle("g"))
        .add(Element.polygon(0, 0, 10, 0, 5, 8.66)
            .withStyle(Style.NONE.withOpacity(0.5).withCssClass("tri")))
        .add(Element.path().moveTo(0, 0).lineTo(1.005, -0.001).close())
        .build();
  }

  @Test
  void writesTheDocumentExactly() {
    String expected = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" \
        viewBox="0 0 200 100" role="img" font-family="Helvetica" font-size="12">
          <title>T &amp; &lt;t&gt;</title>
          <desc>d</desc>
          <rect x="10" y="10.5" width="80" height="20" rx="3" fill="#fff" stroke="#000" \
        stroke-width="1"/>
          <line x1="0" y1="0" x2="200" y2="100" stroke="red" stroke-width="0.5" \
        stroke-dasharray="4 2"/>
          <g transform="translate(20 30)">
            <title>g</title>
            <circle cx="5" cy="5" r="2.25"/>
            <text x="0" y="12" text-anchor="middle"><tspan x="0">a</tspan>\
        <tspan x="0" dy="15">b</tspan></text>
          </g>
          <polygon points="0,0 10,0 5,8.66" class="tri" opacity="0.5"/>
          <path d="M 0 0 L 1 0 Z"/>
        </svg>
        """;
    assertEquals(expected, sample().toSvg());
  }

  @Test
  void parsesBackAsSvg() {
    Document doc = SvgParsing.parse(sample().toSvg());
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
    assertEquals(1, SvgParsing.elements(doc, "rect").size());
    assertEquals(2, SvgParsing.elements(doc, "tspan").size());
    assertEquals("T & <t>", SvgParsing.elements(doc, "title").get(0).getTextContent());
    assertEquals(List.of(List.of("a", "b")), SvgParsing.textLines(doc));
  }

  @Test
  void escapesTextAndAttributes() {
    String nasty = "a & b < c > d \" e ' f";
    String svg = Svg.builder(10, 10).title(nasty)
        .add(Element.text(0, 0, nasty).withStyle(Style.fill("url(#x)").withCssClass(nasty)))
        .build().toSvg();
    assertTrue(svg.contains(">a &amp; b &lt; c &gt; d &quot; e &apos; f</text>"), svg);
    assertTrue(svg.contains("class=\"a &amp; b &lt; c &gt; d &quot; e &apos; f\""), svg);
    Document doc = SvgParsing.parse(svg);
    assertEquals(nasty, SvgParsing.elements(doc, "text").get(0).getTextContent());
    assertEquals(nasty, SvgParsing.elements(doc, "text").get(0).getAttribute("class"));
    assertEquals(nasty, SvgParsing.elements(doc, "title").get(0).getTextContent());
  }

  @Test
  void replacesCharactersXmlCannotCarry() {
    String bad = "x\u0000y\u0007z\uD800w\uFFFE";
    String svg = Svg.builder(10, 10).add(Element.text(0, 0, bad)).build().toSvg();
    Document doc = SvgParsing.parse(svg);
    assertEquals("x\uFFFDy\uFFFDz\uFFFDw\uFFFD", SvgParsing.allText(doc));
  }

  @Test
  void keepsTabsAndLineFeedsThroughParsing() {
    String s = "a\tb\nc\r\nd";
    Document doc = SvgParsing.parse(Svg.builder(10, 10).title(s)
        .add(Element.group().withTitle(s)).build().toSvg());
    assertEquals(s, SvgParsing.elements(doc, "title").get(0).getTextContent());
    assertEquals(s, SvgParsing.elements(doc, "title").get(1).getTextContent());
  }

  @Test
  void formatsNumbersWithTwoDecimalsHalfEvenAndNoNegativeZero() {
    assertEquals("12", Xml.num(12.0));
    assertEquals("0.5", Xml.num(0.5));
    assertEquals("-3.14", Xml.num(-3.14159));
    assertEquals("0", Xml.num(-0.0));
    assertEquals("0", Xml.num(-0.004));
    assertEquals("0", Xml.num(0.005));
    assertEquals("0.02", Xml.num(0.015));
    assertEquals("1", Xml.num(1.005));
    assertEquals("10000000000", Xml.num(1e10));
    assertEquals("0", Xml.num(1e-7));
    assertEquals("123456.79", Xml.num(123456.789));
    assertThrows(IllegalArgumentException.class, () -> Xml.num(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Xml.num(Double.NEGATIVE_INFINITY));
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    String root;
    String german;
    try {
      Locale.setDefault(Locale.ROOT);
      root = sample().toSvg();
      Locale.setDefault(Locale.GERMANY);
      german = sample().toSvg();
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertEquals(root, sample().toSvg());
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(root, german);
    assertTrue(root.contains("stroke-width=\"0.5\""));
  }

  @Test
  void equalDocumentsGiveIdenticalText() {
    assertEquals(sample().toSvg(), sample().toSvg());
    assertEquals(Element.rect(1, 2, 3, 4), Element.rect(1, 2, 3, 4));
    assertNotEquals(sample().toSvg(), Svg.builder(200, 100).build().toSvg());
  }

  @Test
  void writesViewBoxRotationAndScale() {
    String svg = Svg.builder(400, 200).viewBox(0, 0, 200, 100)
        .add(Element.text(10, 50, "up").withRotation(-90))
        .add(Element.group(Element.circle(0, 0, 1)).withScale(2))
        .add(Element.group(Element.circle(0, 0, 1)).withTranslation(-1.5, 0).withScale(0.5))
        .build().toSvg();
    assertTrue(svg.contains("viewBox=\"0 0 200 100\""), svg);
    assertTrue(svg.contains("<text x=\"10\" y=\"50\" transform=\"rotate(-90 10 50)\">up</text>"),
        svg);
    assertTrue(svg.contains("<g transform=\"scale(2)\">"), svg);
    assertTrue(svg.contains("<g transform=\"translate(-1.5 0) scale(0.5)\">"), svg);
    SvgParsing.parse(svg);
  }

  @Test
  void writesPolylineAndCurves() {
    String svg = Svg.builder(10, 10)
        .add(Element.polyline(0, 0, 1, 1, 2, 0).withStyle(Style.fill("none")))
        .add(Element.path().moveTo(0, 0).quadTo(1, 1, 2, 0).cubicTo(3, 1, 4, 1, 5, 0)
            .arcTo(2, 2, 0, false, true, 9, 0))
        .add(Element.path("M0 0h5"))
        .build().toSvg();
    assertTrue(svg.contains("<polyline points=\"0,0 1,1 2,0\" fill=\"none\"/>"), svg);
    assertTrue(svg.contains("d=\"M 0 0 Q 1 1 2 0 C 3 1 4 1 5 0 A 2 2 0 0 1 9 0\""), svg);
    assertTrue(svg.contains("<path d=\"M0 0h5\"/>"), svg);
  }

  @Test
  void groupsAreImmutableValues() {
    Element.Group g = Element.group(Element.circle(0, 0, 1));
    Element.Group more = g.add(Element.circle(1, 1, 1));
    assertEquals(1, g.children().size());
    assertEquals(2, more.children().size());
    assertEquals("Group[2 children, translate=(0, 0), scale=1, Style[]]", more.toString());
    assertEquals("Svg[200 x 100, 5 elements, title=\"T & <t>\"]", sample().toString());
  }

  @Test
  void rejectsBadInputNamingTheParameter() {
    assertMessage("rect.width must not be negative, was -1.0",
        () -> Element.rect(0, 0, -1, 1));
    assertMessage("line.x2 must be finite, was NaN",
        () -> Element.line(0, 0, Double.NaN, 1));
    assertMessage("polygon needs at least 3 points, got 2",
        () -> Element.polygon(0, 0, 1, 1));
    assertMessage("polyline needs x, y pairs, got 3 coordinates",
        () -> Element.polyline(0, 0, 1));
    assertMessage("circle.r must not be negative, was -2.0",
        () -> Element.circle(0, 0, -2));
    assertMessage("path command L needs a moveTo first, path data was empty",
        () -> Element.path().lineTo(1, 1));
    assertMessage("lineHeight must be > 0 for 2 lines, was 0",
        () -> new Element.Text(0, 0, List.of("a", "b"), 0, 0, Style.NONE));
    assertMessage("text lines must not be empty",
        () -> Element.text(0, 0, List.of(), 12));
    assertMessage("width must be positive, was 0.0", () -> Svg.builder(0, 10));
    assertMessage("child 1 must not be null", () -> Element.group(Element.circle(0, 0, 1),
        null));
    assertMessage("scale must be positive, was 0.0",
        () -> Element.group().withScale(0));
  }

  private static void assertMessage(String message, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertEquals(message, e.getMessage());
  }

  @Test
  void emptyGroupIsSelfClosing() {
    String svg = Svg.builder(10, 10).add(Element.group()).build().toSvg();
    assertTrue(svg.contains("  <g/>\n"), svg);
    assertFalse(svg.contains("<?xml"));
  }
}
