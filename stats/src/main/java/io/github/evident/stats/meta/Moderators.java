package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Named study characteristics (moderators) for a {@link MetaRegression}: one column per
 * numeric moderator, one dummy column per non-reference level of a categorical one
 * ({@link #categorical}), one value per study. The model's intercept is added by the regression, so the
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

  /**
   * A categorical moderator, dummy-coded against a reference level: one column per other level
   * (in sorted order), named {@code name=level}, 1 for the studies at that level and 0
   * otherwise, as metafor's {@code mods = ~ relevel(factor(alloc), ref = "random")}. Its
   * coefficients are the differences from the reference level.
   *
   * <pre>{@code
   * Moderators alloc = Moderators.categorical("alloc", allocation, "random");
   * // columns alloc=alternate, alloc=systematic
   * }</pre>
   *
   * @param name the characteristic's name, not blank and not {@code "intercept"}
   * @param levels the level of each study, not blank
   * @param reference the level the others are compared with; one of {@code levels}
   * @return the dummy columns
   * @throws IllegalArgumentException if the name or a level (naming the study index) is null or
   *     blank, the reference is not among the levels, or all studies share one level
   */
  public static Moderators categorical(String name, List<String> levels, String reference) {
    Checks.nonBlank("name", name);
    List<String> study = Checks.list(name + " levels", levels);
    for (int i = 0; i < study.size(); i++) {
      Checks.nonBlank(name + " level [" + i + "] (study " + i + ")", study.get(i));
    }
    Checks.notNull(name + " reference level", reference);
    TreeSet<String> distinct = new TreeSet<>(study);
    if (!distinct.remove(reference)) {
      throw new IllegalArgumentException(name + " reference level must be one of the levels "
          + new TreeSet<>(study) + ", was '" + reference + "'");
    }
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException(name + " must have at least two levels to compare, "
          + "every study is '" + reference + "'");
    }
    List<String> names = new ArrayList<>();
    double[][] columns = new double[distinct.size()][study.size()];
    int j = 0;
    for (String level : distinct) {
      names.add(name + "=" + level);
      for (int i = 0; i < study.size(); i++) {
        columns[j][i] = study.get(i).equals(level) ? 1 : 0;
      }
      j++;
    }
    return of(names, columns);
  }

  /**
   * These moderators and others together, in that order (metafor's
   * {@code mods = ~ ablat + factor(alloc)}).
   *
   * @param others further moderators of the same studies
   * @return the combined moderators
   * @throws IllegalArgumentException as {@link #of(List, double[]...)}: a name in both, or
   *     columns of different lengths
   */
  public Moderators and(Moderators others) {
    Checks.notNull("others", others);
    List<String> n = new ArrayList<>(names);
    n.addAll(others.names);
    double[][] c = Arrays.copyOf(columns, columns.length + others.columns.length);
    System.arraycopy(others.columns, 0, c, columns.length, others.columns.length);
    return of(n, c);
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
