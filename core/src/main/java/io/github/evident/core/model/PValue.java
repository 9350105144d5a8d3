package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.evident.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A p value as a paper reports it: exact ({@code p = .04}) or a bound ({@code p < .001}).
 *
 * <p>Written to JSON as its compact text ({@code "<0.001"}, {@code "0.04"}); read from such text
 * or from forms papers use, such as {@code "p < .001"}, {@code "P=0.04"}, {@code "≤ 0.05"}.
 *
 * @param relation how the reported number bounds the p value
 * @param value the reported number, in [0, 1]
 */
public record PValue(Relation relation, double value) {

  private static final Pattern FORM = Pattern.compile(
      "\\s*(?:p\\s*)?(=|<=|>=|<|>|≤|≥)?\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*",
      Pattern.CASE_INSENSITIVE);

  /** How a reported number bounds the p value. */
  public enum Relation {
    /** The p value equals the number. */
    EQUAL("="),
    /** The p value is below the number. */
    LESS_THAN("<"),
    /** The p value is at most the number. */
    AT_MOST("≤"),
    /** The p value is above the number. */
    GREATER_THAN(">"),
    /** The p value is at least the number. */
    AT_LEAST("≥");

    private final String symbol;

    Relation(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The mathematical symbol.
     *
     * @return {@code "="}, {@code "<"}, {@code "≤"}, {@code ">"} or {@code "≥"}
     */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * Validates the p value.
   *
   * @throws IllegalArgumentException if relation is null or value lies outside [0, 1]
   */
  public PValue {
    Checks.notNull("p.relation", relation);
    Checks.probability("p", value);
  }

  /**
   * An exactly reported p value.
   *
   * @param value the p value
   * @return {@code p = value}
   */
  public static PValue exactly(double value) {
    return new PValue(Relation.EQUAL, value);
  }

  /**
   * A p value reported as a bound from above, such as {@code p < .001}.
   *
   * @param bound the bound
   * @return {@code p < bound}
   */
  public static PValue lessThan(double bound) {
    return new PValue(Relation.LESS_THAN, bound);
  }

  /**
   * Reads a p value as papers write it: {@code "p < .001"}, {@code "P=0.04"}, {@code "<0.0001"},
   * {@code "0.3"}, {@code "≤ .05"}.
   *
   * @param text the text
   * @return the p value
   * @throws IllegalArgumentException if the text is not a p value or its number lies outside
   *     [0, 1]
   */
  @JsonCreator
  public static PValue parse(String text) {
    Checks.notNull("p", text);
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "p must look like \"p < .001\", \"0.04\" or \"<0.05\", was '" + text + "'");
    }
    String op = m.group(1);
    Relation r;
    if (op == null || op.equals("=")) {
      r = Relation.EQUAL;
    } else if (op.equals("<")) {
      r = Relation.LESS_THAN;
    } else if (op.equals(">")) {
      r = Relation.GREATER_THAN;
    } else if (op.equals("<=") || op.equals("≤")) {
      r = Relation.AT_MOST;
    } else {
      r = Relation.AT_LEAST;
    }
    return new PValue(r, Double.parseDouble(m.group(2)));
  }

  /**
   * Whether the p value was reported exactly. A reported {@code p = .000} is not: it is a p value
   * rounded to zero, known only to lie below the last digit printed.
   *
   * @return {@code relation() == EQUAL} and {@code value() > 0}
   */
  public boolean exact() {
    return relation == Relation.EQUAL && value > 0;
  }

  /**
   * The compact text of this p value, as written to JSON: {@code "<0.001"}, {@code "0.04"}.
   *
   * @return the text
   */
  @JsonValue
  public String text() {
    String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return relation == Relation.EQUAL ? number : relation.symbol() + number;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "p %s %s", relation.symbol(),
        BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
  }
}
