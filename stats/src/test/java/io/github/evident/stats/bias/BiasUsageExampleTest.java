package io.github.evident.stats.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.Tau2Estimator;
import org.junit.jupiter.api.Test;

/**
 * The code shown in the Javadoc of {@link TrimAndFill}, {@link FailSafeN} and
 * {@link SmallStudyEffects#rankCorrelationTest}, run on dat.bcg (numbers: metafor 3.8-1,
 * {@code metafor-2/bcg_binary.json} and {@code bias/bias_cases.json}).
 */
class BiasUsageExampleTest {

  private static final double[] YI = MetaforBiasReferenceTest.doubles(
      MetaforBiasReferenceTest.read("metafor-2/bcg_binary.json").get("yi"));
  private static final double[] VI = MetaforBiasReferenceTest.doubles(
      MetaforBiasReferenceTest.read("metafor-2/bcg_binary.json").get("vi"));

  @Test
  void trimAndFill() {
    double[] yi = YI;
    double[] vi = VI;
    TrimAndFillResult tf = TrimAndFill.withDefaults().fit(MetaAnalysis.randomEffects(), yi, vi);
    assertEquals(1, tf.k0());
    assertEquals(TrimAndFill.Side.RIGHT, tf.side());
    MetaforBiasReferenceTest.near("filled", 0.310403024014422, tf.filledEstimates()[0]);
    MetaforBiasReferenceTest.near("estimate", -0.657082800760365, tf.result().estimate());
    TrimAndFillResult r0 = TrimAndFill.withDefaults().withEstimator(TrimAndFill.Estimator.R0)
        .withSide(TrimAndFill.Side.LEFT).fit(MetaAnalysis.randomEffects(Tau2Estimator.DL), yi, vi);
    assertEquals(0, r0.k0());
    MetaforBiasReferenceTest.near("DL estimate", -0.714117222073227, r0.result().estimate());
  }

  @Test
  void failSafeN() {
    double[] yi = YI;
    double[] vi = VI;
    assertEquals(598, FailSafeN.rosenthal(yi, vi).n());
    MetaforBiasReferenceTest.near("p", 8.81395689626115e-30,
        FailSafeN.rosenthal(yi, vi, 0.01).pValue().orElseThrow());
    MetaforBiasReferenceTest.near("mean", -0.430285163654091,
        FailSafeN.rosenberg(yi, vi).meanEffect().orElseThrow());
  }

  @Test
  void rankCorrelation() {
    RankCorrelationResult begg = SmallStudyEffects.rankCorrelationTest(YI, VI);
    MetaforBiasReferenceTest.near("tau", 0.0256410256410256, begg.tau());
    MetaforBiasReferenceTest.near("p", 0.952361907960866, begg.pValue());
  }
}
