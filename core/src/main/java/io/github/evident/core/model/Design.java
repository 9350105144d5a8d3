package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A study's design: its type, the qualitative methodology where there is one (e.g.
 * "phenomenological"), the component designs of a mixed-methods study, and the wording of the
 * paper.
 *
 * <pre>{@code
 * Design.of(DesignType.SINGLE_GROUP_PRE_POST)
 * Design.qualitative("phenomenological")
 * Design.mixedMethods(DesignType.SINGLE_GROUP_PRE_POST, DesignType.QUALITATIVE)
 * }</pre>
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableDesign.class)
@JsonDeserialize(as = ImmutableDesign.class)
public abstract class Design {

  Design() {}

  /**
   * The design type.
   *
   * @return the type
   */
  public abstract DesignType type();

  /**
   * The qualitative methodology, e.g. "phenomenological", "grounded theory".
   *
   * @return the methodology
   */
  public abstract Optional<String> methodology();

  /**
   * The designs of a mixed-methods study's components; empty otherwise.
   *
   * @return the components
   */
  public abstract List<DesignType> components();

  /**
   * The design as the paper or review words it, e.g. "Quasi-experimental, single group pre-test
   * post-test".
   *
   * @return the wording
   */
  public abstract Optional<String> asReported();

  @Value.Check
  void check() {
    if (!components().isEmpty() && type() != DesignType.MIXED_METHODS) {
      throw new IllegalArgumentException("design.components are only for MIXED_METHODS, was "
          + components() + " for " + type());
    }
    if (components().contains(DesignType.MIXED_METHODS)) {
      throw new IllegalArgumentException(
          "design.components must not contain MIXED_METHODS, was " + components());
    }
  }

  /**
   * Whether the study has a component of the given type (its own type, or one of a
   * mixed-methods study's components).
   *
   * @param t the type
   * @return true if it has such a component
   */
  public boolean includes(DesignType t) {
    return type() == t || components().contains(t);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(type().label());
    methodology().ifPresent(m -> sb.append(" (").append(m).append(')'));
    if (!components().isEmpty()) {
      sb.append(components().stream().map(DesignType::label)
          .collect(java.util.stream.Collectors.joining(" + ", " (", ")")));
    }
    return sb.toString();
  }

  /**
   * A design of a type.
   *
   * @param type the type
   * @return the design
   */
  public static Design of(DesignType type) {
    return new Builder().type(type).build();
  }

  /**
   * A qualitative design with its methodology.
   *
   * @param methodology e.g. "phenomenological"
   * @return the design
   */
  public static Design qualitative(String methodology) {
    return new Builder().type(DesignType.QUALITATIVE).methodology(methodology).build();
  }

  /**
   * A mixed-methods design with its components.
   *
   * @param components the component designs
   * @return the design
   */
  public static Design mixedMethods(DesignType... components) {
    return new Builder().type(DesignType.MIXED_METHODS).addComponents(components).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Design}. */
  public static final class Builder extends ImmutableDesign.Builder {}
}
