package io.github.evident.report.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting for figure text: fixed decimals, a true minus sign, never "-0". */
final class Fmt {

  /** The minus sign (U+2212) used in figure text. */
  static final char MINUS = '\u2212';

  private Fmt() {}

  /** {@code x} with exactly {@code decimals} decimals, half-up as {@link String#format}. */
  static String fixed(double x, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
    if (s.startsWith("-")) {
      String digits = s.substring(1);
      return digits.matches("[0.]*") ? digits : MINUS + digits;
    }
    return s;
  }

  /** A tick label: the shortest decimal form of a value already rounded to a nice number. */
  static String tick(double x) {
    BigDecimal d = new BigDecimal(Double.toString(x)).round(new java.math.MathContext(6,
        RoundingMode.HALF_EVEN)).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    String s = d.toPlainString();
    return s.startsWith("-") ? MINUS + s.substring(1) : s;
  }

  /** A p value: {@code p < 0.001} or {@code p = 0.012}. */
  static String p(double p) {
    return p < 0.001 ? "p < 0.001" : "p = " + fixed(p, 3);
  }

  /** τ² with two decimals, or two significant digits when it is positive but below 0.005. */
  static String tau2(double t) {
    if (t > 0 && t < 0.005) {
      return String.format(Locale.ROOT, "%.2g", t);
    }
    return fixed(t, 2);
  }

  /** A confidence level as a percentage without trailing zeros, e.g. "95". */
  static String percent(double level) {
    return new BigDecimal(Double.toString(100 * level)).round(new java.math.MathContext(6))
        .stripTrailingZeros().toPlainString();
  }
}
