package io.github.evident.core.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Widths are checked against the advance widths in Adobe's Helvetica and Helvetica-Bold AFM
 * files (Core 14 fonts, 1/1000 em): H 722, e 556, l 222 (bold 278), o 556 (bold 611),
 * digits 556, space 278, W 944, i 222.
 */
class TextMetricsTest {

  private static final double EPS = 1e-9;

  @Test
  void widthsFollowHelveticaMetrics() {
    assertEquals(0, TextMetrics.width("", 12), EPS);
    assertEquals(22.78, TextMetrics.width("Hello", 10), EPS);
    assertEquals(24.45, TextMetrics.width("Hello", 10, true), EPS);
    assertEquals(55.6, TextMetrics.width("0123456789", 10), EPS);
    assertEquals(9.44 + 2.78 + 2.22, TextMetrics.width("W i", 10), EPS);
  }

  @Test
  void widthsOfOtherCharacters() {
    assertEquals(TextMetrics.width("e", 10), TextMetrics.width("é", 10), EPS);
    assertEquals(TextMetrics.width("e", 10), TextMetrics.width("e\u0301", 10), EPS);
    assertEquals(20, TextMetrics.width("中文", 10), EPS);
    assertEquals(2.78, TextMetrics.width("\u00A0", 10), EPS);
    assertEquals(5.56, TextMetrics.width("\u0416", 10), EPS);
  }

  @Test
  void capHeight() {
    assertEquals(7.18, TextMetrics.capHeight(10), EPS);
  }

  @Test
  void wrapsGreedilyAtSpaces() {
    // "aaa" = 3 * 5.56 = 16.68 at size 10; a space is 2.78
    assertEquals(List.of("aaa aaa", "aaa"), TextMetrics.wrap("aaa aaa aaa", 10, 36.2));
    assertEquals(List.of("aaa", "aaa", "aaa"), TextMetrics.wrap("aaa aaa aaa", 10, 36.1));
    assertEquals(List.of("aaa aaa aaa"), TextMetrics.wrap("  aaa \t aaa   aaa ", 10, 100));
  }

  @Test
  void lineFeedsForceBreaksAndEmptyTextGivesOneLine() {
    assertEquals(List.of("a", "", "b"), TextMetrics.wrap("a\n\nb", 10, 100));
    assertEquals(List.of(""), TextMetrics.wrap("", 10, 100));
    assertEquals(List.of("a", "b"), TextMetrics.wrap("a\r\nb", 10, 100));
  }

  @Test
  void cutsWordsLongerThanALine() {
    // 5.56 per "a": three fit in 17, four do not
    assertEquals(List.of("aaa", "aaa", "a"), TextMetrics.wrap("aaaaaaa", 10, 17));
    assertEquals(List.of("b", "aaa", "aaa", "a c"), TextMetrics.wrap("b aaaaaaa c", 10, 17));
  }

  @Test
  void noBreakSpacesHoldTogether() {
    assertEquals(List.of("Records", "(n\u00A0=\u00A012)"),
        TextMetrics.wrap("Records (n\u00A0=\u00A012)", 10, 45));
  }

  @Test
  void rejectsBadInput() {
    assertEquals("maxWidth must be positive, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> TextMetrics.wrap("a", 10, 0))
            .getMessage());
    assertEquals("text must not be null",
        assertThrows(IllegalArgumentException.class, () -> TextMetrics.width(null, 10))
            .getMessage());
  }
}
