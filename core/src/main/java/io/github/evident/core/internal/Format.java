package io.github.evident.core.internal;

import io.github.evident.core.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The one way Evident prints a number, in every {@code toString}, {@code summary()}, figure and
 * report.
 *
 * <ul>
 *   <li>Estimates, standard errors, test statistics and interval bounds: fixed decimals, {@link
 *       #TEXT_DECIMALS} in text (as metafor's {@code print}) and {@link #FIGURE_DECIMALS} in
 *       figures and report tables (as metafor's {@code forest}), rounded half-up as
 *       {@link String#format} rounds (R rounds an exact decimal tie to even); never
 *       {@code -0.00}; infinite bounds as {@code Inf} and {@code -Inf}, a missing value as
 *       {@code NA}.
 *   <li>Intervals: {@code [lower, upper]} with the decimals of their estimate.
 *   <li>p values: four decimals, and {@code < 0.0001} below that, everywhere (metafor's rule).
 *   <li>Percentages (I², shares): {@code 92.22%} in text, {@code 92%} in figures; a confidence
 *       level as {@code 95} (callers add the percent sign: {@code 95% CI}), without trailing
 *       zeros.
 *   <li>Diagnostic magnitudes that may be very large or very small (a ratio of variances, a
 *       tolerance, a search limit, a value in an error message): {@link #significant(double,
 *       int)}, for example {@code 1.23e7} or {@code 0.000123}.
 *   <li>Figures use the typographic minus sign (U+2212) through {@link #figure(double, int)}.
 * </ul>
 */
public final class Format {

  /** Decimals of estimates in text output: {@code toString}, {@code summary()}. */
  public static final int TEXT_DECIMALS = 4;

  /** Decimals of estimates in figures and report tables. */
  public static final int FIGURE_DECIMALS = 2;

  /** Decimals of percentages in text output. */
  public static final int TEXT_PERCENT_DECIMALS = 2;

  /** The minus sign (U+2212) used in figure text. */
  public static final char MINUS = '\u2212';

  private static final double P_FLOOR = 1e-4;

  private Format() {}

  /**
   * {@code x} with exactly {@code decimals} decimals, rounded half-up; never {@code -0.00};
   * {@code Inf}, {@code -Inf} and {@code NA} for the non-finite values.
   *
   * @param x the value
   * @param decimals the number of decimals, at least 0
   * @return the text
   */
  public static String number(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "NA";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Inf" : "-Inf";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
    return s.startsWith("-") && s.substring(1).matches("[0.]*") ? s.substring(1) : s;
  }

  /**
   * An estimate in text output, with {@link #TEXT_DECIMALS} decimals.
   *
   * @param x the value
   * @return the text
   */
  public static String estimate(double x) {
    return number(x, TEXT_DECIMALS);
  }

  /**
   * {@code x} for figure text: {@link #number(double, int)} with the minus sign U+2212.
   *
   * @param x the value
   * @param decimals the number of decimals
   * @return the text
   */
  public static String figure(double x, int decimals) {
    return minus(number(x, decimals));
  }

  /**
   * An interval {@code [lower, upper]} with {@code decimals} decimals.
   *
   * @param ci the interval
   * @param decimals the number of decimals
   * @return the text
   */
  public static String interval(Interval ci, int decimals) {
    return interval(ci.lower(), ci.upper(), decimals);
  }

  /**
   * An interval {@code [lower, upper]} with {@code decimals} decimals.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @param decimals the number of decimals
   * @return the text
   */
  public static String interval(double lower, double upper, int decimals) {
    return "[" + number(lower, decimals) + ", " + number(upper, decimals) + "]";
  }

  /**
   * An interval in text output, with {@link #TEXT_DECIMALS} decimals.
   *
   * @param ci the interval
   * @return the text
   */
  public static String interval(Interval ci) {
    return interval(ci, TEXT_DECIMALS);
  }

  /**
   * A p value: four decimals, or {@code < 0.0001}.
   *
   * @param p the p value
   * @return {@code "0.0123"} or {@code "< 0.0001"}
   */
  public static String pValue(double p) {
    return p < P_FLOOR ? "< 0.0001" : number(p, 4);
  }

  /**
   * A p value with its symbol: {@code p = 0.0123} or {@code p < 0.0001}.
   *
   * @param p the p value
   * @return the text
   */
  public static String p(double p) {
    return p < P_FLOOR ? "p < 0.0001" : "p = " + number(p, 4);
  }

  /**
   * A percentage already on the 0-100 scale (such as I²) with {@code decimals} decimals and a
   * percent sign.
   *
   * @param percentage the value, in percent
   * @param decimals the number of decimals
   * @return for example {@code "92.22%"}
   */
  public static String percent(double percentage, int decimals) {
    return number(percentage, decimals) + "%";
  }

  /**
   * A proportion (0-1) as a percentage with {@code decimals} decimals.
   *
   * @param fraction the proportion
   * @param decimals the number of decimals
   * @return for example {@code "40.0%"} for 0.4 with one decimal
   */
  public static String share(double fraction, int decimals) {
    return percent(100 * fraction, decimals);
  }

  /**
   * A confidence level as a percentage without trailing zeros.
   *
   * @param level the level, in (0, 1)
   * @return for example {@code "95"} for 0.95, {@code "99.5"} for 0.995
   */
  public static String level(double level) {
    return plain(100 * level);
  }

  /**
   * A count with its noun, singular for one: {@code count(1, "study", "studies")} is
   * {@code "1 study"}, {@code count(3, "study", "studies")} is {@code "3 studies"}.
   *
   * @param n the count
   * @param one the noun for one
   * @param many the noun for any other count
   * @return the text
   */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * Degrees of freedom: a whole number as it is, otherwise with three decimals (as R prints a
   * Welch df).
   *
   * @param df the degrees of freedom
   * @return the text
   */
  public static String df(double df) {
    return df == Math.rint(df) && !Double.isInfinite(df)
        ? String.valueOf((long) df) : number(df, 3);
  }

  /**
   * A value already rounded to a nice number (an axis tick) in its shortest decimal form, with
   * the figure minus sign.
   *
   * @param x the value
   * @return for example {@code "0.25"}, {@code "−1"}
   */
  public static String tick(double x) {
    return minus(plain(x));
  }

  /**
   * A magnitude in a message or note to {@code digits} significant digits, without trailing
   * zeros: plain between 0.0001 and 1,000,000, otherwise as {@code 1.23e7} or {@code 1e-10};
   * {@code Inf}, {@code -Inf} and {@code NA} for the non-finite values.
   *
   * @param x the value
   * @param digits the number of significant digits, at least 1
   * @return for example {@code "12.3"}, {@code "1.23e7"}, {@code "1e-10"}
   */
  public static String significant(double x, int digits) {
    if (!Double.isFinite(x)) {
      return number(x, 0);
    }
    BigDecimal d = new BigDecimal(Double.toString(x)).round(new MathContext(digits,
        RoundingMode.HALF_EVEN)).stripTrailingZeros();
    double a = Math.abs(d.doubleValue());
    if (a == 0) {
      return "0";
    }
    if (a >= 1e-4 && a < 1e6) {
      return d.toPlainString();
    }
    int exponent = d.precision() - d.scale() - 1;
    return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
  }

  /**
   * Two right-aligned lines of a results table, as metafor prints its model results: a header
   * and a row of values, each column as wide as its longer cell, columns two spaces apart.
   *
   * @param head the column headers, for example {@code estimate}, {@code se}
   * @param values the formatted values, one per header
   * @return the header line and the value line, each ending in a newline
   */
  public static String columns(String[] head, String[] values) {
    return table(List.of(head, values), false);
  }

  /**
   * A text table as metafor prints its results: columns two spaces apart, each as wide as its
   * widest cell, cells right-aligned except, if asked, the first (row names); trailing blanks
   * removed; every line ends in a newline.
   *
   * @param lines the header and the rows, each with the same number of cells
   * @param firstColumnLeft whether the first column is left-aligned
   * @return the table
   */
  public static String table(List<String[]> lines, boolean firstColumnLeft) {
    int columns = lines.get(0).length;
    int[] width = new int[columns];
    for (String[] line : lines) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], line[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder l = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String pad = " ".repeat(width[c] - line[c].length());
        l.append(c == 0 ? "" : "  ");
        l.append(c == 0 && firstColumnLeft ? line[c] + pad : pad + line[c]);
      }
      sb.append(l.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** The shortest plain decimal form of {@code x}, to six significant digits. */
  private static String plain(double x) {
    BigDecimal d = new BigDecimal(Double.toString(x)).round(new MathContext(6,
        RoundingMode.HALF_EVEN)).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  private static String minus(String s) {
    return s.startsWith("-") ? MINUS + s.substring(1) : s;
  }
}
