package io.github.evident.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.stats.plan.SynthesisPlanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed and BCG report pages name every study by its label and show labels, not enum
 * constants, Java {@code toString}s or ids, in every text a reader sees.
 */
class ReaderTextTest {

  private static List<String> offences(Review review) throws Exception {
    String html = EvidenceReport.of(review).withPlan(SynthesisPlanner.withDefaults()
        .plan(review)).toHtml();
    return ReaderText.offences(html, review.studies().stream().map(Study::id).toList());
  }

  @Test
  void seedReportShowsOnlyReadableText() throws Exception {
    List<String> found = offences(SeedData.seedReview());
    assertTrue(found.isEmpty(), () -> ReaderText.message("seed report", found));
  }

  @Test
  void bcgReportShowsOnlyReadableText() throws Exception {
    List<String> found = offences(SeedData.bcgReview());
    assertTrue(found.isEmpty(), () -> ReaderText.message("BCG report", found));
  }

  @Test
  void theCheckFindsWhatItLooksFor() throws Exception {
    String page = EvidenceReport.of(SeedData.seedReview()).withAnalysis(new EvidenceReport
        .Analysis("Leaks", List.of("design SINGLE_GROUP_PRE_POST", "tau2 Optional[0.3]",
            "MetaAnalysis[random-effects]", "Interval[lower=0.1, upper=0.2]",
            "ratings [WEAK, -, High]", "study gunn2016"), List.of())).toHtml();
    List<String> found = ReaderText.offences(page, List.of("gunn2016"));
    for (String token : List.of("'SINGLE_GROUP_PRE_POST'", "'Optional['", "'MetaAnalysis['",
        "upper='", "'[WEAK, '", "study id 'gunn2016'")) {
      assertTrue(found.stream().anyMatch(f -> f.startsWith(token) || f.contains(token)),
          () -> token + " not found in\n" + String.join("\n", found));
    }
    List<String> clean = ReaderText.offences(EvidenceReport.of(SeedData.seedReview())
        .toHtml(), List.of("gunn2016"));
    assertEquals(List.of(), clean);
  }
}
