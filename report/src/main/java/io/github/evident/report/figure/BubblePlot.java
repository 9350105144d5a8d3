package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.END;
import static io.github.evident.report.figure.Theme.LINE;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.SMALL;
import static io.github.evident.report.figure.Theme.SMALL_FONT_SIZE;
import static io.github.evident.report.figure.Theme.SMALL_LINE_HEIGHT;
import static io.github.evident.report.figure.Theme.baseline;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.TextMetrics;
import io.github.evident.stats.meta.Coefficient;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Moderators;
import io.github.evident.stats.meta.Prediction;
import io.github.evident.stats.meta.RegressionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A bubble plot of a meta-regression on a numeric moderator, as SVG, as metafor's
 * {@code regplot()} draws it: one circle per study at (its moderator value, its estimate), the
 * circle's area proportional to the study's weight in the model, 1/(v<sub>i</sub> + τ²) (or
 * 1/v<sub>i</sub> for a common-effect model); the fitted line over the moderator's observed
 * range and its confidence band from {@link RegressionResult#predict(double...)}.
 *
 * <pre>{@code
 * RegressionResult reg = MetaRegression.randomEffects().fit(yi, vi, Moderators.of("ablat", ablat));
 * String svg = BubblePlot.of(yi, vi, reg, "ablat", ablat).withTransform(Transform.EXP)
 *     .withXLabel("Absolute latitude").withYLabel("Risk ratio (log scale)").toSvg();
 * }</pre>
 *
 * <p>With several moderators ({@link #of(double[], double[], RegressionResult, Moderators,
 * String)}) the line is the fit against the plotted moderator with every other moderator held
 * at its mean over the studies (for a dummy-coded level, the share of studies in it), and the
 * summary says so. The y axis is on the analysis scale; {@link Transform#EXP} labels its ticks
 * as ratios. Circles are drawn largest first so that small studies stay visible, each with a
 * radius of at least {@value #MIN_RADIUS} px. Immutable; every {@code withX} returns a new
 * plot. Parts carry the CSS classes {@code bubble-band}, {@code bubble-line},
 * {@code bubble-null}, {@code bubble-study}, {@code bubble-axis} and {@code bubble-note}.
 */
public final class BubblePlot {

  private static final double PLOT_W = 360;
  private static final double PLOT_H = 260;
  /** The radius of the study with the largest weight. */
  private static final double MAX_RADIUS = 14;
  /** The smallest radius drawn. */
  static final double MIN_RADIUS = 2;
  /** The number of points along the moderator's range at which the band is computed. */
  private static final int BAND_POINTS = 41;

  private static final Style STUDY = Style.fill("#bfbfbf").withStroke(Theme.INK)
      .withStrokeWidth(0.6);
  private static final Style BAND = Style.fill("#d9d9d9");
  private static final Style FIT = Style.stroke(Theme.INK, 1.5);

  private final ImmutableBubbleSettings cfg;
  /** The index of the plotted moderator among the regression's moderators. */
  private final int column;
  /** The values the other moderators are held at (the plotted one's slot is unused). */
  private final double[] heldAt;

  private BubblePlot(ImmutableBubbleSettings cfg, int column, double[] heldAt) {
    this.cfg = cfg;
    this.column = column;
    this.heldAt = heldAt;
  }

  /**
   * The bubble plot of a meta-regression on one moderator.
   *
   * @param yi the study estimates, on the analysis scale (log scale for ratios); copied
   * @param vi their sampling variances, in the same order; copied
   * @param regression the regression of these estimates on the moderator
   * @param moderator the moderator's name, as in the regression's coefficients
   * @param moderatorValues the studies' values of the moderator, in the same order; copied
   * @return the plot
   * @throws IllegalArgumentException if an argument is null, the arrays are empty or of
   *     different lengths, a value (naming its study index) is not finite or a variance not
   *     positive, the regression was fitted to another number of studies or has other than one
   *     moderator, or the moderator is not its moderator
   */
  public static BubblePlot of(double[] yi, double[] vi, RegressionResult regression,
      String moderator, double[] moderatorValues) {
    Checks.notNull("regression", regression);
    if (regression.p() != 2) {
      throw new IllegalArgumentException("regression has " + (regression.p() - 1)
          + " moderators; pass them as Moderators to hold the others at their means");
    }
    return of(yi, vi, regression, Moderators.of(Checks.nonBlank("moderator", moderator),
        Checks.notNull("moderatorValues", moderatorValues)), moderator);
  }

  /**
   * The bubble plot of a meta-regression against one of its moderators, the others held at
   * their means.
   *
   * @param yi the study estimates, on the analysis scale; copied
   * @param vi their sampling variances, in the same order; copied
   * @param regression the regression of these estimates on the moderators
   * @param moderators the moderators the regression was fitted with, in the same order
   * @param moderator the name of the moderator on the x axis
   * @return the plot
   * @throws IllegalArgumentException as {@link #of(double[], double[], RegressionResult,
   *     String, double[])}, or if the moderators' names are not the regression's
   */
  public static BubblePlot of(double[] yi, double[] vi, RegressionResult regression,
      Moderators moderators, String moderator) {
    Checks.notNull("regression", regression);
    Checks.notNull("moderators", moderators);
    Checks.nonBlank("moderator", moderator);
    List<String> names = regression.coefficients().stream().skip(1).map(Coefficient::name)
        .toList();
    if (!names.equals(moderators.names())) {
      throw new IllegalArgumentException("moderators " + moderators.names()
          + " are not the regression's moderators " + names);
    }
    int j = names.indexOf(moderator);
    if (j < 0) {
      throw new IllegalArgumentException("moderator '" + moderator + "' is not among the "
          + "regression's moderators " + names);
    }
    double[] x = moderators.column(moderator);
    check(yi, vi, x);
    if (regression.k() != yi.length) {
      throw new IllegalArgumentException("regression was fitted to " + regression.k()
          + " studies, but yi holds " + yi.length);
    }
    double[] held = new double[names.size()];
    for (int c = 0; c < held.length; c++) {
      held[c] = Arrays.stream(moderators.column(names.get(c))).average().orElseThrow();
    }
    return new BubblePlot(ImmutableBubbleSettings.builder().yi(yi).vi(vi)
        .regression(regression).moderator(moderator).moderatorValues(x)
        .transform(Transform.NONE).build(), j, held);
  }

  /** Checks the studies' estimates, variances and moderator values, naming a bad one. */
  private static void check(double[] yi, double[] vi, double[] x) {
    Checks.notNull("yi", yi);
    Checks.notNull("vi", vi);
    Checks.atLeast("yi.length (number of studies)", yi.length, 1);
    if (yi.length != vi.length || yi.length != x.length) {
      throw new IllegalArgumentException("yi, vi and moderatorValues must have the same "
          + "length, were " + yi.length + ", " + vi.length + " and " + x.length);
    }
    for (int i = 0; i < yi.length; i++) {
      Checks.finite("yi[" + i + "] (study " + i + ")", yi[i]);
      Checks.positive("vi[" + i + "] (study " + i + ")", vi[i]);
    }
  }

  private BubblePlot with(ImmutableBubbleSettings next) {
    return new BubblePlot(next, column, heldAt);
  }

  /**
   * This plot with another display transform, e.g. {@link Transform#EXP} for log ratios: the
   * y axis stays on the analysis scale, its tick labels and the printed values are transformed.
   *
   * @param newTransform the transform
   * @return a new plot
   * @throws IllegalArgumentException if the transform is null
   */
  public BubblePlot withTransform(Transform newTransform) {
    return with(cfg.withTransform(Checks.notNull("transform", newTransform)));
  }

  /**
   * This plot with a label under the x axis (by default the moderator's name).
   *
   * @param label the label
   * @return a new plot
   * @throws IllegalArgumentException if the label is null or blank
   */
  public BubblePlot withXLabel(String label) {
    return with(cfg.withXLabel(Checks.nonBlank("xLabel", label)));
  }

  /**
   * This plot with a label above the y axis (by default "Estimate"), e.g. "Risk ratio (log
   * scale)".
   *
   * @param label the label
   * @return a new plot
   * @throws IllegalArgumentException if the label is null or blank
   */
  public BubblePlot withYLabel(String label) {
    return with(cfg.withYLabel(Checks.nonBlank("yLabel", label)));
  }

  /**
   * This plot with a title above it (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is null or blank
   */
  public BubblePlot withTitle(String newTitle) {
    return with(cfg.withTitle(Checks.nonBlank("title", newTitle)));
  }

  /**
   * The study estimates, in the order given.
   *
   * @return a new array
   */
  public double[] estimates() {
    return cfg.yi();
  }

  /**
   * The studies' values of the plotted moderator, in the order given.
   *
   * @return a new array
   */
  public double[] moderatorValues() {
    return cfg.moderatorValues();
  }

  /**
   * The studies' weights in the regression, 1/(v<sub>i</sub> + τ²), which the circles' areas
   * are proportional to.
   *
   * @return a new array, in the order of the studies
   */
  public double[] weights() {
    double tau2 = tau2();
    return Arrays.stream(cfg.vi()).map(v -> 1 / (v + tau2)).toArray();
  }

  /**
   * The fitted value and its confidence interval at a value of the plotted moderator, the other
   * moderators held at their means.
   *
   * @param value the moderator's value
   * @return the prediction
   * @throws IllegalArgumentException if the value is not finite
   */
  public Prediction fitted(double value) {
    double[] at = heldAt.clone();
    at[column] = value;
    return cfg.regression().predict(at);
  }

  /**
   * The display transform.
   *
   * @return the transform
   */
  public Transform transform() {
    return cfg.transform();
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
   * What the plot shows as text: the studies and their weights, the fitted line with its ends
   * and band, and the values the other moderators are held at.
   *
   * @return a multi-line summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Bubble plot of ").append(Format.count(k(), "study",
        "studies")).append(" against ").append(cfg.moderator()).append('\n');
    notes().forEach(n -> sb.append(n).append('\n'));
    return sb.toString().replace(Format.MINUS, '-');
  }

  /**
   * One line, e.g. {@code BubblePlot[13 studies, moderator ablat, random effects, transform
   * exponential]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "BubblePlot[" + Format.count(k(), "study", "studies") + ", moderator "
        + cfg.moderator() + ", " + model() + ", transform " + cfg.transform().label() + "]";
  }

  // ------------------------------------------------------------------------- text

  private int k() {
    return cfg.yi().length;
  }

  private double tau2() {
    return cfg.regression().model() == MetaResult.Model.RANDOM_EFFECTS
        ? cfg.regression().tau2() : 0;
  }

  private String model() {
    return cfg.regression().model() == MetaResult.Model.RANDOM_EFFECTS ? "random effects"
        : "common effect";
  }

  private String value(double analysisValue) {
    return Format.figure(cfg.transform().apply(analysisValue), Format.FIGURE_DECIMALS);
  }

  private double lowest() {
    return Arrays.stream(cfg.moderatorValues()).min().orElseThrow();
  }

  private double highest() {
    return Arrays.stream(cfg.moderatorValues()).max().orElseThrow();
  }

  /** The notes under the plot: the line, its band, the others held fixed and the weights. */
  private List<String> notes() {
    Prediction lo = fitted(lowest());
    Prediction hi = fitted(highest());
    String level = Format.level(cfg.regression().level()) + "%";
    List<String> out = new ArrayList<>();
    out.add("Line: fitted values of the " + model() + " meta-regression, "
        + value(lo.estimate()) + " at " + cfg.moderator() + " = " + Format.tick(lowest())
        + " to " + value(hi.estimate()) + " at " + Format.tick(highest()) + "; band: "
        + level + " confidence interval of the fitted value");
    List<String> held = new ArrayList<>();
    List<Coefficient> coefficients = cfg.regression().coefficients();
    for (int c = 0; c < heldAt.length; c++) {
      if (c != column) {
        held.add(coefficients.get(c + 1).name() + " = "
            + Format.figure(heldAt[c], Format.FIGURE_DECIMALS));
      }
    }
    if (!held.isEmpty()) {
      out.add("Other moderators held at their means: " + String.join(", ", held));
    }
    out.add("Circle area proportional to the study's weight, " + (tau2() > 0
        ? "1/(vi + τ²) with τ² = " + Format.figure(tau2(), Format.TEXT_DECIMALS) : "1/vi"));
    return out;
  }

  // ------------------------------------------------------------------------- layout

  private final class Layout {

    private final Prediction[] band = new Prediction[BAND_POINTS];
    private final double[] bandX = new double[BAND_POINTS];
    private final Axis xAxis;
    private final Axis yAxis;
    private final double width;
    private double plotTop;

    Layout() {
      double lo = lowest();
      double hi = highest();
      double ymin = Arrays.stream(cfg.yi()).min().orElseThrow();
      double ymax = Arrays.stream(cfg.yi()).max().orElseThrow();
      for (int i = 0; i < BAND_POINTS; i++) {
        bandX[i] = lo + (hi - lo) * i / (BAND_POINTS - 1);
        band[i] = fitted(bandX[i]);
        ymin = Math.min(ymin, band[i].ci().lower());
        ymax = Math.max(ymax, band[i].ci().upper());
      }
      yAxis = Axis.covering(ymin, ymax, cfg.transform(), 0, PLOT_H);
      double tickW = 0;
      for (double t : yAxis.ticks()) {
        tickW = Math.max(tickW, Theme.width(yAxis.tickLabel(t), SMALL_FONT_SIZE, false));
      }
      double plotX = MARGIN + Math.max(tickW + Axis.TICK + 4, 24) + MAX_RADIUS;
      xAxis = hi > lo ? Axis.covering(lo, hi, Transform.NONE, plotX, PLOT_W)
          : Axis.covering(lo - 1, hi + 1, Transform.NONE, plotX, PLOT_W);
      double[] xt = xAxis.ticks();
      double rightPad = Theme.width(xAxis.tickLabel(xt[xt.length - 1]), SMALL_FONT_SIZE, false);
      width = Math.ceil(Math.max(xAxis.right() + Math.max(rightPad / 2, MAX_RADIUS) + MARGIN,
          MARGIN + Theme.width(yLabel(), SMALL_FONT_SIZE, false) + MARGIN));
    }

    private String yLabel() {
      return cfg.yLabel() != null ? cfg.yLabel() : "Estimate";
    }

    double y(double v) {
      return plotTop + PLOT_H - yAxis.x(v);
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double top = Theme.title(els, cfg.title(), width);
      els.add(Element.text(MARGIN, top + TextMetrics.capHeight(SMALL_FONT_SIZE), yLabel())
          .withStyle(SMALL.withCssClass("bubble-axis")));
      plotTop = top + SMALL_LINE_HEIGHT + 4 + MAX_RADIUS;
      double bottom = plotTop + PLOT_H;
      els.add(bandElement());
      if (yAxis.contains(0)) {
        els.add(Element.line(xAxis.left(), y(0), xAxis.right(), y(0))
            .withStyle(Marks.NULL_LINE.withCssClass("bubble-null")));
      }
      els.add(Element.line(xAxis.x(bandX[0]), y(band[0].estimate()),
          xAxis.x(bandX[BAND_POINTS - 1]), y(band[BAND_POINTS - 1].estimate()))
          .withStyle(FIT.withCssClass("bubble-line")));
      els.add(points());
      List<Element> axes = new ArrayList<>();
      yAxisElements(axes, bottom + MAX_RADIUS);
      double y = xAxis.draw(axes, bottom + MAX_RADIUS);
      y = xAxis.label(axes, cfg.xLabel() != null ? cfg.xLabel() : cfg.moderator(), width, y);
      els.add(Element.group(axes).withStyle(Style.NONE.withCssClass("bubble-axis")));
      y = Theme.notes(els, notes(), width, y + 6, "bubble-note");
      return Theme.document(width, y, cfg.title() != null ? cfg.title() : "Bubble plot",
          summary(), els);
    }

    /** The confidence band: the upper limits left to right, then the lower ones back. */
    private Element bandElement() {
      double[] xy = new double[4 * BAND_POINTS];
      for (int i = 0; i < BAND_POINTS; i++) {
        xy[2 * i] = xAxis.x(bandX[i]);
        xy[2 * i + 1] = y(band[i].ci().upper());
        int back = 2 * (2 * BAND_POINTS - 1 - i);
        xy[back] = xAxis.x(bandX[i]);
        xy[back + 1] = y(band[i].ci().lower());
      }
      return Element.group(Element.polygon(xy).withStyle(BAND))
          .withStyle(Style.NONE.withCssClass("bubble-band"));
    }

    /** The studies' circles, largest first. */
    private Element points() {
      double[] w = weights();
      double wmax = Arrays.stream(w).max().orElseThrow();
      List<Element> pts = new ArrayList<>();
      IntStream.range(0, k()).boxed()
          .sorted(Comparator.comparingDouble((Integer i) -> -w[i]))
          .forEach(i -> pts.add(Element.circle(xAxis.x(cfg.moderatorValues()[i]),
              y(cfg.yi()[i]), Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(w[i] / wmax)))
              .withStyle(STUDY)));
      return Element.group(pts).withStyle(Style.NONE.withCssClass("bubble-study"));
    }

    /** The y axis left of the plot, with its ticks. */
    private void yAxisElements(List<Element> axes, double bottom) {
      double x = xAxis.left() - MAX_RADIUS;
      axes.add(Element.line(x, plotTop - MAX_RADIUS, x, bottom).withStyle(LINE));
      for (double t : yAxis.ticks()) {
        double ty = y(t);
        axes.add(Element.line(x - Axis.TICK, ty, x, ty).withStyle(LINE));
        axes.add(Element.text(x - Axis.TICK - 3, baseline(ty, SMALL_FONT_SIZE),
            yAxis.tickLabel(t)).withStyle(END.with(SMALL)));
      }
    }
  }
}
