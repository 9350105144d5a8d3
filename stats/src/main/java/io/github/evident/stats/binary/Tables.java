package io.github.evident.stats.binary;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.effect.Measure;
import java.util.List;
import java.util.Optional;

/** The checked cells of k 2×2 tables, as escalc's {@code ai, bi, ci, di}. */
final class Tables {

  final int[] a;
  final int[] b;
  final int[] c;
  final int[] d;

  private Tables(int[] a, int[] b, int[] c, int[] d) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }

  /** Checks and copies the four cell arrays. */
  static Tables of(int[] a, int[] b, int[] c, int[] d) {
    Checks.notNull("a", a);
    Checks.notNull("b", b);
    Checks.notNull("c", c);
    Checks.notNull("d", d);
    Checks.atLeast("a.length (number of studies)", a.length, 1);
    sameLength("b", b, a.length);
    sameLength("c", c, a.length);
    sameLength("d", d, a.length);
    for (int i = 0; i < a.length; i++) {
      cell("a", a, i);
      cell("b", b, i);
      cell("c", c, i);
      cell("d", d, i);
      Checks.atLeast("a[" + i + "] + b[" + i + "] (study " + i + ", group 1 size)", a[i] + b[i],
          1);
      Checks.atLeast("c[" + i + "] + d[" + i + "] (study " + i + ", group 2 size)", c[i] + d[i],
          1);
    }
    return new Tables(a.clone(), b.clone(), c.clone(), d.clone());
  }

  /** Checks the tables and takes their cells. */
  static Tables of(List<TwoByTwo> tables) {
    Checks.notNull("tables", tables);
    int k = tables.size();
    int[] a = new int[k];
    int[] b = new int[k];
    int[] c = new int[k];
    int[] d = new int[k];
    for (int i = 0; i < k; i++) {
      TwoByTwo t = Checks.notNull("tables[" + i + "] (study " + i + ")", tables.get(i));
      a[i] = t.a();
      b[i] = t.b();
      c[i] = t.c();
      d[i] = t.d();
    }
    return of(a, b, c, d);
  }

  private static void sameLength(String field, int[] cells, int k) {
    if (cells.length != k) {
      throw new IllegalArgumentException(field + ".length must equal a.length (" + k
          + ") but was " + cells.length);
    }
  }

  private static void cell(String field, int[] cells, int i) {
    Checks.nonNegative(field + "[" + i + "] (study " + i + ")", cells[i]);
  }

  int k() {
    return a.length;
  }

  /**
   * Whether table {@code i} has no events in either group, or only events: escalc's
   * {@code drop00} leaves it out of the study-level effects.
   */
  boolean doubleZero(int i) {
    return a[i] == 0 && c[i] == 0 || b[i] == 0 && d[i] == 0;
  }

  /** The number of tables escalc's {@code drop00} leaves out. */
  int doubleZeroCount() {
    int n = 0;
    for (int i = 0; i < k(); i++) {
      n += doubleZero(i) ? 1 : 0;
    }
    return n;
  }

  /**
   * The note on the tables {@code drop00} leaves out of Q, if any.
   *
   * @param effect what they do to the pooled estimate, for example {@code they add nothing to
   *     Peto's odds ratio}
   */
  Optional<String> doubleZeroNote(String effect) {
    int dropped = doubleZeroCount();
    return dropped == 0 ? Optional.empty()
        : Optional.of(Format.count(dropped, "table",
            "tables") + " with no events in either group (or only events) left out of Q, I^2"
            + " and H^2 (escalc drop00 = TRUE); " + effect);
  }

  /**
   * The study-level effect of table {@code i} as escalc computes it by default (1/2 added to
   * every cell of a table with a zero cell).
   */
  EffectSize effect(Measure measure, int i) {
    switch (measure) {
      case OR:
        return EffectSizes.logOddsRatio(a[i], b[i], c[i], d[i]);
      case RR:
        return EffectSizes.logRiskRatio(a[i], b[i], c[i], d[i]);
      case RD:
        return EffectSizes.riskDifference(a[i], b[i], c[i], d[i]);
      default:
        throw new IllegalStateException("no study-level effect for " + measure);
    }
  }

  double n1(int i) {
    return (double) a[i] + b[i];
  }

  double n2(int i) {
    return (double) c[i] + d[i];
  }

  double n(int i) {
    return n1(i) + n2(i);
  }

  /** Events in both groups of table {@code i}. */
  double events(int i) {
    return (double) a[i] + c[i];
  }

  /** Non-events in both groups of table {@code i}. */
  double nonEvents(int i) {
    return (double) b[i] + d[i];
  }
}
