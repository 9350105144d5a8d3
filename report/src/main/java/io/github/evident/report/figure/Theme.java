package io.github.evident.report.figure;

import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.TextMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The one layout every figure is drawn with: font, font sizes, line heights, margins, the title
 * block, notes and legends, and the colours of ink, rules and shading. A figure declares only
 * what is its own (the size of a forest plot's squares, the PRISMA boxes' width); everything a
 * reader compares between figures comes from here.
 */
final class Theme {

  /** Size of body text: labels, cells, column headings. */
  static final double FONT_SIZE = 12;
  /** Size of axis tick labels, notes and legends. */
  static final double SMALL_FONT_SIZE = 11;
  /** Size of a figure's title. */
  static final double TITLE_FONT_SIZE = 14;
  /** Line height of body text in multi-line labels and boxes. */
  static final double LINE_HEIGHT = 15;
  /** Line height of notes and legends. */
  static final double SMALL_LINE_HEIGHT = 14;
  /** Line height of a wrapped title. */
  static final double TITLE_LINE_HEIGHT = 18;
  /** Space between the title block and the figure under it. */
  static final double TITLE_GAP = 8;
  /** Space around the drawing, on every side. */
  static final double MARGIN = 12;
  /** Padding inside a cell or box. */
  static final double PAD = 8;
  /** Height of one legend row. */
  static final double LEGEND_ROW = 22;
  /** Centre of a legend row's key (symbol or swatch), from the left edge. */
  static final double LEGEND_KEY_X = MARGIN + 12;
  /** Start of a legend row's text, from the left edge. */
  static final double LEGEND_TEXT_X = MARGIN + 30;
  /**
   * Text is measured with Helvetica's widths and given this much more room, for fonts a little
   * wider than Helvetica (the SVG names a list of fallbacks).
   */
  static final double FONT_SLACK = 1.1;

  /** Ink of text, axes, outlines and symbols. */
  static final String INK = "#000000";
  /** Ink of notes under a figure. */
  static final String NOTE_INK = "#333333";
  /** Colour of grid lines and separators. */
  static final String RULE = "#808080";
  /** Shading of header bands and alternate rows. */
  static final String BAND = "#f2f2f2";
  /** Dark grey of markers (forest plot squares, outlines of judgement circles). */
  static final String MARK = "#4d4d4d";

  /** Bold text. */
  static final Style BOLD = Style.NONE.withFontWeight(Style.FontWeight.BOLD);
  /** Text anchored at its end. */
  static final Style END = Style.NONE.withAnchor(Style.Anchor.END);
  /** Text centred on its position. */
  static final Style MIDDLE = Style.NONE.withAnchor(Style.Anchor.MIDDLE);
  /** Small text: ticks, legends. */
  static final Style SMALL = Style.NONE.withFontSize(SMALL_FONT_SIZE);
  /** A legend's heading. */
  static final Style LEGEND_HEADING = BOLD.withFontSize(SMALL_FONT_SIZE);
  /** Notes under a figure. */
  static final Style NOTE = SMALL.withFill(NOTE_INK);
  /** Axes, whiskers and ticks. */
  static final Style LINE = Style.stroke(INK, 1);
  /** Grid lines and separators. */
  static final Style GRID = Style.stroke(RULE, 0.6);
  /** Solid ink (arrow heads, symbols). */
  static final Style SOLID = Style.fill(INK);

  private Theme() {}

  /**
   * The width a line of text needs, with {@link #FONT_SLACK}.
   *
   * @param text the text
   * @param fontSize its size
   * @param bold whether it is bold
   * @return the width in px
   */
  static double width(String text, double fontSize, boolean bold) {
    return TextMetrics.width(text, fontSize, bold) * FONT_SLACK;
  }

  /**
   * The width the widest of some lines needs, with {@link #FONT_SLACK}.
   *
   * @param lines the lines
   * @param fontSize their size
   * @return the width in px, 0 for no lines
   */
  static double widest(List<String> lines, double fontSize) {
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, width(l, fontSize, false));
    }
    return w;
  }

  /**
   * Text wrapped into lines that fit a width, with {@link #FONT_SLACK}.
   *
   * @param text the text
   * @param fontSize its size
   * @param maxWidth the width in px
   * @param bold whether it is bold
   * @return the lines
   */
  static List<String> wrap(String text, double fontSize, double maxWidth, boolean bold) {
    return TextMetrics.wrap(text, fontSize, maxWidth / FONT_SLACK, bold);
  }

  /**
   * The baseline of a line of text centred vertically on {@code cy}.
   *
   * @param cy the vertical centre
   * @param fontSize the text's size
   * @return the baseline's y
   */
  static double baseline(double cy, double fontSize) {
    return cy + TextMetrics.capHeight(fontSize) / 2;
  }

  /**
   * Adds the title block at the top of a figure, when there is a title.
   *
   * @param els the figure's elements, added to
   * @param title the title, or null
   * @param width the figure's width
   * @return the y where the figure continues under the title (the top margin without one)
   */
  static double title(List<Element> els, String title, double width) {
    double y = MARGIN;
    if (title == null) {
      return y;
    }
    List<String> lines = wrap(title, TITLE_FONT_SIZE, width - 2 * MARGIN, true);
    els.add(Element.text(MARGIN, y + TextMetrics.capHeight(TITLE_FONT_SIZE), lines,
        TITLE_LINE_HEIGHT).withStyle(BOLD.withFontSize(TITLE_FONT_SIZE)));
    return y + lines.size() * TITLE_LINE_HEIGHT + TITLE_GAP;
  }

  /**
   * Adds notes under a figure, each wrapped to the figure's width.
   *
   * @param els the figure's elements, added to
   * @param notes the notes, one paragraph each
   * @param width the figure's width
   * @param y the top of the notes
   * @param cssClass the notes' CSS class
   * @return the y under the notes
   */
  static double notes(List<Element> els, List<String> notes, double width, double y,
      String cssClass) {
    List<String> lines = new ArrayList<>();
    for (String n : notes) {
      lines.addAll(wrap(n, SMALL_FONT_SIZE, width - 2 * MARGIN, false));
    }
    if (lines.isEmpty()) {
      return y;
    }
    els.add(Element.text(MARGIN, y + TextMetrics.capHeight(SMALL_FONT_SIZE), lines,
        SMALL_LINE_HEIGHT).withStyle(NOTE.withCssClass(cssClass)));
    return y + lines.size() * SMALL_LINE_HEIGHT;
  }

  /**
   * Adds a legend's heading.
   *
   * @param legend the legend's elements, added to
   * @param heading the heading
   * @param y the top of the heading
   * @return the y under the heading
   */
  static double legendHeading(List<Element> legend, String heading, double y) {
    legend.add(Element.text(MARGIN, y + TextMetrics.capHeight(SMALL_FONT_SIZE), heading)
        .withStyle(LEGEND_HEADING));
    return y + SMALL_LINE_HEIGHT + 2;
  }

  /**
   * Adds a legend row: a key centred on ({@link #LEGEND_KEY_X}, {@code y + LEGEND_ROW / 2}),
   * drawn by the figure, and its text.
   *
   * @param legend the legend's elements, added to
   * @param key the key, drawn at the row's key position
   * @param text the text
   * @param y the top of the row
   * @return the top of the next row
   */
  static double legendRow(List<Element> legend, Element key, String text, double y) {
    legend.add(key);
    legend.add(Element.text(LEGEND_TEXT_X, baseline(y + LEGEND_ROW / 2, SMALL_FONT_SIZE), text)
        .withStyle(SMALL));
    return y + LEGEND_ROW;
  }

  /**
   * The document of a figure: its size, accessible title and description, and the figure font.
   *
   * @param width the width
   * @param height the height, rounded up to whole pixels with the bottom margin added
   * @param title the accessible title
   * @param desc the description (the figure's summary)
   * @param els the elements
   * @return the document
   */
  static Svg document(double width, double height, String title, String desc,
      List<Element> els) {
    return Svg.builder(Math.ceil(width), Math.ceil(height + MARGIN))
        .title(title)
        .desc(desc)
        .style(Style.NONE.withFontFamily(TextMetrics.FONT_FAMILY).withFontSize(FONT_SIZE))
        .addAll(els)
        .build();
  }
}
