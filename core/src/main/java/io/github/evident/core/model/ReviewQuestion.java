package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A review's question in PICO form: population, intervention, comparator, outcomes. */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableReviewQuestion.class)
@JsonDeserialize(as = ImmutableReviewQuestion.class)
public abstract class ReviewQuestion {

  ReviewQuestion() {}

  /**
   * The population.
   *
   * @return the population
   */
  public abstract String population();

  /**
   * The intervention.
   *
   * @return the intervention
   */
  public abstract String intervention();

  /**
   * The comparator, if the question has one.
   *
   * @return the comparator
   */
  public abstract Optional<String> comparator();

  /**
   * The outcomes of interest.
   *
   * @return the outcomes
   */
  public abstract List<String> outcomes();

  /**
   * The setting or context, e.g. "high-income countries".
   *
   * @return the setting
   */
  public abstract Optional<String> setting();

  @Value.Check
  void check() {
    Checks.nonBlank("question.population", population());
    Checks.nonBlank("question.intervention", intervention());
  }

  @Override
  public String toString() {
    return "P: " + population() + "; I: " + intervention()
        + comparator().map(c -> "; C: " + c).orElse("") + "; O: " + String.join(", ", outcomes());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewQuestion}. */
  public static final class Builder extends ImmutableReviewQuestion.Builder {}
}
