package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Who took part: numbers enrolled and analysed, sex or gender, an age summary as reported, and
 * free-text characteristics.
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutablePopulation.class)
@JsonDeserialize(as = ImmutablePopulation.class)
public abstract class Population {

  Population() {}

  /**
   * The number of participants enrolled.
   *
   * @return n
   */
  public abstract OptionalInt n();

  /**
   * The number of participants analysed, at most {@link #n()}.
   *
   * @return n analysed
   */
  public abstract OptionalInt nAnalysed();

  /**
   * Sex or gender as reported, e.g. "female".
   *
   * @return sex or gender
   */
  public abstract Optional<String> sexGender();

  /**
   * The age as reported, e.g. "median 42.5" or "range 23-49".
   *
   * @return the age summary
   */
  public abstract Optional<String> age();

  /**
   * A one-line description, e.g. "street-based female sex workers".
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Further characteristics as reported, one per entry.
   *
   * @return the characteristics
   */
  public abstract List<String> characteristics();

  @Value.Check
  void check() {
    n().ifPresent(v -> Checks.nonNegative("population.n", v));
    nAnalysed().ifPresent(v -> Checks.nonNegative("population.nAnalysed", v));
    if (n().isPresent() && nAnalysed().isPresent() && nAnalysed().getAsInt() > n().getAsInt()) {
      throw new IllegalArgumentException("population.nAnalysed must not exceed population.n, was "
          + nAnalysed().getAsInt() + " > " + n().getAsInt());
    }
  }

  /**
   * One line, for example {@code n = 24, 22 analysed, women, aged 18-65}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    List<String> parts = new java.util.ArrayList<>();
    n().ifPresent(v -> parts.add("n = " + v));
    nAnalysed().ifPresent(v -> parts.add(v + " analysed"));
    sexGender().ifPresent(parts::add);
    age().ifPresent(a -> parts.add("aged " + a));
    description().ifPresent(parts::add);
    parts.addAll(characteristics());
    return parts.isEmpty() ? "population not described" : String.join(", ", parts);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Population}. */
  public static final class Builder extends ImmutablePopulation.Builder {}
}
