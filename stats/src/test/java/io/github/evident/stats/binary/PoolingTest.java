package io.github.evident.stats.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.TwoByTwo;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration, text and bad input of {@link MantelHaenszel} and {@link Peto}. */
class PoolingTest {

  private static final int[] A = {4, 6, 0, 62};
  private static final int[] B = {119, 300, 50, 13536};
  private static final int[] C = {11, 29, 0, 248};
  private static final int[] D = {128, 274, 48, 12619};

  @Test
  void badInputNamesTheFieldTheValueAndTheStudy() {
    MantelHaenszel mh = MantelHaenszel.oddsRatio();
    String negative = assertThrows(IllegalArgumentException.class,
        () -> mh.fit(A, B, new int[] {11, 29, -1, 248}, D)).getMessage();
    assertTrue(negative.contains("c[2] (study 2)") && negative.contains("-1"), negative);
    String length = assertThrows(IllegalArgumentException.class,
        () -> mh.fit(A, B, C, new int[] {1, 2})).getMessage();
    assertTrue(length.contains("d.length") && length.contains("2"), length);
    String empty = assertThrows(IllegalArgumentException.class,
        () -> Peto.oddsRatio().fit(new int[0], new int[0], new int[0], new int[0]))
        .getMessage();
    assertTrue(empty.contains("a.length") && empty.contains("0"), empty);
    String nul = assertThrows(IllegalArgumentException.class,
        () -> mh.fit(A, null, C, D)).getMessage();
    assertTrue(nul.contains("b"), nul);
    String table = assertThrows(IllegalArgumentException.class,
        () -> mh.fit(Arrays.asList(TwoByTwo.of(1, 2, 3, 4), null))).getMessage();
    assertTrue(table.contains("tables[1] (study 1)"), table);
    String group = assertThrows(IllegalArgumentException.class,
        () -> mh.fit(new int[] {0}, new int[] {0}, new int[] {1}, new int[] {1})).getMessage();
    assertTrue(group.contains("study 0, group 1 size") && group.contains("0"), group);
    assertThrows(IllegalArgumentException.class, () -> mh.withLevel(1.5));
  }

  @Test
  void noEventsInOneGroupAnywhereLeavesARatioUndefined() {
    int[] none = {0, 0};
    String m = assertThrows(IllegalArgumentException.class, () -> MantelHaenszel.riskRatio()
        .fit(none, new int[] {10, 10}, new int[] {1, 2}, new int[] {9, 8})).getMessage();
    assertTrue(m.contains("not estimable"), m);
  }

  @Test
  void theResultSaysWhichTablesWereLeftOut() {
    PooledResult r = MantelHaenszel.oddsRatio().fit(A, B, C, D);
    assertEquals(4, r.k());
    assertEquals(2, r.qDf());
    assertTrue(r.notes().get(0).startsWith("1 table with no events in either group"),
        r.notes().toString());
    assertTrue(MantelHaenszel.riskDifference().fit(A, B, C, D).notes().get(0)
        .contains("still count"));
    assertTrue(Peto.oddsRatio().fit(A, B, C, D).notes().get(0).contains("left out of Q"));
  }

  @Test
  void configurationIsImmutableAndReadable() {
    MantelHaenszel or = MantelHaenszel.oddsRatio();
    MantelHaenszel plain = or.withoutContinuityCorrection().withLevel(0.9);
    assertEquals("MantelHaenszel[log odds ratio, level 95%, CMH continuity correction]",
        or.toString());
    assertEquals("MantelHaenszel[log odds ratio, level 90%, CMH without continuity correction]",
        plain.toString());
    assertEquals(MantelHaenszel.oddsRatio(), or);
    assertNotEquals(or, or.withoutContinuityCorrection());
    assertNotEquals(or, or.withLevel(0.9));
    assertEquals("Peto[log odds ratio, level 90%]", Peto.oddsRatio().withLevel(0.9).toString());
    assertEquals(0.9, plain.fit(A, B, C, D).level());
  }

  @Test
  void summaryAndToStringShowTheNumbers() {
    PooledResult r = MantelHaenszel.oddsRatio().fit(List.of(TwoByTwo.of(4, 119, 11, 128),
        TwoByTwo.of(6, 300, 29, 274)));
    String line = r.toString();
    assertTrue(line.startsWith("Mantel-Haenszel log odds ratio, k = 2: estimate "), line);
    assertTrue(line.contains("95% CI [") && line.contains("Q(df = 1) = "), line);
    String summary = r.summary();
    assertTrue(summary.startsWith("Equal-Effects Model (k = 2)\n"), summary);
    assertTrue(summary.contains("Cochran-Mantel-Haenszel Test: X^2(df = 1) = "), summary);
    assertTrue(summary.contains("Breslow-Day Test for Heterogeneity: X^2(df = 1) = "), summary);
    assertTrue(summary.contains("estimate      se"), summary);
    assertTrue(Peto.oddsRatio().fit(A, B, C, D).summary()
        .contains("Model Results (Peto log odds ratio)"));
    assertEquals(PooledResult.Method.MANTEL_HAENSZEL, r.method());
    assertEquals(PooledResult.Method.PETO, Peto.oddsRatio().fit(A, B, C, D).method());
    assertEquals("Peto", PooledResult.Method.PETO.label());
  }
}
