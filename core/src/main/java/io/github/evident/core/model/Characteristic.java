package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.evident.core.internal.Checks;

/**
 * A study characteristic that may explain heterogeneity: a number (latitude, year, dose, mean
 * age) or a level of a category (allocation, setting). In JSON a number is written as a JSON
 * number and a level as a JSON string: {@code "characteristics": {"ablat": 44, "alloc":
 * "random"}}.
 */
@JsonDeserialize(using = CharacteristicDeserializer.class)
public sealed interface Characteristic {

  /**
   * A numeric characteristic.
   *
   * @param value the value, finite
   * @return the characteristic
   * @throws IllegalArgumentException if the value is not finite
   */
  static Characteristic of(double value) {
    return new Numeric(value);
  }

  /**
   * A categorical characteristic.
   *
   * @param level the level, not blank
   * @return the characteristic
   * @throws IllegalArgumentException if the level is null or blank
   */
  static Characteristic of(String level) {
    return new Categorical(level);
  }

  /**
   * Whether this is a number (rather than a level).
   *
   * @return {@code true} for a numeric characteristic
   */
  boolean isNumeric();

  /**
   * A numeric characteristic.
   *
   * @param value the value, finite
   */
  record Numeric(double value) implements Characteristic {

    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if it is not finite
     */
    public Numeric {
      Checks.finite("characteristic value", value);
    }

    @JsonValue
    double json() {
      return value;
    }

    @Override
    public boolean isNumeric() {
      return true;
    }

    @Override
    public String toString() {
      return Double.toString(value);
    }
  }

  /**
   * A level of a categorical characteristic.
   *
   * @param level the level, not blank
   */
  record Categorical(String level) implements Characteristic {

    /**
     * Checks the level.
     *
     * @throws IllegalArgumentException if it is null or blank
     */
    public Categorical {
      Checks.nonBlank("characteristic level", level);
    }

    @JsonValue
    String json() {
      return level;
    }

    @Override
    public boolean isNumeric() {
      return false;
    }

    @Override
    public String toString() {
      return level;
    }
  }
}
