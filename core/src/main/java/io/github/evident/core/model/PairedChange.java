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
 * A within-group change between two time points, in whatever detail the paper gives: the means
 * before and after, their SDs, the mean difference (after minus before) and the SD of the
 * differences, the pre-post correlation, a paired t and its p value.
 *
 * <pre>{@code
 * // "Reduction in mean Christo score from 12.05 at entry to 8.97 at 1 year (p < .001)"
 * PairedChange.builder().from("entry").to("1 year")
 *     .meanBefore(12.05).meanAfter(8.97).p(PValue.parse("p < .001")).build()
 * }</pre>
 */
@Value.Immutable
@EvidentStyle
@JsonTypeName("pairedChange")
@JsonSerialize(as = ImmutablePairedChange.class)
@JsonDeserialize(as = ImmutablePairedChange.class)
public abstract non-sealed class PairedChange implements ReportedResult {

  @Override
  public final Form form() {
    return Form.PAIRED_CHANGE;
  }

  /** Relative tolerance for a reported difference against the difference of reported means. */
  static final double ROUNDING_TOLERANCE = 0.05;

  PairedChange() {}

  /**
   * The earlier time point.
   *
   * @return the time point
   */
  public abstract String from();

  /**
   * The later time point.
   *
   * @return the time point
   */
  public abstract String to();

  /**
   * Mean at the earlier time point.
   *
   * @return the mean
   */
  public abstract OptionalDouble meanBefore();

  /**
   * Mean at the later time point.
   *
   * @return the mean
   */
  public abstract OptionalDouble meanAfter();

  /**
   * SD at the earlier time point.
   *
   * @return the SD
   */
  public abstract OptionalDouble sdBefore();

  /**
   * SD at the later time point.
   *
   * @return the SD
   */
  public abstract OptionalDouble sdAfter();

  /**
   * The reported mean difference, after minus before.
   *
   * @return the mean difference
   */
  public abstract OptionalDouble meanDifference();

  /**
   * The SD of the within-person differences.
   *
   * @return the SD of differences
   */
  public abstract OptionalDouble sdDifference();

  /**
   * The correlation between the two time points.
   *
   * @return the correlation
   */
  public abstract OptionalDouble correlation();

  /**
   * The number of participants with both measurements.
   *
   * @return the n
   */
  public abstract OptionalInt n();

  /**
   * The reported paired t statistic.
   *
   * @return t
   */
  public abstract OptionalDouble t();

  @Override
  public abstract Optional<String> label();

  @Override
  public abstract Optional<PValue> p();

  /**
   * The mean difference (after minus before): the reported one, else the difference of the
   * reported means.
   *
   * @return the mean difference, if it is reported or derivable
   */
  public OptionalDouble difference() {
    if (meanDifference().isPresent()) {
      return meanDifference();
    }
    if (meanBefore().isPresent() && meanAfter().isPresent()) {
      return OptionalDouble.of(meanAfter().getAsDouble() - meanBefore().getAsDouble());
    }
    return OptionalDouble.empty();
  }

  /**
   * Whether a reported mean difference disagrees with the reported means by more than rounding
   * (5% of the difference, at least 0.01).
   *
   * @return true if both are reported and disagree
   */
  public boolean differenceDisagreesWithMeans() {
    if (meanDifference().isEmpty() || meanBefore().isEmpty() || meanAfter().isEmpty()) {
      return false;
    }
    double derived = meanAfter().getAsDouble() - meanBefore().getAsDouble();
    double reported = meanDifference().getAsDouble();
    double tol = Math.max(0.01, ROUNDING_TOLERANCE * Math.abs(derived));
    return Math.abs(derived - reported) > tol;
  }

  @Value.Check
  void check() {
    Checks.nonBlank("pairedChange.from", from());
    Checks.nonBlank("pairedChange.to", to());
    meanBefore().ifPresent(v -> Checks.finite("pairedChange.meanBefore", v));
    meanAfter().ifPresent(v -> Checks.finite("pairedChange.meanAfter", v));
    meanDifference().ifPresent(v -> Checks.finite("pairedChange.meanDifference", v));
    sdBefore().ifPresent(v -> Checks.nonNegative("pairedChange.sdBefore", v));
    sdAfter().ifPresent(v -> Checks.nonNegative("pairedChange.sdAfter", v));
    sdDifference().ifPresent(v -> Checks.nonNegative("pairedChange.sdDifference", v));
    correlation().ifPresent(v -> Checks.correlation("pairedChange.correlation", v));
    n().ifPresent(v -> Checks.positive("pairedChange.n", v));
    t().ifPresent(v -> Checks.finite("pairedChange.t", v));
  }

  /**
   * One line with the values as reported, for example {@code depression: baseline to 3 months,
   * mean 20.1 to 15.2, difference -4.9 (SD 3.2), n = 24, p < 0.001}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    ReportedText t = ReportedText.of(this).text(from() + " to " + to());
    if (meanBefore().isPresent() && meanAfter().isPresent()) {
      t.text(", mean " + ReportedText.value(meanBefore().getAsDouble()) + " to "
          + ReportedText.value(meanAfter().getAsDouble()));
    }
    return t.optional("SD before", sdBefore()).optional("SD after", sdAfter())
        .optional("difference", meanDifference()).optional("SD of the differences",
            sdDifference()).optional("r", correlation()).count("n", n()).optional("t", t())
        .end(this);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairedChange}. */
  public static final class Builder extends ImmutablePairedChange.Builder {}
}
