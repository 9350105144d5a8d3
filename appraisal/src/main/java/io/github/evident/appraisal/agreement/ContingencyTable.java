package io.github.evident.appraisal.agreement;

import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A square table of counts of two raters' labels for the same subjects: {@code count(i, j)} is
 * the number of subjects rater 1 put in category {@code i} and rater 2 in category {@code j}.
 *
 * <pre>{@code
 * var table = ContingencyTable.of(
 *     List.of("STRONG", "WEAK", "MODERATE"),
 *     List.of("STRONG", "MODERATE", "MODERATE"),
 *     List.of("STRONG", "MODERATE", "WEAK"));   // ordered: weights depend on the order
 * Agreement.weightedKappa(table, KappaWeights.LINEAR);
 * }</pre>
 *
 * <p>Immutable; categories that nobody used still get a row and a column.
 *
 * @param <T> the type of the labels
 */
public final class ContingencyTable<T> {

  private final List<T> categories;
  private final int[][] counts;

  private ContingencyTable(List<T> categories, int[][] counts) {
    this.categories = categories;
    this.counts = counts;
  }

  /**
   * Cross-tabulates two raters' labels, subject by subject.
   *
   * @param rater1 rater 1's label for each subject (rows)
   * @param rater2 rater 2's label for the same subjects, in the same order (columns)
   * @param orderedCategories every possible label, distinct, in their natural order (at least 2)
   * @param <T> the type of the labels, compared with {@code equals}
   * @return the table
   * @throws IllegalArgumentException if a list is null, the raters' lists differ in length or are
   *     empty, there are fewer than 2 or repeated categories, or a label is null or not one of the
   *     categories (the message names the rater and the subject index)
   */
  public static <T> ContingencyTable<T> of(
      List<T> rater1, List<T> rater2, List<T> orderedCategories) {
    if (rater1 == null || rater2 == null || orderedCategories == null) {
      throw new IllegalArgumentException(
          (rater1 == null ? "rater1" : rater2 == null ? "rater2" : "orderedCategories")
              + " must not be null");
    }
    if (rater1.size() != rater2.size()) {
      throw new IllegalArgumentException(
          "rater1 has " + rater1.size() + " labels but rater2 has " + rater2.size()
              + "; both must rate the same subjects");
    }
    if (rater1.isEmpty()) {
      throw new IllegalArgumentException("rater1 and rater2 must not be empty");
    }
    int k = orderedCategories.size();
    if (k < 2) {
      throw new IllegalArgumentException(
          "orderedCategories must have at least 2 categories, was " + orderedCategories);
    }
    Map<T, Integer> index = new HashMap<>();
    List<T> cats = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      T category = orderedCategories.get(c);
      Checks.notNull("orderedCategories[" + c + "]", category);
      Integer previous = index.putIfAbsent(category, c);
      if (previous != null) {
        throw new IllegalArgumentException(
            "orderedCategories[" + c + "] = " + category + " repeats orderedCategories["
                + previous + "]");
      }
      cats.add(category);
    }
    int[][] counts = new int[k][k];
    for (int s = 0; s < rater1.size(); s++) {
      int i = indexOf(index, rater1.get(s), "rater1", s, cats);
      int j = indexOf(index, rater2.get(s), "rater2", s, cats);
      counts[i][j]++;
    }
    return new ContingencyTable<>(Collections.unmodifiableList(cats), counts);
  }

  private static <T> int indexOf(
      Map<T, Integer> index, T label, String rater, int subject, List<T> categories) {
    if (label == null) {
      throw new IllegalArgumentException(rater + "[" + subject + "] (subject " + subject
          + ") is null");
    }
    Integer i = index.get(label);
    if (i == null) {
      throw new IllegalArgumentException(
          rater + "[" + subject + "] = " + label + " is not one of the categories " + categories);
    }
    return i;
  }

  /**
   * The categories, in order.
   *
   * @return an unmodifiable list
   */
  public List<T> categories() {
    return categories;
  }

  /**
   * The counts, rater 1 in rows and rater 2 in columns.
   *
   * @return a copy
   */
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** The internal array, for read-only use by {@link Agreement} (which copies it anyway). */
  int[][] countsView() {
    return counts;
  }

  /**
   * The number of subjects rater 1 put in category {@code i} and rater 2 in category {@code j}.
   *
   * @param i rater 1's category index
   * @param j rater 2's category index
   * @return the count
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public int count(int i, int j) {
    Objects.checkIndex(i, counts.length);
    Objects.checkIndex(j, counts.length);
    return counts[i][j];
  }

  /**
   * The number of subjects.
   *
   * @return the total count
   */
  public long total() {
    return Tables.total(counts);
  }

  /**
   * One line, for example {@code ContingencyTable[STRONG, WEAK] [[3, 1], [0, 4]] n = 8}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ContingencyTable").append(categories).append(" [");
    for (int i = 0; i < counts.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(java.util.Arrays.toString(counts[i]));
    }
    return sb.append("] n = ").append(total()).toString();
  }

  /**
   * A multi-line table with rater 1 in rows, rater 2 in columns and the margins.
   *
   * @return the table as text
   */
  public String summary() {
    int k = counts.length;
    int width = 5;
    for (T c : categories) {
      width = Math.max(width, String.valueOf(c).length());
    }
    String cell = "%" + (width + 2) + "s";
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-" + width + "s", "r1\\r2"));
    for (T c : categories) {
      sb.append(String.format(Locale.ROOT, cell, c));
    }
    sb.append(String.format(Locale.ROOT, cell, "total")).append('\n');
    long[] col = new long[k];
    for (int i = 0; i < k; i++) {
      sb.append(String.format(Locale.ROOT, "%-" + width + "s", categories.get(i)));
      long row = 0;
      for (int j = 0; j < k; j++) {
        sb.append(String.format(Locale.ROOT, cell, counts[i][j]));
        row += counts[i][j];
        col[j] += counts[i][j];
      }
      sb.append(String.format(Locale.ROOT, cell, row)).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%-" + width + "s", "total"));
    for (int j = 0; j < k; j++) {
      sb.append(String.format(Locale.ROOT, cell, col[j]));
    }
    sb.append(String.format(Locale.ROOT, cell, total())).append('\n');
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContingencyTable<?> other
        && categories.equals(other.categories)
        && java.util.Arrays.deepEquals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * categories.hashCode() + java.util.Arrays.deepHashCode(counts);
  }
}
