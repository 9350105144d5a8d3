package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Mean, SD and n of one group at one time point, e.g. "baseline mean self-esteem 27".
 *
 * <pre>{@code
 * ArmSummary.builder().timePoint("baseline").mean(12.05).n(34).build()
 * }</pre>
 */
@Value.Immutable
@EvidentStyle
@JsonTypeName("armSummary")
@JsonSerialize(as = ImmutableArmSummary.class)
@JsonDeserialize(as = ImmutableArmSummary.class)
public abstract non-sealed class ArmSummary implements ReportedResult {

  @Override
  public final Form form() {
    return Form.ARM_SUMMARY;
  }

  ArmSummary() {}

  /**
   * The group or arm (e.g. "intervention"); absent for a single-group study.
   *
   * @return the group
   */
  public abstract Optional<String> group();

  /**
   * The time point, one of the outcome's time points when it declares them.
   *
   * @return the time point
   */
  public abstract Optional<String> timePoint();

  /**
   * The mean.
   *
   * @return the mean
   */
  public abstract double mean();

  /**
   * The standard deviation, not negative.
   *
   * @return the SD
   */
  public abstract OptionalDouble sd();

  /**
   * The number of participants the mean is over, positive.
   *
   * @return the n
   */
  public abstract OptionalInt n();

  @Override
  public abstract Optional<String> label();

  @Override
  public abstract Optional<PValue> p();

  @Value.Check
  void check() {
    Checks.finite("armSummary.mean", mean());
    sd().ifPresent(v -> Checks.nonNegative("armSummary.sd", v));
    n().ifPresent(v -> Checks.positive("armSummary.n", v));
  }

  /**
   * One line with the values as reported, for example {@code control: mean 3.1 (SD 0.9), n = 25,
   * baseline}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return ReportedText.of(this).text("mean " + ReportedText.value(mean()))
        .text(sd().isPresent() ? " (SD " + ReportedText.value(sd().getAsDouble()) + ")" : "")
        .count("n", n()).optional(group()).optional(timePoint()).end(this);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ArmSummary}. */
  public static final class Builder extends ImmutableArmSummary.Builder {}
}
