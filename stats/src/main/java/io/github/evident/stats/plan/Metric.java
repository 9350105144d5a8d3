package io.github.evident.stats.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.Measure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metric a group's estimates are pooled or summarised on: a {@link Measure}, or for a
 * generic estimate ({@link Measure#GEN}) the measure the study reported, so that a reported
 * hazard ratio pools only with other hazard ratios.
 *
 * <p>In JSON a metric is its {@link #code()}: {@code "RR"}, {@code "SMCC"}, or
 * {@code "GEN:HR"} for a generic estimate of a reported hazard ratio.
 *
 * @param measure the measure; {@link Measure#GEN} for a reported measure without a metafor code
 * @param reported the reported measure (upper case) of a generic estimate; empty otherwise
 */
public record Metric(Measure measure, Optional<String> reported) {

  /** The prefix of the effect-size note naming the reported measure of a generic estimate. */
  static final String REPORTED_NOTE = "reported measure: ";

  private static final String GENERIC_PREFIX = "GEN:";

  /** Preference when all studies use one instrument: raw metrics before standardised ones. */
  private static final List<Measure> SAME_INSTRUMENT = List.of(Measure.RR, Measure.OR,
      Measure.RD, Measure.PETO, Measure.MD, Measure.MC, Measure.SMD, Measure.SMCC, Measure.ZCOR);

  /** Preference across instruments: standardised metrics first. */
  private static final List<Measure> ACROSS_INSTRUMENTS = List.of(Measure.RR, Measure.OR,
      Measure.RD, Measure.PETO, Measure.SMD, Measure.SMCC, Measure.ZCOR, Measure.MD, Measure.MC);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the measure is null, or a reported measure is given
   *     for a measure other than {@code GEN} (or missing for {@code GEN})
   */
  public Metric {
    if (measure == null || reported == null) {
      throw new IllegalArgumentException("metric.measure and metric.reported must not be null");
    }
    if (reported.isPresent() != (measure == Measure.GEN)) {
      throw new IllegalArgumentException("metric.reported must be given exactly for GEN, was "
          + measure + " with " + reported);
    }
  }

  /**
   * The metric of a measure with a metafor code.
   *
   * @param measure the measure, not {@code GEN}
   * @return the metric
   * @throws IllegalArgumentException for {@code GEN} (use {@link #reported(String)})
   */
  public static Metric of(Measure measure) {
    return new Metric(measure, Optional.empty());
  }

  /**
   * The metric of a generic estimate of a reported measure.
   *
   * @param measure the reported measure, for example {@code "HR"} (trimmed, upper-cased)
   * @return the metric
   */
  public static Metric reported(String measure) {
    return new Metric(Measure.GEN, Optional.of(measure.trim().toUpperCase(Locale.ROOT)));
  }

  /**
   * Reads a metric from its code.
   *
   * @param code {@code "RR"}, {@code "SMCC"} or {@code "GEN:HR"}
   * @return the metric
   * @throws IllegalArgumentException if the code names no measure
   */
  @JsonCreator
  public static Metric parse(String code) {
    if (code != null && code.startsWith(GENERIC_PREFIX)) {
      return reported(code.substring(GENERIC_PREFIX.length()));
    }
    try {
      return of(Measure.valueOf(code));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("metric '" + code + "' names no measure", e);
    }
  }

  /**
   * The metric an effect size pools with: d_z and SMCC share the SD of the changes as their
   * standardiser; a generic estimate pools only with estimates of the same reported measure.
   *
   * @param e the effect size
   * @return its metric
   */
  static Metric of(EffectSize e) {
    if (e.measure() == Measure.GEN) {
      return e.notes().stream().filter(n -> n.startsWith(REPORTED_NOTE)).findFirst()
          .map(n -> reported(n.substring(REPORTED_NOTE.length())))
          .orElse(reported(Measure.GEN.name()));
    }
    return of(e.measure() == Measure.D_Z ? Measure.SMCC : e.measure());
  }

  /**
   * The code written to JSON: the measure name, or {@code GEN:} and the reported measure.
   *
   * @return for example {@code "RR"} or {@code "GEN:HR"}
   */
  @JsonValue
  public String code() {
    return reported.map(r -> GENERIC_PREFIX + r).orElse(measure.name());
  }

  /**
   * The metric as readers know it: {@code "log RR"} for a risk ratio, the reported measure of a
   * generic estimate.
   *
   * @return the label
   */
  public String label() {
    return reported.orElse(measure.label());
  }

  /** Whether values are on the instrument's own scale (MD, MC). */
  boolean raw() {
    return measure == Measure.MD || measure == Measure.MC;
  }

  /** Preference among the metrics a group could use; lower is preferred. */
  int rank(boolean sameInstrument) {
    List<Measure> order = sameInstrument ? SAME_INSTRUMENT : ACROSS_INSTRUMENTS;
    int i = reported.isPresent() ? -1 : order.indexOf(measure);
    return i < 0 ? order.size() : i;
  }

  @Override
  public String toString() {
    return label();
  }
}
