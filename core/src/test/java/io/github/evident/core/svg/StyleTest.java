package io.github.evident.core.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StyleTest {

  @Test
  void withReturnsANewStyleAndLeavesTheOriginal() {
    Style a = Style.fill("white");
    Style b = a.withStroke("black");
    assertEquals(Optional.empty(), a.strokeColor());
    assertEquals(Optional.of("black"), b.strokeColor());
    assertEquals(Optional.of("white"), b.fillColor());
    assertNotEquals(a, b);
    assertEquals(b, Style.fill("white").withStroke("black"));
    assertEquals(b.hashCode(), Style.fill("white").withStroke("black").hashCode());
  }

  @Test
  void writesAttributesInAFixedOrder() {
    Style s = Style.NONE.withBaseline(Style.Baseline.CENTRAL).withAnchor(Style.Anchor.END)
        .withFontWeight(Style.FontWeight.BOLD).withFontSize(9.5).withFontFamily("serif")
        .withOpacity(0.25).withDash(3, 1.5).withStrokeWidth(2).withStroke("blue")
        .withFill("none").withCssClass("c");
    assertEquals("Style[class=\"c\" fill=\"none\" stroke=\"blue\" stroke-width=\"2\" "
        + "stroke-dasharray=\"3 1.5\" opacity=\"0.25\" font-family=\"serif\" font-size=\"9.5\" "
        + "font-weight=\"bold\" text-anchor=\"end\" dominant-baseline=\"central\"]",
        s.toString());
    assertEquals("Style[]", Style.NONE.toString());
  }

  @Test
  void mergesWithOverride() {
    Style base = Style.fill("white").withStroke("black").withFontSize(12);
    Style merged = base.with(Style.fill("red").withOpacity(0.5));
    assertEquals(Optional.of("red"), merged.fillColor());
    assertEquals(Optional.of("black"), merged.strokeColor());
    assertEquals(OptionalDouble.of(12), merged.fontSize());
    assertEquals(OptionalDouble.of(0.5), merged.opacity());
    assertEquals(base, base.with(Style.NONE));
  }

  @Test
  void dashIsCopiedInAndOut() {
    double[] d = {4, 2};
    Style s = Style.NONE.withDash(d);
    d[0] = 99;
    assertArrayEquals(new double[] {4, 2}, s.dash());
    s.dash()[1] = 99;
    assertArrayEquals(new double[] {4, 2}, s.dash());
    assertArrayEquals(new double[0], s.withDash().dash());
  }

  @Test
  void rejectsBadValues() {
    assertEquals("opacity must be in [0, 1], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> Style.NONE.withOpacity(1.5))
            .getMessage());
    assertEquals("fill must not be blank, was ' '",
        assertThrows(IllegalArgumentException.class, () -> Style.fill(" ")).getMessage());
    assertEquals("dash[1] must not be negative, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> Style.NONE.withDash(1, -1))
            .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Style.NONE.withDash(0, 0))
        .getMessage().startsWith("dash lengths must not all be zero"));
    assertEquals("fontSize must be positive, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Style.NONE.withFontSize(0))
            .getMessage());
    assertEquals("strokeWidth must be finite, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> Style.NONE.withStrokeWidth(Double.POSITIVE_INFINITY)).getMessage());
  }
}
