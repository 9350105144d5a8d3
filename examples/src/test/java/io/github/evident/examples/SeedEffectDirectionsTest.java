package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.model.Review;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import io.github.evident.stats.synthesis.SampleSizeClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed review's outcome directions as the paper reports them (Table 1 and the text). */
class SeedEffectDirectionsTest {

  private static final Review REVIEW = ExampleData.seedReview();
  private static final EffectDirectionTable TABLE = SeedEffectDirections.table(REVIEW);

  @Test
  void everyQuantitativeStudyIsARowWithItsFinalSampleSize() {
    assertEquals(List.of("Gunn et al. (2016)", "Litchfield et al. (2010)",
        "Decker et al. (2018)"), TABLE.studies());
    assertEquals(24, TABLE.interventionGroupSize("Gunn et al. (2016)"));
    assertEquals(39, TABLE.interventionGroupSize("Decker et al. (2018)"), "analysed at follow-up");
    assertEquals(SampleSizeClass.SMALL, TABLE.sampleSizeClass("Decker et al. (2018)"));
  }

  @Test
  void domainsTakeTheDirectionOfAtLeastSeventyPercentOfTheirOutcomes() {
    assertEquals(EffectDirection.IMPROVEMENT, TABLE.direction("Gunn et al. (2016)",
        SeedEffectDirections.WELLBEING).orElseThrow());
    // PTSD and depression: "no changes were observed"
    assertEquals(EffectDirection.NO_CHANGE, TABLE.direction("Decker et al. (2018)",
        SeedEffectDirections.WELLBEING).orElseThrow());
    assertEquals(EffectDirection.IMPROVEMENT, TABLE.direction("Decker et al. (2018)",
        SeedEffectDirections.SAFETY).orElseThrow());
    assertEquals(3, TABLE.domains().size());
    assertEquals(12, SeedEffectDirections.entries().size());
  }
}
