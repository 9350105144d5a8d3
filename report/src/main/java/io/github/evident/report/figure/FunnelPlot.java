package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.END;
import static io.github.evident.report.figure.Theme.LINE;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.SMALL;
import static io.github.evident.report.figure.Theme.SMALL_FONT_SIZE;
import static io.github.evident.report.figure.Theme.SMALL_LINE_HEIGHT;
import static io.github.evident.report.figure.Theme.baseline;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.core.svg.TextMetrics;
import io.github.evident.stats.bias.TrimAndFillResult;
import io.github.evident.stats.meta.PooledEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A funnel plot (Light and Pillemer 1984; Sterne and Egger 2001) of study estimates against
 * their standard errors, as SVG: estimates on the x axis, standard errors on the y axis with 0 at
 * the top, as metafor's {@code funnel()} and RevMan draw it.
 *
 * <p>Around the pooled estimate μ̂ of a {@link PooledEstimate} (a {@code MetaResult} or a
 * Mantel-Haenszel or Peto {@code PooledResult}) the plot draws a vertical line and the pseudo
 * confidence region, the triangle {@code μ̂ ± z·se} with {@code z} the normal quantile of the
 * estimate's level (1.96 at 95%): without small-study effects or heterogeneity, about that share
 * of the studies fall inside it. {@link #withContours(double...)} adds contour-enhanced
 * significance regions (Peters et al. 2008), shaded bands around 0 bounded by {@code ±z_l·se}
 * for each level {@code l}, as metafor's {@code funnel(res, level = c(90, 95, 99), refline = 0)}:
 * the band a study falls in gives the range of the two-sided p value of its estimate against 0;
 * the pseudo confidence region is then a dashed outline over the bands. Studies filled by trim
 * and fill ({@link #withFilled(double[], double[])}) are open circles, the studies given solid
 * dots, with a legend.
 *
 * <pre>{@code
 * MetaResult res = MetaAnalysis.randomEffects().fit(yi, vi);
 * String svg = FunnelPlot.of(yi, vi, res).withContours(0.90, 0.95, 0.99)
 *     .withTransform(Transform.EXP).withXLabel("Odds ratio (log scale)").toSvg();
 * }</pre>
 *
 * <p>The x axis covers every study, the region at the largest standard error shown and the
 * contours; with {@link Transform#EXP} it is a log axis with ratio tick labels. Immutable; every
 * {@code withX} returns a new plot. Parts carry the CSS classes {@code funnel-contour},
 * {@code funnel-region}, {@code funnel-estimate}, {@code funnel-study}, {@code funnel-filled},
 * {@code funnel-axis}, {@code funnel-legend} and {@code funnel-note}.
 */
public final class FunnelPlot {

  private static final double PLOT_W = 360;
  private static final double PLOT_H = 260;
  private static final double RADIUS = 3.5;
  private static final String WHITE = "#ffffff";
  /** Shades of the contour bands from the least to the most significant (white inside). */
  private static final String[] SHADES = {WHITE, "#e6e6e6", "#cccccc", "#b3b3b3", "#999999",
      "#808080"};

  private static final String CONTOUR_HEADING = "Contours: two-sided p against 0";

  private static final Style STUDY = Style.fill(Theme.MARK).withStroke(Theme.INK)
      .withStrokeWidth(0.6);
  private static final Style FILLED = Style.fill(WHITE).withStroke(Theme.INK)
      .withStrokeWidth(1);
  private static final Style REGION = Style.stroke(Theme.INK, 0.8).withDash(3, 3);

  private final ImmutableFunnelSettings cfg;

  private FunnelPlot(ImmutableFunnelSettings cfg) {
    this.cfg = cfg;
  }

  /**
   * A funnel plot of studies around a pooled estimate.
   *
   * @param yi the study estimates, on the analysis scale (log scale for ratios); copied
   * @param vi their sampling variances, in the same order; copied
   * @param pooled the pooled estimate of these studies, whose level sets the region's width
   * @return the plot
   * @throws IllegalArgumentException if an array or pooled is null, the arrays are empty or of
   *     different lengths, an estimate (naming its index) is not finite or a variance not
   *     positive, or the pooled estimate is not finite
   */
  public static FunnelPlot of(double[] yi, double[] vi, PooledEstimate pooled) {
    check("yi", "vi", "study", yi, vi);
    Checks.atLeast("yi.length (number of studies)", yi.length, 1);
    Checks.notNull("pooled", pooled);
    Checks.finite("pooled estimate", pooled.estimate());
    return new FunnelPlot(ImmutableFunnelSettings.builder().yi(yi).vi(vi).pooled(pooled)
        .filledYi(new double[0]).filledVi(new double[0]).contours(new double[0])
        .transform(Transform.NONE).build());
  }

  /**
   * The funnel plot of a trim-and-fill analysis: the observed studies as filled circles, the
   * studies trim and fill adds as open circles, centred on the estimate from both together (as
   * metafor's {@code funnel(trimfill(res))}).
   *
   * <pre>{@code
   * TrimAndFillResult tf = TrimAndFill.withDefaults().fit(analysis, yi, vi);
   * FunnelPlot.ofTrimAndFill(yi, vi, tf).withTransform(Transform.EXP);
   * }</pre>
   *
   * @param yi the observed studies' estimates, as given to trim and fill; copied
   * @param vi their sampling variances; copied
   * @param trimAndFill the trim-and-fill result of these studies
   * @return the plot
   * @throws IllegalArgumentException as {@link #of(double[], double[], PooledEstimate)}, or if
   *     trimAndFill is null or was fitted to another number of studies
   */
  public static FunnelPlot ofTrimAndFill(double[] yi, double[] vi,
      TrimAndFillResult trimAndFill) {
    Checks.notNull("trimAndFill", trimAndFill);
    Checks.notNull("yi", yi);
    if (trimAndFill.k() != yi.length) {
      throw new IllegalArgumentException("trimAndFill was fitted to " + trimAndFill.k()
          + " studies, but yi holds " + yi.length);
    }
    return of(yi, vi, trimAndFill.result())
        .withFilled(trimAndFill.filledEstimates(), trimAndFill.filledVariances());
  }

  /** Checks estimates and variances of the same studies, naming the index of a bad one. */
  private static void check(String yName, String vName, String what, double[] yi,
      double[] vi) {
    Checks.notNull(yName, yi);
    Checks.notNull(vName, vi);
    if (yi.length != vi.length) {
      throw new IllegalArgumentException(yName + " and " + vName + " must have the same length, "
          + "were " + yi.length + " and " + vi.length);
    }
    for (int i = 0; i < yi.length; i++) {
      Checks.finite(yName + "[" + i + "] (" + what + " " + i + ")", yi[i]);
      Checks.positive(vName + "[" + i + "] (" + what + " " + i + ")", vi[i]);
    }
  }

  /**
   * This plot with the studies trim and fill adds, drawn as open circles (for example the
   * filled estimates and variances of a trim-and-fill fit; pass that fit as the pooled estimate
   * to centre the funnel on the adjusted estimate).
   *
   * @param yi the filled studies' estimates, possibly none; copied
   * @param vi their variances; copied
   * @return a new plot
   * @throws IllegalArgumentException if an array is null, their lengths differ, an estimate is
   *     not finite or a variance not positive (naming the filled study's index)
   */
  public FunnelPlot withFilled(double[] yi, double[] vi) {
    check("filledYi", "filledVi", "filled study", yi, vi);
    return new FunnelPlot(cfg.withFilledYi(yi).withFilledVi(vi));
  }

  /**
   * This plot with contour-enhanced significance regions around 0, one boundary per level, for
   * example {@code withContours(0.90, 0.95, 0.99)}; no levels removes them.
   *
   * @param levels the levels, each in (0, 1), at most five, no two equal; copied
   * @return a new plot
   * @throws IllegalArgumentException if levels is null, has more than five values, or a level
   *     (naming its index) is outside (0, 1) or repeats another
   */
  public FunnelPlot withContours(double... levels) {
    Checks.notNull("levels", levels);
    if (levels.length > SHADES.length - 1) {
      throw new IllegalArgumentException("levels must hold at most " + (SHADES.length - 1)
          + " values, had " + levels.length);
    }
    double[] sorted = levels.clone();
    for (int i = 0; i < sorted.length; i++) {
      Checks.level("levels[" + i + "]", sorted[i]);
      for (int j = 0; j < i; j++) {
        if (sorted[j] == sorted[i]) {
          throw new IllegalArgumentException("levels[" + i + "] repeats levels[" + j + "], was "
              + sorted[i]);
        }
      }
    }
    Arrays.sort(sorted);
    return new FunnelPlot(cfg.withContours(sorted));
  }

  /**
   * This plot with another display transform, e.g. {@link Transform#EXP} for log ratios: the
   * axis stays on the analysis scale, its tick labels and the printed estimate are transformed.
   *
   * @param newTransform the transform
   * @return a new plot
   * @throws IllegalArgumentException if the transform is null
   */
  public FunnelPlot withTransform(Transform newTransform) {
    return new FunnelPlot(cfg.withTransform(Checks.notNull("transform", newTransform)));
  }

  /**
   * This plot with a label under the x axis, e.g. "Odds ratio (log scale)".
   *
   * @param label the label
   * @return a new plot
   * @throws IllegalArgumentException if the label is null or blank
   */
  public FunnelPlot withXLabel(String label) {
    return new FunnelPlot(cfg.withXLabel(Checks.nonBlank("xLabel", label)));
  }

  /**
   * This plot with a title above it (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is null or blank
   */
  public FunnelPlot withTitle(String newTitle) {
    return new FunnelPlot(cfg.withTitle(Checks.nonBlank("title", newTitle)));
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
   * The estimates of the filled studies.
   *
   * @return a new array, empty without filled studies
   */
  public double[] filledEstimates() {
    return cfg.filledYi();
  }

  /**
   * The pooled estimate the funnel is centred on.
   *
   * @return the estimate
   */
  public PooledEstimate pooled() {
    return cfg.pooled();
  }

  /**
   * The levels of the significance contours, ascending.
   *
   * @return a new array, empty without contours
   */
  public double[] contourLevels() {
    return cfg.contours();
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
   * What the plot shows as text: the studies, the pooled estimate and its region, the contours
   * and the range of standard errors.
   *
   * @return a multi-line summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Funnel plot, ").append(studies()).append('\n');
    sb.append(notes().get(0)).append('\n');
    if (cfg.contours().length > 0) {
      sb.append(contourText()).append('\n');
    }
    double[] se = standardErrors();
    sb.append("Standard errors ").append(Format.figure(Arrays.stream(se).min().orElse(0),
        Format.FIGURE_DECIMALS)).append(" to ").append(Format.figure(maxStandardError(),
        Format.FIGURE_DECIMALS)).append('\n');
    return sb.toString().replace(Format.MINUS, '-');
  }

  /**
   * One line, e.g. {@code FunnelPlot[37 studies, 7 filled, contours 90%, 95%, 99%, transform
   * exponential]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FunnelPlot[").append(Format.count(cfg.yi().length,
        "study", "studies"));
    if (cfg.filledYi().length > 0) {
      sb.append(", ").append(cfg.filledYi().length).append(" filled");
    }
    if (cfg.contours().length > 0) {
      sb.append(", contours ").append(levels(cfg.contours()));
    }
    return sb.append(", transform ").append(cfg.transform().label()).append(']').toString();
  }

  // ------------------------------------------------------------------------- text

  private String studies() {
    String s = Format.count(cfg.yi().length, "study", "studies");
    int f = cfg.filledYi().length;
    return f == 0 ? s : s + " and " + f + " filled by trim and fill";
  }

  private static String levels(double[] levels) {
    List<String> out = new ArrayList<>();
    for (double l : levels) {
      out.add(Format.level(l) + "%");
    }
    return String.join(", ", out);
  }

  private String contourText() {
    return "Significance contours around 0 at " + levels(cfg.contours())
        + " (two-sided p of a study's estimate against 0)";
  }

  /** The note under the plot: the line at the estimate and the pseudo confidence region. */
  private List<String> notes() {
    PooledEstimate p = cfg.pooled();
    return List.of("Vertical line: pooled estimate "
        + Format.figure(cfg.transform().apply(p.estimate()), Format.FIGURE_DECIMALS)
        + "; dashed: pseudo " + Format.level(p.level()) + "% confidence region, estimate ± "
        + Format.figure(critical(p.level()), Format.FIGURE_DECIMALS) + " × standard error");
  }

  private static double critical(double level) {
    return Distributions.normalCritical(level);
  }

  private double[] standardErrors() {
    double[] all = new double[cfg.vi().length + cfg.filledVi().length];
    for (int i = 0; i < cfg.vi().length; i++) {
      all[i] = Math.sqrt(cfg.vi()[i]);
    }
    for (int i = 0; i < cfg.filledVi().length; i++) {
      all[cfg.vi().length + i] = Math.sqrt(cfg.filledVi()[i]);
    }
    return all;
  }

  private double maxStandardError() {
    return Arrays.stream(standardErrors()).max().orElse(0);
  }

  /** The legend texts of the contour bands, from white (least significant) outwards. */
  private List<String> bandTexts() {
    double[] l = cfg.contours();
    List<String> out = new ArrayList<>();
    out.add("p > " + Format.tick(1 - l[0]));
    for (int j = 1; j < l.length; j++) {
      out.add(Format.tick(1 - l[j]) + " < p ≤ " + Format.tick(1 - l[j - 1]));
    }
    out.add("p ≤ " + Format.tick(1 - l[l.length - 1]));
    return out;
  }

  // ------------------------------------------------------------------------- layout

  private final class Layout {

    private final double mu = cfg.pooled().estimate();
    private final double z = critical(cfg.pooled().level());
    private final double[] seTicks;
    private final double seBottom;
    private final double plotX;
    private final Axis axis;
    private final double width;
    private double plotTop;

    Layout() {
      seTicks = Ticks.linear(0, maxStandardError(), 4);
      seBottom = seTicks[seTicks.length - 1];
      double tickW = 0;
      for (double t : seTicks) {
        tickW = Math.max(tickW, Theme.width(Format.tick(t), SMALL_FONT_SIZE, false));
      }
      plotX = MARGIN + Math.max(tickW + Axis.TICK + 4, 24);
      axis = axis();
      double[] xt = axis.ticks();
      double rightPad = Theme.width(axis.tickLabel(xt[xt.length - 1]), SMALL_FONT_SIZE, false);
      width = Math.ceil(Math.max(axis.right() + rightPad / 2 + MARGIN, legendWidth()));
    }

    /** The x axis: every study, the region at the bottom and the contours. */
    private Axis axis() {
      double min = mu - z * seBottom;
      double max = mu + z * seBottom;
      for (double y : cfg.yi()) {
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
      for (double y : cfg.filledYi()) {
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
      double[] c = cfg.contours();
      if (c.length > 0) {
        double half = critical(c[c.length - 1]) * seBottom;
        min = Math.min(min, -half);
        max = Math.max(max, half);
      }
      return Axis.covering(min, max, cfg.transform(), plotX, PLOT_W);
    }

    private double legendWidth() {
      List<String> texts = new ArrayList<>(legendTexts());
      double heading = 0;
      if (cfg.contours().length > 0) {
        texts.addAll(bandTexts());
        heading = MARGIN + Theme.width(CONTOUR_HEADING, SMALL_FONT_SIZE, true);
      }
      return Math.max(heading, Theme.LEGEND_TEXT_X + Theme.widest(texts, SMALL_FONT_SIZE))
          + MARGIN;
    }

    private List<String> legendTexts() {
      return cfg.filledYi().length == 0 ? List.of()
          : List.of("Studies", "Studies filled by trim and fill");
    }

    double y(double se) {
      return plotTop + se / seBottom * PLOT_H;
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double top = Theme.title(els, cfg.title(), width);
      els.add(Element.text(MARGIN, top + TextMetrics.capHeight(SMALL_FONT_SIZE),
          "Standard error").withStyle(SMALL.withCssClass("funnel-axis")));
      plotTop = top + SMALL_LINE_HEIGHT + 4 + RADIUS;
      double bottom = y(seBottom);
      els.add(regions(bottom));
      els.add(Element.line(axis.x(mu), plotTop, axis.x(mu), bottom).withStyle(LINE
          .withCssClass("funnel-estimate")));
      els.add(points(cfg.yi(), cfg.vi(), STUDY, "funnel-study"));
      if (cfg.filledYi().length > 0) {
        els.add(points(cfg.filledYi(), cfg.filledVi(), FILLED, "funnel-filled"));
      }
      List<Element> axes = new ArrayList<>();
      seAxis(axes, bottom);
      double y = axis.draw(axes, bottom);
      if (cfg.xLabel() != null) {
        y = axis.label(axes, cfg.xLabel(), width, y);
      }
      els.add(Element.group(axes).withStyle(Style.NONE.withCssClass("funnel-axis")));
      y = legend(els, y + 4);
      y = Theme.notes(els, notes(), width, y + 6, "funnel-note");
      return Theme.document(width, y, cfg.title() != null ? cfg.title() : "Funnel plot",
          summary(), els);
    }

    /**
     * The plot's background, the contour bands (widest first) and the pseudo confidence region
     * around the estimate.
     */
    private Element regions(double bottom) {
      double[] c = cfg.contours();
      List<Element> bands = new ArrayList<>();
      bands.add(Element.rect(axis.left(), plotTop, PLOT_W, bottom - plotTop)
          .withStyle(Style.fill(c.length == 0 ? Theme.BAND : SHADES[c.length])));
      for (int j = c.length - 1; j >= 0; j--) {
        bands.add(triangle(0, critical(c[j]), bottom).withStyle(Style.fill(SHADES[j])));
      }
      List<Element> out = new ArrayList<>();
      out.add(Element.group(bands).withStyle(Style.NONE.withCssClass("funnel-contour")));
      out.add(Element.group(triangle(mu, z, bottom).withStyle(REGION.withFill(c.length == 0
          ? WHITE : "none"))).withStyle(Style.NONE.withCssClass("funnel-region")));
      return Element.group(out);
    }

    /** The triangle {@code centre ± crit·se} from se = 0 (apex) to the bottom of the plot. */
    private Element.Polygon triangle(double centre, double crit, double bottom) {
      return Element.polygon(axis.x(centre), plotTop, axis.x(centre - crit * seBottom), bottom,
          axis.x(centre + crit * seBottom), bottom);
    }

    private Element points(double[] yi, double[] vi, Style style, String cssClass) {
      List<Element> pts = new ArrayList<>();
      for (int i = 0; i < yi.length; i++) {
        pts.add(Element.circle(axis.x(yi[i]), y(Math.sqrt(vi[i])), RADIUS).withStyle(style));
      }
      return Element.group(pts).withStyle(Style.NONE.withCssClass(cssClass));
    }

    /** The standard-error axis left of the plot, 0 at the top. */
    private void seAxis(List<Element> axes, double bottom) {
      double x = axis.left();
      axes.add(Element.line(x, plotTop, x, bottom).withStyle(LINE));
      for (double t : seTicks) {
        double ty = y(t);
        axes.add(Element.line(x - Axis.TICK, ty, x, ty).withStyle(LINE));
        axes.add(Element.text(x - Axis.TICK - 3, baseline(ty, SMALL_FONT_SIZE), Format.tick(t))
            .withStyle(END.with(SMALL)));
      }
    }

    /** The legend of the symbols and of the contour bands; returns the y under it. */
    private double legend(List<Element> els, double top) {
      List<Element> legend = new ArrayList<>();
      double y = top;
      double cy = Theme.LEGEND_ROW / 2;
      List<String> texts = legendTexts();
      if (!texts.isEmpty()) {
        y = Theme.legendRow(legend, Element.circle(Theme.LEGEND_KEY_X, y + cy, RADIUS)
            .withStyle(STUDY), texts.get(0), y);
        y = Theme.legendRow(legend, Element.circle(Theme.LEGEND_KEY_X, y + cy, RADIUS)
            .withStyle(FILLED), texts.get(1), y);
      }
      double[] c = cfg.contours();
      if (c.length > 0) {
        y = Theme.legendHeading(legend, CONTOUR_HEADING, y + 6);
        List<String> bands = bandTexts();
        for (int j = 0; j < bands.size(); j++) {
          Element swatch = Element.rect(Theme.LEGEND_KEY_X - 8, y + cy - 5, 16, 10)
              .withStyle(Style.fill(SHADES[j]).withStroke(Theme.RULE).withStrokeWidth(0.6));
          y = Theme.legendRow(legend, swatch, bands.get(j), y);
        }
      }
      if (legend.isEmpty()) {
        return top;
      }
      els.add(Element.group(legend).withStyle(Style.NONE.withCssClass("funnel-legend")));
      return y;
    }
  }
}
