package io.github.evident.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.json.ReviewJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Study characteristics: numbers or levels, one kind per name across a review, in JSON. */
class CharacteristicsTest {

  private static Study trial(String id, double ablat, String alloc) {
    return Study.builder().id(id)
        .citation(Citation.builder().addAuthors("A").year(1950).title("t").build())
        .design(Design.of(DesignType.RANDOMIZED_TRIAL))
        .putCharacteristics("ablat", Characteristic.of(ablat))
        .putCharacteristics("alloc", Characteristic.of(alloc))
        .build();
  }

  private static final Review REVIEW = Review.builder().title("BCG")
      .addStudies(trial("t1", 44, "random"), trial("t2", 55, "alternate")).build();

  @Test
  void characteristicsAreNumbersAndLevelsInJson() {
    String json = ReviewJson.write(REVIEW);
    assertTrue(json.contains("\"ablat\" : 44.0"), json);
    assertTrue(json.contains("\"alloc\" : \"random\""), json);
    assertEquals(REVIEW, ReviewJson.read(json));
    assertArrayEquals(new double[] {44, 55}, REVIEW.numericCharacteristic("ablat"));
    assertEquals(List.of("random", "alternate"), REVIEW.categoricalCharacteristic("alloc"));
    assertEquals(Characteristic.of("random"), REVIEW.study("t1").characteristic("alloc")
        .orElseThrow());
  }

  @Test
  void aNameHasOneKindAcrossTheReview() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Review.builder().title("BCG").addStudies(trial("t1", 44, "random"),
            Study.builder().from(trial("t2", 55, "x"))
                .putCharacteristics("ablat", Characteristic.of("north")).build()).build());
    assertEquals("study 't2': characteristic 'ablat' is categorical (north) but numeric in "
        + "study 't1'; a characteristic is numeric in every study or categorical in every one",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> REVIEW.numericCharacteristic("alloc"));
    assertEquals("characteristic 'alloc' is categorical (random in study 't1'), not numeric",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> REVIEW.categoricalCharacteristic("year"));
    assertTrue(e.getMessage().startsWith("study 't1' does not record the characteristic "
        + "'year'"), e.getMessage());
  }

  @Test
  void prespecifiedCharacteristicsAreRecordedByStudies() {
    Review r = Review.builder().from(REVIEW).addPrespecifiedCharacteristics("ablat").build();
    assertEquals(r, ReviewJson.read(ReviewJson.write(r)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Review.builder().from(REVIEW).addPrespecifiedCharacteristics("dose").build());
    assertEquals("review.prespecifiedCharacteristics names 'dose', which no study records",
        e.getMessage());
  }

  @Test
  void badValuesAreNamed() {
    assertThrows(IllegalArgumentException.class, () -> Characteristic.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Characteristic.of(" "));
    String json = ReviewJson.write(REVIEW);
    for (String bad : new String[] {"true", "null", "[1]", "\"\""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ReviewJson.read(json.replaceFirst("\"ablat\" : 44.0", "\"ablat\" : " + bad)));
      assertTrue(e.getMessage().contains("$.review.studies[0].characteristics.ablat (line "),
          bad + ": " + e.getMessage());
    }
  }
}
