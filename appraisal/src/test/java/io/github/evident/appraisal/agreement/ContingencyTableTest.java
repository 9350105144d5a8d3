package io.github.evident.appraisal.agreement;

import static io.github.evident.appraisal.agreement.CohensKappaTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContingencyTableTest {

  private static final List<String> LEVELS = List.of("STRONG", "MODERATE", "WEAK");

  @Test
  void crossTabulatesLabelsInCategoryOrder() {
    ContingencyTable<String> t =
        ContingencyTable.of(
            List.of("STRONG", "WEAK", "MODERATE", "WEAK"),
            List.of("STRONG", "MODERATE", "MODERATE", "WEAK"),
            LEVELS);
    assertArrayEquals(new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 1}}, t.counts());
    assertEquals(LEVELS, t.categories());
    assertEquals(4, t.total());
    assertEquals(1, t.count(2, 1));
    assertEquals(75.0, Agreement.percentAgreement(t));
    assertEquals(
        "ContingencyTable[STRONG, MODERATE, WEAK] [[1, 0, 0], [0, 1, 0], [0, 1, 1]] n = 4",
        t.toString());
    assertTrue(t.summary().contains("MODERATE"), t.summary());
    assertEquals(5, t.summary().split("\n").length);
  }

  @Test
  void countsAreCopied() {
    ContingencyTable<String> t =
        ContingencyTable.of(List.of("STRONG"), List.of("WEAK"), LEVELS);
    t.counts()[0][2] = 99;
    assertEquals(1, t.count(0, 2));
  }

  @Test
  void namesTheRaterAndSubjectOfABadLabel() {
    assertMessage(
        () ->
            ContingencyTable.of(
                List.of("STRONG", "WEAK"), List.of("STRONG", "Moderate"), LEVELS),
        "rater2[1] = Moderate is not one of the categories [STRONG, MODERATE, WEAK]");
    assertMessage(
        () ->
            ContingencyTable.of(
                Arrays.asList("STRONG", null), List.of("STRONG", "WEAK"), LEVELS),
        "rater1[1]");
  }

  @Test
  void rejectsMismatchedOrDegenerateInput() {
    assertMessage(
        () -> ContingencyTable.of(List.of("WEAK"), List.of("WEAK", "WEAK"), LEVELS),
        "rater1 has 1 labels but rater2 has 2");
    assertMessage(
        () -> ContingencyTable.of(List.of(), List.of(), LEVELS), "must not be empty");
    assertMessage(
        () -> ContingencyTable.of(List.of("A"), List.of("A"), List.of("A")),
        "at least 2 categories");
    assertMessage(
        () -> ContingencyTable.of(List.of("A"), List.of("A"), List.of("A", "B", "A")),
        "orderedCategories[2] = A repeats orderedCategories[0]");
    assertMessage(() -> ContingencyTable.of(null, List.of("A"), LEVELS), "rater1 must not be null");
  }
}
