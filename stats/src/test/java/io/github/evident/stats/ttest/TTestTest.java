package io.github.evident.stats.ttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Configuration, text output, input handling and validation of the t tests. */
class TTestTest {

  private static final double[] BEFORE = {51, 49, 55, 60, 47, 52, 58, 50};
  private static final double[] AFTER = {57, 55, 58, 66, 50, 60, 63, 55};

  @Test
  void configurationReturnsNewImmutableInstances() {
    PairedTTest base = PairedTTest.withDefaults();
    PairedTTest configured = base.withAlternative(Alternative.GREATER).withLevel(0.90);
    assertNotSame(base, configured);
    assertEquals(Alternative.TWO_SIDED, base.alternative());
    assertEquals(0.95, base.level());
    assertEquals(Alternative.GREATER, configured.alternative());
    assertEquals(0.90, configured.level());
    TwoSampleTTest welch = TwoSampleTTest.withDefaults();
    assertFalse(welch.equalVariances());
    assertTrue(welch.withEqualVariances(true).equalVariances());
    assertFalse(welch.equalVariances());
  }

  @Test
  void doesNotModifyTheCallersArrays() {
    double[] before = BEFORE.clone();
    double[] after = AFTER.clone();
    PairedTTest.withDefaults().test(before, after);
    TwoSampleTTest.welch().test(after, before);
    assertEquals(BEFORE[0], before[0]);
    assertEquals(AFTER[7], after[7]);
  }

  @Test
  void summaryAndToStringReadWell() {
    // R: t.test(after, before, paired = TRUE) for the small_sample case: t = 8.8968, df = 7
    PairedTTestResult r = PairedTTest.withDefaults().test(BEFORE, AFTER);
    String summary = r.summary();
    assertTrue(summary.contains("t = 8.8968, df = 7"), summary);
    assertTrue(summary.contains("95% CI of the mean difference: [3.8546, 6.6454]"), summary);
    assertTrue(summary.contains("d_z"), summary);
    assertFalse(r.toString().contains("\n"));
    TwoSampleTTestResult w = TwoSampleTTest.welch().test(AFTER, BEFORE);
    assertTrue(w.summary().startsWith("Welch two-sample t test"), w.summary());
    assertTrue(TwoSampleTTest.student().test(AFTER, BEFORE).toString().contains("Student"));
    // R: t.test(after, before, paired = TRUE, alternative = "greater", conf.level = 0.9)$conf.int
    // is 4.415058 Inf
    String greater = PairedTTest.withDefaults().withAlternative(Alternative.GREATER)
        .withLevel(0.9).test(BEFORE, AFTER).summary();
    assertTrue(greater.contains("90% CI of the mean difference: [4.4151, Inf]"), greater);
  }

  @Test
  void resultsAreCheckedWhenMade() {
    PairedTTestResult r = PairedTTest.withDefaults().test(BEFORE, AFTER);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PairedTTestResult(r.statistic(), r.df(), 1.5, r.meanDifference(),
            r.sdDifference(), r.standardError(), r.ci(), r.n(), r.alternative(), r.level(),
            r.dz()));
    assertEquals("paired t test result: pValue must be in [0, 1], was 1.5", e.getMessage());
    TwoSampleTTestResult w = TwoSampleTTest.welch().test(AFTER, BEFORE);
    IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
        () -> new TwoSampleTTestResult(w.statistic(), 0, w.pValue(), w.meanDifference(),
            w.standardError(), w.ci(), w.n1(), w.n2(), false, w.alternative(), w.level(),
            w.cohensD(), w.hedgesG()));
    assertEquals("two-sample t test result: df must be positive, was 0.0", f.getMessage());
  }

  static Stream<Arguments> badInputs() {
    PairedTTest p = PairedTTest.withDefaults();
    TwoSampleTTest w = TwoSampleTTest.welch();
    return Stream.of(
        Arguments.of((Executable) () -> p.withLevel(1.0), "level", "1.0"),
        Arguments.of((Executable) () -> p.withLevel(Double.NaN), "level", "NaN"),
        Arguments.of((Executable) () -> p.withAlternative(null), "alternative", "null"),
        Arguments.of((Executable) () -> p.test(new double[] {1, 2}, new double[] {1, 2, 3}),
            "same length", "2 and 3"),
        Arguments.of((Executable) () -> p.test(new double[] {1}, new double[] {2}), "before",
            "at least 2 values, was 1"),
        Arguments.of((Executable) () -> p.test(new double[] {1, Double.NaN}, new double[] {2, 3}),
            "before[1]", "NaN"),
        Arguments.of((Executable) () -> p.test(new double[] {1, 2}, new double[] {2, 3}),
            "sdDifference", "0"),
        Arguments.of((Executable) () -> p.fromDifferences(1, -1, 5), "sdDifference", "-1.0"),
        Arguments.of((Executable) () -> p.fromDifferences(1, 1, 1), "n", "1"),
        Arguments.of((Executable) () -> p.fromPrePost(1, 1, 2, 1, 10, 1.5), "r", "1.5"),
        Arguments.of((Executable) () -> p.fromPrePost(1, -2, 2, 1, 10, 0.5), "sdBefore", "-2.0"),
        Arguments.of((Executable) () -> w.fromSummary(1, 1, 1, 2, 1, 10), "n1", "1"),
        Arguments.of((Executable) () -> w.fromSummary(1, 1, 5, 2, -1, 10), "sd2", "-1.0"),
        Arguments.of((Executable) () -> w.fromSummary(1, 0, 5, 2, 0, 10), "sd1 and sd2", "0"),
        Arguments.of((Executable) () -> w.test(new double[] {1, 2}, new double[] {3,
            Double.POSITIVE_INFINITY}), "group2[1]", "Infinity"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badInputs")
  void rejectsBadInputNamingFieldAndValue(Executable call, String field, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(field) && e.getMessage().contains(value),
        () -> "expected '" + field + "' and '" + value + "' in: " + e.getMessage());
  }
}
