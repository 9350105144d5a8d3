package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Review;
import org.junit.jupiter.api.Test;

/** Runs the usage example given for the README (the review is read from test resources). */
class UsageExampleTest {

  @Test
  void readmeExample() {
    Review review = Fixtures.bcg(); // ReviewJson.read(Path.of("examples/data/bcg-review.json"))
    SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(review);
    ComparisonGroup g = plan.groups().get(0);
    double logRr = g.decision().metaAnalysis().orElseThrow().estimate();
    String why = g.decision().reason(ReasonCode.HETEROGENEITY).message();
    String report = plan.summary();
    String swim = SwimChecklist.of(plan).summary();

    assertEquals(SynthesisMethod.META_ANALYSIS, plan.conclusion());
    // metafor 3.8-1: rma(yi, vi, method = "REML", test = "knha") on dat.bcg log risk ratios
    assertEquals(-0.714532348365101, logRr, 1e-6 * 0.7145);
    // metafor: I2 = 92.2214, confint(res): I^2 81.9177 to 97.6781
    assertTrue(why.startsWith("I² = 92.22% (95% CI 81.92% to 97.68%)"), why);
    assertTrue(report.contains("[meta-analysis of effect estimates] tuberculosis | bcg vaccine"),
        report);
    assertTrue(swim.contains("forest plot"), swim);

    SynthesisPlan seed = SynthesisPlanner.withDefaults().plan(Fixtures.seed());
    assertEquals(SynthesisMethod.NARRATIVE, seed.conclusion());
    assertTrue(seed.summary().contains("treating p < 0.001 as p = 0.0010"));
  }
}
