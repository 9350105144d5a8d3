package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.BOLD;
import static io.github.evident.report.figure.Theme.END;
import static io.github.evident.report.figure.Theme.FONT_SIZE;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.baseline;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.sensitivity.SensitivitySeries;
import io.github.evident.stats.sensitivity.SensitivityStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A leave-one-out or cumulative forest plot of a {@link SensitivitySeries}, as SVG: one row per
 * step with the pooled estimate and its confidence interval, as metafor's {@code forest()} of
 * {@code leave1out()} and {@code cumul()} results.
 *
 * <p>Leave-one-out rows read {@code Omitting <study>}, in the order of the studies, with a grey
 * vertical line at the estimate from all studies and a last row {@code All studies} with its
 * diamond. Cumulative rows read {@code + <study>}, in the order the studies are added; row m is
 * the fit of the first m studies, so the last row is the fit of all. Each row also shows I² of
 * its fit. A step whose fit did not converge shows {@code not estimable}, and a note under the
 * plot gives {@code not estimable: <reason>} for it, as the series reports it. Every number
 * printed comes from the series' {@link MetaResult}s, formatted by {@link Format}.
 *
 * <pre>{@code
 * SensitivitySeries l1o = LeaveOneOut.of(MetaAnalysis.randomEffects()).fit(yi, vi);
 * String svg = SensitivityPlot.of(labels, l1o).withTransform(Transform.EXP)
 *     .withXLabel("Risk ratio (log scale)").toSvg();
 * }</pre>
 *
 * <p>Immutable; every {@code withX} returns a new plot. Parts carry the CSS classes
 * {@code sensitivity-step}, {@code sensitivity-full}, {@code forest-pooled},
 * {@code forest-axis} and {@code forest-note}.
 */
public final class SensitivityPlot {

  private static final double RH = 20;
  private static final double GAP = 18;
  private static final double PLOT_W = 300;
  private static final String NOT_ESTIMABLE = "not estimable";
  private static final Style FULL_LINE = Style.stroke(Theme.RULE, 1.2)
      .withCssClass("sensitivity-full");

  private final ImmutableSensitivitySettings cfg;

  private SensitivityPlot(ImmutableSensitivitySettings cfg) {
    this.cfg = cfg;
  }

  /**
   * A forest plot of a leave-one-out or cumulative series.
   *
   * @param labels one label per study, in the order of the studies' indices (the order of the
   *     data the series was fitted to); copied
   * @param series the series
   * @return the plot
   * @throws IllegalArgumentException if an argument is null, the number of labels differs from
   *     the series' k, or a label (naming its index) is blank
   */
  public static SensitivityPlot of(List<String> labels, SensitivitySeries series) {
    Checks.notNull("labels", labels);
    Checks.notNull("series", series);
    if (labels.size() != series.k()) {
      throw new IllegalArgumentException("labels must have one label per study of the series ("
          + series.k() + "), had " + labels.size());
    }
    for (int i = 0; i < labels.size(); i++) {
      Checks.nonBlank("labels[" + i + "] (study " + i + ")", labels.get(i));
    }
    return new SensitivityPlot(ImmutableSensitivitySettings.builder().labels(labels)
        .series(series).transform(Transform.NONE).build());
  }

  /**
   * This plot with another display transform, e.g. {@link Transform#EXP} for log ratios.
   *
   * @param newTransform the transform
   * @return a new plot
   * @throws IllegalArgumentException if the transform is null
   */
  public SensitivityPlot withTransform(Transform newTransform) {
    return new SensitivityPlot(cfg.withTransform(Checks.notNull("transform", newTransform)));
  }

  /**
   * This plot with a label under the x axis, e.g. "Risk ratio (log scale)".
   *
   * @param label the label
   * @return a new plot
   * @throws IllegalArgumentException if the label is null or blank
   */
  public SensitivityPlot withXLabel(String label) {
    return new SensitivityPlot(cfg.withXLabel(Checks.nonBlank("xLabel", label)));
  }

  /**
   * This plot with "favours" labels under the axis, left and right of the line of no effect.
   *
   * @param left what values below the line of no effect favour
   * @param right what values above it favour
   * @return a new plot
   * @throws IllegalArgumentException if a label is null or blank
   */
  public SensitivityPlot withFavours(String left, String right) {
    return new SensitivityPlot(cfg.withFavoursLeft(Checks.nonBlank("left", left))
        .withFavoursRight(Checks.nonBlank("right", right)));
  }

  /**
   * This plot with a title above it (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is null or blank
   */
  public SensitivityPlot withTitle(String newTitle) {
    return new SensitivityPlot(cfg.withTitle(Checks.nonBlank("title", newTitle)));
  }

  /**
   * The series drawn.
   *
   * @return the series
   */
  public SensitivitySeries series() {
    return cfg.series();
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
   * The plot's rows as text: one line per step (its label, estimate and interval, I²), the fit
   * of all studies and the steps that could not be estimated.
   *
   * @return a multi-line summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder(title()).append(", ")
        .append(Format.count(cfg.series().k(), "study", "studies")).append('\n');
    for (SensitivityStep s : cfg.series().steps()) {
      sb.append(rowLabel(s)).append(": ").append(s.fit().map(this::estimateText)
          .orElse(NOT_ESTIMABLE)).append(s.fit().map(r -> ", I² " + i2(r)).orElse(""))
          .append('\n');
    }
    notes().forEach(n -> sb.append(n).append('\n'));
    return sb.toString().replace(Format.MINUS, '-');
  }

  /**
   * One line, e.g. {@code SensitivityPlot[leave-one-out, 13 studies, 2 not estimable]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    int failed = cfg.series().failures().size();
    return "SensitivityPlot[" + cfg.series().kind().label() + ", "
        + Format.count(cfg.series().k(), "study", "studies")
        + (failed == 0 ? "" : ", " + failed + " not estimable") + "]";
  }

  // ------------------------------------------------------------------------- text

  private boolean leaveOneOut() {
    return cfg.series().kind() == SensitivitySeries.Kind.LEAVE_ONE_OUT;
  }

  private String title() {
    return leaveOneOut() ? "Leave-one-out analysis" : "Cumulative meta-analysis";
  }

  private String rowLabel(SensitivityStep s) {
    return (leaveOneOut() ? "Omitting " : "+ ") + cfg.labels().get(s.study());
  }

  private String estimateText(MetaResult r) {
    int d = Format.FIGURE_DECIMALS;
    Transform t = cfg.transform();
    Interval ci = r.ci();
    return Format.figure(t.apply(r.estimate()), d) + " [" + Format.figure(t.apply(ci.lower()), d)
        + ", " + Format.figure(t.apply(ci.upper()), d) + "]";
  }

  private static String i2(MetaResult r) {
    return Format.percent(r.i2(), 0);
  }

  /** The confidence level of the fits, 95% if none converged. */
  private double level() {
    return cfg.series().full().map(MetaResult::level).orElseGet(() -> cfg.series().steps()
        .stream().flatMap(s -> s.fit().stream()).map(MetaResult::level).findFirst()
        .orElse(0.95));
  }

  /** The line at the estimate of all studies and the steps that could not be estimated. */
  private List<String> notes() {
    List<String> out = new ArrayList<>();
    SensitivitySeries s = cfg.series();
    if (leaveOneOut()) {
      out.add(s.full().map(r -> "Grey line: estimate from all studies, " + estimateText(r))
          .orElseGet(() -> "All studies: " + NOT_ESTIMABLE + ": " + s.fullFailure().orElse("")));
    }
    for (SensitivityStep f : s.failures()) {
      out.add(rowLabel(f) + ": " + NOT_ESTIMABLE + ": " + f.failure().orElse(""));
    }
    return out;
  }

  // ------------------------------------------------------------------------- layout

  private final class Layout {

    private final List<SensitivityStep> steps = cfg.series().steps();
    private final Optional<MetaResult> full = leaveOneOut() ? cfg.series().full()
        : Optional.empty();
    private final double plotX;
    private final Axis axis;
    private final double estRight;
    private final double i2Right;
    private final double width;
    private final String estHeader = "Estimate [" + Format.level(level()) + "% CI]";

    Layout() {
      List<String> labels = new ArrayList<>();
      List<String> ests = new ArrayList<>(List.of(NOT_ESTIMABLE));
      for (SensitivityStep s : steps) {
        labels.add(rowLabel(s));
        s.fit().ifPresent(r -> ests.add(estimateText(r)));
      }
      double labelW = Math.max(Theme.widest(labels, FONT_SIZE), bold("All studies"));
      plotX = MARGIN + Math.max(labelW, bold("Study")) + GAP;
      axis = axis();
      double estW = Math.max(Theme.widest(ests, FONT_SIZE), bold(estHeader));
      estRight = plotX + PLOT_W + GAP + Math.max(estW,
          full.map(r -> bold(estimateText(r))).orElse(0.0));
      i2Right = estRight + GAP + bold("100%");
      width = Math.ceil(i2Right + MARGIN);
    }

    private double bold(String s) {
      return Theme.width(s, FONT_SIZE, true);
    }

    /** The axis: every step's interval, the full fit's and 0. */
    private Axis axis() {
      double min = 0;
      double max = 0;
      List<MetaResult> fits = new ArrayList<>();
      steps.forEach(s -> s.fit().ifPresent(fits::add));
      full.ifPresent(fits::add);
      for (MetaResult r : fits) {
        min = Math.min(min, r.ci().lower());
        max = Math.max(max, r.ci().upper());
      }
      return Axis.covering(min, max, cfg.transform(), plotX, PLOT_W);
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double y = Theme.title(els, cfg.title(), width);
      els.add(header(y + RH / 2));
      y += RH;
      double rowsTop = y;
      for (SensitivityStep s : steps) {
        els.add(stepRow(s, y + RH / 2));
        y += RH;
      }
      double stepsBottom = y;
      if (full.isPresent()) {
        els.add(Element.line(MARGIN, y + 6, i2Right, y + 6).withStyle(Theme.GRID));
        y += 8;
        els.add(fullRow(full.get(), y + RH / 2));
        y += RH;
      }
      if (axis.contains(0)) {
        els.add(Element.line(axis.x(0), rowsTop, axis.x(0), y + 4).withStyle(Marks.NULL_LINE));
      }
      full.filter(r -> axis.contains(r.estimate())).ifPresent(r -> els.add(Element.line(
          axis.x(r.estimate()), rowsTop, axis.x(r.estimate()), stepsBottom).withStyle(FULL_LINE)));
      List<Element> axisEls = new ArrayList<>();
      y = axis.draw(axisEls, y + 4);
      if (cfg.favoursLeft() != null) {
        y = axis.favours(axisEls, cfg.favoursLeft(), cfg.favoursRight(), width, y);
      }
      if (cfg.xLabel() != null) {
        y = axis.label(axisEls, cfg.xLabel(), width, y);
      }
      els.add(Element.group(axisEls).withStyle(Style.NONE.withCssClass("forest-axis")));
      y = Theme.notes(els, notes(), width, y + 6, "forest-note");
      return Theme.document(width, y, cfg.title() != null ? cfg.title() : title(), summary(),
          els);
    }

    private Element text(double x, double cy, String s, Style style) {
      return Element.text(x, baseline(cy, FONT_SIZE), s).withStyle(style);
    }

    private Element header(double cy) {
      return Element.group(text(MARGIN, cy, "Study", BOLD),
          text(estRight, cy, estHeader, BOLD.with(END)), text(i2Right, cy, "I²", BOLD.with(END)));
    }

    /** A step's row centred on {@code cy}: its label, interval, square and numbers. */
    private Element stepRow(SensitivityStep s, double cy) {
      List<Element> row = new ArrayList<>();
      row.add(text(MARGIN, cy, rowLabel(s), Style.NONE));
      String est = s.fit().map(SensitivityPlot.this::estimateText).orElse(NOT_ESTIMABLE);
      row.add(text(estRight, cy, est, END));
      s.fit().ifPresent(r -> {
        row.addAll(axis.whisker(r.ci().lower(), r.ci().upper(), cy));
        if (axis.contains(r.estimate())) {
          row.add(Marks.square(axis.x(r.estimate()), cy, Marks.FIXED_SIDE));
        }
        row.add(text(i2Right, cy, i2(r), END));
      });
      return Element.group(row).withStyle(Style.NONE.withCssClass("sensitivity-step"))
          .withTitle(rowLabel(s) + ": " + est.replace(Format.MINUS, '-'));
    }

    /** The row of all studies centred on {@code cy}, with its diamond. */
    private Element fullRow(MetaResult r, double cy) {
      String est = estimateText(r);
      return Element.group(text(MARGIN, cy, "All studies", BOLD),
          Marks.diamond(axis.x(axis.clamp(r.ci().lower())), axis.x(axis.clamp(r.estimate())),
              axis.x(axis.clamp(r.ci().upper())), cy),
          text(estRight, cy, est, BOLD.with(END)), text(i2Right, cy, i2(r), BOLD.with(END)))
          .withStyle(Style.NONE.withCssClass("forest-pooled"))
          .withTitle("All studies: " + est.replace(Format.MINUS, '-'));
    }
  }
}
