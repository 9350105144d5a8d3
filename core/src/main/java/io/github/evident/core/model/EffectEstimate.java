package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An effect estimate as reported, with its measure (e.g. "OR", "MD", "SMD"), confidence interval
 * and standard error when given. Ratio measures are on their natural scale as papers report them.
 */
@Value.Immutable
@EvidentStyle
@JsonTypeName("effectEstimate")
@JsonSerialize(as = ImmutableEffectEstimate.class)
@JsonDeserialize(as = ImmutableEffectEstimate.class)
public abstract non-sealed class EffectEstimate implements ReportedResult {

  @Override
  public final Form form() {
    return Form.EFFECT_ESTIMATE;
  }

  EffectEstimate() {}

  /**
   * The measure, in metafor's vocabulary where one applies ("OR", "RR", "MD", "SMD", ...).
   *
   * @return the measure
   */
  public abstract String measure();

  /**
   * The point estimate.
   *
   * @return the estimate
   */
  public abstract double estimate();

  /**
   * The reported confidence interval.
   *
   * @return the CI
   */
  public abstract Optional<Interval> ci();

  /**
   * The confidence level of {@link #ci()}, 0.95 unless reported otherwise.
   *
   * @return the level
   */
  @Value.Default
  public double ciLevel() {
    return 0.95;
  }

  /**
   * The reported standard error.
   *
   * @return the SE
   */
  public abstract OptionalDouble se();

  @Override
  public abstract Optional<String> label();

  @Override
  public abstract Optional<PValue> p();

  @Value.Check
  void check() {
    Checks.nonBlank("effectEstimate.measure", measure());
    Checks.finite("effectEstimate.estimate", estimate());
    se().ifPresent(v -> Checks.nonNegative("effectEstimate.se", v));
    Checks.level("effectEstimate.ciLevel", ciLevel());
  }

  /**
   * One line with the values as reported, for example {@code OR 2.1, CI [1.2, 3.5]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return ReportedText.of(this).text(measure() + " " + ReportedText.value(estimate()))
        .text(ci().map(c -> ", CI [" + ReportedText.value(c.lower()) + ", "
            + ReportedText.value(c.upper()) + "]").orElse(""))
        .optional("SE", se()).end(this);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectEstimate}. */
  public static final class Builder extends ImmutableEffectEstimate.Builder {}
}
