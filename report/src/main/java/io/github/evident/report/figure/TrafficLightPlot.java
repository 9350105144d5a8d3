package io.github.evident.report.figure;

import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Component;
import io.github.evident.appraisal.export.RobvisCsv;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.appraisal.tools.Nice;
import io.github.evident.appraisal.tools.Rob2;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.StudyAppraisal;
import static io.github.evident.report.figure.Theme.BOLD;
import static io.github.evident.report.figure.Theme.FONT_SIZE;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.MIDDLE;
import static io.github.evident.report.figure.Theme.SMALL_FONT_SIZE;

import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.TextMetrics;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A traffic-light plot of appraisals with one tool, drawn like robvis' {@code rob_traffic_light}
 * (McGuinness and Higgins 2021, Res Synth Methods 12(1):55-61), as SVG.
 *
 * <p>Rows are studies, columns the tool's components (domains) and the overall rating. Each
 * cell is a circle whose colour and symbol show the judgement: low ({@code +}), some concerns
 * ({@code −}), high ({@code ×}), critical ({@code !}) or no information ({@code ?}). Ratings are
 * translated to judgements by a label map whose defaults are those of {@link RobvisCsv}: EPHPP
 * STRONG / MODERATE / WEAK and NICE ++ / + / - to Low / Some concerns / High, RoB 2 and
 * ROBINS-I labels to themselves (ROBINS-I Moderate to Some concerns, Serious to High), and
 * {@code UNDETERMINED} (a rating a reviewer has still to decide) to No information, drawn grey
 * with {@code ?} (robvis draws No information in blue). A study without a rating for a component
 * has an empty cell. Symbols are drawn as lines, so the judgement is readable without colour;
 * the colours are robvis' "cochrane" palette (the default) or its "colourblind" palette. A legend
 * names the components and the judgements used (with the ratings drawn as each). Components of
 * the built-in tools (EPHPP, RoB 2, NICE appendices F and H) are named as their checklists name
 * them; {@link #withDomainName(String, String)} names others or renames them.
 *
 * <pre>{@code
 * String svg = TrafficLightPlot.ofAppraisals(Map.of("Gunn 2016", gunn, "Litchfield 2010", litch))
 *     .withPalette(TrafficLightPlot.Palette.COLOURBLIND).toSvg();
 * }</pre>
 *
 * <p>One plot per tool: tools differ in components, so all appraisals must name the same tool.
 * Immutable; every {@code withX} returns a new plot. Circles carry the CSS class
 * {@code tl-judgement} plus {@code tl-low}, {@code tl-some-concerns}, {@code tl-high},
 * {@code tl-critical} or {@code tl-no-information}.
 */
public final class TrafficLightPlot {

  /** A judgement as robvis draws it. */
  public enum Judgement {
    /** Low risk of bias (EPHPP STRONG, NICE ++), drawn with {@code +}. */
    LOW("Low", "+"),
    /** Some concerns (EPHPP MODERATE, NICE +), drawn with {@code −}. */
    SOME_CONCERNS("Some concerns", "\u2212"),
    /** High risk of bias (EPHPP WEAK, NICE -), drawn with {@code ×}. */
    HIGH("High", "\u00d7"),
    /** Critical risk of bias (ROBINS-I), drawn with {@code !}. */
    CRITICAL("Critical", "!"),
    /** No information, or a rating still to be decided, drawn with {@code ?}. */
    NO_INFORMATION("No information", "?");

    private final String label;
    private final String symbol;

    Judgement(String label, String symbol) {
      this.label = label;
      this.symbol = symbol;
    }

    /**
     * robvis' label, e.g. {@code "Some concerns"}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }

    /**
     * The symbol drawn in the circle, e.g. {@code "+"}.
     *
     * @return the symbol
     */
    public String symbol() {
      return symbol;
    }

    /**
     * The judgement with a robvis label.
     *
     * @param label one of {@link RobvisCsv#JUDGEMENTS}
     * @return the judgement
     * @throws IllegalArgumentException if the label is not a robvis judgement
     */
    public static Judgement ofLabel(String label) {
      for (Judgement j : values()) {
        if (j.label.equals(label)) {
          return j;
        }
      }
      throw new IllegalArgumentException("'" + label + "' is not a robvis judgement "
          + RobvisCsv.JUDGEMENTS);
    }
  }

  /** Colours of the judgements. */
  public enum Palette {
    /** robvis' "cochrane" colours: green, yellow, red, dark red; grey for no information. */
    COCHRANE("#02C100", "#E2DF07", "#BF0000", "#820000", "#AAAAAA"),
    /**
     * robvis' "colourblind" colours: light to dark orange-brown; grey for no information.
     */
    COLOURBLIND("#FED98E", "#FE9929", "#D95F0E", "#993404", "#AAAAAA");

    private final String[] colours;

    Palette(String... colours) {
      this.colours = colours;
    }

    /**
     * The fill colour of a judgement.
     *
     * @param j the judgement
     * @return a CSS colour, e.g. {@code "#02C100"}
     */
    public String colour(Judgement j) {
      return colours[j.ordinal()];
    }
  }

  /**
   * One study's row.
   *
   * @param study the study label, e.g. "Gunn 2016"
   * @param appraisal the study's appraisal with the plot's tool
   */
  public record Row(String study, StudyAppraisal appraisal) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if the study is blank or the appraisal null
     */
    public Row {
      if (study == null || study.isBlank()) {
        throw new IllegalArgumentException("study must not be blank, was "
            + (study == null ? "null" : "'" + study + "'"));
      }
      if (appraisal == null) {
        throw new IllegalArgumentException("appraisal of study '" + study + "' must not be null");
      }
    }

    /**
     * A row.
     *
     * @param study the study label
     * @param appraisal the appraisal
     * @return the row
     */
    public static Row of(String study, StudyAppraisal appraisal) {
      return new Row(study, appraisal);
    }

    @Override
    public String toString() {
      return study + ": " + appraisal;
    }
  }

  private static final double R = 11;
  private static final double COL = 32;
  private static final double ROW = 30;
  private static final double OVERALL_GAP = 14;

  private final ImmutableTrafficLightSettings cfg;

  private TrafficLightPlot(ImmutableTrafficLightSettings cfg) {
    this.cfg = cfg;
  }

  /**
   * The plot of study appraisals with one tool, rows in the order given.
   *
   * @param rows the rows, at least one; copied
   * @return the plot
   * @throws IllegalArgumentException if rows is null or empty or holds null, a study label
   *     repeats, or the appraisals name different tools (naming the study)
   */
  public static TrafficLightPlot of(List<Row> rows) {
    if (rows == null || rows.isEmpty()) {
      throw new IllegalArgumentException("rows must not be null or empty");
    }
    List<Row> copy = List.copyOf(checkRows(rows));
    String tool = copy.get(0).appraisal().tool();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> comps = new LinkedHashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      Row r = copy.get(i);
      if (!seen.add(r.study())) {
        throw new IllegalArgumentException("study label '" + r.study() + "' repeats (row " + i
            + ")");
      }
      if (!r.appraisal().tool().equals(tool)) {
        throw new IllegalArgumentException("study '" + r.study() + "' (row " + i
            + ") was appraised with '" + r.appraisal().tool() + "', the plot's tool is '" + tool
            + "'; draw one plot per tool");
      }
      comps.addAll(r.appraisal().componentRatings().keySet());
    }
    Map<String, Judgement> defaults = new LinkedHashMap<>();
    RobvisCsv.withDefaults().labels().forEach((k, v) -> defaults.put(k, Judgement.ofLabel(v)));
    Map<String, String> names = new LinkedHashMap<>();
    for (Checklist c : List.of(Ephpp.checklist(), Rob2.checklist(), Nice.qualitativeChecklist(),
        Nice.interventionChecklist())) {
      if (c.tool().equals(tool)) {
        for (Component comp : c.components()) {
          if (comps.contains(comp.id())) {
            names.put(comp.id(), comp.name());
          }
        }
      }
    }
    TrafficLightPlot plot = new TrafficLightPlot(ImmutableTrafficLightSettings.builder()
        .rows(copy).tool(tool).components(comps).names(names).labels(defaults)
        .palette(Palette.COCHRANE).numbered(false).build());
    plot.checkLabels();
    return plot;
  }

  private static List<Row> checkRows(List<Row> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == null) {
        throw new IllegalArgumentException("rows[" + i + "] must not be null");
      }
    }
    return rows;
  }

  /**
   * The plot of study appraisals by study label, rows in the map's iteration order (use a
   * {@link LinkedHashMap} to fix it).
   *
   * @param byStudy appraisal per study label
   * @return the plot
   * @throws IllegalArgumentException as {@link #of(List)}
   */
  public static TrafficLightPlot of(Map<String, StudyAppraisal> byStudy) {
    if (byStudy == null) {
      throw new IllegalArgumentException("byStudy must not be null");
    }
    List<Row> rows = new ArrayList<>();
    byStudy.forEach((k, v) -> rows.add(Row.of(k, v)));
    return of(rows);
  }

  /**
   * The plot of rule-set appraisals by study label (their final ratings, as
   * {@link Appraisal#toStudyAppraisal()}), naming the components in the legend as the
   * checklist does.
   *
   * @param byStudy appraisal per study label, in the map's iteration order
   * @return the plot
   * @throws IllegalArgumentException as {@link #of(List)}, or if an appraisal is null
   */
  public static TrafficLightPlot ofAppraisals(Map<String, Appraisal> byStudy) {
    if (byStudy == null) {
      throw new IllegalArgumentException("byStudy must not be null");
    }
    List<Row> rows = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    byStudy.forEach((k, v) -> {
      if (v == null) {
        throw new IllegalArgumentException("appraisal of study '" + k + "' must not be null");
      }
      rows.add(Row.of(k, v.toStudyAppraisal()));
      for (Component c : v.ruleSet().checklist().components()) {
        names.putIfAbsent(c.id(), c.name());
      }
    });
    TrafficLightPlot p = of(rows);
    Map<String, String> all = new LinkedHashMap<>(p.cfg.names());
    all.putAll(names);
    return new TrafficLightPlot(p.cfg.withNames(all));
  }

  /**
   * This plot with one more (or a changed) translation of a rating label.
   *
   * @param rating a rating label, such as {@code "MODERATE"}
   * @param judgement the judgement to draw for it
   * @return a new plot
   * @throws IllegalArgumentException if the rating is blank or the judgement null
   */
  public TrafficLightPlot withLabel(String rating, Judgement judgement) {
    if (rating == null || rating.isBlank()) {
      throw new IllegalArgumentException("rating must not be blank, was " + rating);
    }
    if (judgement == null) {
      throw new IllegalArgumentException("judgement for rating '" + rating
          + "' must not be null");
    }
    Map<String, Judgement> m = new LinkedHashMap<>(cfg.labels());
    m.put(rating, judgement);
    return new TrafficLightPlot(cfg.withLabels(m));
  }

  /**
   * This plot with a component's name for the legend, e.g. {@code "A"} → "selection bias".
   *
   * @param componentId the component id as in the appraisals
   * @param name the name
   * @return a new plot
   * @throws IllegalArgumentException if the component is not in the plot or the name is blank
   */
  public TrafficLightPlot withDomainName(String componentId, String name) {
    if (!cfg.components().contains(componentId)) {
      throw new IllegalArgumentException("component '" + componentId + "' is not in the plot "
          + cfg.components());
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name of component '" + componentId
          + "' must not be blank, was " + name);
    }
    Map<String, String> m = new LinkedHashMap<>(cfg.names());
    m.put(componentId, name);
    return new TrafficLightPlot(cfg.withNames(m));
  }

  /**
   * This plot with another palette.
   *
   * @param newPalette the palette
   * @return a new plot
   * @throws IllegalArgumentException if the palette is null
   */
  public TrafficLightPlot withPalette(Palette newPalette) {
    if (newPalette == null) {
      throw new IllegalArgumentException("palette must not be null");
    }
    return new TrafficLightPlot(cfg.withPalette(newPalette));
  }

  /**
   * This plot with columns headed D1 ... Dn (as robvis) instead of the tool's component ids;
   * the legend then says which component each is.
   *
   * @param enabled whether to number the columns
   * @return a new plot
   */
  public TrafficLightPlot withNumberedDomains(boolean enabled) {
    return new TrafficLightPlot(cfg.withNumbered(enabled));
  }

  /**
   * This plot with a title (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is blank
   */
  public TrafficLightPlot withTitle(String newTitle) {
    if (newTitle == null || newTitle.isBlank()) {
      throw new IllegalArgumentException("title must not be blank, was " + newTitle);
    }
    return new TrafficLightPlot(cfg.withTitle(newTitle));
  }

  /**
   * The tool all appraisals name.
   *
   * @return the tool, e.g. "EPHPP"
   */
  public String tool() {
    return cfg.tool();
  }

  /**
   * The components drawn, in order of first appearance.
   *
   * @return an unmodifiable list of component ids
   */
  public List<String> components() {
    return cfg.components();
  }

  /**
   * The rows.
   *
   * @return an unmodifiable list
   */
  public List<Row> rows() {
    return cfg.rows();
  }

  /**
   * The label map: rating label to judgement.
   *
   * @return an unmodifiable map
   */
  public Map<String, Judgement> labels() {
    return cfg.labels();
  }

  /**
   * The judgement drawn for a study's component.
   *
   * @param study the study label
   * @param componentId a component id, or {@code "Overall"} for the overall rating
   * @return the judgement, empty when the study has no rating for the component
   * @throws IllegalArgumentException if the study is not in the plot
   */
  public Optional<Judgement> judgement(String study, String componentId) {
    for (Row r : cfg.rows()) {
      if (r.study().equals(study)) {
        String rating = "Overall".equals(componentId) ? r.appraisal().overallRating()
            : r.appraisal().componentRatings().get(componentId);
        return rating == null ? Optional.empty() : Optional.of(translate(r, componentId, rating));
      }
    }
    throw new IllegalArgumentException("study '" + study + "' is not in the plot");
  }

  private void checkLabels() {
    for (Row r : cfg.rows()) {
      r.appraisal().componentRatings().forEach((c, v) -> translate(r, c, v));
      translate(r, "Overall", r.appraisal().overallRating());
    }
  }

  private Judgement translate(Row r, String component, String rating) {
    Judgement j = cfg.labels().get(rating);
    if (j == null) {
      throw new IllegalArgumentException("study '" + r.study() + "': " + component + " rating '"
          + rating + "' has no judgement; add one with withLabel(\"" + rating + "\", ...)");
    }
    return j;
  }

  /**
   * The plot as an SVG document.
   *
   * @return the document
   * @throws IllegalArgumentException if a rating has no judgement in the label map
   */
  public Svg svg() {
    checkLabels();
    return new Layout().draw();
  }

  /**
   * The plot as SVG text; the same plot always gives the same text.
   *
   * @return the SVG text
   * @throws IllegalArgumentException if a rating has no judgement in the label map
   */
  public String toSvg() {
    return svg().toSvg();
  }

  /**
   * The plot as text: one line per study with its judgement per column.
   *
   * @return a multi-line summary
   * @throws IllegalArgumentException if a rating has no judgement in the label map
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Traffic-light plot, " + cfg.tool() + ", "
        + Format.count(cfg.rows().size(), "study", "studies") + "\n");
    for (Row r : cfg.rows()) {
      sb.append(r.study()).append(':');
      for (int c = 0; c < cfg.components().size(); c++) {
        String id = cfg.components().get(c);
        sb.append(' ').append(header(c)).append('=').append(judgement(r.study(), id)
            .map(Judgement::label).orElse("none")).append(';');
      }
      sb.append(" Overall=").append(judgement(r.study(), "Overall").orElseThrow().label())
          .append('\n');
    }
    for (String line : domainLegend()) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  /**
   * One line, e.g. {@code TrafficLightPlot[EPHPP, 3 studies, 6 components + Overall]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "TrafficLightPlot[" + cfg.tool() + ", "
        + Format.count(cfg.rows().size(), "study", "studies") + ", "
        + Format.count(cfg.components().size(), "component", "components") + " + Overall, "
        + cfg.palette() + "]";
  }

  private String header(int c) {
    return cfg.numbered() ? "D" + (c + 1) : cfg.components().get(c);
  }

  private List<String> domainLegend() {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < cfg.components().size(); c++) {
      String id = cfg.components().get(c);
      String name = cfg.names().get(id);
      if (cfg.numbered()) {
        out.add(header(c) + ": " + (name == null ? id : id + ", " + name));
      } else if (name != null) {
        out.add(id + ": " + name);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------ drawing

  /** The circle and symbol of a judgement centred on (cx, cy). */
  private Element marker(Judgement j, double cx, double cy, double r) {
    String fill = cfg.palette().colour(j);
    boolean dark = j == Judgement.CRITICAL || cfg.palette() == Palette.COCHRANE && j == Judgement.HIGH;
    String ink = dark ? "#FFFFFF" : Theme.INK;
    Style pen = Style.stroke(ink, Math.max(1.5, r * 0.2));
    double a = r * 0.5;
    List<Element> els = new ArrayList<>();
    els.add(Element.circle(cx, cy, r).withStyle(Style.fill(fill).withStroke(Theme.MARK)
        .withStrokeWidth(0.6)));
    switch (j) {
      case LOW -> {
        els.add(Element.line(cx - a, cy, cx + a, cy).withStyle(pen));
        els.add(Element.line(cx, cy - a, cx, cy + a).withStyle(pen));
      }
      case SOME_CONCERNS -> els.add(Element.line(cx - a, cy, cx + a, cy).withStyle(pen));
      case HIGH -> {
        double d = a * 0.8;
        els.add(Element.line(cx - d, cy - d, cx + d, cy + d).withStyle(pen));
        els.add(Element.line(cx - d, cy + d, cx + d, cy - d).withStyle(pen));
      }
      case CRITICAL -> {
        els.add(Element.line(cx, cy - a, cx, cy + a * 0.25).withStyle(pen));
        els.add(Element.circle(cx, cy + a * 0.75, r * 0.1).withStyle(Style.fill(ink)));
      }
      default -> els.add(Element.text(cx, cy + TextMetrics.capHeight(r * 1.2) / 2, "?")
          .withStyle(BOLD.with(MIDDLE).withFontSize(r * 1.2).withFill(ink)));
    }
    String css = "tl-judgement tl-" + j.label().toLowerCase(java.util.Locale.ROOT)
        .replace(' ', '-');
    return Element.group(els).withStyle(Style.NONE.withCssClass(css));
  }

  private final class Layout {

    private final double labelW;
    private final double gridX;
    private final double overallX;
    private final double width;

    Layout() {
      double lw = Math.max(Theme.width("Study", FONT_SIZE, true),
          Theme.widest(cfg.rows().stream().map(Row::study).toList(), FONT_SIZE));
      labelW = lw + 12;
      gridX = MARGIN + labelW;
      double colsW = cfg.components().size() * COL;
      for (int c = 0; c < cfg.components().size(); c++) {
        colsW = Math.max(colsW, c * COL + COL / 2 + Theme.width(header(c), FONT_SIZE, true) / 2);
      }
      overallX = gridX + colsW + (cfg.components().isEmpty() ? 0 : OVERALL_GAP);
      double right = overallX + overallWidth();
      right = Math.max(right, gridX + Theme.width(cfg.tool(), FONT_SIZE, true));
      double legendW = Math.min(Theme.widest(domainLegend(), SMALL_FONT_SIZE), 480);
      width = Math.ceil(Math.max(right, MARGIN + Math.max(legendW, 300)) + MARGIN);
    }

    private double colCentre(int c) {
      return gridX + c * COL + COL / 2;
    }

    private double overallWidth() {
      return Math.max(COL, Theme.width("Overall", FONT_SIZE, true) + 4);
    }

    private double overallCentre() {
      return overallX + overallWidth() / 2;
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double y = Theme.title(els, cfg.title(), width);
      y = drawHeader(els, y);
      double gridTop = y;
      for (int i = 0; i < cfg.rows().size(); i++) {
        els.add(studyRow(i, y));
        y += ROW;
      }
      if (!cfg.components().isEmpty()) {
        double sx = overallX - OVERALL_GAP / 2;
        els.add(Element.line(sx, gridTop, sx, y).withStyle(Theme.GRID));
      }
      y = drawLegend(els, y);
      return Theme.document(width, y, cfg.title() != null ? cfg.title()
          : "Traffic-light plot: " + cfg.tool(), summary(), els);
    }

    /** The tool name spanning the component columns, then the column headers; returns y. */
    private double drawHeader(List<Element> els, double top) {
      double y = top;
      double cap = TextMetrics.capHeight(FONT_SIZE);
      if (cfg.components().isEmpty()) {
        els.add(Element.text(gridX, y + cap, cfg.tool()).withStyle(BOLD));
      } else {
        double toolW = Theme.width(cfg.tool(), FONT_SIZE, true);
        double centre = Math.max(gridX + toolW / 2, gridX + cfg.components().size() * COL / 2);
        els.add(Element.text(centre, y + cap, cfg.tool()).withStyle(BOLD.with(MIDDLE)));
      }
      y += 22;
      List<Element> head = new ArrayList<>();
      head.add(Element.text(MARGIN, y + cap, "Study").withStyle(BOLD));
      for (int c = 0; c < cfg.components().size(); c++) {
        head.add(Element.text(colCentre(c), y + cap, header(c)).withStyle(BOLD.with(MIDDLE)));
      }
      head.add(Element.text(overallCentre(), y + cap, "Overall").withStyle(BOLD.with(MIDDLE)));
      els.add(Element.group(head));
      return y + 12;
    }

    /** Row {@code i} at {@code y}: band, study, a marker per component and the overall one. */
    private Element studyRow(int i, double y) {
      double cap = TextMetrics.capHeight(FONT_SIZE);
      Row r = cfg.rows().get(i);
      double cy = y + ROW / 2;
      List<Element> row = new ArrayList<>();
      if (i % 2 == 0) {
        row.add(Element.rect(MARGIN, y, overallCentre() + COL / 2 - MARGIN, ROW)
            .withStyle(Style.fill(Theme.BAND)));
      }
      row.add(Element.text(MARGIN + 4, cy + cap / 2, r.study()));
      for (int c = 0; c < cfg.components().size(); c++) {
        Optional<Judgement> j = judgement(r.study(), cfg.components().get(c));
        if (j.isPresent()) {
          row.add(marker(j.get(), colCentre(c), cy, R));
        }
      }
      row.add(marker(judgement(r.study(), "Overall").orElseThrow(), overallCentre(), cy, R));
      return Element.group(row).withTitle(r.study() + ": " + rowText(r));
    }

    /** The legend below the grid: the domain names, then the judgements used; returns y. */
    private double drawLegend(List<Element> els, double bottom) {
      List<Element> legend = new ArrayList<>();
      double y = bottom + 16;
      List<String> dl = domainLegend();
      if (!dl.isEmpty()) {
        y = Theme.legendHeading(legend, "Domains", y);
        y = Theme.notes(legend, dl, width, y, "tl-domains") + 8;
      }
      y = Theme.legendHeading(legend, "Judgement", y);
      for (Judgement j : used()) {
        Element key = marker(j, Theme.LEGEND_KEY_X, y + Theme.LEGEND_ROW / 2, 8);
        y = Theme.legendRow(legend, key, j.label() + ratingsOf(j), y);
      }
      els.add(Element.group(legend).withStyle(Style.NONE.withCssClass("tl-legend")));
      return y;
    }

    private String rowText(Row r) {
      StringBuilder out = new StringBuilder();
      for (int c = 0; c < cfg.components().size(); c++) {
        Optional<Judgement> j = judgement(r.study(), cfg.components().get(c));
        if (j.isPresent()) {
          out.append(header(c)).append(' ').append(j.get().label()).append(", ");
        }
      }
      return out.append("Overall ").append(judgement(r.study(), "Overall").orElseThrow().label())
          .toString();
    }

    /** The ratings drawn as a judgement, e.g. " (WEAK)", when they differ from its label. */
    private String ratingsOf(Judgement j) {
      Set<String> rs = new LinkedHashSet<>();
      for (Row r : cfg.rows()) {
        for (String c : cfg.components()) {
          String v = r.appraisal().componentRatings().get(c);
          if (v != null && cfg.labels().get(v) == j) {
            rs.add(v);
          }
        }
        if (cfg.labels().get(r.appraisal().overallRating()) == j) {
          rs.add(r.appraisal().overallRating());
        }
      }
      rs.remove(j.label());
      return rs.isEmpty() ? "" : " (" + String.join(", ", rs) + ")";
    }

    private Set<Judgement> used() {
      Set<Judgement> out = EnumSet.noneOf(Judgement.class);
      for (Row r : cfg.rows()) {
        for (String c : cfg.components()) {
          judgement(r.study(), c).ifPresent(out::add);
        }
        out.add(judgement(r.study(), "Overall").orElseThrow());
      }
      return out;
    }
  }
}
