package io.github.evident.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void pValuesHaveFourDecimalsAndAFloor() {
    assertEquals("< 0.0001", Format.pValue(2.3e-5));
    assertEquals("0.0001", Format.pValue(1e-4));
    assertEquals("0.0495", Format.pValue(0.04951));
    assertEquals("p = 0.5000", Format.p(0.5));
    assertEquals("p < 0.0001", Format.p(0));
  }

  @Test
  void tablesAlignTheirColumnsAndMayKeepRowNamesLeft() {
    List<String[]> lines = List.of(new String[] {"", "estimate", "pval"},
        new String[] {"intercept", "0.3436", "< 0.0001"},
        new String[] {"ablat", "-0.0292", "0.0010"});
    assertEquals("           estimate      pval\n"
        + "intercept    0.3436  < 0.0001\n"
        + "ablat       -0.0292    0.0010\n", Format.table(lines, true));
    assertEquals("           estimate      pval\n"
        + "intercept    0.3436  < 0.0001\n"
        + "    ablat   -0.0292    0.0010\n", Format.table(lines, false));
  }

  @Test
  void columnsAreRightAlignedToTheirWiderCell() {
    assertEquals("estimate      se\n -0.4734  0.0410\n",
        Format.columns(new String[] {"estimate", "se"}, new String[] {"-0.4734", "0.0410"}));
  }

  @Test
  void numbersNeverPrintNegativeZero() {
    assertEquals("0.0000", Format.estimate(-1e-9));
    assertEquals("-0.7145", Format.estimate(-0.71452));
    assertEquals("0.00", Format.figure(-0.001, 2));
    assertEquals("\u22120.71", Format.figure(-0.7145, 2));
    assertEquals("-Inf", Format.number(Double.NEGATIVE_INFINITY, 2));
    assertEquals("NA", Format.number(Double.NaN, 2));
  }

  @Test
  void intervalsPercentagesLevelsAndDf() {
    assertEquals("[0.1197, 1.1110]", Format.interval(Interval.of(0.11968, 1.111)));
    assertEquals("[-Inf, 0.50]", Format.interval(Double.NEGATIVE_INFINITY, 0.5, 2));
    assertEquals("92.22%", Format.percent(92.2224, 2));
    assertEquals("40%", Format.share(0.4, 0));
    assertEquals("95", Format.level(0.95));
    assertEquals("99.5", Format.level(0.995));
    assertEquals("12", Format.df(12));
    assertEquals("17.776", Format.df(17.77623));
    assertEquals("\u22121", Format.tick(-1.0));
    assertEquals("0.25", Format.tick(0.25));
  }

  @Test
  void magnitudesHaveSignificantDigits() {
    assertEquals("12.3", Format.significant(12.345, 3));
    assertEquals("0.000123", Format.significant(0.00012345, 3));
    assertEquals("1.23e7", Format.significant(12_345_678, 3));
    assertEquals("-1.5e-5", Format.significant(-1.5e-5, 3));
    assertEquals("1e-10", Format.significant(1.0000001e-10, 3));
    assertEquals("100", Format.significant(100, 6));
    assertEquals("0", Format.significant(-0.0, 3));
    assertEquals("Inf", Format.significant(Double.POSITIVE_INFINITY, 3));
  }
}
