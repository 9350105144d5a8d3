package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.FONT_SIZE;
import static io.github.evident.report.figure.Theme.LINE_HEIGHT;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.PAD;

import io.github.evident.core.model.PrismaFlow;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.SearchStrategy;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The PRISMA 2020 flow diagram for new systematic reviews (Page et al. 2021, BMJ 372:n71,
 * figure 1) drawn from a {@link PrismaFlow}, as SVG.
 *
 * <p>Phases "Identification", "Screening" and "Included" run down the left; the main column
 * follows records from databases and registers (identified → removed before screening →
 * screened → excluded → reports sought → not retrieved → assessed → excluded with reasons →
 * studies and reports included), and a second column follows records from other methods when
 * the flow reports any of their counts ({@code other*}). Arrows join the boxes.
 *
 * <p>Every number printed is a count of the flow as reported: nothing is filled in by
 * arithmetic. A count that is not reported prints as {@code n = NR}, explained in a footnote.
 * When the review's {@link SearchStrategy} is given, the databases and registers it lists are
 * named in the identification box (with their counts from
 * {@link PrismaFlow#recordsBySource()}, or {@code NR}), and other methods searched without
 * reported counts are named in a footnote.
 *
 * <pre>{@code
 * PrismaFlow flow = PrismaFlow.builder().recordsIdentified(19202).reportsAssessed(70)
 *     .studiesIncluded(10).reportsIncluded(10).build();
 * String svg = PrismaDiagram.of(flow).toSvg();
 * }</pre>
 *
 * <p>Text is wrapped with {@link TextMetrics} to boxes of one width, the boxes of a row share
 * one height, and the layout grows with the text, so boxes do not overlap. Boxes, headers,
 * phase labels, arrows and footnotes carry the CSS classes {@code prisma-box},
 * {@code prisma-header}, {@code prisma-phase}, {@code prisma-arrows} and {@code prisma-note},
 * so a page embedding the SVG can restyle them.
 */
public final class PrismaDiagram {

  private static final double INDENT = 10;
  private static final double BOX_W = 240;
  private static final double HGAP = 36;
  private static final double COL_GAP = 44;
  private static final double PHASE_W = 26;
  private static final double PHASE_GAP = 12;
  private static final double VGAP = 26;
  private static final double HEADER_GAP = 14;
  private static final double HEAD_LEN = 7;
  private static final double HEAD_HALF = 3.5;
  private static final int ROWS = 5;
  private static final char NBSP = '\u00A0';
  private static final int COLS = 4;

  private static final Style BOX = Style.fill("#ffffff").withStroke(Theme.INK)
      .withStrokeWidth(1).withCssClass("prisma-box");
  private static final Style MAIN_HEADER = Style.fill("#ffe699").withCssClass("prisma-header");
  private static final Style OTHER_HEADER = Style.fill("#e7e6e6").withCssClass("prisma-header");
  private static final Style PHASE = Style.fill("#bdd7ee").withCssClass("prisma-phase");
  private static final Style BOLD_MIDDLE = Theme.BOLD.with(Theme.MIDDLE);
  private static final Style ARROW_LINE = Style.fill("none").withStroke(Theme.INK)
      .withStrokeWidth(1.2);

  private static final String MAIN_TITLE =
      "Identification of new studies via databases and registers";
  private static final String OTHER_TITLE = "Identification of new studies via other methods";
  private static final String NR_NOTE = "NR: not reported.";
  private static final String SOURCE_NOTE = "After the PRISMA 2020 flow diagram for new "
      + "systematic reviews (Page et al. 2021, BMJ 372:n71).";

  private final PrismaFlow flow;
  private final SearchStrategy search;

  private PrismaDiagram(PrismaFlow flow, SearchStrategy search) {
    this.flow = flow;
    this.search = search;
  }

  /**
   * The diagram of a flow.
   *
   * @param flow the counts
   * @return the diagram
   * @throws IllegalArgumentException if flow is null
   */
  public static PrismaDiagram of(PrismaFlow flow) {
    return new PrismaDiagram(notNull(flow), null);
  }

  /**
   * The diagram of a flow, naming the databases, registers and other methods of a search.
   *
   * @param flow the counts
   * @param search the search whose sources and other methods are named
   * @return the diagram
   * @throws IllegalArgumentException if flow or search is null
   */
  public static PrismaDiagram of(PrismaFlow flow, SearchStrategy search) {
    if (search == null) {
      throw new IllegalArgumentException("search must not be null");
    }
    return new PrismaDiagram(notNull(flow), search);
  }

  /**
   * The diagram of a review's PRISMA counts, naming its search sources when it has a search.
   *
   * @param review the review
   * @return the diagram
   * @throws IllegalArgumentException if review is null or reports no PRISMA counts
   */
  public static PrismaDiagram of(Review review) {
    if (review == null) {
      throw new IllegalArgumentException("review must not be null");
    }
    PrismaFlow flow = review.prisma().orElseThrow(() -> new IllegalArgumentException(
        "review.prisma is not reported for review '" + review.title()
            + "'; a PRISMA diagram needs its counts"));
    return new PrismaDiagram(flow, review.search().orElse(null));
  }

  private static PrismaFlow notNull(PrismaFlow flow) {
    if (flow == null) {
      throw new IllegalArgumentException("flow must not be null");
    }
    return flow;
  }

  /**
   * The counts drawn.
   *
   * @return the flow
   */
  public PrismaFlow flow() {
    return flow;
  }

  /**
   * The search whose sources are named.
   *
   * @return the search, if given
   */
  public Optional<SearchStrategy> search() {
    return Optional.ofNullable(search);
  }

  /**
   * Whether the "other methods" column is drawn: when the flow reports any count for other
   * methods ({@link PrismaFlow#otherRecordsBySource()} or an {@code other*} count).
   *
   * @return true if the diagram has the second column
   */
  public boolean hasOtherMethods() {
    return !flow.otherRecordsBySource().isEmpty() || flow.otherReportsSought().isPresent()
        || flow.otherReportsNotRetrieved().isPresent() || flow.otherReportsAssessed().isPresent()
        || flow.otherReportsExcluded().isPresent();
  }

  /**
   * The diagram as an SVG document, e.g. to embed in a larger figure or read its size.
   *
   * @return the document
   */
  public Svg svg() {
    return new Layout(boxes()).draw();
  }

  /**
   * The diagram as SVG text; the same flow always gives the same text.
   *
   * @return the SVG text
   */
  public String toSvg() {
    return svg().toSvg();
  }

  /**
   * The diagram's boxes as text, by phase, one box per line, e.g.
   *
   * <pre>
   * PRISMA 2020 flow diagram
   * Identification
   *   Records identified from databases and registers (n = 19202)
   *   ...
   * </pre>
   *
   * @return a multi-line summary
   */
  public String summary() {
    Content content = boxes();
    Box[][] cells = content.cells;
    StringBuilder sb = new StringBuilder("PRISMA 2020 flow diagram");
    String[] phases = {"Identification", "Screening", "Screening", "Screening", "Included"};
    for (int r = 0; r < ROWS; r++) {
      if (r == 0 || !phases[r].equals(phases[r - 1])) {
        sb.append('\n').append(phases[r]);
      }
      for (int c = 0; c < COLS; c++) {
        if (cells[r][c] != null) {
          sb.append("\n  ").append(c >= 2 ? "Other methods: " : "").append(cells[r][c].text());
        }
      }
    }
    for (String note : content.notes) {
      sb.append('\n').append(note);
    }
    return sb.toString();
  }

  /**
   * A one-line description, e.g.
   * {@code PrismaDiagram[identified 19202, assessed 70, included 10 studies / 10 reports]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PrismaDiagram[identified " + count(flow.recordsIdentified()) + ", assessed "
        + count(flow.reportsAssessed()) + ", included " + count(flow.studiesIncluded())
        + " studies / " + count(flow.reportsIncluded()) + " reports"
        + (hasOtherMethods() ? ", with other methods" : "") + "]";
  }

  private static String count(OptionalInt n) {
    return n.isPresent() ? Integer.toString(n.getAsInt()) : "NR";
  }

  // ---------------------------------------------------------------- content

  /** One paragraph of a box, optionally indented under the box's heading. */
  private record Entry(String text, boolean indented) {}

  /** A box's paragraphs. */
  private record Box(List<Entry> entries) {

    String text() {
      StringBuilder sb = new StringBuilder();
      for (Entry e : entries) {
        if (sb.length() > 0) {
          sb.append(sb.charAt(sb.length() - 1) == ':' ? " " : "; ");
        }
        sb.append(e.text());
      }
      return plain(sb.toString());
    }
  }

  /** The boxes by grid cell (row, column) and the footnotes. */
  private record Content(Box[][] cells, List<String> notes) {}

  private Content boxes() {
    boolean[] nr = {false};
    Box[][] cells = new Box[ROWS][COLS];
    cells[0][0] = identified(nr);
    cells[0][1] = new Box(List.of(
        new Entry("Records removed before screening:", false),
        new Entry("Duplicate records removed " + n(flow.duplicatesRemoved(), nr), true),
        new Entry("Records marked as ineligible by automation tools "
            + n(flow.automationRemoved(), nr), true),
        new Entry("Records removed for other reasons " + n(flow.otherRemoved(), nr), true)));
    cells[1][0] = single("Records screened " + n(flow.recordsScreened(), nr));
    cells[1][1] = single("Records excluded " + n(flow.recordsExcluded(), nr));
    cells[2][0] = single("Reports sought for retrieval " + n(flow.reportsSought(), nr));
    cells[2][1] = single("Reports not retrieved " + n(flow.reportsNotRetrieved(), nr));
    cells[3][0] = single("Reports assessed for eligibility " + n(flow.reportsAssessed(), nr));
    if (flow.reportsExcludedByReason().isEmpty()) {
      cells[3][1] = single("Reports excluded " + n(flow.reportsExcluded(), nr));
    } else {
      List<Entry> es = new ArrayList<>();
      es.add(new Entry("Reports excluded " + n(flow.reportsExcluded(), nr) + ":", false));
      flow.reportsExcludedByReason().forEach((reason, k) ->
          es.add(new Entry(reason + " " + n(k), true)));
      cells[3][1] = new Box(es);
    }
    cells[4][0] = new Box(List.of(
        new Entry("Studies included in review " + n(flow.studiesIncluded(), nr), false),
        new Entry("Reports of included studies " + n(flow.reportsIncluded(), nr), false)));
    List<String> notes = new ArrayList<>();
    if (hasOtherMethods()) {
      cells[0][2] = otherIdentified(nr);
      cells[2][2] = single("Reports sought for retrieval " + n(flow.otherReportsSought(), nr));
      cells[2][3] = single("Reports not retrieved " + n(flow.otherReportsNotRetrieved(), nr));
      cells[3][2] = single("Reports assessed for eligibility "
          + n(flow.otherReportsAssessed(), nr));
      cells[3][3] = single("Reports excluded " + n(flow.otherReportsExcluded(), nr));
    } else if (search != null && !search.otherMethods().isEmpty()) {
      notes.add("Other methods searched, no counts reported: "
          + String.join("; ", search.otherMethods()) + ".");
    }
    if (nr[0]) {
      notes.add(0, NR_NOTE);
    }
    notes.add(SOURCE_NOTE);
    return new Content(cells, notes);
  }

  private Box identified(boolean[] nr) {
    List<Entry> es = sourceEntries(flow.recordsBySource(),
        search == null ? List.of() : search.sources(), nr);
    String heading = "Records identified from databases and registers "
        + n(flow.recordsIdentified(), nr) + (es.isEmpty() ? "" : ":");
    es.add(0, new Entry(heading, false));
    return new Box(es);
  }

  private Box otherIdentified(boolean[] nr) {
    List<Entry> es = sourceEntries(flow.otherRecordsBySource(),
        search == null ? List.of() : search.otherMethods(), nr);
    if (es.isEmpty()) {
      return single("Records identified from other methods " + n(OptionalInt.empty(), nr));
    }
    es.add(0, new Entry("Records identified from:", false));
    return new Box(es);
  }

  /**
   * One indented entry per source with its count, then one per source the search names that
   * the flow does not count (marked not reported).
   */
  private List<Entry> sourceEntries(Map<String, Integer> counted, List<String> searched,
      boolean[] nr) {
    List<Entry> es = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    counted.forEach((source, k) -> {
      es.add(new Entry(source + " " + n(k), true));
      listed.add(source);
    });
    for (String source : searched) {
      if (!listed.contains(source)) {
        es.add(new Entry(source + " " + n(OptionalInt.empty(), nr), true));
        listed.add(source);
      }
    }
    return es;
  }

  private static Box single(String text) {
    return new Box(List.of(new Entry(text, false)));
  }

  private static String n(OptionalInt count, boolean[] nr) {
    if (count.isEmpty()) {
      nr[0] = true;
      return "(n" + NBSP + "=" + NBSP + "NR)";
    }
    return n(count.getAsInt());
  }

  /** A count as {@code (n = k)}, glued with no-break spaces so that wrapping keeps it whole. */
  private static String n(int count) {
    return "(n" + NBSP + "=" + NBSP + count + ")";
  }

  private static String plain(String s) {
    return s.replace(NBSP, ' ');
  }

  // ---------------------------------------------------------------- layout

  /** Positions of the grid and the drawing. */
  private final class Layout {

    private final Content content;
    private final boolean other;
    private final double[] colX = new double[COLS];
    private final double[] rowY = new double[ROWS];
    private final double[] rowH = new double[ROWS];
    private final List<List<String>>[][] wrapped;
    private final List<String> headerMain;
    private final List<String> headerOther;
    private final double headerY;
    private final double headerH;
    private final double width;

    @SuppressWarnings("unchecked")
    Layout(Content content) {
      this.content = content;
      this.other = hasOtherMethods();
      colX[0] = MARGIN + PHASE_W + PHASE_GAP;
      colX[1] = colX[0] + BOX_W + HGAP;
      colX[2] = colX[1] + BOX_W + COL_GAP;
      colX[3] = colX[2] + BOX_W + HGAP;
      width = (other ? colX[3] : colX[1]) + BOX_W + MARGIN;

      double headerW = 2 * BOX_W + HGAP - 2 * PAD;
      headerMain = Theme.wrap(MAIN_TITLE, FONT_SIZE, headerW, true);
      headerOther = Theme.wrap(OTHER_TITLE, FONT_SIZE, headerW, true);
      int headerLines = Math.max(headerMain.size(), other ? headerOther.size() : 0);
      headerY = MARGIN;
      headerH = headerLines * LINE_HEIGHT + 2 * 6;

      wrapped = new List[ROWS][COLS];
      for (int r = 0; r < ROWS; r++) {
        double h = 0;
        for (int c = 0; c < COLS; c++) {
          Box box = content.cells[r][c];
          if (box != null) {
            wrapped[r][c] = wrap(box);
            h = Math.max(h, lineCount(wrapped[r][c]) * LINE_HEIGHT + 2 * PAD);
          }
        }
        rowH[r] = h;
      }
      rowH[0] = Math.max(rowH[0], phaseLength("Identification"));
      rowH[4] = Math.max(rowH[4], phaseLength("Included"));
      double screening = rowH[1] + rowH[2] + rowH[3] + 2 * VGAP;
      rowH[1] += Math.max(0, phaseLength("Screening") - screening);
      rowY[0] = headerY + headerH + HEADER_GAP;
      for (int r = 1; r < ROWS; r++) {
        rowY[r] = rowY[r - 1] + rowH[r - 1] + VGAP;
      }
    }

    private double phaseLength(String label) {
      return Theme.width(label, FONT_SIZE, true) + 2 * PAD;
    }

    private List<List<String>> wrap(Box box) {
      List<List<String>> out = new ArrayList<>();
      for (Entry e : box.entries()) {
        double w = BOX_W - 2 * PAD - (e.indented() ? INDENT : 0);
        out.add(Theme.wrap(e.text(), FONT_SIZE, w, false).stream().map(PrismaDiagram::plain)
            .toList());
      }
      return out;
    }

    private int lineCount(List<List<String>> paragraphs) {
      return paragraphs.stream().mapToInt(List::size).sum();
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      // headers
      double mainHeaderW = 2 * BOX_W + HGAP;
      els.add(header(colX[0], mainHeaderW, headerMain, MAIN_HEADER));
      if (other) {
        els.add(header(colX[2], mainHeaderW, headerOther, OTHER_HEADER));
      }
      // phases
      els.add(phase("Identification", rowY[0], rowH[0]));
      els.add(phase("Screening", rowY[1], rowY[3] + rowH[3] - rowY[1]));
      els.add(phase("Included", rowY[4], rowH[4]));
      // boxes
      for (int r = 0; r < ROWS; r++) {
        for (int c = 0; c < COLS; c++) {
          if (wrapped[r][c] != null) {
            els.add(box(r, c));
          }
        }
      }
      // arrows
      List<Element> arrows = new ArrayList<>();
      for (int r = 0; r < ROWS; r++) {
        if (r < ROWS - 1) {
          arrows.add(down(0, r, r + 1));
        }
        if (content.cells[r][1] != null) {
          arrows.add(right(r, 0));
        }
      }
      if (other) {
        arrows.add(down(2, 0, 2));
        arrows.add(down(2, 2, 3));
        arrows.add(right(2, 2));
        arrows.add(right(3, 2));
        double x = colX[2] + BOX_W / 2;
        double y = rowY[4] + rowH[4] / 2;
        arrows.add(arrow(x, rowY[3] + rowH[3], x, y, colX[0] + BOX_W, y));
      }
      els.add(Element.group(arrows).withStyle(Style.NONE.withCssClass("prisma-arrows")));
      // footnotes
      double y = Theme.notes(els, content.notes, width, rowY[4] + rowH[4] + 18, "prisma-note");
      return Theme.document(width, y, "PRISMA 2020 flow diagram", description(), els);
    }

    private String description() {
      StringBuilder sb = new StringBuilder("Flow of records and reports through the review. ");
      String[] phases = {"Identification", "Screening", "Screening", "Screening", "Included"};
      for (int r = 0; r < ROWS; r++) {
        if (r == 0 || !phases[r].equals(phases[r - 1])) {
          sb.append(phases[r]).append(": ");
        }
        for (int c = 0; c < COLS; c++) {
          if (content.cells[r][c] != null) {
            sb.append(c >= 2 ? "other methods, " : "").append(content.cells[r][c].text())
                .append(". ");
          }
        }
      }
      sb.append(String.join(" ", content.notes));
      return sb.toString();
    }

    private Element header(double x, double w, List<String> lines, Style fill) {
      double textTop = headerY + (headerH - lines.size() * LINE_HEIGHT) / 2;
      return Element.group(
          Element.rect(x, headerY, w, headerH).withCornerRadius(6).withStyle(fill),
          Element.text(x + w / 2, baseline(textTop), lines, LINE_HEIGHT).withStyle(BOLD_MIDDLE));
    }

    private Element phase(String label, double y, double h) {
      double cx = MARGIN + PHASE_W / 2;
      double cy = y + h / 2;
      return Element.group(
          Element.rect(MARGIN, y, PHASE_W, h).withCornerRadius(6).withStyle(PHASE),
          Element.text(cx + TextMetrics.capHeight(FONT_SIZE) / 2, cy, label).withRotation(-90)
              .withStyle(BOLD_MIDDLE));
    }

    private Element box(int r, int c) {
      double x = colX[c];
      double y = rowY[r];
      List<List<String>> paragraphs = wrapped[r][c];
      List<Element> els = new ArrayList<>();
      els.add(Element.rect(x, y, BOX_W, rowH[r]).withStyle(BOX));
      double top = y + (rowH[r] - lineCount(paragraphs) * LINE_HEIGHT) / 2;
      List<Entry> entries = content.cells[r][c].entries();
      for (int i = 0; i < paragraphs.size(); i++) {
        double tx = x + PAD + (entries.get(i).indented() ? INDENT : 0);
        els.add(Element.text(tx, baseline(top), paragraphs.get(i), LINE_HEIGHT));
        top += paragraphs.get(i).size() * LINE_HEIGHT;
      }
      return Element.group(els);
    }

    /** Baseline of a line of height LINE_HEIGHT whose top is at {@code top}. */
    private double baseline(double top) {
      return top + (LINE_HEIGHT + TextMetrics.capHeight(FONT_SIZE)) / 2;
    }

    private Element down(int c, int fromRow, int toRow) {
      double x = colX[c] + BOX_W / 2;
      return arrow(x, rowY[fromRow] + rowH[fromRow], x, rowY[toRow]);
    }

    private Element right(int r, int c) {
      double y = rowY[r] + rowH[r] / 2;
      return arrow(colX[c] + BOX_W, y, colX[c + 1], y);
    }
  }

  /** A polyline through the points, ending in an arrow head at the last point. */
  private static Element arrow(double... xy) {
    int n = xy.length;
    double tipX = xy[n - 2];
    double tipY = xy[n - 1];
    double dx = tipX - xy[n - 4];
    double dy = tipY - xy[n - 3];
    double len = Math.hypot(dx, dy);
    double ux = dx / len;
    double uy = dy / len;
    double baseX = tipX - ux * HEAD_LEN;
    double baseY = tipY - uy * HEAD_LEN;
    double[] line = xy.clone();
    line[n - 2] = baseX;
    line[n - 1] = baseY;
    return Element.group(
        Element.polyline(line).withStyle(ARROW_LINE),
        Element.polygon(tipX, tipY, baseX - uy * HEAD_HALF, baseY + ux * HEAD_HALF,
            baseX + uy * HEAD_HALF, baseY - ux * HEAD_HALF).withStyle(Theme.SOLID));
  }
}
