package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Review;
import io.github.evident.stats.plan.ReasonCode;
import io.github.evident.stats.plan.SynthesisMethod;
import io.github.evident.stats.plan.SynthesisPlan;
import org.junit.jupiter.api.Test;

/**
 * The seed review's plan matches what the paper did and why: "The heterogeneity of the
 * interventions aims, study design, outcome measures and sample populations precluded a
 * meta-analysis of their results. A narrative synthesis ... is presented by intervention type."
 */
class SeedPlanTest {

  private static final Review REVIEW = ExampleData.seedReview();
  private static final SynthesisPlan PLAN = SeedReview.plan(REVIEW);

  @Test
  void narrativeSynthesisForTheReasonsThePaperGives() {
    assertEquals(SynthesisMethod.NARRATIVE, PLAN.conclusion());
    assertTrue(PLAN.groupsWith(SynthesisMethod.META_ANALYSIS).isEmpty());
    // outcome measures, interventions (aims) and designs differ, and each blocks pooling
    for (ReasonCode code : new ReasonCode[] {ReasonCode.DIFFERENT_CONSTRUCTS,
        ReasonCode.DIFFERENT_INTERVENTIONS, ReasonCode.DIFFERENT_DESIGNS}) {
      assertTrue(PLAN.reason(code).blocking(), code::toString);
    }
    // qualitative evidence is synthesised by intervention type, as the paper does
    assertTrue(PLAN.has(ReasonCode.QUALITATIVE_EVIDENCE));
    assertTrue(PLAN.groupsWith(SynthesisMethod.THEMATIC).size() >= 5);
  }

  @Test
  void reportShowsTheDecisionItsReasonsAndTheSwimItems() throws Exception {
    String html = SeedReview.evidenceReport(REVIEW).toHtml();
    var doc = io.github.evident.report.Xhtml.parse(html);
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("Conclusion: narrative synthesis"));
    PLAN.reasons().forEach(r -> assertTrue(text.contains(r.message()), r.message()));
    PLAN.groups().forEach(g -> g.decision().reasons().forEach(r ->
        assertTrue(text.contains(r.message()), r.message())));
    assertTrue(text.contains("9. Limitations of the synthesis"), "SWiM item 9");
    assertTrue(text.contains("What the reported statistics allow"));
  }
}
