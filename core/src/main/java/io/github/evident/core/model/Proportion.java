package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A proportion of one group at one time point, e.g. "knowledge of support programs 28.9%".
 * Stored as a fraction in [0, 1] (28.9% is 0.289).
 */
@Value.Immutable
@EvidentStyle
@JsonTypeName("proportion")
@JsonSerialize(as = ImmutableProportion.class)
@JsonDeserialize(as = ImmutableProportion.class)
public abstract non-sealed class Proportion implements ReportedResult {

  @Override
  public final Form form() {
    return Form.PROPORTION;
  }

  Proportion() {}

  /**
   * The group, if the study has several.
   *
   * @return the group
   */
  public abstract Optional<String> group();

  /**
   * The time point.
   *
   * @return the time point
   */
  public abstract Optional<String> timePoint();

  /**
   * The proportion, a fraction in [0, 1].
   *
   * @return the proportion
   */
  public abstract double proportion();

  /**
   * The number with the event.
   *
   * @return the count
   */
  public abstract OptionalInt events();

  /**
   * The denominator.
   *
   * @return the n
   */
  public abstract OptionalInt n();

  @Override
  public abstract Optional<String> label();

  @Override
  public abstract Optional<PValue> p();

  /** Half a percentage point: the largest error of a proportion rounded to whole percent. */
  static final double ROUNDING_TOLERANCE = 0.005;

  /**
   * Whether the reported proportion disagrees with the reported events and n by more than
   * rounding to whole percent (0.005).
   *
   * @return true if all three are reported and disagree
   */
  boolean disagreesWithCounts() {
    if (events().isEmpty() || n().isEmpty()) {
      return false;
    }
    double derived = (double) events().getAsInt() / n().getAsInt();
    return Math.abs(proportion() - derived) > ROUNDING_TOLERANCE;
  }

  @Value.Check
  void check() {
    Checks.probability("proportion.proportion", proportion());
    events().ifPresent(v -> Checks.nonNegative("proportion.events", v));
    n().ifPresent(v -> Checks.positive("proportion.n", v));
    if (events().isPresent() && n().isPresent() && events().getAsInt() > n().getAsInt()) {
      throw new IllegalArgumentException("proportion.events must not exceed proportion.n, was "
          + events().getAsInt() + " > " + n().getAsInt());
    }
  }

  /**
   * One line with the values as reported, for example {@code use of services: proportion 0.289
   * (13 of 45), follow-up}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return ReportedText.of(this).text("proportion " + ReportedText.value(proportion()))
        .text(events().isPresent() && n().isPresent()
            ? " (" + events().getAsInt() + " of " + n().getAsInt() + ")" : "")
        .count("events", events().isPresent() && n().isEmpty() ? events() : OptionalInt.empty())
        .count("n", events().isEmpty() ? n() : OptionalInt.empty())
        .optional(group()).optional(timePoint()).end(this);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Proportion}. */
  public static final class Builder extends ImmutableProportion.Builder {}
}
