package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.BOLD;
import static io.github.evident.report.figure.Theme.FONT_SIZE;
import static io.github.evident.report.figure.Theme.GRID;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.MIDDLE;
import static io.github.evident.report.figure.Theme.PAD;
import static io.github.evident.report.figure.Theme.SMALL_FONT_SIZE;
import static io.github.evident.report.figure.Theme.baseline;

import io.github.evident.core.internal.Format;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.TextMetrics;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import io.github.evident.stats.synthesis.SampleSizeClass;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An effect direction plot (Thomson and Thomas 2013, Res Synth Methods 4(1):95-101; revised by
 * Boon and Thomson 2021, Res Synth Methods 12(1):29-33) of an {@link EffectDirectionTable}, as
 * SVG.
 *
 * <p>Rows are studies, columns outcome domains. Each cell shows the domain's direction in the
 * study: an upward triangle for improvement, a downward triangle for deterioration, a pair of
 * left and right triangles for no change, mixed or conflicting findings, and nothing when the
 * study reports no outcome in the domain. The symbols are drawn as polygons (not font glyphs),
 * in three sizes by the final sample size of the intervention group ({@link SampleSizeClass}:
 * small below 50, medium 50 to 300, large above 300). With {@link #withQuality(Map, List)}
 * rows are shaded by study quality (darker for better quality) and a column names the quality.
 * A footer row gives each domain's sign test from the table (improvements of the studies with
 * an improvement or a deterioration, two-sided P; no change and conflicting excluded), and a
 * legend explains symbols, sizes and shading.
 *
 * <pre>{@code
 * String svg = EffectDirectionPlot.of(table)
 *     .withQuality(Map.of("Gunn 2016", "WEAK", "Rash 2017", "MODERATE"),
 *         List.of("STRONG", "MODERATE", "WEAK"))
 *     .orderedByQuality().toSvg();
 * }</pre>
 *
 * <p>Immutable; every {@code withX} returns a new plot. Cells, the footer and the legend carry
 * the CSS classes {@code edp-cell}, {@code edp-sign-test} and {@code edp-legend}.
 */
public final class EffectDirectionPlot {

  private static final double RH = 28;
  private static final double MIN_COL = 88;
  private static final double[] SIZE = {8, 13, 19};
  private static final String[] SHADES = {"#6f9bc7", "#a9c4e0", "#d7e4f1", "#eef3f9"};

  private final EffectDirectionTable table;
  private final Map<String, String> quality;
  private final List<String> levels;
  private final List<String> order;
  private final String title;

  private EffectDirectionPlot(EffectDirectionTable table, Map<String, String> quality,
      List<String> levels, List<String> order, String title) {
    this.table = table;
    this.quality = quality;
    this.levels = levels;
    this.order = order;
    this.title = title;
  }

  /**
   * The plot of a table, studies in the table's order, without quality shading.
   *
   * @param table the table
   * @return the plot
   * @throws IllegalArgumentException if table is null
   */
  public static EffectDirectionPlot of(EffectDirectionTable table) {
    if (table == null) {
      throw new IllegalArgumentException("table must not be null");
    }
    return new EffectDirectionPlot(table, Map.of(), List.of(), table.studies(), null);
  }

  /**
   * This plot with rows shaded by study quality.
   *
   * @param studyQuality quality label per study id; every study of the table needs one;
   *     copied
   * @param levelsBestFirst the quality labels, best first, e.g. {@code STRONG, MODERATE, WEAK}
   *     (one to four levels); copied
   * @return a new plot
   * @throws IllegalArgumentException if an argument is null, a study of the table has no label
   *     or an unknown study has one, a label is not among the levels, or the levels are empty,
   *     repeat or more than four
   */
  public EffectDirectionPlot withQuality(Map<String, String> studyQuality,
      List<String> levelsBestFirst) {
    if (studyQuality == null || levelsBestFirst == null) {
      throw new IllegalArgumentException((studyQuality == null ? "studyQuality"
          : "levelsBestFirst") + " must not be null");
    }
    List<String> lv = List.copyOf(levelsBestFirst);
    if (lv.isEmpty() || lv.size() > SHADES.length || lv.stream().distinct().count() != lv.size()) {
      throw new IllegalArgumentException("levelsBestFirst must hold 1 to " + SHADES.length
          + " distinct labels, was " + lv);
    }
    Map<String, String> q = new LinkedHashMap<>();
    for (String s : table.studies()) {
      String label = studyQuality.get(s);
      if (label == null) {
        throw new IllegalArgumentException("studyQuality has no label for study '" + s + "'");
      }
      if (!lv.contains(label)) {
        throw new IllegalArgumentException("quality '" + label + "' of study '" + s
            + "' is not one of the levels " + lv);
      }
      q.put(s, label);
    }
    for (String s : studyQuality.keySet()) {
      if (!table.studies().contains(s)) {
        throw new IllegalArgumentException("studyQuality names study '" + s + "', which is not "
            + "in the table " + table.studies());
      }
    }
    return new EffectDirectionPlot(table, java.util.Collections.unmodifiableMap(q), lv, order,
        title);
  }

  /**
   * This plot with the studies in a given order.
   *
   * @param studyIds every study id of the table once
   * @return a new plot
   * @throws IllegalArgumentException if the ids are not a permutation of the table's studies
   */
  public EffectDirectionPlot withOrder(List<String> studyIds) {
    if (studyIds == null || studyIds.size() != table.studies().size()
        || !studyIds.containsAll(table.studies())) {
      throw new IllegalArgumentException("order must list every study of the table once "
          + table.studies() + ", was " + studyIds);
    }
    return new EffectDirectionPlot(table, quality, levels, List.copyOf(studyIds), title);
  }

  /**
   * This plot with the studies ordered by quality, best first (ties keep the current order).
   *
   * @return a new plot
   * @throws IllegalStateException if no quality was given
   */
  public EffectDirectionPlot orderedByQuality() {
    if (quality.isEmpty()) {
      throw new IllegalStateException("no quality given; call withQuality(...) first");
    }
    List<String> o = new ArrayList<>(order);
    o.sort(Comparator.comparingInt(s -> levels.indexOf(quality.get(s))));
    return new EffectDirectionPlot(table, quality, levels, List.copyOf(o), title);
  }

  /**
   * This plot with the studies ordered by intervention-group size, largest first (ties keep
   * the current order).
   *
   * @return a new plot
   */
  public EffectDirectionPlot orderedBySampleSize() {
    List<String> o = new ArrayList<>(order);
    o.sort(Comparator.comparingInt((String s) -> table.interventionGroupSize(s)).reversed());
    return new EffectDirectionPlot(table, quality, levels, List.copyOf(o), title);
  }

  /**
   * This plot with a title (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is null or blank
   */
  public EffectDirectionPlot withTitle(String newTitle) {
    if (newTitle == null || newTitle.isBlank()) {
      throw new IllegalArgumentException("title must not be null or blank, was " + newTitle);
    }
    return new EffectDirectionPlot(table, quality, levels, order, newTitle);
  }

  /**
   * The table drawn.
   *
   * @return the table
   */
  public EffectDirectionTable table() {
    return table;
  }

  /**
   * The studies in the order drawn.
   *
   * @return an unmodifiable list
   */
  public List<String> order() {
    return order;
  }

  /**
   * The plot as an SVG document.
   *
   * @return the document
   */
  public Svg svg() {
    return new Layout().draw();
  }

  /**
   * The plot as SVG text; the same plot always gives the same text.
   *
   * @return the SVG text
   */
  public String toSvg() {
    return svg().toSvg();
  }

  /**
   * The plot's content as text: one line per study in plot order (size, quality, direction per
   * domain), then the sign test per domain.
   *
   * @return a multi-line summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Effect direction plot, " + order.size()
        + (order.size() == 1 ? " study" : " studies") + " by " + table.domains().size()
        + (table.domains().size() == 1 ? " domain" : " domains") + "\n");
    for (String s : order) {
      sb.append(s).append(" (n = ").append(table.interventionGroupSize(s)).append(", ")
          .append(table.sampleSizeClass(s).label());
      if (!quality.isEmpty()) {
        sb.append(", quality ").append(quality.get(s));
      }
      sb.append("):");
      for (String d : table.domains()) {
        sb.append(' ').append(d).append(' ').append(table.direction(s, d)
            .map(EffectDirection::label).orElse("not reported"))
            .append(';');
      }
      sb.setLength(sb.length() - 1);
      sb.append('\n');
    }
    for (String d : table.domains()) {
      sb.append("Sign test, ").append(d).append(": ").append(signText(d).replace('\n', ' '))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * One line, e.g. {@code EffectDirectionPlot[4 studies, 3 domains, shaded by quality]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EffectDirectionPlot[" + order.size() + (order.size() == 1 ? " study, " : " studies, ")
        + table.domains().size() + (table.domains().size() == 1 ? " domain" : " domains")
        + (quality.isEmpty() ? "" : ", shaded by quality") + "]";
  }

  private String signText(String domain) {
    Optional<VoteCount> v = table.signTest(domain);
    if (v.isEmpty()) {
      return "no test";
    }
    VoteCount c = v.get();
    return c.favourable() + " of " + c.n() + " improved\n" + Format.p(c.signTestP());
  }

  // --------------------------------------------------------------------- symbols

  /** The symbol of a direction centred on (cx, cy), of the given height. */
  static Element symbol(EffectDirection d, double cx, double cy, double size) {
    double h = size;
    double w = size * 1.1;
    return switch (d) {
      case IMPROVEMENT -> Element.polygon(cx - w / 2, cy + h / 2, cx + w / 2, cy + h / 2, cx,
          cy - h / 2).withStyle(Theme.SOLID);
      case DETERIORATION -> Element.polygon(cx - w / 2, cy - h / 2, cx + w / 2, cy - h / 2, cx,
          cy + h / 2).withStyle(Theme.SOLID);
      default -> {
        double half = h * 0.7;
        double gap = size * 0.12;
        yield Element.group(
            Element.polygon(cx - gap, cy - half / 2, cx - gap, cy + half / 2, cx - gap - half,
                cy),
            Element.polygon(cx + gap, cy - half / 2, cx + gap, cy + half / 2, cx + gap + half,
                cy)).withStyle(Theme.SOLID);
      }
    };
  }

  // --------------------------------------------------------------------- layout

  private final class Layout {

    private final List<String> domains = table.domains();
    private final double studyW;
    private final double nW;
    private final double qualityW;
    private final double[] colW;
    private final double[] colX;
    private final List<List<String>> domainHeads = new ArrayList<>();
    private final double headH;
    private final double gridLeft;
    private final double gridRight;
    private final double width;

    Layout() {
      double sw = Math.max(Theme.width("Study", FONT_SIZE, true),
          Theme.width("Sign test", FONT_SIZE, true));
      studyW = Math.max(sw, Theme.widest(order, FONT_SIZE)) + 2 * PAD;
      nW = Math.max(Theme.width("n (size)", FONT_SIZE, true),
          Theme.widest(order.stream().map(this::nText).toList(), FONT_SIZE)) + 2 * PAD;
      qualityW = quality.isEmpty() ? 0 : Math.max(Theme.width("Quality", FONT_SIZE, true),
          Theme.widest(levels, FONT_SIZE)) + 2 * PAD;
      colW = new double[domains.size()];
      int lines = 1;
      for (int d = 0; d < domains.size(); d++) {
        List<String> sign = List.of(signText(domains.get(d)).split("\n"));
        double w = Math.max(MIN_COL, Theme.widest(sign, SMALL_FONT_SIZE) + 2 * PAD);
        colW[d] = w;
        List<String> head = Theme.wrap(domains.get(d), FONT_SIZE, w - 2 * PAD, true);
        domainHeads.add(head);
        lines = Math.max(lines, head.size());
      }
      headH = lines * Theme.LINE_HEIGHT + 2 * PAD;
      gridLeft = MARGIN;
      double right = gridLeft + studyW + nW + qualityW;
      for (double w : colW) {
        right += w;
      }
      gridRight = right;
      colX = new double[domains.size()];
      double x = gridLeft + studyW + nW + qualityW;
      for (int d = 0; d < domains.size(); d++) {
        colX[d] = x;
        x += colW[d];
      }
      width = Math.ceil(Math.max(gridRight, MARGIN + legendWidth()) + MARGIN);
    }

    private String nText(String s) {
      return table.interventionGroupSize(s) + " (" + table.sampleSizeClass(s).label() + ")";
    }

    private double legendWidth() {
      double w = 0;
      for (String l : legendTexts()) {
        w = Math.max(w, Theme.LEGEND_TEXT_X - MARGIN
            + Theme.width(l + ", intervention group", SMALL_FONT_SIZE, false));
      }
      return Math.min(w, 560);
    }

    private List<String> legendTexts() {
      return List.of("improvement", "deterioration", "no change, mixed or conflicting",
          "small (n < 50)", "medium (n 50-300)", "large (n > 300)");
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double top = Theme.title(els, title, width);
      els.add(header(top));
      double y = top + headH;
      for (String s : order) {
        els.add(row(s, y));
        y += RH;
      }
      double footH = 2 * Theme.SMALL_LINE_HEIGHT + 2 * PAD;
      els.add(signTests(y, footH));
      y += footH;
      els.add(rules(top, y));
      List<Element> legend = new ArrayList<>();
      y = legend(legend, y + 14);
      els.add(Element.group(legend).withStyle(Style.NONE.withCssClass("edp-legend")));
      y = Theme.notes(els, List.of("Blank: no outcome reported in the domain. A domain "
          + "takes a direction when at least " + Format.level(table.threshold()) + "% of its "
          + "outcomes agree (Boon and Thomson 2021). Sign test: two-sided, studies with no "
          + "change or conflicting findings excluded."), width, y + 4, "edp-note");
      return Theme.document(width, y, title != null ? title : "Effect direction plot",
          summary(), els);
    }

    /** The header band from {@code top}: study, size, quality and the domains. */
    private Element header(double top) {
      List<Element> head = new ArrayList<>();
      head.add(Element.rect(gridLeft, top, gridRight - gridLeft, headH)
          .withStyle(Style.fill(Theme.BAND)));
      double hb = baseline(top + headH / 2, FONT_SIZE);
      head.add(Element.text(gridLeft + PAD, hb, "Study").withStyle(BOLD));
      head.add(Element.text(gridLeft + studyW + nW / 2, hb, "n (size)")
          .withStyle(BOLD.with(MIDDLE)));
      if (!quality.isEmpty()) {
        head.add(Element.text(gridLeft + studyW + nW + qualityW / 2, hb, "Quality")
            .withStyle(BOLD.with(MIDDLE)));
      }
      for (int d = 0; d < domains.size(); d++) {
        List<String> lines = domainHeads.get(d);
        double first = top + (headH - lines.size() * Theme.LINE_HEIGHT) / 2
            + (Theme.LINE_HEIGHT + TextMetrics.capHeight(FONT_SIZE)) / 2;
        head.add(Element.text(colX[d] + colW[d] / 2, first, lines, Theme.LINE_HEIGHT)
            .withStyle(BOLD.with(MIDDLE)));
      }
      return Element.group(head);
    }

    /** Study {@code s}'s row from {@code y}: shade, size, quality and one symbol per domain. */
    private Element row(String s, double y) {
      List<Element> row = new ArrayList<>();
      if (!quality.isEmpty()) {
        String shade = SHADES[shadeIndex(levels.indexOf(quality.get(s)))];
        row.add(Element.rect(gridLeft, y, gridRight - gridLeft, RH).withStyle(Style.fill(shade)));
      }
      double cy = y + RH / 2;
      double b = baseline(cy, FONT_SIZE);
      row.add(Element.text(gridLeft + PAD, b, s));
      row.add(Element.text(gridLeft + studyW + nW / 2, b, nText(s)).withStyle(MIDDLE));
      if (!quality.isEmpty()) {
        row.add(Element.text(gridLeft + studyW + nW + qualityW / 2, b, quality.get(s))
            .withStyle(MIDDLE));
      }
      double size = SIZE[table.sampleSizeClass(s).ordinal()];
      for (int d = 0; d < domains.size(); d++) {
        Optional<EffectDirection> dir = table.direction(s, domains.get(d));
        if (dir.isPresent()) {
          row.add(Element.group(symbol(dir.get(), colX[d] + colW[d] / 2, cy, size))
              .withStyle(Style.NONE.withCssClass("edp-cell"))
              .withTitle(s + ", " + domains.get(d) + ": "
                  + dir.get().label()));
        }
      }
      row.add(Element.line(gridLeft, y + RH, gridRight, y + RH).withStyle(GRID));
      return Element.group(row);
    }

    /** The sign test per domain, in a band of height {@code footH} from {@code y}. */
    private Element signTests(double y, double footH) {
      List<Element> foot = new ArrayList<>();
      foot.add(Element.rect(gridLeft, y, gridRight - gridLeft, footH)
          .withStyle(Style.fill(Theme.BAND)));
      double fb = y + PAD + TextMetrics.capHeight(SMALL_FONT_SIZE) + 1;
      foot.add(Element.text(gridLeft + PAD, baseline(y + footH / 2, FONT_SIZE), "Sign test")
          .withStyle(BOLD));
      for (int d = 0; d < domains.size(); d++) {
        foot.add(Element.text(colX[d] + colW[d] / 2, fb,
            List.of(signText(domains.get(d)).split("\n")), Theme.SMALL_LINE_HEIGHT)
            .withStyle(MIDDLE.with(Theme.SMALL)));
      }
      return Element.group(foot).withStyle(Style.NONE.withCssClass("edp-sign-test"));
    }

    /** The column separators and the frame of the grid from {@code top} to {@code bottom}. */
    private Element rules(double top, double bottom) {
      List<Element> seps = new ArrayList<>();
      double xs = gridLeft + studyW;
      seps.add(Element.line(xs, top, xs, bottom).withStyle(GRID));
      xs += nW;
      seps.add(Element.line(xs, top, xs, bottom).withStyle(GRID));
      if (!quality.isEmpty()) {
        xs += qualityW;
        seps.add(Element.line(xs, top, xs, bottom).withStyle(GRID));
      }
      seps.add(Element.rect(gridLeft, top, gridRight - gridLeft, bottom - top)
          .withStyle(Style.fill("none").withStroke(Theme.INK).withStrokeWidth(0.8)));
      return Element.group(seps);
    }

    /** The legend rows from {@code y}: directions, sizes, quality shades; returns the y under. */
    private double legend(List<Element> legend, double y) {
      EffectDirection[] kinds = {EffectDirection.IMPROVEMENT, EffectDirection.DETERIORATION,
          EffectDirection.NO_CHANGE};
      List<String> texts = legendTexts();
      double kx = Theme.LEGEND_KEY_X;
      double half = Theme.LEGEND_ROW / 2;
      double ly = y;
      for (int i = 0; i < 3; i++) {
        ly = Theme.legendRow(legend, symbol(kinds[i], kx, ly + half, SIZE[1]), texts.get(i), ly);
      }
      for (int i = 0; i < 3; i++) {
        ly = Theme.legendRow(legend, symbol(EffectDirection.IMPROVEMENT, kx, ly + half, SIZE[i]),
            texts.get(3 + i) + ", intervention group", ly);
      }
      for (int i = 0; i < levels.size() && !quality.isEmpty(); i++) {
        Element swatch = Element.rect(kx - 8, ly + half - 7, 16, 14).withStyle(
            Style.fill(SHADES[shadeIndex(i)]).withStroke(Theme.RULE).withStrokeWidth(0.6));
        ly = Theme.legendRow(legend, swatch, "quality " + levels.get(i)
            + (i == 0 ? " (best)" : i == levels.size() - 1 ? " (worst)" : ""), ly);
      }
      return ly;
    }

    /** Darkest shade for the best level; with fewer levels, the lighter shades are used. */
    private int shadeIndex(int level) {
      return level;
    }
  }
}
