package io.github.evident.report.figure;

import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Component;
import io.github.evident.appraisal.export.RobvisCsv;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.appraisal.tools.Nice;
import io.github.evident.appraisal.tools.Rob2;
import io.github.evident.core.model.StudyAppraisal;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.TextMetrics;
import java.util.ArrayList;
import java.util.Collections;
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

  private static final double FS = 12;
  private static final double SMALL_FS = 11;
  private static final double R = 11;
  private static final double COL = 32;
  private static final double ROW = 30;
  private static final double MARGIN = 12;
  private static final double OVERALL_GAP = 14;
  private static final double FONT_SLACK = 1.1;
  private static final Style BOLD = Style.NONE.withFontWeight(Style.FontWeight.BOLD);
  private static final Style MIDDLE = Style.NONE.withAnchor(Style.Anchor.MIDDLE);

  private final List<Row> rows;
  private final String tool;
  private final List<String> components;
  private final Map<String, String> names;
  private final Map<String, Judgement> labels;
  private final Palette palette;
  private final boolean numbered;
  private final String title;

  private TrafficLightPlot(List<Row> rows, String tool, List<String> components,
      Map<String, String> names, Map<String, Judgement> labels, Palette palette,
      boolean numbered, String title) {
    this.rows = rows;
    this.tool = tool;
    this.components = components;
    this.names = names;
    this.labels = labels;
    this.palette = palette;
    this.numbered = numbered;
    this.title = title;
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
    TrafficLightPlot plot = new TrafficLightPlot(copy, tool, List.copyOf(comps),
        Collections.unmodifiableMap(names),
        Collections.unmodifiableMap(defaults), Palette.COCHRANE, false, null);
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
    Map<String, String> all = new LinkedHashMap<>(p.names);
    all.putAll(names);
    return new TrafficLightPlot(p.rows, p.tool, p.components,
        Collections.unmodifiableMap(all), p.labels, p.palette, p.numbered, p.title);
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
    Map<String, Judgement> m = new LinkedHashMap<>(labels);
    m.put(rating, judgement);
    return new TrafficLightPlot(rows, tool, components, names, Collections.unmodifiableMap(m),
        palette, numbered, title);
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
    if (!components.contains(componentId)) {
      throw new IllegalArgumentException("component '" + componentId + "' is not in the plot "
          + components);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name of component '" + componentId
          + "' must not be blank, was " + name);
    }
    Map<String, String> m = new LinkedHashMap<>(names);
    m.put(componentId, name);
    return new TrafficLightPlot(rows, tool, components, Collections.unmodifiableMap(m), labels,
        palette, numbered, title);
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
    return new TrafficLightPlot(rows, tool, components, names, labels, newPalette, numbered,
        title);
  }

  /**
   * This plot with columns headed D1 ... Dn (as robvis) instead of the tool's component ids;
   * the legend then says which component each is.
   *
   * @param enabled whether to number the columns
   * @return a new plot
   */
  public TrafficLightPlot withNumberedDomains(boolean enabled) {
    return new TrafficLightPlot(rows, tool, components, names, labels, palette, enabled, title);
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
    return new TrafficLightPlot(rows, tool, components, names, labels, palette, numbered,
        newTitle);
  }

  /**
   * The tool all appraisals name.
   *
   * @return the tool, e.g. "EPHPP"
   */
  public String tool() {
    return tool;
  }

  /**
   * The components drawn, in order of first appearance.
   *
   * @return an unmodifiable list of component ids
   */
  public List<String> components() {
    return components;
  }

  /**
   * The rows.
   *
   * @return an unmodifiable list
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The label map: rating label to judgement.
   *
   * @return an unmodifiable map
   */
  public Map<String, Judgement> labels() {
    return labels;
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
    for (Row r : rows) {
      if (r.study().equals(study)) {
        String rating = "Overall".equals(componentId) ? r.appraisal().overallRating()
            : r.appraisal().componentRatings().get(componentId);
        return rating == null ? Optional.empty() : Optional.of(translate(r, componentId, rating));
      }
    }
    throw new IllegalArgumentException("study '" + study + "' is not in the plot");
  }

  private void checkLabels() {
    for (Row r : rows) {
      r.appraisal().componentRatings().forEach((c, v) -> translate(r, c, v));
      translate(r, "Overall", r.appraisal().overallRating());
    }
  }

  private Judgement translate(Row r, String component, String rating) {
    Judgement j = labels.get(rating);
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
    StringBuilder sb = new StringBuilder("Traffic-light plot, " + tool + ", " + rows.size()
        + (rows.size() == 1 ? " study" : " studies") + "\n");
    for (Row r : rows) {
      sb.append(r.study()).append(':');
      for (int c = 0; c < components.size(); c++) {
        String id = components.get(c);
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
    return "TrafficLightPlot[" + tool + ", " + rows.size()
        + (rows.size() == 1 ? " study, " : " studies, ") + components.size()
        + (components.size() == 1 ? " component" : " components") + " + Overall, " + palette
        + "]";
  }

  private String header(int c) {
    return numbered ? "D" + (c + 1) : components.get(c);
  }

  private List<String> domainLegend() {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < components.size(); c++) {
      String id = components.get(c);
      String name = names.get(id);
      if (numbered) {
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
    String fill = palette.colour(j);
    boolean dark = j == Judgement.CRITICAL || palette == Palette.COCHRANE && j == Judgement.HIGH;
    String ink = dark ? "#FFFFFF" : "#000000";
    Style pen = Style.stroke(ink, Math.max(1.5, r * 0.2));
    double a = r * 0.5;
    List<Element> els = new ArrayList<>();
    els.add(Element.circle(cx, cy, r).withStyle(Style.fill(fill).withStroke("#4d4d4d")
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
      double lw = TextMetrics.width("Study", FS, true);
      for (Row r : rows) {
        lw = Math.max(lw, TextMetrics.width(r.study(), FS));
      }
      labelW = lw * FONT_SLACK + 12;
      gridX = MARGIN + labelW;
      double colsW = components.size() * COL;
      for (int c = 0; c < components.size(); c++) {
        colsW = Math.max(colsW, c * COL + COL / 2 + TextMetrics.width(header(c), FS, true)
            * FONT_SLACK / 2);
      }
      overallX = gridX + colsW + (components.isEmpty() ? 0 : OVERALL_GAP);
      double right = overallX + Math.max(COL, TextMetrics.width("Overall", FS, true) * FONT_SLACK
          + 4);
      double toolW = TextMetrics.width(tool, FS, true) * FONT_SLACK;
      right = Math.max(right, gridX + toolW);
      double legendW = 0;
      for (String s : domainLegend()) {
        legendW = Math.max(legendW, TextMetrics.width(s, SMALL_FS) * FONT_SLACK);
      }
      legendW = Math.min(legendW, 480);
      width = Math.ceil(Math.max(right, MARGIN + Math.max(legendW, 300)) + MARGIN);
    }

    private double colCentre(int c) {
      return gridX + c * COL + COL / 2;
    }

    private double overallCentre() {
      return overallX + Math.max(COL, TextMetrics.width("Overall", FS, true) * FONT_SLACK + 4)
          / 2;
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double y = MARGIN;
      if (title != null) {
        List<String> t = TextMetrics.wrap(title, 14, (width - 2 * MARGIN) / FONT_SLACK, true);
        els.add(Element.text(MARGIN, y + TextMetrics.capHeight(14), t, 18)
            .withStyle(BOLD.withFontSize(14)));
        y += t.size() * 18 + 8;
      }
      // tool name spanning the component columns, then the column headers
      double cap = TextMetrics.capHeight(FS);
      if (components.isEmpty()) {
        els.add(Element.text(gridX, y + cap, tool).withStyle(BOLD));
      } else {
        double toolW = TextMetrics.width(tool, FS, true) * FONT_SLACK;
        double centre = Math.max(gridX + toolW / 2, gridX + components.size() * COL / 2);
        els.add(Element.text(centre, y + cap, tool).withStyle(BOLD.with(MIDDLE)));
      }
      y += 22;
      List<Element> head = new ArrayList<>();
      head.add(Element.text(MARGIN, y + cap, "Study").withStyle(BOLD));
      for (int c = 0; c < components.size(); c++) {
        head.add(Element.text(colCentre(c), y + cap, header(c)).withStyle(BOLD.with(MIDDLE)));
      }
      head.add(Element.text(overallCentre(), y + cap, "Overall").withStyle(BOLD.with(MIDDLE)));
      els.add(Element.group(head));
      y += 12;
      double gridTop = y;
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        double cy = y + ROW / 2;
        List<Element> row = new ArrayList<>();
        if (i % 2 == 0) {
          row.add(Element.rect(MARGIN, y, overallCentre() + COL / 2 - MARGIN, ROW)
              .withStyle(Style.fill("#F2F2F2")));
        }
        row.add(Element.text(MARGIN + 4, cy + cap / 2, r.study()));
        for (int c = 0; c < components.size(); c++) {
          Optional<Judgement> j = judgement(r.study(), components.get(c));
          if (j.isPresent()) {
            row.add(marker(j.get(), colCentre(c), cy, R));
          }
        }
        row.add(marker(judgement(r.study(), "Overall").orElseThrow(), overallCentre(), cy, R));
        els.add(Element.group(row).withTitle(r.study() + ": " + rowText(r)));
        y += ROW;
      }
      if (!components.isEmpty()) {
        double sx = overallX - OVERALL_GAP / 2;
        els.add(Element.line(sx, gridTop, sx, y).withStyle(Style.stroke("#808080", 0.6)));
      }
      // legend
      y += 16;
      List<Element> legend = new ArrayList<>();
      List<String> dl = domainLegend();
      if (!dl.isEmpty()) {
        legend.add(Element.text(MARGIN, y + TextMetrics.capHeight(SMALL_FS), "Domains")
            .withStyle(BOLD.withFontSize(SMALL_FS)));
        y += 16;
        List<String> lines = new ArrayList<>();
        for (String s : dl) {
          lines.addAll(TextMetrics.wrap(s, SMALL_FS, (width - 2 * MARGIN) / FONT_SLACK));
        }
        legend.add(Element.text(MARGIN, y + TextMetrics.capHeight(SMALL_FS), lines, 14)
            .withStyle(Style.NONE.withFontSize(SMALL_FS)));
        y += lines.size() * 14 + 8;
      }
      legend.add(Element.text(MARGIN, y + TextMetrics.capHeight(SMALL_FS), "Judgement")
          .withStyle(BOLD.withFontSize(SMALL_FS)));
      y += 12;
      for (Judgement j : used()) {
        double cy = y + 10;
        legend.add(marker(j, MARGIN + 9, cy, 8));
        legend.add(Element.text(MARGIN + 24, cy + TextMetrics.capHeight(SMALL_FS) / 2,
            j.label() + ratingsOf(j)).withStyle(Style.NONE.withFontSize(SMALL_FS)));
        y += 22;
      }
      els.add(Element.group(legend).withStyle(Style.NONE.withCssClass("tl-legend")));
      double height = Math.ceil(y + MARGIN);
      return Svg.builder(width, height)
          .title(title != null ? title : "Traffic-light plot: " + tool)
          .desc(summary())
          .style(Style.NONE.withFontFamily(TextMetrics.FONT_FAMILY).withFontSize(FS))
          .addAll(els)
          .build();
    }

    private String rowText(Row r) {
      StringBuilder out = new StringBuilder();
      for (int c = 0; c < components.size(); c++) {
        Optional<Judgement> j = judgement(r.study(), components.get(c));
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
      for (Row r : rows) {
        for (String c : components) {
          String v = r.appraisal().componentRatings().get(c);
          if (v != null && labels.get(v) == j) {
            rs.add(v);
          }
        }
        if (labels.get(r.appraisal().overallRating()) == j) {
          rs.add(r.appraisal().overallRating());
        }
      }
      rs.remove(j.label());
      return rs.isEmpty() ? "" : " (" + String.join(", ", rs) + ")";
    }

    private Set<Judgement> used() {
      Set<Judgement> out = EnumSet.noneOf(Judgement.class);
      for (Row r : rows) {
        for (String c : components) {
          judgement(r.study(), c).ifPresent(out::add);
        }
        out.add(judgement(r.study(), "Overall").orElseThrow());
      }
      return out;
    }
  }
}
