package io.github.evident.core.svg;

import io.github.evident.core.internal.Checks;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate text measurement without a font engine, so figures can size columns and wrap
 * labels before any renderer sees them.
 *
 * <p>Widths come from the advance widths of Helvetica and Helvetica-Bold (Adobe Core 14 AFM
 * files, in 1/1000 em) for printable ASCII; Arial, Liberation Sans and Nimbus Sans share these
 * metrics, so text set in {@link #FONT_FAMILY} measures within a few percent. Other
 * characters: accented letters measure as their base letter, combining marks and format
 * characters as zero, East Asian wide characters as 1 em, everything else as 0.556 em (the
 * width of a digit). Whitespace measures as a space. Other sans-serif fonts (e.g. DejaVu Sans)
 * run up to about 10% wider; leave that much slack where overflow matters.
 */
public final class TextMetrics {

  /**
   * A font family list whose first available member matches these metrics:
   * {@value #FONT_FAMILY}.
   */
  public static final String FONT_FAMILY = "Helvetica, Arial, Liberation Sans, Nimbus Sans, "
      + "sans-serif";

  /** Helvetica advance widths for code points 32..126, 1/1000 em. */
  private static final short[] REGULAR = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // sp - /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 - ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ - O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P - _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` - o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584       // p - ~
  };

  /** Helvetica-Bold advance widths for code points 32..126, 1/1000 em. */
  private static final short[] BOLD = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // sp - /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0 - ?
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // @ - O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // P - _
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // ` - o
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584       // p - ~
  };

  private static final double CAP_HEIGHT = 0.718;
  private static final double DEFAULT = 0.556;

  private TextMetrics() {}

  /**
   * The approximate width of one line of regular-weight text.
   *
   * @param text the text
   * @param fontSize the font size in user units, {@code > 0}
   * @return the width in user units
   * @throws IllegalArgumentException if text is null or the size is not positive and finite
   */
  public static double width(String text, double fontSize) {
    return width(text, fontSize, false);
  }

  /**
   * The approximate width of one line of text.
   *
   * @param text the text
   * @param fontSize the font size in user units, {@code > 0}
   * @param bold whether the text is bold
   * @return the width in user units
   * @throws IllegalArgumentException if text is null or the size is not positive and finite
   */
  public static double width(String text, double fontSize, boolean bold) {
    Checks.notNull("text", text);
    Checks.positive("fontSize", fontSize);
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      em += advance(cp, bold);
    }
    return em * fontSize;
  }

  /**
   * The height of capital letters above the baseline (0.718 em for Helvetica). To centre a line
   * of text vertically on {@code cy} without relying on {@code dominant-baseline}, put its
   * baseline at {@code cy + capHeight(size) / 2}.
   *
   * @param fontSize the font size in user units, {@code > 0}
   * @return the cap height in user units
   * @throws IllegalArgumentException if the size is not positive and finite
   */
  public static double capHeight(double fontSize) {
    return CAP_HEIGHT * Checks.positive("fontSize", fontSize);
  }

  /**
   * Wraps regular-weight text into lines no wider than {@code maxWidth}; see
   * {@link #wrap(String, double, double, boolean)}.
   *
   * @param text the text
   * @param fontSize the font size in user units, {@code > 0}
   * @param maxWidth the widest line allowed, {@code > 0}
   * @return the lines, at least one
   * @throws IllegalArgumentException if text is null or a number is not positive and finite
   */
  public static List<String> wrap(String text, double fontSize, double maxWidth) {
    return wrap(text, fontSize, maxWidth, false);
  }

  /**
   * Wraps text into lines no wider than {@code maxWidth} by {@link #width}: greedily, breaking
   * at whitespace; runs of whitespace collapse to one space (as SVG renders them); a line feed
   * forces a break; no-break spaces (U+00A0) do not break, so a count such as "(n = 12)" written
   * with no-break spaces stays on one line; a word wider than a line is cut between
   * characters. An empty text gives one empty line.
   *
   * @param text the text
   * @param fontSize the font size in user units, {@code > 0}
   * @param maxWidth the widest line allowed, {@code > 0}
   * @param bold whether the text is bold
   * @return the lines, at least one, none wider than {@code maxWidth} unless a single
   *     character is
   * @throws IllegalArgumentException if text is null or a number is not positive and finite
   */
  public static List<String> wrap(String text, double fontSize, double maxWidth, boolean bold) {
    Checks.notNull("text", text);
    Checks.positive("fontSize", fontSize);
    Checks.positive("maxWidth", maxWidth);
    List<String> lines = new ArrayList<>();
    double space = advance(' ', bold) * fontSize;
    for (String paragraph : text.split("\r\n|\n|\r", -1)) {
      StringBuilder line = new StringBuilder();
      double lineWidth = 0;
      for (String word : paragraph.trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        double w = width(word, fontSize, bold);
        if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
          line.append(' ').append(word);
          lineWidth += space + w;
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        if (w <= maxWidth) {
          line.append(word);
          lineWidth = w;
        } else {
          lineWidth = cut(word, fontSize, maxWidth, bold, lines, line);
        }
      }
      lines.add(line.toString());
    }
    return List.copyOf(lines);
  }

  /** Cuts an over-long word into full lines, leaving the remainder in {@code line}. */
  private static double cut(String word, double fontSize, double maxWidth, boolean bold,
      List<String> lines, StringBuilder line) {
    double lineWidth = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      double w = advance(cp, bold) * fontSize;
      if (line.length() > 0 && lineWidth + w > maxWidth) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      line.appendCodePoint(cp);
      lineWidth += w;
    }
    return lineWidth;
  }

  /** Advance width of one code point in em. */
  private static double advance(int cp, boolean bold) {
    short[] table = bold ? BOLD : REGULAR;
    if (cp >= 32 && cp <= 126) {
      return table[cp - 32] / 1000.0;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return table[0] / 1000.0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || type == Character.CONTROL) {
      return 0;
    }
    if (wide(cp)) {
      return 1;
    }
    switch (cp) {
      case 0x2014: // em dash
      case 0x2026: // ellipsis
        return 1;
      case 0x2013: // en dash
        return 0.556;
      case 0x2022: // bullet
        return 0.35;
      case 0x00B7: // middle dot
        return 0.278;
      case 0x2018:
      case 0x2019: // single quotes
        return 0.222;
      case 0x201C:
      case 0x201D: // double quotes
        return 0.333;
      default:
        break;
    }
    if (cp <= 0xFFFF && Character.isLetter(cp)) {
      String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
      int b = base.codePointAt(0);
      if (b >= 32 && b <= 126) {
        return table[b - 32] / 1000.0;
      }
    }
    return DEFAULT;
  }

  private static boolean wide(int cp) {
    return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF
        || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1FAFF
        || cp >= 0x20000 && cp <= 0x3FFFD;
  }
}
