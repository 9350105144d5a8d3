package io.github.evident.report.figure;

import io.github.evident.core.internal.Format;

import io.github.evident.core.svg.Element;
import io.github.evident.core.svg.Style;

/**
 * The marks of a forest plot's rows: a study's square, whose area is proportional to its weight,
 * the pooled diamond and the dashed line of no effect.
 */
final class Marks {

  private static final double MAX_SIDE = 14;
  private static final double MIN_SIDE = 4;
  /** Side of a square when the studies have no weights. */
  static final double FIXED_SIDE = 8;
  private static final double DIAMOND_HALF = 7;
  private static final Style SQUARE = Style.fill(Theme.MARK);
  private static final Style DIAMOND = Style.fill("#1a1a1a").withStroke("#1a1a1a")
      .withStrokeWidth(0.5);
  /** The dashed line of no effect. */
  static final Style NULL_LINE = Style.stroke(Theme.INK, 0.8).withDash(3, 3);

  private Marks() {}

  /** A p value as RevMan prints it in its notes: {@code P = 0.0123} or {@code P < 0.0001}. */
  static String revManP(double p) {
    String v = Format.pValue(p);
    return v.startsWith("<") ? "P " + v : "P = " + v;
  }

  /** A square of side {@code side} centred on ({@code x}, {@code cy}). */
  static Element square(double x, double cy, double side) {
    return Element.rect(x - side / 2, cy - side / 2, side, side).withStyle(SQUARE);
  }

  /** The side of a square whose area is proportional to {@code weight} (the largest 14 px). */
  static double side(double weight, double maxWeight) {
    return Math.max(MIN_SIDE, MAX_SIDE * Math.sqrt(weight / maxWeight));
  }

  /** The pooled diamond from {@code xl} to {@code xu} with its centre at {@code xc}. */
  static Element diamond(double xl, double xc, double xu, double cy) {
    return Element.polygon(xl, cy, xc, cy - DIAMOND_HALF, xu, cy, xc, cy + DIAMOND_HALF)
        .withStyle(DIAMOND);
  }
}
