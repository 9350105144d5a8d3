package io.github.evident.stats.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Locale;

/** Number and list formatting for messages. */
final class Texts {

  private Texts() {}

  /** Four significant digits, plain notation where sensible. */
  static String num(double v) {
    if (v == 0) {
      return "0";
    }
    if (Math.abs(v) < 1e-4) {
      return String.format(Locale.ROOT, "%.3g", v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** A p value: "p < 0.001" style below 0.001, else three significant digits. */
  static String p(double p) {
    return p < 0.001 ? "p < 0.001" : "p = " + new BigDecimal(p).round(new MathContext(3))
        .stripTrailingZeros().toPlainString();
  }

  /** Percent with one decimal. */
  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v);
  }

  static String join(Collection<?> items) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (Object o : items) {
      if (i > 0) {
        sb.append(i == items.size() - 1 ? " and " : ", ");
      }
      sb.append(o);
      i++;
    }
    return sb.toString();
  }

  /** The verb form agreeing with a count: {@code verb(1, "gives", "give")}. */
  static String verb(long n, String singular, String plural) {
    return n == 1 ? singular : plural;
  }

  static String plural(int n, String word) {
    if (n == 1) {
      return n + " " + word;
    }
    return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies"
        : word + "s");
  }
}
