package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.review.ReviewAgreement;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue-level check: Table 1's ratings reproduce from recorded answers. */
class SeedAppraisalsTest {

  @Test
  void consensusFromRecordedAnswersReproducesTableOne() {
    Review review = ExampleData.seedReview();
    Map<String, List<StudyAppraisal>> consensus = SeedAppraisals.load().consensus();
    assertEquals(review.studies().stream().map(Study::id).sorted().toList(),
        consensus.keySet().stream().sorted().toList());
    for (Study s : review.studies()) {
      List<StudyAppraisal> reported = s.appraisals();
      List<StudyAppraisal> replayed = consensus.get(s.id());
      assertEquals(reported.size(), replayed.size(), s.id());
      for (int i = 0; i < reported.size(); i++) {
        assertEquals(reported.get(i).tool(), replayed.get(i).tool(), s.id());
        assertEquals(reported.get(i).scope(), replayed.get(i).scope(), s.id());
        assertEquals(reported.get(i).overallRating(), replayed.get(i).overallRating(), s.id());
      }
    }
    StudyAppraisal decker = consensus.get("decker2018").get(0);
    assertEquals("MODERATE", decker.componentRatings().get("B"), "single-group pre-post");
  }

  @Test
  void agreementIsComputedPerTool() {
    Map<String, ReviewAgreement> agreement = SeedAppraisals.load().agreement();
    assertEquals(List.of("EPHPP", "NICE appendix H"), List.copyOf(agreement.keySet()));
    ReviewAgreement ephpp = agreement.get("EPHPP");
    assertEquals(List.of("A", "B", "C", "D", "E", "F", "global"), ephpp.targets());
    assertEquals(3, ephpp.target("global").pairs() + ephpp.target("global").undetermined());
    assertTrue(ephpp.summary().startsWith("Agreement between reviewers (EPHPP dictionary)"),
        ephpp::summary);
  }
}
