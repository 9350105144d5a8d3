package io.github.evident.stats.ttest;

import io.github.evident.core.Interval;
import io.github.evident.stats.effect.EffectSize;

/** The checks every t-test result passes when it is made, so its readers need not repeat them. */
final class ResultCheck {

  private ResultCheck() {}

  /**
   * Checks the parts every t-test result has.
   *
   * @throws IllegalArgumentException naming the first value that is missing or out of range
   */
  static void common(String test, double df, double pValue, double standardError, Interval ci,
      Alternative alternative, double level, EffectSize... effectSizes) {
    require(df > 0, test, "df", df, "positive");
    require(pValue >= 0 && pValue <= 1, test, "pValue", pValue, "in [0, 1]");
    require(standardError >= 0, test, "standardError", standardError, "non-negative");
    require(level > 0 && level < 1, test, "level", level, "in (0, 1)");
    require(ci != null, test, "ci", null, "present");
    require(alternative != null, test, "alternative", null, "present");
    for (EffectSize e : effectSizes) {
      require(e != null, test, "effect size", null, "present");
    }
  }

  /** Throws an {@link IllegalArgumentException} naming the field and the value unless ok. */
  static void require(boolean ok, String test, String field, Object value, String expected) {
    if (!ok) {
      throw new IllegalArgumentException(test + " result: " + field + " must be " + expected
          + ", was " + value);
    }
  }
}
