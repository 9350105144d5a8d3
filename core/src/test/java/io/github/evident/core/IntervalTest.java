package io.github.evident.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void containsItsBoundsAndNothingOutside() {
    Interval i = Interval.of(-1.5, 2.0);
    assertTrue(i.contains(-1.5));
    assertTrue(i.contains(2.0));
    assertFalse(i.contains(2.0000001));
    assertEquals(3.5, i.width());
  }

  @Test
  void rejectsReversedBoundsNamingBoth() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Interval.of(2.0, 1.0));
    assertTrue(e.getMessage().contains("2.0") && e.getMessage().contains("1.0"), e.getMessage());
  }

  @Test
  void rejectsNaN() {
    assertThrows(IllegalArgumentException.class, () -> Interval.of(Double.NaN, 1.0));
  }

  @Test
  void allowsInfiniteBoundsForOneSidedIntervals() {
    assertTrue(Interval.of(Double.NEGATIVE_INFINITY, 0.3).contains(-1e300));
  }
}
