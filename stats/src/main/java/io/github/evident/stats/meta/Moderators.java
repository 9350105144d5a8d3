package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Named numeric study characteristics (moderators) for a {@link MetaRegression}: one column per
 * moderator, one value per study. The model's intercept is added by the regression, so the
 * columns hold only the moderators themselves (metafor's {@code mods = ~ ablat + year}).
 * Instances are immutable; the arrays are copied.
 *
 * <pre>{@code
 * Moderators mods = Moderators.of(List.of("ablat", "year"), ablat, year);
 * }</pre>
 */
public final class Moderators {

  private static final Moderators NONE = new Moderators(List.of(), new double[0][]);

  private final List<String> names;
  private final double[][] columns;

  private Moderators(List<String> names, double[][] columns) {
    this.names = names;
    this.columns = columns;
  }

  /**
   * No moderators: the regression is the intercept-only model of {@link MetaAnalysis}.
   *
   * @return the empty set of moderators
   */
  public static Moderators none() {
    return NONE;
  }

  /**
   * One moderator.
   *
   * @param name its name, not blank and not {@code "intercept"}
   * @param column its value in each study, finite
   * @return the moderator
   * @throws IllegalArgumentException as {@link #of(List, double[]...)}
   */
  public static Moderators of(String name, double[] column) {
    return of(List.of(Checks.nonBlank("name", name)), column);
  }

  /**
   * Numeric moderators, one column per name, in the order of the names.
   *
   * @param names the names, distinct, not blank and not {@code "intercept"} (the name of the
   *     intercept in {@link RegressionResult#coefficients()})
   * @param columns the values of each moderator in each study, finite; all of one length
   * @return the moderators
   * @throws IllegalArgumentException if a name is null, blank, repeated or {@code "intercept"},
   *     the number of names and columns differ, the columns differ in length, or a value is
   *     not finite (the message names the moderator and the study index)
   */
  public static Moderators of(List<String> names, double[]... columns) {
    List<String> n = Checks.list("names", names);
    Checks.notNull("columns", columns);
    if (n.size() != columns.length) {
      throw new IllegalArgumentException("names and columns must match in number, were "
          + n.size() + " names " + n + " and " + columns.length + " columns");
    }
    Set<String> seen = new HashSet<>();
    for (String name : n) {
      Checks.nonBlank("moderator name", name);
      if (name.equals(RegressionResult.INTERCEPT)) {
        throw new IllegalArgumentException("moderator name must not be '"
            + RegressionResult.INTERCEPT + "' (the model adds the intercept itself)");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("moderator names must be distinct, '" + name
            + "' appears twice in " + n);
      }
    }
    double[][] copies = new double[columns.length][];
    for (int j = 0; j < columns.length; j++) {
      copies[j] = column(n.get(j), columns[j], j == 0 ? -1 : copies[0].length);
    }
    return new Moderators(n, copies);
  }

  private static double[] column(String name, double[] column, int length) {
    Checks.notNull("moderator '" + name + "'", column);
    if (length >= 0 && column.length != length) {
      throw new IllegalArgumentException("moderator '" + name + "' has " + column.length
          + " values, the first moderator " + length);
    }
    double[] copy = column.clone();
    for (int i = 0; i < copy.length; i++) {
      Checks.finite("moderator '" + name + "' [" + i + "] (study " + i + ")", copy[i]);
    }
    return copy;
  }

  /**
   * The names of the moderators, in column order.
   *
   * @return the names (unmodifiable)
   */
  public List<String> names() {
    return names;
  }

  /**
   * The number of moderators m (the model has m + 1 coefficients).
   *
   * @return m
   */
  public int size() {
    return names.size();
  }

  /**
   * The values of one moderator.
   *
   * @param name the moderator's name
   * @return a copy of its column
   * @throws IllegalArgumentException if there is no moderator of that name
   */
  public double[] column(String name) {
    int j = names.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException("no moderator named '" + name + "'; the moderators "
          + "are " + names);
    }
    return columns[j].clone();
  }

  /** The number of studies, or -1 without moderators. */
  int studies() {
    return columns.length == 0 ? -1 : columns[0].length;
  }

  /** The value of moderator {@code j} in study {@code i} (no copy). */
  double value(int j, int i) {
    return columns[j][i];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Moderators m) || !names.equals(m.names)) {
      return false;
    }
    for (int j = 0; j < columns.length; j++) {
      if (!Arrays.equals(columns[j], m.columns[j])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = names.hashCode();
    for (double[] c : columns) {
      h = 31 * h + Arrays.hashCode(c);
    }
    return h;
  }

  /**
   * The names and the number of studies, for example {@code moderators [ablat, year] (k = 13)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return columns.length == 0 ? "no moderators"
        : "moderators " + names + " (k = " + studies() + ")";
  }
}
