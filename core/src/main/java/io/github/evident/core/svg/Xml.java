package io.github.evident.core.svg;

import io.github.evident.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Escaping and number formatting shared by the writer; every output path goes through here. */
final class Xml {

  /** Decimals kept in coordinates and lengths (0.01 user units). */
  static final int DECIMALS = 2;

  private Xml() {}

  /**
   * Formats a number with {@link #DECIMALS} decimals, half-even rounding, trailing zeros
   * dropped, no exponent and never {@code -0}: {@code 12} for 12.0, {@code 0.5}, {@code -3.14}
   * for -3.14159, {@code 0} for -0.001.
   */
  static String num(double v) {
    Checks.finite("number", v);
    BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN);
    if (d.signum() == 0) {
      return "0";
    }
    return d.stripTrailingZeros().toPlainString();
  }

  /**
   * Escapes text for element content and attribute values alike: {@code & < > " '} become
   * entities; tab, line feed and carriage return become character references (so that parsers
   * do not normalise them away); characters XML 1.0 cannot carry (C0 controls, unpaired
   * surrogates, U+FFFE, U+FFFF) become U+FFFD.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(sb, s);
    return sb.toString();
  }

  static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        case '\t' -> sb.append("&#9;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        default -> {
          if (allowed(cp)) {
            sb.appendCodePoint(cp);
          } else {
            sb.append('\uFFFD');
          }
        }
      }
    }
  }

  private static boolean allowed(int cp) {
    return cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
        || cp >= 0x10000 && cp <= 0x10FFFF;
  }

  /** Appends {@code  name="value"} with the value escaped. */
  static void attr(StringBuilder sb, String name, String value) {
    sb.append(' ').append(name).append("=\"");
    escape(sb, value);
    sb.append('"');
  }

  /** Appends {@code  name="number"}. */
  static void attr(StringBuilder sb, String name, double value) {
    sb.append(' ').append(name).append("=\"").append(num(value)).append('"');
  }
}
