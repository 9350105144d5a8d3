package io.github.evident.core.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.w3c.dom.Document;

class SvgProperties {

  /** Any text, including controls, surrogates and non-BMP characters. */
  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("&<>\"' \t\n\r]>;#x").ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20));
  }

  /** What XML 1.0 can carry (the Char production), other characters as U+FFFD. */
  private static String xmlChars(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
          || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
      sb.appendCodePoint(ok ? cp : 0xFFFD);
    });
    return sb.toString();
  }

  @Property(tries = 300)
  void anyTextIsWellFormedAndParsesBackUnchanged(@ForAll("anyText") String text,
      @ForAll("anyText") String title) {
    String svg = Svg.builder(100, 50).title(title).desc(text)
        .add(Element.group(Element.text(1, 2, text)
            .withStyle(Style.NONE.withCssClass("c" + text))).withTitle(title))
        .build().toSvg();
    Document doc = SvgParsing.parse(svg);
    assertEquals(xmlChars(text), SvgParsing.allText(doc));
    assertEquals(xmlChars("c" + text),
        SvgParsing.elements(doc, "text").get(0).getAttribute("class"));
    assertEquals(xmlChars(text), SvgParsing.elements(doc, "desc").get(0).getTextContent());
    assertEquals(title.isEmpty() ? 1 : 2, SvgParsing.elements(doc, "title").size());
    assertEquals(xmlChars(title), SvgParsing.elements(doc, "title").get(0).getTextContent());
  }

  @Property
  void numbersHaveAtMostTwoDecimalsAndNoNegativeZero(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) @Scale(8) double v) {
    String s = Xml.num(v);
    assertTrue(s.matches("-?(0|[1-9][0-9]*)(\\.[0-9]?[1-9])?"), s);
    assertTrue(!s.equals("-0"), s);
    assertTrue(Math.abs(Double.parseDouble(s) - v) <= 0.005 + Math.ulp(v) * 4, s + " vs " + v);
  }

  @Property
  void numbersNearZeroPrintAsZero(
      @ForAll @DoubleRange(min = -0.004999, max = 0.004999) @Scale(9) double v) {
    assertEquals("0", Xml.num(v));
  }

  @Property(tries = 100)
  void sameShapesGiveByteIdenticalDocuments(
      @ForAll @Size(min = 3, max = 12) List<@DoubleRange(min = -500, max = 500) @Scale(5) Double> xs) {
    double[] xy = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] even = xy.length % 2 == 0 ? xy : java.util.Arrays.copyOf(xy, xy.length - 1);
    String a = document(even.clone()).toSvg();
    String b = document(even.clone()).toSvg();
    assertEquals(a, b);
    SvgParsing.parse(a);
  }

  private static Svg document(double[] xy) {
    Svg.Builder b = Svg.builder(500, 500);
    for (int i = 0; i + 3 < xy.length; i += 2) {
      b.add(Element.line(xy[i], xy[i + 1], xy[i + 2], xy[i + 3])
          .withStyle(Style.stroke("black", Math.abs(xy[i]) / 100)));
      b.add(Element.circle(xy[i], xy[i + 1], Math.abs(xy[i + 1])));
    }
    if (xy.length >= 6) {
      b.add(Element.polygon(xy));
    }
    return b.build();
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("WMil.-(")
        .ofMinLength(1).ofMaxLength(25);
    return word.list().ofMinSize(0).ofMaxSize(30).map(ws -> String.join(" ", ws));
  }

  @Property
  void wrappedLinesFitAndKeepEveryWord(@ForAll("words") String text,
      @ForAll @DoubleRange(min = 20, max = 300) double maxWidth,
      @ForAll boolean bold) {
    List<String> lines = TextMetrics.wrap(text, 12, maxWidth, bold);
    for (String line : lines) {
      assertTrue(TextMetrics.width(line, 12, bold) <= maxWidth + 1e-9
          || line.codePointCount(0, line.length()) == 1, line + " wider than " + maxWidth);
    }
    assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
    assertTrue(lines.size() >= 1);
  }
}
