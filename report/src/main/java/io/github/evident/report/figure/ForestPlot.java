package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.BOLD;
import static io.github.evident.report.figure.Theme.END;
import static io.github.evident.report.figure.Theme.FONT_SIZE;
import static io.github.evident.report.figure.Theme.LINE;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.baseline;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;
import io.github.evident.core.svg.Svg;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A forest plot (Lewis and Clarke 2001, BMJ 322:1479-1480) of study effect sizes, with the
 * pooled estimate of a meta-analysis when one is given, as SVG.
 *
 * <p>One row per study: its label, a square at the estimate with a horizontal line for its
 * confidence interval, the estimate and interval as text and, when pooled, the study's weight
 * in percent. With a pooled {@link MetaResult} the plot adds a diamond whose centre is the
 * pooled estimate and whose ends are its confidence interval, the prediction interval as a
 * dashed line through the diamond's row (as metafor's {@code forest(..., addpred = TRUE)}), and
 * lines under the axis with the heterogeneity statistics and the test of the overall effect,
 * e.g. {@code Random-effects REML: τ² = 0.31, I² = 92% [82%, 98%], Q(12) = 152.23,
 * p < 0.0001}. Without a pooled result there is no diamond and no weight column: a forest plot
 * without pooling, ordered by a study characteristic with {@link #orderedBy(double...)}, is a
 * display for a synthesis without meta-analysis (Campbell et al. 2020, SWiM item 7).
 *
 * <p>Weights are the random-effects weights {@code w_i = 1/(v_i + τ²)} of the fit (τ² = 0 for
 * a common-effect fit) as percentages of their sum, as metafor's {@code weights()}; the area of
 * a study's square is proportional to its weight. Without pooling all squares have one size.
 * Every number printed comes from the {@link EffectSize}s (Wald intervals at the pooled
 * result's level, 95% otherwise) and the {@link MetaResult}, formatted, never computed another
 * way.
 *
 * <pre>{@code
 * List<EffectSize> es = ...; // e.g. EffectSizes.logRiskRatio(a, b, c, d) per trial
 * MetaResult res = MetaAnalysis.randomEffects().fit(es);
 * String svg = ForestPlot.of(labels, es).pooled(res).withTransform(Transform.EXP)
 *     .withXLabel("Risk ratio (log scale)").withFavours("Favours vaccine", "Favours control")
 *     .toSvg();
 * }</pre>
 *
 * <p>The x axis covers every interval drawn (extended to the next "nice" tick: 1, 2, 4, 10 and
 * their reciprocals on a log axis); {@link #withAxisLimits(double, double)} fixes it, and
 * intervals running off it end in an arrow. The line of no effect is at 0, or at 1 with
 * {@link Transform#EXP}. Immutable; every {@code withX} returns a new plot. Parts carry the CSS
 * classes {@code forest-study}, {@code forest-pooled}, {@code forest-axis} and
 * {@code forest-note}.
 */
public final class ForestPlot {

  private static final double RH = 20;
  private static final double GAP = 18;
  private static final double PLOT_W = 320;

  private static final Style PI_LINE = Style.stroke("#1a1a1a", 1.2).withDash(4, 2);

  private final ImmutableForestSettings cfg;

  private ForestPlot(ImmutableForestSettings cfg) {
    this.cfg = cfg;
  }

  /**
   * A forest plot of studies without pooling.
   *
   * @param labels one label per study, e.g. "Aronson 1948"; copied
   * @param effects the studies' effect sizes, in the same order; copied
   * @return the plot
   * @throws IllegalArgumentException if a list is null or empty, the sizes differ, or a label
   *     (naming its index) is null or blank or an effect size is null
   */
  public static ForestPlot of(List<String> labels, List<EffectSize> effects) {
    if (labels == null || effects == null) {
      throw new IllegalArgumentException((labels == null ? "labels" : "effects")
          + " must not be null");
    }
    if (effects.isEmpty()) {
      throw new IllegalArgumentException("effects must not be empty (k = 0)");
    }
    if (labels.size() != effects.size()) {
      throw new IllegalArgumentException("labels and effects must have the same size, were "
          + labels.size() + " and " + effects.size());
    }
    for (int i = 0; i < labels.size(); i++) {
      String l = labels.get(i);
      if (l == null || l.isBlank()) {
        throw new IllegalArgumentException("labels[" + i + "] (study " + i
            + ") must not be blank, was " + (l == null ? "null" : "'" + l + "'"));
      }
      if (effects.get(i) == null) {
        throw new IllegalArgumentException("effects[" + i + "] (study '" + l
            + "') must not be null");
      }
    }
    int[] identity = new int[labels.size()];
    Arrays.setAll(identity, i -> i);
    return new ForestPlot(ImmutableForestSettings.builder().labels(labels).effects(effects)
        .transform(Transform.NONE).level(0.95).decimals(Format.FIGURE_DECIMALS).order(identity)
        .build());
  }

  /**
   * This plot with the pooled result of a meta-analysis of the same studies: adds the diamond,
   * the prediction interval, the weights and the heterogeneity statistics, and sets the level of
   * the study intervals to the result's level.
   *
   * @param pooled the fit of these effect sizes, in the same order
   * @return a new plot
   * @throws IllegalArgumentException if pooled is null, its k differs from the number of
   *     studies, or a study's variance is not positive
   */
  public ForestPlot pooled(MetaResult pooled) {
    if (pooled == null) {
      throw new IllegalArgumentException("pooled result must not be null");
    }
    if (pooled.k() != cfg.effects().size()) {
      throw new IllegalArgumentException("pooled result has k = " + pooled.k() + " but the plot "
          + "has " + cfg.effects().size() + " studies");
    }
    for (int i = 0; i < cfg.effects().size(); i++) {
      double v = cfg.effects().get(i).variance();
      if (!(v > 0)) {
        throw new IllegalArgumentException("effects[" + i + "] (study '" + cfg.labels().get(i)
            + "') has variance " + v + "; a pooled plot needs positive variances");
      }
    }
    return new ForestPlot(cfg.withResult(pooled).withLevel(pooled.level()));
  }

  /**
   * This plot without the pooled result (no diamond, weights or heterogeneity).
   *
   * @return a new plot
   */
  public ForestPlot unpooled() {
    return new ForestPlot(cfg.withResult(null));
  }

  /**
   * This plot with another display transform, e.g. {@link Transform#EXP} for log ratios.
   * Axis limits set before are cleared (they are on the displayed scale); set them after.
   *
   * @param newTransform the transform
   * @return a new plot
   * @throws IllegalArgumentException if the transform is null
   */
  public ForestPlot withTransform(Transform newTransform) {
    if (newTransform == null) {
      throw new IllegalArgumentException("transform must not be null");
    }
    return new ForestPlot(cfg.withTransform(newTransform).withLimits(null));
  }

  /**
   * This plot with a label under the x axis, e.g. "Risk ratio (log scale)".
   *
   * @param label the label
   * @return a new plot
   * @throws IllegalArgumentException if the label is null or blank
   */
  public ForestPlot withXLabel(String label) {
    return new ForestPlot(cfg.withXLabel(text("xLabel", label)));
  }

  /**
   * This plot with "favours" labels under the axis, left and right of the line of no effect.
   *
   * @param left what values below the line of no effect favour, e.g. "Favours vaccine"
   * @param right what values above it favour, e.g. "Favours control"
   * @return a new plot
   * @throws IllegalArgumentException if a label is null or blank
   */
  public ForestPlot withFavours(String left, String right) {
    return new ForestPlot(cfg.withFavoursLeft(text("left", left))
        .withFavoursRight(text("right", right)));
  }

  /**
   * This plot with a title above it (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is null or blank
   */
  public ForestPlot withTitle(String newTitle) {
    return new ForestPlot(cfg.withTitle(text("title", newTitle)));
  }

  /**
   * This plot with study intervals at another confidence level (without pooling; a pooled plot
   * uses the result's level throughout).
   *
   * @param newLevel the level, in (0, 1)
   * @return a new plot
   * @throws IllegalArgumentException if the level is not in (0, 1), or the plot is pooled at
   *     another level
   */
  public ForestPlot withLevel(double newLevel) {
    if (!(newLevel > 0 && newLevel < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), was " + newLevel);
    }
    if (cfg.result() != null && newLevel != cfg.result().level()) {
      throw new IllegalArgumentException("level " + newLevel + " differs from the pooled "
          + "result's level " + cfg.result().level());
    }
    return new ForestPlot(cfg.withLevel(newLevel));
  }

  /**
   * This plot with fixed x axis limits, on the displayed scale (e.g. risk ratios 0.05 and 10
   * with {@link Transform#EXP}); intervals beyond them end in arrows and estimates beyond them
   * are not marked (their numbers are still printed).
   *
   * @param lower the left end
   * @param upper the right end, above lower
   * @return a new plot
   * @throws IllegalArgumentException if a limit is not finite (or not positive with
   *     {@link Transform#EXP}), or lower is not below upper
   */
  public ForestPlot withAxisLimits(double lower, double upper) {
    double lo = cfg.transform().inverse(lower);
    double hi = cfg.transform().inverse(upper);
    if (!(lo < hi)) {
      throw new IllegalArgumentException("axis limits must satisfy lower < upper, were "
          + lower + " and " + upper);
    }
    return new ForestPlot(cfg.withLimits(lo, hi));
  }

  /**
   * This plot with another number of decimals in the printed estimates (default 2).
   *
   * @param newDecimals 0 to 6
   * @return a new plot
   * @throws IllegalArgumentException if out of range
   */
  public ForestPlot withDecimals(int newDecimals) {
    if (newDecimals < 0 || newDecimals > 6) {
      throw new IllegalArgumentException("decimals must be in 0..6, was " + newDecimals);
    }
    return new ForestPlot(cfg.withDecimals(newDecimals));
  }

  /**
   * This plot with the studies ordered by a characteristic (ascending; ties keep the given
   * order), e.g. publication year, risk of bias or dose.
   *
   * @param keys one value per study, in the order of {@link #labels()}; copied
   * @return a new plot
   * @throws IllegalArgumentException if keys is null, has another length, or holds NaN
   */
  public ForestPlot orderedBy(double... keys) {
    if (keys == null || keys.length != cfg.labels().size()) {
      throw new IllegalArgumentException("keys must have one value per study (" + cfg.labels().size()
          + "), had " + (keys == null ? "null" : keys.length));
    }
    double[] k = keys.clone();
    for (int i = 0; i < k.length; i++) {
      if (Double.isNaN(k[i])) {
        throw new IllegalArgumentException("keys[" + i + "] (study '" + cfg.labels().get(i)
            + "') is NaN");
      }
    }
    Integer[] idx = new Integer[k.length];
    Arrays.setAll(idx, i -> i);
    Arrays.sort(idx, Comparator.comparingDouble(i -> k[i]));
    int[] o = Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    return new ForestPlot(cfg.withOrder(o));
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
   * The effect sizes, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<EffectSize> effects() {
    return cfg.effects();
  }

  /**
   * The pooled result drawn.
   *
   * @return the result, empty without pooling
   */
  public Optional<MetaResult> pooledResult() {
    return Optional.ofNullable(cfg.result());
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
   * The studies' weights in percent, {@code 100 w_i / Σ w_j} with {@code w_i = 1/(v_i + τ²)},
   * in the order given (metafor's {@code weights()}).
   *
   * @return a new array summing to 100
   * @throws IllegalStateException if the plot is not pooled
   */
  public double[] weightsPercent() {
    if (cfg.result() == null) {
      throw new IllegalStateException("an unpooled forest plot has no weights; call pooled(...)");
    }
    double[] w = new double[cfg.effects().size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 / (cfg.effects().get(i).variance() + cfg.result().tau2());
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i] / sum * 100; // as metafor: w / sum(w) * 100
    }
    return w;
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
   * The plot's rows as text: one line per study (label, estimate and interval, weight), the
   * pooled row and the heterogeneity lines.
   *
   * @return a multi-line summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Forest plot, "
        + Format.count(cfg.effects().size(), "study", "studies")
        + (cfg.result() == null ? ", not pooled" : "") + "\n");
    double[] w = cfg.result() == null ? null : weightsPercent();
    for (int r = 0; r < cfg.order().length; r++) {
      int i = cfg.order()[r];
      sb.append(cfg.labels().get(i)).append(": ").append(estimateText(cfg.effects().get(i).estimate(),
          cfg.effects().get(i).ci(cfg.level())));
      if (w != null) {
        sb.append(", weight ").append(Format.percent(w[i], 0));
      }
      sb.append('\n');
    }
    if (cfg.result() != null) {
      sb.append(pooledLabel()).append(": ").append(estimateText(cfg.result().estimate(), cfg.result().ci()))
          .append('\n');
      for (String line : notes()) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString().replace(Format.MINUS, '-');
  }

  /**
   * One line, e.g. {@code ForestPlot[13 studies, pooled random-effects REML, transform EXP]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ForestPlot[" + Format.count(cfg.effects().size(), "study", "studies") + ", "
        + (cfg.result() == null ? "not pooled" : "pooled " + modelName()) + ", transform " + cfg.transform().label()
        + "]";
  }

  // ------------------------------------------------------------------------- text

  private String estimateText(double est, Interval ci) {
    return cfg.transform().text(est, ci, cfg.decimals());
  }

  private String modelName() {
    if (cfg.result().model() == MetaResult.Model.COMMON_EFFECT) {
      return "common-effect";
    }
    return "random-effects " + cfg.result().tau2Estimator().map(Tau2Estimator::metaforName).orElse("");
  }

  private String pooledLabel() {
    return cfg.result().model() == MetaResult.Model.COMMON_EFFECT ? "Common-effect model"
        : "Random-effects model";
  }

  /**
   * The heterogeneity line and the overall-effect line, as metafor's {@code forest} prints
   * them: estimates with {@link Format#FIGURE_DECIMALS} decimals, percentages whole, p values
   * by {@link Format#p(double)}.
   */
  private List<String> notes() {
    MetaResult m = cfg.result();
    int d = Format.FIGURE_DECIMALS;
    StringBuilder h = new StringBuilder();
    if (m.model() == MetaResult.Model.COMMON_EFFECT) {
      h.append("Common-effect model: ");
    } else {
      h.append("Random-effects ").append(m.tau2Estimator().map(Tau2Estimator::metaforName)
          .orElse("")).append(": τ² = ").append(Format.figure(m.tau2(), d)).append(", ");
    }
    h.append("I² = ").append(Format.percent(m.i2(), 0));
    m.i2Ci().ifPresent(c -> h.append(" [").append(Format.percent(c.lower(), 0)).append(", ")
        .append(Format.percent(c.upper(), 0)).append(']'));
    if (m.k() > 1) {
      h.append(", Q(").append(m.qDf()).append(") = ").append(Format.figure(m.q(), d))
          .append(", ").append(Format.p(m.qPValue()));
    }
    StringBuilder t = new StringBuilder("Test for overall effect: ");
    t.append(m.test() == MetaResult.Test.Z ? "z" : "t(" + m.testDf().orElse(m.k() - 1) + ")");
    t.append(" = ").append(Format.figure(m.statistic(), d)).append(", ")
        .append(Format.p(m.pValue()));
    m.predictionInterval().ifPresent(p -> t.append("; ").append(Format.level(cfg.level()))
        .append("% prediction interval ")
        .append(Format.figure(cfg.transform().apply(p.lower()), cfg.decimals())).append(" to ")
        .append(Format.figure(cfg.transform().apply(p.upper()), cfg.decimals()))
        .append(" (dashed)"));
    List<String> out = new ArrayList<>(List.of(h.toString(), t.toString()));
    for (String n : m.notes()) {
      out.add("Note: " + n);
    }
    return out;
  }

  private static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank, was "
          + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }

  // ------------------------------------------------------------------------- layout

  private final class Layout {

    private final int k = cfg.effects().size();
    private final Interval[] cis = new Interval[k];
    private final double[] weights;
    private final String[] estTexts = new String[k];
    private final String[] weightTexts = new String[k];
    private final Axis axis;
    private final double labelW;
    private final double plotX;
    private final double estRight;
    private final double weightRight;
    private final double width;
    private final String estHeader;

    Layout() {
      weights = cfg.result() == null ? null : weightsPercent();
      for (int i = 0; i < k; i++) {
        cis[i] = cfg.effects().get(i).ci(cfg.level());
        estTexts[i] = estimateText(cfg.effects().get(i).estimate(), cis[i]);
        weightTexts[i] = weights == null ? "" : Format.percent(weights[i], 0);
      }
      labelW = labelWidth();
      plotX = MARGIN + labelW + GAP;
      axis = axis();
      estHeader = Format.level(cfg.level()) + "% CI";
      estRight = plotX + PLOT_W + GAP + estimateWidth();
      double ww = weights == null ? 0 : Theme.width("Weight", FONT_SIZE, true);
      weightRight = estRight + (weights == null ? 0 : GAP + ww);
      width = Math.ceil(weightRight + MARGIN);
    }

    /**
     * The axis: the given limits, or ticks spanning every interval, the pooled intervals and
     * the null value 0.
     */
    private Axis axis() {
      if (cfg.limits() != null) {
        return Axis.fixed(cfg.limits()[0], cfg.limits()[1], cfg.transform(), plotX, PLOT_W);
      }
      double min = 0;
      double max = 0;
      for (int i = 0; i < k; i++) {
        min = Math.min(min, cis[i].lower());
        max = Math.max(max, cis[i].upper());
      }
      if (cfg.result() != null) {
        min = Math.min(min, cfg.result().ci().lower());
        max = Math.max(max, cfg.result().ci().upper());
        if (cfg.result().predictionInterval().isPresent()) {
          min = Math.min(min, cfg.result().predictionInterval().get().lower());
          max = Math.max(max, cfg.result().predictionInterval().get().upper());
        }
      }
      return Axis.covering(min, max, cfg.transform(), plotX, PLOT_W);
    }

    /** The width of the study column: its heading, the labels and the pooled label. */
    private double labelWidth() {
      double lw = Math.max(Theme.width("Study", FONT_SIZE, true),
          Theme.widest(cfg.labels(), FONT_SIZE));
      if (cfg.result() != null) {
        lw = Math.max(lw, Theme.width(pooledLabel(), FONT_SIZE, true));
      }
      return lw;
    }

    /** The width of the estimate column: its heading, the studies' and the pooled text. */
    private double estimateWidth() {
      double ew = Math.max(Theme.width("Estimate [" + estHeader + "]", FONT_SIZE, true),
          Theme.widest(List.of(estTexts), FONT_SIZE));
      if (cfg.result() != null) {
        ew = Math.max(ew, Theme.width(estimateText(cfg.result().estimate(), cfg.result().ci()),
            FONT_SIZE, true));
      }
      return ew;
    }

    double x(double v) {
      return axis.x(v);
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double y = Theme.title(els, cfg.title(), width);
      els.add(header(y));
      y += RH;
      double rowsTop = y;
      double maxW = weights == null ? 0 : Arrays.stream(weights).max().orElse(0);
      for (int r = 0; r < k; r++) {
        els.add(studyRow(cfg.order()[r], y + RH / 2, maxW));
        y += RH;
      }
      if (cfg.result() != null) {
        els.add(Element.line(MARGIN, y + 6, weightRight, y + 6).withStyle(Theme.GRID));
        y += 8;
        els.add(pooledRow(y + RH / 2));
        y += RH;
      }
      double rowsBottom = y + 4;
      if (axis.contains(0)) {
        els.add(Element.line(x(0), rowsTop, x(0), rowsBottom).withStyle(Marks.NULL_LINE));
      }
      List<Element> axisEls = new ArrayList<>();
      y = axis.draw(axisEls, rowsBottom);
      if (cfg.favoursLeft() != null) {
        y = axis.favours(axisEls, cfg.favoursLeft(), cfg.favoursRight(), width, y);
      }
      if (cfg.xLabel() != null) {
        y = axis.label(axisEls, cfg.xLabel(), width, y);
      }
      els.add(Element.group(axisEls).withStyle(Style.NONE.withCssClass("forest-axis")));
      if (cfg.result() != null) {
        y = Theme.notes(els, notes(), width, y + 6, "forest-note");
      }
      return Theme.document(width, y, cfg.title() != null ? cfg.title() : "Forest plot",
          summary(), els);
    }

    /** The column headings, in a row of height RH from {@code top}. */
    private Element header(double top) {
      double b = baseline(top + RH / 2, FONT_SIZE);
      List<Element> head = new ArrayList<>();
      head.add(Element.text(MARGIN, b, "Study").withStyle(BOLD));
      head.add(Element.text(estRight, b, "Estimate [" + estHeader + "]")
          .withStyle(BOLD.with(END)));
      if (weights != null) {
        head.add(Element.text(weightRight, b, "Weight").withStyle(BOLD.with(END)));
      }
      return Element.group(head);
    }

    /** Study {@code i}'s row centred on {@code cy}: label, whisker, square, numbers. */
    private Element studyRow(int i, double cy, double maxWeight) {
      double b = baseline(cy, FONT_SIZE);
      List<Element> row = new ArrayList<>();
      row.add(Element.text(MARGIN, b, cfg.labels().get(i)));
      row.addAll(axis.whisker(cis[i].lower(), cis[i].upper(), cy));
      double est = cfg.effects().get(i).estimate();
      if (axis.contains(est)) {
        // the square's area is proportional to the study's weight
        double side = weights == null ? Marks.FIXED_SIDE : Marks.side(weights[i], maxWeight);
        row.add(Marks.square(x(est), cy, side));
      }
      row.add(Element.text(estRight, b, estTexts[i]).withStyle(END));
      if (weights != null) {
        row.add(Element.text(weightRight, b, weightTexts[i]).withStyle(END));
      }
      return Element.group(row).withStyle(Style.NONE.withCssClass("forest-study"))
          .withTitle(cfg.labels().get(i) + ": " + estTexts[i].replace(Format.MINUS, '-')
              + (weights == null ? "" : ", weight " + weightTexts[i]));
    }

    /** The pooled row centred on {@code cy}: the diamond and the prediction interval. */
    private Element pooledRow(double cy) {
      MetaResult m = cfg.result();
      double b = baseline(cy, FONT_SIZE);
      List<Element> row = new ArrayList<>();
      row.add(Element.text(MARGIN, b, pooledLabel()).withStyle(BOLD));
      m.predictionInterval().ifPresent(p -> {
        double a = x(axis.clamp(p.lower()));
        double z = x(axis.clamp(p.upper()));
        row.add(Element.line(a, cy, z, cy).withStyle(PI_LINE));
        if (p.lower() >= axis.lo()) {
          row.add(Element.line(a, cy - 3, a, cy + 3).withStyle(LINE));
        }
        if (p.upper() <= axis.hi()) {
          row.add(Element.line(z, cy - 3, z, cy + 3).withStyle(LINE));
        }
      });
      double cl = x(axis.clamp(m.ci().lower()));
      double cu = x(axis.clamp(m.ci().upper()));
      double ce = x(axis.clamp(m.estimate()));
      row.add(Marks.diamond(cl, ce, cu, cy));
      String text = estimateText(m.estimate(), m.ci());
      row.add(Element.text(estRight, b, text).withStyle(BOLD.with(END)));
      row.add(Element.text(weightRight, b, "100%").withStyle(BOLD.with(END)));
      return Element.group(row).withStyle(Style.NONE.withCssClass("forest-pooled"))
          .withTitle(pooledLabel() + ": " + text.replace(Format.MINUS, '-'));
    }
  }
}
