package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A reported test statistic (t, F, χ², z, U) with its degrees of freedom and p value. */
@Value.Immutable
@EvidentStyle
@JsonTypeName("testStatistic")
@JsonSerialize(as = ImmutableTestStatistic.class)
@JsonDeserialize(as = ImmutableTestStatistic.class)
public abstract non-sealed class TestStatistic implements ReportedResult {

  @Override
  public final Form form() {
    return Form.TEST_STATISTIC;
  }

  /** The kind of statistic. */
  public enum Kind {
    /** Student or Welch t. */
    T,
    /** F ratio, with numerator and denominator degrees of freedom. */
    F,
    /** Chi-squared. */
    CHI_SQUARED,
    /** Standard normal z. */
    Z,
    /** Mann-Whitney U or Wilcoxon W. */
    U;

    /**
     * The label used in text: {@code t}, {@code F}, {@code chi-squared}, {@code z} or
     * {@code U}.
     *
     * @return the label
     */
    public String label() {
      return switch (this) {
        case T -> "t";
        case F -> "F";
        case CHI_SQUARED -> "chi-squared";
        case Z -> "z";
        case U -> "U";
      };
    }
  }

  TestStatistic() {}

  /**
   * The kind of statistic.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The value of the statistic.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The degrees of freedom (numerator degrees for F).
   *
   * @return df
   */
  public abstract OptionalDouble df();

  /**
   * The denominator degrees of freedom of an F ratio.
   *
   * @return df2
   */
  public abstract OptionalDouble df2();

  @Override
  public abstract Optional<String> label();

  @Override
  public abstract Optional<PValue> p();

  @Value.Check
  void check() {
    Checks.finite("testStatistic.value", value());
    if ((kind() == Kind.F || kind() == Kind.CHI_SQUARED || kind() == Kind.U) && value() < 0) {
      throw new IllegalArgumentException(
          "testStatistic.value of a " + kind() + " statistic must not be negative, was " + value());
    }
    df().ifPresent(v -> Checks.positive("testStatistic.df", v));
    df2().ifPresent(v -> Checks.positive("testStatistic.df2", v));
  }

  /**
   * One line with the values as reported, for example {@code t(23) = 2.1, p = 0.04} or
   * {@code F(2, 40) = 3.3}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String name = switch (kind()) {
      case T -> "t";
      case F -> "F";
      case CHI_SQUARED -> "chi-squared";
      case Z -> "z";
      case U -> "U";
    };
    String df = df().isPresent() ? "(" + ReportedText.value(df().getAsDouble())
        + (df2().isPresent() ? ", " + ReportedText.value(df2().getAsDouble()) : "") + ")" : "";
    return ReportedText.of(this).text(name + df + " = " + ReportedText.value(value())).end(this);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TestStatistic}. */
  public static final class Builder extends ImmutableTestStatistic.Builder {}
}
