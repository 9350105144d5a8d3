package io.github.evident.report.figure;

import io.github.evident.core.model.Review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.SvgParsing;
import io.github.evident.core.svg.TextMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The README's figure example, run as written. */
class ReadmeFigureExampleTest {

  @Test
  void readmeExample() {
    Review review = Review.builder().title("Seed").prisma(PrismaDiagramTest.SEED).build();
    // --- README snippet starts
    Style box = Style.fill("white").withStroke("black").withStrokeWidth(1);
    List<String> lines = TextMetrics.wrap("Records removed before screening (n = 150)", 12, 160);
    Svg svg = Svg.builder(200, 70).title("One box")
        .style(Style.NONE.withFontFamily(TextMetrics.FONT_FAMILY).withFontSize(12))
        .add(Element.rect(10, 10, 180, 50).withStyle(box))
        .add(Element.text(18, 28, lines, 15))
        .build();
    String text = svg.toSvg();                           // deterministic, well-formed SVG
    String prisma = PrismaDiagram.of(review).toSvg();    // PRISMA 2020 flow diagram
    // --- README snippet ends
    // Helvetica AFM widths at 12 px: "Records removed before" 132.05, + " screening" 187.4
    assertEquals(List.of("Records removed before", "screening (n = 150)"), lines);
    Document doc = SvgParsing.parse(text);
    assertEquals(List.of(lines), SvgParsing.textLines(doc));
    assertTrue(SvgParsing.allText(SvgParsing.parse(prisma))
        .contains("Reports assessed for eligibility (n = 70)"));
  }
}
