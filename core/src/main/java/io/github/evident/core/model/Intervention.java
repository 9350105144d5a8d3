package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was done: a category of the review's own choosing (e.g. "peer health initiative"), a name
 * and a description.
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableIntervention.class)
@JsonDeserialize(as = ImmutableIntervention.class)
public abstract class Intervention {

  Intervention() {}

  /**
   * The category, a review-defined label used to group studies (e.g. "drug treatment").
   *
   * @return the category
   */
  public abstract String category();

  /**
   * The intervention's name, e.g. "INSPIRE".
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * A description.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * The duration as reported, e.g. "8 weeks".
   *
   * @return the duration
   */
  public abstract Optional<String> duration();

  @Value.Check
  void check() {
    Checks.nonBlank("intervention.category", category());
  }

  /**
   * An intervention of a category, with a description.
   *
   * @param category the category
   * @param description the description
   * @return the intervention
   */
  public static Intervention of(String category, String description) {
    return new Builder().category(category).description(description).build();
  }

  /**
   * One line: the category, then the name, description and duration where given.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(category());
    name().ifPresent(n -> sb.append(": ").append(n));
    description().ifPresent(d -> sb.append(", ").append(d));
    duration().ifPresent(d -> sb.append(", ").append(d));
    return sb.toString();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intervention}. */
  public static final class Builder extends ImmutableIntervention.Builder {}
}
