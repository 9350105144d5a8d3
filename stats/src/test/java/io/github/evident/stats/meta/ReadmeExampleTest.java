package io.github.evident.stats.meta;

import static io.github.evident.stats.meta.BcgDocumentationExampleTest.VI;
import static io.github.evident.stats.meta.BcgDocumentationExampleTest.YI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.json.EvidentJson;
import org.junit.jupiter.api.Test;

/** The usage example given in the README, run as written (with the BCG data). */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    double[] yi = YI;
    double[] vi = VI;
    // --- README example starts ---
    MetaResult r = MetaAnalysis.randomEffects(Tau2Estimator.REML) // rma(yi, vi)
        .withKnappHartung()                                        // test = "knha"
        .withFallback(Tau2Estimator.DL)                            // only if REML fails; recorded
        .fit(yi, vi);
    System.out.println(r.summary());                               // print(res)
    r.estimate(); r.ci(); r.predictionInterval();                  // predict(res)
    r.tau2Ci(); r.i2Ci(); r.h2Ci();                                // confint(res), Q-profile
    String json = EvidentJson.write(r);
    // --- README example ends ---

    // metafor 3.8-1: rma(yi, vi, test = "knha") on the BCG log risk ratios (the estimate and
    // tau^2 do not depend on the test; see BcgDocumentationExampleTest).
    BcgDocumentationExampleTest.near(-0.714532348365101, r.estimate());
    BcgDocumentationExampleTest.near(0.313243325980895, r.tau2());
    assertEquals(Tau2Estimator.REML, r.tau2Estimator().orElseThrow());
    assertEquals(12, r.testDf().orElseThrow());
    assertTrue(json.contains("\"test\" : \"KNAPP_HARTUNG\""), json);
  }
}
