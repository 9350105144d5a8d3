package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An outcome a study measured: the construct (e.g. "depression"), the instrument (e.g.
 * "PHQ-9"), which direction is better, the scale range, the time points, and the results as
 * reported.
 *
 * <p>When time points are declared, every result's time points must be among them.
 *
 * <pre>{@code
 * Outcome.builder().construct("quality of life").instrument("Christo inventory")
 *     .direction(Direction.LOWER_IS_BETTER).addTimePoints("entry", "1 year")
 *     .addResults(PairedChange.builder().from("entry").to("1 year")
 *         .meanBefore(12.05).meanAfter(8.97).p(PValue.parse("p < .001")).build())
 *     .build()
 * }</pre>
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
public abstract class Outcome {

  Outcome() {}

  /**
   * The construct measured, e.g. "depression", "self-esteem".
   *
   * @return the construct
   */
  public abstract String construct();

  /**
   * The instrument, e.g. "PHQ-9", "Rosenberg Self-Esteem Scale".
   *
   * @return the instrument
   */
  public abstract Optional<String> instrument();

  /**
   * Which direction of the scale is better.
   *
   * @return the direction, if known
   */
  public abstract Optional<Direction> direction();

  /**
   * The possible range of scores.
   *
   * @return the range
   */
  public abstract Optional<ScaleRange> scaleRange();

  /**
   * The time points at which the outcome was measured, in order, e.g. ["baseline", "4 weeks"].
   *
   * @return the time points
   */
  public abstract List<String> timePoints();

  /**
   * The results as reported.
   *
   * @return the results
   */
  public abstract List<ReportedResult> results();

  @Value.Check
  void check() {
    Checks.nonBlank("outcome.construct", construct());
    instrument().ifPresent(v -> Checks.nonBlank("outcome.instrument", v));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < timePoints().size(); i++) {
      String t = timePoints().get(i);
      Checks.nonBlank("outcome.timePoints[" + i + "]", t);
      if (!seen.add(t)) {
        throw new IllegalArgumentException("outcome '" + construct() + "': timePoints[" + i
            + "] '" + t + "' is listed twice");
      }
    }
    if (timePoints().isEmpty()) {
      return;
    }
    for (int i = 0; i < results().size(); i++) {
      ReportedResult r = results().get(i);
      String where = "outcome '" + construct() + "': results[" + i + "]";
      switch (r.form()) {
        case PAIRED_CHANGE -> {
          requireTimePoint(where + ".from", ((PairedChange) r).from());
          requireTimePoint(where + ".to", ((PairedChange) r).to());
        }
        case ARM_SUMMARY -> ((ArmSummary) r).timePoint()
            .ifPresent(t -> requireTimePoint(where + ".timePoint", t));
        case PROPORTION -> ((Proportion) r).timePoint()
            .ifPresent(t -> requireTimePoint(where + ".timePoint", t));
        default -> { } // the other forms name no time point
      }
    }
  }

  private void requireTimePoint(String field, String value) {
    if (!timePoints().contains(value)) {
      throw new IllegalArgumentException(field + " references unknown time point '" + value
          + "'; the outcome declares " + timePoints());
    }
  }

  /**
   * One line, for example {@code outcome quality of life (CISS): 1 result}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "outcome " + construct() + instrument().map(i -> " (" + i + ")").orElse("")
        + ": " + Format.count(results().size(), "result", "results");
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {}
}
