package io.github.evident.appraisal.agreement;

import static io.github.evident.appraisal.agreement.CohensKappaTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fleiss' kappa against R irr and the published 14-rater example (see README.md). */
class FleissKappaTest {

  // Fleiss (1971) Table 1 as R irr's `diagnoses`: 30 patients x 6 raters, categories 1..5
  private static final int[][] DIAGNOSES = {
    {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
    {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
    {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
    {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
    {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
    {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
    {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
    {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}
  };

  private static int[][] countsPerCategory(int[][] ratings, int categories) {
    int[][] counts = new int[ratings.length][categories];
    for (int i = 0; i < ratings.length; i++) {
      for (int label : ratings[i]) {
        counts[i][label - 1]++;
      }
    }
    return counts;
  }

  @Test
  void matchesIrrKappamFleiss() {
    FleissKappaResult r = Agreement.fleissKappa(countsPerCategory(DIAGNOSES, 5));
    // irr: Kappa = 0.4302445, z = 17.65183 (7 significant digits)
    assertEquals(0.4302445, r.kappa(), 5e-8);
    assertEquals(17.65183, r.z(), 5e-6);
    assertEquals(30, r.subjects());
    assertEquals(6, r.raters());
  }

  // 10 subjects x 14 raters x 5 categories (Wikipedia "Fleiss' kappa" worked example)
  private static final int[][] FOURTEEN_RATERS = {
    {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
    {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
  };

  @Test
  void matchesThePublishedFourteenRaterExample() {
    FleissKappaResult r = Agreement.fleissKappa(FOURTEEN_RATERS);
    assertEquals(0.210, r.kappa(), 5e-4);
    assertEquals(0.378, r.observedAgreement(), 5e-4);
    assertEquals(0.213, r.expectedAgreement(), 5e-4);
    assertArrayEquals(
        new double[] {0.143, 0.200, 0.279, 0.150, 0.229}, r.categoryProportions(), 5e-4);
    assertEquals(14, r.raters());
  }

  @Test
  void rejectsInvalidCounts() {
    assertMessage(() -> Agreement.fleissKappa(null), "counts must not be null");
    assertMessage(() -> Agreement.fleissKappa(new int[0][]), "0 subjects");
    assertMessage(() -> Agreement.fleissKappa(new int[][] {{3}}), "at least 2 categories");
    assertMessage(
        () -> Agreement.fleissKappa(new int[][] {{3, 0}, {1, 1}}),
        "counts row 1 has 2 ratings but row 0 has 3");
    assertMessage(
        () -> Agreement.fleissKappa(new int[][] {{3, 0}, {1, 1, 1}}),
        "counts row 1 has 3 categories but row 0 has 2");
    assertMessage(
        () -> Agreement.fleissKappa(new int[][] {{3, -1}, {1, 1}}),
        "counts[0][1] must not be negative, was -1");
    assertMessage(
        () -> Agreement.fleissKappa(new int[][] {{1, 0}, {0, 1}}), "at least 2 per subject");
    assertMessage(
        () -> Agreement.fleissKappa(new int[][] {{3, 0}, {3, 0}}), "undefined");
  }

  @Test
  void toStringIsOneLine() {
    String s = Agreement.fleissKappa(countsPerCategory(DIAGNOSES, 5)).toString();
    assertTrue(s.startsWith("Fleiss' kappa = 0.4302"), s);
    assertTrue(s.contains("N = 30 subjects, m = 6 raters"), s);
  }
}
