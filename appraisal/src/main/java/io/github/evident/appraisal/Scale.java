package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.HashSet;
import java.util.List;

/**
 * An ordinal rating scale, best first, such as {@code STRONG, MODERATE, WEAK} or
 * {@code Low, Some concerns, High}. {@link Rating#UNDETERMINED} is never part of a scale.
 *
 * @param name the scale's name
 * @param labels the labels, best first
 */
public record Scale(String name, List<String> labels) {

  /**
   * Validates and copies the scale.
   *
   * @throws IllegalArgumentException if there are no labels, a label repeats or is
   *     {@code UNDETERMINED}
   */
  public Scale {
    Checks.nonBlank("scale name", name);
    labels = Checks.list("labels of scale '" + name + "'", labels);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("scale '" + name + "' must have at least one label");
    }
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("scale '" + name + "' repeats a label: " + labels);
    }
    if (labels.contains(Rating.UNDETERMINED)) {
      throw new IllegalArgumentException("scale '" + name + "' must not contain "
          + Rating.UNDETERMINED);
    }
  }

  /**
   * A scale.
   *
   * @param name the name
   * @param labels the labels, best first
   * @return the scale
   */
  public static Scale of(String name, String... labels) {
    return new Scale(name, List.of(labels));
  }

  /**
   * The rank of a label: 0 for the best, {@code size() - 1} for the worst.
   *
   * @param label the label
   * @return the rank
   * @throws IllegalArgumentException if the label is not on this scale
   */
  public int rank(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("rating '" + label + "' is not on scale '" + name
          + "' " + labels);
    }
    return i;
  }

  /**
   * Whether a label is on this scale.
   *
   * @param label the label
   * @return true if it is
   */
  public boolean contains(String label) {
    return labels.contains(label);
  }

  /**
   * The worse of two labels.
   *
   * @param a a label
   * @param b another label
   * @return the one with the higher rank
   */
  public String worse(String a, String b) {
    return rank(a) >= rank(b) ? a : b;
  }

  @Override
  public String toString() {
    return name + " " + String.join(" > ", labels);
  }
}
