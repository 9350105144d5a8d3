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
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Subgroup;
import io.github.evident.stats.meta.SubgroupDifferences;
import io.github.evident.stats.meta.SubgroupResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A forest plot of studies in subgroup blocks, as RevMan draws it, as SVG.
 *
 * <p>Per subgroup: a heading row, one row per study (square at the estimate, its confidence
 * interval, the estimate and interval as text, its weight in percent of the subgroup's fit), a
 * subtotal row {@code Subtotal (95% CI)} whose diamond spans the subgroup's confidence interval,
 * and, when the subgroup has its own fit, the lines {@code Heterogeneity: Tau² = …; Chi² = …,
 * df = … (P = …); I² = …%} and {@code Test for overall effect: Z = … (P = …)}. At the bottom the
 * overall pooled result when {@link #overall(MetaResult)} gives one, and {@code Test for subgroup
 * differences: Chi² = …, df = … (P = …), I² = …%}, with RevMan's I² = max(0, (Q − df)/Q).
 *
 * <p>With a common τ² ({@code SubgroupAnalysis.withCommonTau2()}) the subgroups have no fits of
 * their own: the subtotals are the mixed-effects model's predictions, the weights use the common
 * τ², and the per-subgroup heterogeneity and overall-effect lines are left out (the summary says
 * so). Every number printed comes from the {@link SubgroupResult}, the {@link EffectSize}s and
 * the overall {@link MetaResult}, formatted. Immutable; every {@code withX} returns a new plot.
 * Parts carry the CSS classes {@code forest-subgroup}, {@code forest-study},
 * {@code forest-subtotal}, {@code forest-pooled}, {@code forest-axis} and {@code forest-note}.
 *
 * <pre>{@code
 * SubgroupResult sub = SubgroupAnalysis.of(MetaAnalysis.randomEffects()).fit(yi, vi, alloc);
 * String svg = SubgroupForestPlot.of(labels, effects, alloc, sub).overall(res)
 *     .withTransform(Transform.EXP).withXLabel("Risk ratio (log scale)").toSvg();
 * }</pre>
 */
public final class SubgroupForestPlot {

  private static final double RH = 20;
  private static final double GAP = 18;
  private static final double PLOT_W = 320;
  /** How far study labels are indented under their subgroup's heading. */
  private static final double INDENT = 8;

  private final List<String> labels;
  private final List<EffectSize> effects;
  private final List<String> membership;
  private final SubgroupResult result;
  private final MetaResult overall;
  private final Transform transform;
  private final String xLabel;
  private final String[] favours;
  private final String title;

  private SubgroupForestPlot(List<String> labels, List<EffectSize> effects,
      List<String> membership, SubgroupResult result, MetaResult overall, Transform transform,
      String xLabel, String[] favours, String title) {
    this.labels = labels;
    this.effects = effects;
    this.membership = membership;
    this.result = result;
    this.overall = overall;
    this.transform = transform;
    this.xLabel = xLabel;
    this.favours = favours;
    this.title = title;
  }

  /**
   * A subgroup forest plot of the studies given to a subgroup analysis.
   *
   * @param labels one label per study; copied
   * @param effects the studies' effect sizes, in the order given to the analysis; copied
   * @param subgroupOfEachStudy each study's subgroup label, as given to the analysis; copied
   * @param result the subgroup analysis of these studies
   * @return the plot
   * @throws IllegalArgumentException if an argument is null, the sizes differ, a label or
   *     subgroup is blank or an effect null or with a non-positive variance (naming the study
   *     index), or the subgroups do not match the result's
   */
  public static SubgroupForestPlot of(List<String> labels, List<EffectSize> effects,
      List<String> subgroupOfEachStudy, SubgroupResult result) {
    Checks.notNull("labels", labels);
    Checks.notNull("effects", effects);
    Checks.notNull("subgroupOfEachStudy", subgroupOfEachStudy);
    Checks.notNull("result", result);
    if (effects.size() != labels.size() || subgroupOfEachStudy.size() != labels.size()) {
      throw new IllegalArgumentException("labels, effects and subgroupOfEachStudy must have the "
          + "same size, were " + labels.size() + ", " + effects.size() + " and "
          + subgroupOfEachStudy.size());
    }
    for (int i = 0; i < labels.size(); i++) {
      checkStudy(i, labels.get(i), effects.get(i), subgroupOfEachStudy.get(i));
    }
    checkMatches(subgroupOfEachStudy, result);
    return new SubgroupForestPlot(List.copyOf(labels), List.copyOf(effects),
        List.copyOf(subgroupOfEachStudy), result, null, Transform.NONE, null, null, null);
  }

  private static void checkStudy(int i, String label, EffectSize es, String subgroup) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("labels[" + i + "] (study " + i
          + ") must not be blank, was " + (label == null ? "null" : "'" + label + "'"));
    }
    if (es == null) {
      throw new IllegalArgumentException("effects[" + i + "] (study '" + label
          + "') must not be null");
    }
    if (!(es.variance() > 0)) {
      throw new IllegalArgumentException("effects[" + i + "] (study '" + label
          + "') has variance " + es.variance() + "; a pooled plot needs positive variances");
    }
    if (subgroup == null || subgroup.isBlank()) {
      throw new IllegalArgumentException("subgroupOfEachStudy[" + i + "] (study '" + label
          + "') must not be blank, was " + (subgroup == null ? "null" : "'" + subgroup + "'"));
    }
  }

  /** Checks that the subgroups, in first-appearance order and with their sizes, match the result. */
  private static void checkMatches(List<String> membership, SubgroupResult result) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    membership.forEach(g -> counts.merge(g, 1, Integer::sum));
    List<String> given = new ArrayList<>();
    counts.forEach((g, n) -> given.add(g + " (k = " + n + ")"));
    List<String> fitted = new ArrayList<>();
    result.subgroups().forEach(s -> fitted.add(s.label() + " (k = " + s.k() + ")"));
    if (!given.equals(fitted)) {
      throw new IllegalArgumentException("subgroupOfEachStudy gives the subgroups " + given
          + " but the result has " + fitted);
    }
  }

  /**
   * This plot with the overall pooled result of all studies (the "Total" diamond).
   *
   * @param pooled the fit of all studies, in the same order
   * @return a new plot
   * @throws IllegalArgumentException if pooled is null or its k differs from the studies'
   */
  public SubgroupForestPlot overall(MetaResult pooled) {
    Checks.notNull("overall result", pooled);
    if (pooled.k() != effects.size()) {
      throw new IllegalArgumentException("overall result has k = " + pooled.k()
          + " but the plot has " + effects.size() + " studies");
    }
    return new SubgroupForestPlot(labels, effects, membership, result, pooled, transform, xLabel,
        favours, title);
  }

  /**
   * This plot with another display transform, e.g. {@link Transform#EXP} for log ratios.
   *
   * @param newTransform the transform
   * @return a new plot
   * @throws IllegalArgumentException if the transform is null
   */
  public SubgroupForestPlot withTransform(Transform newTransform) {
    Checks.notNull("transform", newTransform);
    return new SubgroupForestPlot(labels, effects, membership, result, overall, newTransform,
        xLabel, favours, title);
  }

  /**
   * This plot with a label under the x axis, e.g. "Risk ratio (log scale)".
   *
   * @param label the label
   * @return a new plot
   * @throws IllegalArgumentException if the label is null or blank
   */
  public SubgroupForestPlot withXLabel(String label) {
    return new SubgroupForestPlot(labels, effects, membership, result, overall, transform,
        Checks.nonBlank("xLabel", label), favours, title);
  }

  /**
   * This plot with "favours" labels under the axis, left and right of the line of no effect.
   *
   * @param left what values below the line of no effect favour
   * @param right what values above it favour
   * @return a new plot
   * @throws IllegalArgumentException if a label is null or blank
   */
  public SubgroupForestPlot withFavours(String left, String right) {
    return new SubgroupForestPlot(labels, effects, membership, result, overall, transform,
        xLabel, new String[] {Checks.nonBlank("left", left), Checks.nonBlank("right", right)},
        title);
  }

  /**
   * This plot with a title above it (also the SVG's accessible title).
   *
   * @param newTitle the title
   * @return a new plot
   * @throws IllegalArgumentException if the title is null or blank
   */
  public SubgroupForestPlot withTitle(String newTitle) {
    return new SubgroupForestPlot(labels, effects, membership, result, overall, transform,
        xLabel, favours, Checks.nonBlank("title", newTitle));
  }

  /**
   * The studies' weights in percent of their subgroup's fit, {@code 100 w_i / Σ w_j} over the
   * subgroup with {@code w_i = 1/(v_i + τ²)} (the subgroup's τ², or the common τ²), in the order
   * given.
   *
   * @return a new array; each subgroup's weights sum to 100
   */
  public double[] weightsPercent() {
    double[] w = new double[effects.size()];
    Map<String, Double> sums = new LinkedHashMap<>();
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 / (effects.get(i).variance() + tau2(membership.get(i)));
      sums.merge(membership.get(i), w[i], Double::sum);
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i] / sums.get(membership.get(i)) * 100;
    }
    return w;
  }

  private double tau2(String subgroup) {
    return result.regression().map(r -> r.tau2())
        .orElseGet(() -> result.subgroup(subgroup).fit().orElseThrow().tau2());
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
   * The plot's rows as text: per subgroup its heading, its studies (label, estimate and
   * interval, weight), its subtotal and heterogeneity lines; then the overall result and the
   * test for subgroup differences.
   *
   * @return a multi-line summary
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Subgroup forest plot, "
        + Format.count(effects.size(), "study", "studies") + " in "
        + Format.count(result.subgroups().size(), "subgroup", "subgroups") + ", assuming "
        + result.assumption() + "\n");
    if (result.isCommonTau2()) {
      sb.append("Subtotals are the mixed-effects model's predictions; no per-subgroup "
          + "heterogeneity is shown\n");
    }
    double[] w = weightsPercent();
    for (Subgroup s : result.subgroups()) {
      sb.append(s.label()).append('\n');
      for (int i : studiesOf(s)) {
        sb.append("  ").append(labels.get(i)).append(": ")
            .append(estimateText(effects.get(i).estimate(), ci(i))).append(", weight ")
            .append(Format.percent(w[i], 0)).append('\n');
      }
      sb.append("  ").append(subtotalLabel()).append(": ")
          .append(estimateText(s.estimate().estimate(), s.estimate().ci())).append('\n');
      subgroupNotes(s).forEach(n -> sb.append("  ").append(n).append('\n'));
    }
    if (overall != null) {
      sb.append(totalLabel()).append(": ")
          .append(estimateText(overall.estimate(), overall.ci())).append('\n');
    }
    footer().forEach(n -> sb.append(n).append('\n'));
    return sb.toString().replace(Format.MINUS, '-');
  }

  /**
   * One line, e.g. {@code SubgroupForestPlot[13 studies, 3 subgroups, a separate tau^2 per
   * subgroup, transform exponential]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SubgroupForestPlot[" + Format.count(effects.size(), "study", "studies") + ", "
        + Format.count(result.subgroups().size(), "subgroup", "subgroups") + ", "
        + result.assumption() + (overall == null ? "" : ", with overall result")
        + ", transform " + transform.label() + "]";
  }

  // ------------------------------------------------------------------------- text

  private List<Integer> studiesOf(Subgroup s) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < membership.size(); i++) {
      if (membership.get(i).equals(s.label())) {
        out.add(i);
      }
    }
    return out;
  }

  private Interval ci(int i) {
    return effects.get(i).ci(result.level());
  }

  private String estimateText(double est, Interval ci) {
    return transform.text(est, ci, Format.FIGURE_DECIMALS);
  }

  private String subtotalLabel() {
    return "Subtotal (" + Format.level(result.level()) + "% CI)";
  }

  private String totalLabel() {
    return "Total (" + Format.level(overall.level()) + "% CI)";
  }

  /** RevMan's p: {@code P = 0.46} or {@code P < 0.0001}. */
  /** The subgroup's heterogeneity and overall-effect lines; none without its own fit. */
  private List<String> subgroupNotes(Subgroup s) {
    if (s.fit().isEmpty()) {
      return List.of();
    }
    MetaResult f = s.fit().get();
    int d = Format.FIGURE_DECIMALS;
    String het = "Heterogeneity: "
        + (f.model() == MetaResult.Model.COMMON_EFFECT ? ""
            : "Tau² = " + Format.figure(f.tau2(), d) + "; ")
        + (f.k() > 1 ? "Chi² = " + Format.figure(f.q(), d) + ", df = " + f.qDf() + " ("
            + Marks.revManP(f.qPValue()) + "); " : "")
        + "I² = " + Format.percent(f.i2(), 0);
    String test = "Test for overall effect: "
        + (f.test() == MetaResult.Test.Z ? "Z" : "t(" + f.testDf().orElse(f.k() - 1) + ")")
        + " = " + Format.figure(Math.abs(f.statistic()), d) + " (" + Marks.revManP(f.pValue()) + ")";
    return List.of(het, test);
  }

  /** The test for subgroup differences, and the overall result's notes. */
  private List<String> footer() {
    SubgroupDifferences b = result.between();
    int d = Format.FIGURE_DECIMALS;
    List<String> out = new ArrayList<>();
    if (b.isF()) {
      out.add("Test for subgroup differences: F = " + Format.figure(b.statistic(), d)
          + ", df = (" + b.df() + ", " + b.denominatorDf().getAsInt() + ") ("
          + Marks.revManP(b.pValue()) + ")");
    } else {
      double i2 = b.statistic() > b.df() ? (b.statistic() - b.df()) / b.statistic() * 100 : 0;
      out.add("Test for subgroup differences: Chi² = " + Format.figure(b.statistic(), d)
          + ", df = " + b.df() + " (" + Marks.revManP(b.pValue()) + "), I² = " + Format.percent(i2, 0));
    }
    result.notes().forEach(n -> out.add("Note: " + n));
    return out;
  }

  // ------------------------------------------------------------------------- layout

  private final class Layout {

    private final double[] weights = weightsPercent();
    private final Axis axis;
    private final double plotX;
    private final double estRight;
    private final double weightRight;
    private final double width;

    Layout() {
      List<String> headings = new ArrayList<>(List.of("Study or subgroup", subtotalLabel()));
      result.subgroups().forEach(s -> headings.add(s.label()));
      if (overall != null) {
        headings.add(totalLabel());
      }
      double lw = Math.max(Theme.widest(labels, FONT_SIZE) + INDENT, headings.stream()
          .mapToDouble(h -> Theme.width(h, FONT_SIZE, true)).max().orElse(0));
      plotX = MARGIN + lw + GAP;
      axis = axis();
      List<String> est = new ArrayList<>();
      for (int i = 0; i < effects.size(); i++) {
        est.add(estimateText(effects.get(i).estimate(), ci(i)));
      }
      double ew = Math.max(Theme.widest(est, FONT_SIZE),
          Theme.width("Estimate [" + Format.level(result.level()) + "% CI] ", FONT_SIZE, true));
      estRight = plotX + PLOT_W + GAP + ew;
      weightRight = estRight + GAP + Theme.width("Weight", FONT_SIZE, true);
      width = Math.ceil(weightRight + MARGIN);
    }

    private Axis axis() {
      double min = 0;
      double max = 0;
      List<Interval> all = new ArrayList<>();
      for (int i = 0; i < effects.size(); i++) {
        all.add(ci(i));
      }
      result.subgroups().forEach(s -> all.add(s.estimate().ci()));
      if (overall != null) {
        all.add(overall.ci());
      }
      for (Interval c : all) {
        min = Math.min(min, c.lower());
        max = Math.max(max, c.upper());
      }
      return Axis.covering(min, max, transform, plotX, PLOT_W);
    }

    Svg draw() {
      List<Element> els = new ArrayList<>();
      double y = Theme.title(els, title, width);
      els.add(header(y));
      y += RH;
      double rowsTop = y;
      double maxW = 0;
      for (double w : weights) {
        maxW = Math.max(maxW, w);
      }
      for (Subgroup s : result.subgroups()) {
        double b = baseline(y + RH / 2, FONT_SIZE);
        els.add(Element.group(List.of(Element.text(MARGIN, b, s.label()).withStyle(BOLD)))
            .withStyle(Style.NONE.withCssClass("forest-subgroup")));
        y += RH;
        for (int i : studiesOf(s)) {
          els.add(studyRow(i, y + RH / 2, maxW));
          y += RH;
        }
        els.add(diamondRow(subtotalLabel(), s.estimate().estimate(), s.estimate().ci(),
            y + RH / 2, "forest-subtotal"));
        y += RH;
        y = Theme.notes(els, subgroupNotes(s), width, y + 2, "forest-note") + 6;
      }
      if (overall != null) {
        els.add(Element.line(MARGIN, y + 2, weightRight, y + 2).withStyle(Theme.GRID));
        y += 4;
        els.add(diamondRow(totalLabel(), overall.estimate(), overall.ci(), y + RH / 2,
            "forest-pooled"));
        y += RH;
      }
      double rowsBottom = y + 4;
      if (axis.contains(0)) {
        els.add(Element.line(axis.x(0), rowsTop, axis.x(0), rowsBottom).withStyle(Marks.NULL_LINE));
      }
      List<Element> axisEls = new ArrayList<>();
      y = axis.draw(axisEls, rowsBottom);
      if (favours != null) {
        y = axis.favours(axisEls, favours[0], favours[1], width, y);
      }
      if (xLabel != null) {
        y = axis.label(axisEls, xLabel, width, y);
      }
      els.add(Element.group(axisEls).withStyle(Style.NONE.withCssClass("forest-axis")));
      y = Theme.notes(els, footer(), width, y + 6, "forest-note");
      return Theme.document(width, y, title != null ? title : "Subgroup forest plot", summary(),
          els);
    }

    private Element header(double top) {
      double b = baseline(top + RH / 2, FONT_SIZE);
      return Element.group(List.of(
          Element.text(MARGIN, b, "Study or subgroup").withStyle(BOLD),
          Element.text(estRight, b, "Estimate [" + Format.level(result.level()) + "% CI]")
              .withStyle(BOLD.with(END)),
          Element.text(weightRight, b, "Weight").withStyle(BOLD.with(END))));
    }

    private Element studyRow(int i, double cy, double maxWeight) {
      double b = baseline(cy, FONT_SIZE);
      Interval c = ci(i);
      String est = estimateText(effects.get(i).estimate(), c);
      String w = Format.percent(weights[i], 0);
      List<Element> row = new ArrayList<>();
      row.add(Element.text(MARGIN + INDENT, b, labels.get(i)));
      row.addAll(axis.whisker(c.lower(), c.upper(), cy));
      if (axis.contains(effects.get(i).estimate())) {
        row.add(Marks.square(axis.x(effects.get(i).estimate()), cy,
            Marks.side(weights[i], maxWeight)));
      }
      row.add(Element.text(estRight, b, est).withStyle(END));
      row.add(Element.text(weightRight, b, w).withStyle(END));
      return Element.group(row).withStyle(Style.NONE.withCssClass("forest-study"))
          .withTitle(labels.get(i) + ": " + est.replace(Format.MINUS, '-') + ", weight " + w);
    }

    private Element diamondRow(String label, double est, Interval c, double cy, String css) {
      double b = baseline(cy, FONT_SIZE);
      String text = estimateText(est, c);
      List<Element> row = new ArrayList<>();
      row.add(Element.text(MARGIN, b, label).withStyle(BOLD));
      row.add(Marks.diamond(axis.x(axis.clamp(c.lower())), axis.x(axis.clamp(est)),
          axis.x(axis.clamp(c.upper())), cy));
      row.add(Element.text(estRight, b, text).withStyle(BOLD.with(END)));
      row.add(Element.text(weightRight, b, "100%").withStyle(BOLD.with(END)));
      return Element.group(row).withStyle(Style.NONE.withCssClass(css))
          .withTitle(label + ": " + text.replace(Format.MINUS, '-'));
    }
  }
}
