package io.github.evident.report.figure;

import static io.github.evident.report.figure.Theme.END;
import static io.github.evident.report.figure.Theme.FONT_SIZE;
import static io.github.evident.report.figure.Theme.LINE;
import static io.github.evident.report.figure.Theme.MARGIN;
import static io.github.evident.report.figure.Theme.MIDDLE;
import static io.github.evident.report.figure.Theme.SMALL;
import static io.github.evident.report.figure.Theme.SMALL_FONT_SIZE;
import static io.github.evident.report.figure.Theme.SMALL_LINE_HEIGHT;

import io.github.evident.core.internal.Format;
import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.TextMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal effect axis of a forest or funnel plot: its range and ticks on the analysis
 * scale, the pixel position of a value, and what is drawn against it (the axis line with its
 * tick labels, interval whiskers ending in arrows where they run off it, the "favours" labels
 * and the axis label). Tick labels are on the displayed scale of the {@link Transform}: "nice"
 * linear ticks, or ratio ticks (1, 2, 4, 10 and their reciprocals) on a log axis, thinned while
 * their labels would touch.
 */
final class Axis {

  /** Length of a tick mark. */
  static final double TICK = 5;
  /** Length of an arrow head at a clipped interval end. */
  static final double ARROW = 6;

  private final Transform transform;
  private final double lo;
  private final double hi;
  private final double left;
  private final double width;
  private final double[] ticks;

  private Axis(Transform transform, double lo, double hi, double[] ticks, double left,
      double width) {
    this.transform = transform;
    this.lo = lo;
    this.hi = hi;
    this.left = left;
    this.width = width;
    this.ticks = thin(ticks);
  }

  /**
   * An axis covering {@code [min, max]} (analysis scale), extended to the next nice ticks.
   *
   * @param min the smallest value to show
   * @param max the largest value to show
   * @param transform the display transform of the tick labels
   * @param left the x of the axis's left end
   * @param width the axis's length in px
   * @return the axis
   */
  static Axis covering(double min, double max, Transform transform, double left, double width) {
    double[] t;
    if (transform == Transform.EXP) {
      t = Ticks.ratio(Math.exp(min), Math.exp(max), true);
      for (int i = 0; i < t.length; i++) {
        t[i] = Math.log(t[i]);
      }
    } else {
      t = Ticks.linear(min, max, 5);
    }
    return new Axis(transform, Math.min(t[0], min), Math.max(t[t.length - 1], max), t, left,
        width);
  }

  /**
   * An axis over fixed limits (analysis scale), with the nice ticks inside them.
   *
   * @param lo the left end
   * @param hi the right end
   * @param transform the display transform of the tick labels
   * @param left the x of the axis's left end
   * @param width the axis's length in px
   * @return the axis
   */
  static Axis fixed(double lo, double hi, Transform transform, double left, double width) {
    double[] t = transform == Transform.EXP ? Ticks.ratio(Math.exp(lo), Math.exp(hi), false)
        : Ticks.linearWithin(lo, hi, 5);
    for (int i = 0; i < t.length; i++) {
      t[i] = transform.inverse(t[i]);
    }
    return new Axis(transform, lo, hi, t, left, width);
  }

  double lo() {
    return lo;
  }

  double hi() {
    return hi;
  }

  /** The x of the axis's left end. */
  double left() {
    return left;
  }

  /** The x of the axis's right end. */
  double right() {
    return left + width;
  }

  /** The tick positions, on the analysis scale. */
  double[] ticks() {
    return ticks.clone();
  }

  /** The x of an analysis-scale value. */
  double x(double v) {
    return left + (v - lo) / (hi - lo) * width;
  }

  /** Whether a value lies on the axis. */
  boolean contains(double v) {
    return v >= lo && v <= hi;
  }

  /** The value moved onto the axis. */
  double clamp(double v) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** The label of a tick at an analysis-scale value, on the displayed scale. */
  String tickLabel(double analysisValue) {
    return Format.tick(transform.apply(analysisValue));
  }

  /** Drops every other tick while tick labels would touch, keeping the null tick. */
  private double[] thin(double[] t) {
    double[] cur = t;
    while (cur.length > 2 && crowded(cur)) {
      int keep = 0;
      for (int i = 0; i < cur.length; i++) {
        if (Math.abs(cur[i]) < 1e-12) {
          keep = i % 2;
        }
      }
      List<Double> next = new ArrayList<>();
      for (int i = 0; i < cur.length; i++) {
        if (i % 2 == keep) {
          next.add(cur[i]);
        }
      }
      cur = next.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return cur;
  }

  private boolean crowded(double[] t) {
    for (int i = 0; i + 1 < t.length; i++) {
      double w1 = Theme.width(tickLabel(t[i]), SMALL_FONT_SIZE, false);
      double w2 = Theme.width(tickLabel(t[i + 1]), SMALL_FONT_SIZE, false);
      if (x(t[i + 1]) - x(t[i]) < (w1 + w2) / 2 + 6) {
        return true;
      }
    }
    return false;
  }

  /** The axis line at {@code ay} with its ticks; returns the y under the tick labels. */
  double draw(List<Element> axis, double ay) {
    axis.add(Element.line(x(lo), ay, x(hi), ay).withStyle(LINE));
    double labelY = ay + TICK + 3 + TextMetrics.capHeight(SMALL_FONT_SIZE);
    for (double t : ticks) {
      axis.add(Element.line(x(t), ay, x(t), ay + TICK).withStyle(LINE));
      axis.add(Element.text(x(t), labelY, tickLabel(t)).withStyle(MIDDLE.with(SMALL)));
    }
    return labelY + 6;
  }

  /**
   * The "favours" labels either side of the line of no effect, within a figure of width
   * {@code figureWidth}; returns the y under them.
   */
  double favours(List<Element> axis, String leftText, String rightText, double figureWidth,
      double top) {
    double y = top;
    double half = (figureWidth - 2 * MARGIN) / 2 - 8;
    List<String> l = Theme.wrap(leftText, SMALL_FONT_SIZE, half, false);
    List<String> r = Theme.wrap(rightText, SMALL_FONT_SIZE, half, false);
    double nx = x(clamp(0));
    double leftEnd = Math.max(MARGIN + Theme.widest(l, SMALL_FONT_SIZE), nx - 6);
    double rightStart = Math.min(figureWidth - MARGIN - Theme.widest(r, SMALL_FONT_SIZE),
        nx + 6);
    double fy = y + TextMetrics.capHeight(SMALL_FONT_SIZE) + 2;
    axis.add(Element.text(leftEnd, fy, l, SMALL_LINE_HEIGHT).withStyle(END.with(SMALL)));
    if (rightStart < leftEnd + 8) {
      // no room side by side: the right label goes under the left one
      fy += l.size() * SMALL_LINE_HEIGHT;
      y += l.size() * SMALL_LINE_HEIGHT;
    }
    axis.add(Element.text(rightStart, fy, r, SMALL_LINE_HEIGHT).withStyle(SMALL));
    return y + Math.max(l.size(), r.size()) * SMALL_LINE_HEIGHT + 3;
  }

  /**
   * The axis label, centred under the axis within a figure of width {@code figureWidth};
   * returns the y under it.
   */
  double label(List<Element> axis, String text, double figureWidth, double y) {
    List<String> lines = Theme.wrap(text, FONT_SIZE, figureWidth - 2 * MARGIN, false);
    double w = Theme.widest(lines, FONT_SIZE);
    double mid = Math.max(MARGIN + w / 2, Math.min(figureWidth - MARGIN - w / 2,
        left + width / 2));
    axis.add(Element.text(mid, y + TextMetrics.capHeight(FONT_SIZE) + 2, lines,
        Theme.LINE_HEIGHT).withStyle(MIDDLE));
    return y + lines.size() * Theme.LINE_HEIGHT + 4;
  }

  /** An interval's line at {@code cy}, clipped to the axis, with an arrow at each clipped end. */
  List<Element> whisker(double a, double b, double cy) {
    List<Element> out = new ArrayList<>();
    if (b < lo || a > hi) {
      // entirely off the axis: an arrow at the side it lies on
      double edge = b < lo ? x(lo) : x(hi);
      out.add(arrowHead(edge, cy, b < lo ? -1 : 1));
      return out;
    }
    double xa = x(Math.max(a, lo));
    double xb = x(Math.min(b, hi));
    if (a < lo) {
      out.add(arrowHead(xa, cy, -1));
      xa += ARROW;
    }
    if (b > hi) {
      out.add(arrowHead(xb, cy, 1));
      xb -= ARROW;
    }
    if (xb > xa) {
      out.add(Element.line(xa, cy, xb, cy).withStyle(LINE));
    }
    return out;
  }

  private static Element arrowHead(double tipX, double cy, double dir) {
    double base = tipX - dir * ARROW;
    return Element.polygon(tipX, cy, base, cy - 3.5, base, cy + 3.5).withStyle(Theme.SOLID);
  }
}
