package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.evident.core.json.EvidentJson;
import io.github.evident.core.json.JsonMutations;
import io.github.evident.core.json.ReviewJson;
import io.github.evident.core.model.Review;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The readers of stats' documents answer every mutated document with a value that reads back
 * unchanged or a clear error; a review the reader accepted is planned or refused clearly.
 */
class ReaderFuzzProperties {

  private static final double[] YI = {-0.89, -1.59, -1.35, -1.44, -0.22, -0.79};
  private static final double[] VI = {0.33, 0.19, 0.42, 0.02, 0.05, 0.01};

  @Provide
  Arbitrary<String> mutatedResults() {
    return JsonMutations.of(List.of(
        EvidentJson.write(MetaAnalysis.randomEffects().fit(YI, VI)),
        EvidentJson.write(MetaAnalysis.randomEffects(Tau2Estimator.DL).withKnappHartung()
            .fit(YI, VI)),
        EvidentJson.write(MetaAnalysis.commonEffect().fit(YI, VI))));
  }

  @Provide
  Arbitrary<String> mutatedPlans() {
    return JsonMutations.of(List.of(
        EvidentJson.write(SynthesisPlanner.withDefaults().plan(Fixtures.seed())),
        EvidentJson.write(SynthesisPlanner.withDefaults().plan(Fixtures.bcg()))));
  }

  @Provide
  Arbitrary<String> mutatedReviews() {
    return JsonMutations.of(List.of(ReviewJson.write(Fixtures.seed()),
        ReviewJson.write(Fixtures.bcg())));
  }

  @Property(tries = 500)
  void metaResultsReadBackOrAreRejected(@ForAll("mutatedResults") String json) {
    JsonMutations.readsBackOrRejects(json, s -> EvidentJson.read(s, MetaResult.class),
        EvidentJson::write);
  }

  @Property(tries = 300)
  void plansReadBackOrAreRejected(@ForAll("mutatedPlans") String json) {
    JsonMutations.readsBackOrRejects(json, s -> EvidentJson.read(s, SynthesisPlan.class),
        EvidentJson::write);
  }

  @Property(tries = 300)
  void reviewsTheReaderAcceptsArePlannedOrRefusedClearly(@ForAll("mutatedReviews") String json) {
    Review review;
    try {
      review = ReviewJson.read(json);
    } catch (IllegalArgumentException e) {
      return;
    }
    try {
      SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(review);
      assertEquals(plan, EvidentJson.read(EvidentJson.write(plan), SynthesisPlan.class));
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
    }
  }
}
