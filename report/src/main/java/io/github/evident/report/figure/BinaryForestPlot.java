package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.BOLD;
import static io.github.evident.report.figure.Theme.END;
import static io.github.evident.report.figure.Theme.FONT_SIZE;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.MIDDLE;
import static io.github.evident.report.figure.Theme.baseline;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.stats.binary.PooledResult;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.effect.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A forest plot of 2×2 tables pooled by Mantel-Haenszel or Peto, in the layout of RevMan
 * (Cochrane's Review Manager), as SVG.
 *
 * <p>Columns: the study; events and total of the experimental and of the control group; the
 * study's weight in percent ({@link PooledResult#weightsPercent()}, one decimal as RevMan
 * prints it); its estimate with the confidence interval at the pooled result's level, on the
 * natural scale (odds and risk ratios exponentiated, risk differences as they are); and the plot,
 * a square whose area is proportional to the weight on a whisker for the interval. Under the
 * studies: the {@code Total (95% CI)} row with the participants of each group, 100.0% and the
 * pooled estimate as a diamond; the {@code Total events} row; and RevMan's lines
 * {@code Heterogeneity: Chi² = 163.94, df = 12 (P < 0.0001); I² = 93%} and
 * {@code Test for overall effect: Z = 11.54 (P < 0.0001)} (Z without its sign, as RevMan).
 *
 * <p>Study estimates are escalc's, as {@link EffectSizes} computes them (½ added to every cell of
 * a table with a zero cell). A table with no events in either group, or only events, has no
 * estimate: it shows {@code Not estimable}, as RevMan does, and a weight only where it still
 * counts in the pooled estimate (the Mantel-Haenszel risk difference). Every number printed comes
 * from the tables, {@code EffectSizes} and the {@link PooledResult}, formatted by
 * {@link Format}.
 *
 * <pre>{@code
 * PooledResult rr = MantelHaenszel.riskRatio().fit(tables);
 * String svg = BinaryForestPlot.of(labels, tables, rr).withGroups("Vaccine", "Control")
 *     .withFavours("Favours vaccine", "Favours control").toSvg();
 * }</pre>
 *
 * <p>Immutable; every {@code withX} returns a new plot. Parts carry the CSS classes of
 * {@link ForestPlot} ({@code forest-study}, {@code forest-pooled}, {@code forest-axis},
 * {@code forest-note}) and {@code forest-total-events}.
 */
public final class BinaryForestPlot {

  private static final double RH = 20;
  private static final double GAP = 14;
  private static final double PLOT_W = 260;
  private static final String NOT_ESTIMABLE = "Not estimable";

  private final ImmutableBinaryForestSettings cfg;

  private BinaryForestPlot(ImmutableBinaryForestSettings cfg) {
    this.cfg = cfg;
  }

  /**
   * A forest plot of 2×2 tables and their Mantel-Haenszel or Peto result.
   *
   * @param labels one label per study, e.g. "Aronson 1948"; copied
   * @param tables the studies' tables (group 1 experimental, group 2 control), in the same
   *     order; copied
   * @param pooled the result of pooling these tables, in this order
   * @return the plot
   * @throws IllegalArgumentException if an argument is null, a list is empty, the sizes differ,
   *     a label (naming its index) is blank, a table is null or has an empty group, or the
   *     result's k differs from the number of tables
   */
  public static BinaryForestPlot of(List<String> labels, List<TwoByTwo> tables,
      PooledResult pooled) {
    Checks.notNull("labels", labels);
    Checks.notNull("tables", tables);
    Checks.notNull("pooled", pooled);
    Checks.atLeast("tables.size() (number of studies)", tables.size(), 1);
    if (labels.size() != tables.size()) {
      throw new IllegalArgumentException("labels and tables must have the same size, were "
          + labels.size() + " and " + tables.size());
    }
    for (int i = 0; i < labels.size(); i++) {
      Checks.nonBlank("labels[" + i + "] (study " + i + ")", labels.get(i));
      TwoByTwo t = Checks.notNull("tables[" + i + "] (study '" + labels.get(i) + "')",
          tables.get(i));
      Checks.positive("tables[" + i + "] (study '" + labels.get(i) + "') group 1 size a + b",
          t.a() + t.b());
      Checks.positive("tables[" + i + "] (study '" + labels.get(i) + "') group 2 size c + d",
          t.c() + t.d());
    }
    if (pooled.k() != tables.size()) {
      throw new IllegalArgumentException("pooled result has k = " + pooled.k() + " but the plot "
          + "has " + tables.size() + " tables");
    }
    return new BinaryForestPlot(ImmutableBinaryForestSettings.builder().labels(labels)
        .tables(tables).pooled(pooled).experimental("Experimental").control("Control").build());
  }

  /**
   * This plot with other headings of the two groups' columns (default "Experimental" and
   * "Control").
   *
   * @param experimental the heading of group 1 (cells a and b)
   * @param control the heading of group 2 (cells c and d)
   * @return a new plot
   * @throws IllegalArgumentException if a heading is null or blank
   */
  public BinaryForestPlot withGroups(String experimental, String control) {
    return new BinaryForestPlot(cfg.withExperimental(Checks.nonBlank("experimental",
        experimental)).withControl(Checks.nonBlank("control", control)));
  }

  /**
   * This plot with "favours" labels under the axis, left and right of the line of no effect.
   *
   * @param left what values below the line of no effect favour, e.g. "Favours experimental"
   * @param right what values above it favour, e.g. "Favours control"
   * @return a new plot
   * @throws IllegalArgumentException if a label is null or blank
   */
  public BinaryForestPlot withFavours(String left, String right) {
    return new BinaryForestPlot(cfg.withFavoursLeft(Checks.nonBlank("left", left))
        .withFavoursRight(Checks.nonBlank("right", right)));
  }

  /**
   * This plot with a title above it (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is null or blank
   */
  public BinaryForestPlot withTitle(String newTitle) {
    return new BinaryForestPlot(cfg.withTitle(Checks.nonBlank("title", newTitle)));
  }

  /**
   * This plot with fixed x axis limits on the displayed scale, e.g. 0.01 and 100 for ratios as
   * RevMan's axes; intervals beyond them end in arrows.
   *
   * @param lower the left end
   * @param upper the right end, above lower
   * @return a new plot
   * @throws IllegalArgumentException if a limit is not finite (or not positive for a ratio), or
   *     lower is not below upper
   */
  public BinaryForestPlot withAxisLimits(double lower, double upper) {
    double lo = transform().inverse(lower);
    double hi = transform().inverse(upper);
    if (!(lo < hi)) {
      throw new IllegalArgumentException("axis limits must satisfy lower < upper, were "
          + lower + " and " + upper);
    }
    return new BinaryForestPlot(cfg.withLimits(lo, hi));
  }

  /**
   * The pooled result drawn.
   *
   * @return the result
   */
  public PooledResult pooled() {
    return cfg.pooled();
  }

  /**
   * The study labels, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return cfg.labels();
  }

  /**
   * The display transform: {@link Transform#EXP} for odds and risk ratios, none for the risk
   * difference.
   *
   * @return the transform
   */
  public Transform transform() {
    return cfg.pooled().measure() == Measure.RD ? Transform.NONE : Transform.EXP;
  }

  /**
   * Study {@code i}'s estimate on the analysis scale, as escalc computes it.
   *
   * @param i the study's index
   * @return the effect size, empty for a table with no events in either group or only events
   */
  private Optional<EffectSize> effect(int i) {
    TwoByTwo t = cfg.tables().get(i);
    if (t.a() + t.c() == 0 || t.b() + t.d() == 0) {
      return Optional.empty();
    }
    return Optional.of(switch (cfg.pooled().measure()) {
      case OR -> EffectSizes.logOddsRatio(t.a(), t.b(), t.c(), t.d());
      case RR -> EffectSizes.logRiskRatio(t.a(), t.b(), t.c(), t.d());
      case RD -> EffectSizes.riskDifference(t.a(), t.b(), t.c(), t.d());
      default -> EffectSizes.petoLogOddsRatio(t.a(), t.b(), t.c(), t.d());
    });
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
   * The plot's rows as text: one line per study (label, events/total per group, weight,
   * estimate), the total rows and RevMan's heterogeneity and overall-effect lines.
   *
   * @return a multi-line summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder(measureName()).append(' ').append(methodName())
        .append(", ").append(Format.count(cfg.tables().size(), "study", "studies")).append('\n');
    double[] w = cfg.pooled().weightsPercent();
    for (int i = 0; i < cfg.tables().size(); i++) {
      TwoByTwo t = cfg.tables().get(i);
      sb.append(cfg.labels().get(i)).append(": ").append(t.a()).append('/').append(t.a() + t.b())
          .append(" vs ").append(t.c()).append('/').append(t.c() + t.d());
      String weight = weightText(i, w[i]);
      sb.append(weight.isEmpty() ? "" : ", weight " + weight).append(", ")
          .append(studyText(i)).append('\n');
    }
    sb.append(totalLabel()).append(": ").append(pooledText()).append('\n');
    int[] events = totals(true);
    sb.append("Total events: ").append(events[0]).append(" vs ").append(events[1]).append('\n');
    notes().forEach(n -> sb.append(n).append('\n'));
    return sb.toString().replace(Format.MINUS, '-');
  }

  /**
   * One line, e.g. {@code BinaryForestPlot[13 studies, Risk Ratio M-H, Fixed]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "BinaryForestPlot[" + Format.count(cfg.tables().size(), "study", "studies") + ", "
        + measureName() + " " + methodName() + "]";
  }

  // ------------------------------------------------------------------------- text

  /** RevMan's name of the measure, e.g. {@code Risk Ratio}. */
  private String measureName() {
    return switch (cfg.pooled().measure()) {
      case OR -> "Odds Ratio";
      case RR -> "Risk Ratio";
      case RD -> "Risk Difference";
      default -> "Peto Odds Ratio";
    };
  }

  /** RevMan's method heading, e.g. {@code M-H, Fixed, 95% CI} without the interval. */
  private String methodName() {
    return (cfg.pooled().method() == PooledResult.Method.PETO ? "Peto" : "M-H") + ", Fixed";
  }

  private String ciHeading() {
    return methodName() + ", " + Format.level(cfg.pooled().level()) + "% CI";
  }

  private String totalLabel() {
    return "Total (" + Format.level(cfg.pooled().level()) + "% CI)";
  }

  /** A weight as RevMan prints it, or nothing for a table without estimate and weight. */
  private String weightText(int i, double weight) {
    return effect(i).isEmpty() && weight == 0 ? "" : Format.percent(weight, 1);
  }

  /** Study {@code i}'s estimate and interval on the natural scale, or "Not estimable". */
  private String studyText(int i) {
    return effect(i).map(e -> estimateText(e.estimate(), e.ci(cfg.pooled().level())))
        .orElse(NOT_ESTIMABLE);
  }

  private String pooledText() {
    return estimateText(cfg.pooled().estimate(), cfg.pooled().ci());
  }

  private String estimateText(double est, Interval ci) {
    return transform().text(est, ci, Format.FIGURE_DECIMALS);
  }

  /** The totals of both groups: events (a, c) or participants (a + b, c + d). */
  private int[] totals(boolean events) {
    int[] out = new int[2];
    for (TwoByTwo t : cfg.tables()) {
      out[0] += events ? t.a() : t.a() + t.b();
      out[1] += events ? t.c() : t.c() + t.d();
    }
    return out;
  }

  /** RevMan's heterogeneity line and test for the overall effect. */
  private List<String> notes() {
    PooledResult p = cfg.pooled();
    String heterogeneity = p.qDf() < 1 ? "Heterogeneity: Not applicable"
        : "Heterogeneity: Chi² = " + Format.figure(p.q(), Format.FIGURE_DECIMALS) + ", df = "
            + p.qDf() + " (" + Marks.revManP(p.qPValue()) + "); I² = " + Format.percent(p.i2(), 0);
    return List.of(heterogeneity, "Test for overall effect: Z = "
        + Format.figure(Math.abs(p.statistic()), Format.FIGURE_DECIMALS) + " ("
        + Marks.revManP(p.pValue()) + ")");
  }

  /** {@code P = 0.0123} or {@code P < 0.0001}, as RevMan writes a p value. */
  // ------------------------------------------------------------------------- layout

  private final class Layout {

    private final int k = cfg.tables().size();
    private final double[] weights = cfg.pooled().weightsPercent();
    private final String[] estTexts = new String[k];
    private final String[] weightTexts = new String[k];
    private final int[] participants = totals(false);
    private final int[] events = totals(true);
    /** Right edges of the columns events 1, total 1, events 2, total 2. */
    private final double[] countRight = new double[4];
    private final double weightRight;
    private final double estRight;
    private final Axis axis;
    private final double width;

    Layout() {
      for (int i = 0; i < k; i++) {
        estTexts[i] = studyText(i);
        weightTexts[i] = weightText(i, weights[i]);
      }
      double x = MARGIN + studyWidth();
      for (int j = 0; j < 4; j++) {
        x += (j == 2 ? 2 * GAP : GAP) + countWidth(j);
        countRight[j] = x;
      }
      weightRight = x + GAP + Math.max(bold("Weight"), bold(Format.percent(100, 1)));
      estRight = weightRight + GAP + estimateWidth();
      axis = axis(estRight + GAP);
      double[] t = axis.ticks();
      double pad = Theme.width(axis.tickLabel(t[t.length - 1]), Theme.SMALL_FONT_SIZE, false);
      width = Math.ceil(axis.right() + pad / 2 + MARGIN);
    }

    private double bold(String s) {
      return Theme.width(s, FONT_SIZE, true);
    }

    private double studyWidth() {
      return Math.max(Math.max(bold("Study or Subgroup"), bold(totalLabel())),
          Math.max(bold("Total events"), Theme.widest(cfg.labels(), FONT_SIZE)));
    }

    /** Column j's width: its heading, its counts and totals, and half its group's heading. */
    private double countWidth(int j) {
      double w = bold(j % 2 == 0 ? "Events" : "Total");
      int[] totals = j % 2 == 0 ? events : participants;
      w = Math.max(w, bold(String.valueOf(totals[j / 2])));
      String group = j < 2 ? cfg.experimental() : cfg.control();
      return Math.max(w, (bold(group) - GAP) / 2);
    }

    private double estimateWidth() {
      double w = Math.max(bold(ciHeading()), bold(pooledText()));
      w = Math.max(w, bold(measureName()));
      return Math.max(w, Theme.widest(List.of(estTexts), FONT_SIZE));
    }

    /** The axis: fixed limits, or every study interval, the pooled interval and 0. */
    private Axis axis(double plotX) {
      Transform tr = transform();
      if (cfg.limits() != null) {
        return Axis.fixed(cfg.limits()[0], cfg.limits()[1], tr, plotX, PLOT_W);
      }
      double min = Math.min(0, cfg.pooled().ci().lower());
      double max = Math.max(0, cfg.pooled().ci().upper());
      for (int i = 0; i < k; i++) {
        Optional<Interval> ci = effect(i).map(e -> e.ci(cfg.pooled().level()));
        if (ci.isPresent()) {
          min = Math.min(min, ci.get().lower());
          max = Math.max(max, ci.get().upper());
        }
      }
      return Axis.covering(min, max, tr, plotX, PLOT_W);
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double y = Theme.title(els, cfg.title(), width);
      els.add(header(y));
      y += 2 * RH;
      double rowsTop = y;
      double maxW = 0;
      for (double w : weights) {
        maxW = Math.max(maxW, w);
      }
      for (int i = 0; i < k; i++) {
        els.add(studyRow(i, y + RH / 2, maxW));
        y += RH;
      }
      els.add(Element.line(MARGIN, y + 6, axis.right(), y + 6).withStyle(Theme.GRID));
      y += 8;
      els.add(totalRow(y + RH / 2));
      y += RH;
      els.add(eventsRow(y + RH / 2));
      y += RH;
      if (axis.contains(0)) {
        els.add(Element.line(axis.x(0), rowsTop, axis.x(0), y).withStyle(Marks.NULL_LINE));
      }
      List<Element> axisEls = new ArrayList<>();
      y = axis.draw(axisEls, y + 4);
      if (cfg.favoursLeft() != null) {
        y = axis.favours(axisEls, cfg.favoursLeft(), cfg.favoursRight(), width, y);
      }
      els.add(Element.group(axisEls).withStyle(Style.NONE.withCssClass("forest-axis")));
      y = Theme.notes(els, notes(), width, y + 6, "forest-note");
      return Theme.document(width, y, cfg.title() != null ? cfg.title()
          : measureName() + " forest plot", summary(), els);
    }

    private Element text(double x, double cy, String s, Style style) {
      return Element.text(x, baseline(cy, FONT_SIZE), s).withStyle(style);
    }

    /** The two heading rows from {@code top}: groups and measure, then the columns. */
    private Element header(double top) {
      double c1 = top + RH / 2;
      double c2 = c1 + RH;
      Style mid = BOLD.with(MIDDLE);
      Style end = BOLD.with(END);
      List<Element> head = new ArrayList<>();
      double g1 = (countRight[0] - countWidth(0) + countRight[1]) / 2;
      double g2 = (countRight[2] - countWidth(2) + countRight[3]) / 2;
      head.add(text(g1, c1, cfg.experimental(), mid));
      head.add(text(g2, c1, cfg.control(), mid));
      head.add(text(estRight, c1, measureName(), end));
      head.add(text((axis.left() + axis.right()) / 2, c1, measureName(), mid));
      head.add(text(MARGIN, c2, "Study or Subgroup", BOLD));
      for (int j = 0; j < 4; j++) {
        head.add(text(countRight[j], c2, j % 2 == 0 ? "Events" : "Total", end));
      }
      head.add(text(weightRight, c2, "Weight", end));
      head.add(text(estRight, c2, ciHeading(), end));
      head.add(text((axis.left() + axis.right()) / 2, c2, ciHeading(), mid));
      return Element.group(head);
    }

    /** Study {@code i}'s row centred on {@code cy}. */
    private Element studyRow(int i, double cy, double maxWeight) {
      TwoByTwo t = cfg.tables().get(i);
      int[] cells = {t.a(), t.a() + t.b(), t.c(), t.c() + t.d()};
      List<Element> row = new ArrayList<>();
      row.add(text(MARGIN, cy, cfg.labels().get(i), Style.NONE));
      for (int j = 0; j < 4; j++) {
        row.add(text(countRight[j], cy, String.valueOf(cells[j]), END));
      }
      if (!weightTexts[i].isEmpty()) {
        row.add(text(weightRight, cy, weightTexts[i], END));
      }
      row.add(text(estRight, cy, estTexts[i], END));
      effect(i).ifPresent(e -> {
        Interval ci = e.ci(cfg.pooled().level());
        row.addAll(axis.whisker(ci.lower(), ci.upper(), cy));
        if (axis.contains(e.estimate())) {
          row.add(Marks.square(axis.x(e.estimate()), cy, Marks.side(weights[i], maxWeight)));
        }
      });
      return Element.group(row).withStyle(Style.NONE.withCssClass("forest-study"))
          .withTitle(cfg.labels().get(i) + ": " + estTexts[i].replace(Format.MINUS, '-')
              + (weightTexts[i].isEmpty() ? "" : ", weight " + weightTexts[i]));
    }

    /** The Total row centred on {@code cy}: participants, 100%, the pooled estimate. */
    private Element totalRow(double cy) {
      PooledResult p = cfg.pooled();
      Style end = BOLD.with(END);
      List<Element> row = new ArrayList<>();
      row.add(text(MARGIN, cy, totalLabel(), BOLD));
      row.add(text(countRight[1], cy, String.valueOf(participants[0]), end));
      row.add(text(countRight[3], cy, String.valueOf(participants[1]), end));
      row.add(text(weightRight, cy, Format.percent(100, 1), end));
      row.add(text(estRight, cy, pooledText(), end));
      row.add(Marks.diamond(axis.x(axis.clamp(p.ci().lower())), axis.x(axis.clamp(p.estimate())),
          axis.x(axis.clamp(p.ci().upper())), cy));
      return Element.group(row).withStyle(Style.NONE.withCssClass("forest-pooled"))
          .withTitle(totalLabel() + ": " + pooledText().replace(Format.MINUS, '-'));
    }

    /** The Total events row centred on {@code cy}. */
    private Element eventsRow(double cy) {
      return Element.group(text(MARGIN, cy, "Total events", Style.NONE),
          text(countRight[0], cy, String.valueOf(events[0]), END),
          text(countRight[2], cy, String.valueOf(events[1]), END))
          .withStyle(Style.NONE.withCssClass("forest-total-events"));
    }
  }
}
