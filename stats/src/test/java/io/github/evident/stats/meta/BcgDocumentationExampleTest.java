package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.Interval;
import org.junit.jupiter.api.Test;

/**
 * metafor's documentation example, done in Evident:
 *
 * <pre>
 * dat &lt;- escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)
 * res &lt;- rma(yi, vi, data=dat)
 * confint(res)
 * predict(res)
 * </pre>
 *
 * <p>Every expected number was printed by R 4.2.2 / metafor 3.8-1 running exactly these lines
 * (metafor's default control: REML, z test, {@code maxiter = 100}, {@code stepadj = 1}), with
 * {@code options(digits = 15)}; the yi/vi below are {@code dat$yi} and {@code dat$vi} printed
 * with 17 significant digits.
 */
class BcgDocumentationExampleTest {

  static final double[] YI = {-0.88931133392020545, -1.5853886572014306, -1.3480731482996933,
      -1.4415511900213054, -0.21754732221129558, -0.78611558581886398, -1.6208982235983918,
      0.011952333523840508, -0.4694176487381494, -1.3713448034727844, -0.33935882833839059,
      0.44591340057137874, -0.017313948216879815};
  static final double[] VI = {0.32558476500396133, 0.19458112139814385, 0.41536796536796539,
      0.020010031902247573, 0.051210172169630863, 0.0069056184559087574, 0.22301724757231517,
      0.0039615792978177295, 0.056434210463248966, 0.07302479361302891, 0.01241221397155972,
      0.53250584520015276, 0.071404659683986293};

  @Test
  void rmaConfintPredictAsInMetaforsDocumentation() {
    // res <- rma(yi, vi, data=dat)
    MetaResult res = MetaAnalysis.randomEffects().fit(YI, VI);

    assertEquals(Tau2Estimator.REML, res.tau2Estimator().orElseThrow());
    assertEquals(MetaResult.Test.Z, res.test());
    assertEquals(13, res.k());
    near(-0.714532348365101, res.estimate());
    near(0.179781531780361, res.standardError());
    near(-3.97444799412458, res.statistic());
    near(7.05426734852055e-05, res.pValue());
    near(-1.06689767574005, res.ci().lower());
    near(-0.362167020990150, res.ci().upper());
    near(0.313243325980895, res.tau2());
    near(0.166425783098725, res.tau2StandardError().orElseThrow());
    near(92.2213860749656, res.i2());
    near(12.8557608031121, res.h2());
    near(152.233008082373, res.q());
    assertEquals(12, res.qDf());
    near(1.99676459084597e-26, res.qPValue());

    // confint(res)
    Interval tau2 = res.tau2Ci().orElseThrow();
    near(0.119695312816638, tau2.lower());
    near(1.11148626221544, tau2.upper());
    near(0.345970103934773, Math.sqrt(tau2.lower()));
    near(1.05427048816489, Math.sqrt(tau2.upper()));
    near(0.559681450452751, res.tau());
    near(81.917722721504930, res.i2Ci().orElseThrow().lower());
    near(97.67808960506866, res.i2Ci().orElseThrow().upper());
    near(5.530276881603192, res.h2Ci().orElseThrow().lower());
    near(43.06798411269314, res.h2Ci().orElseThrow().upper());

    // predict(res)
    Interval pi = res.predictionInterval().orElseThrow();
    near(-1.866692346607069, pi.lower());
    near(0.437627649876866, pi.upper());

    // print(res): the same header and table layout as metafor.
    String summary = res.summary();
    assertTrue(summary.startsWith("Random-Effects Model (k = 13; tau^2 estimator: REML)"),
        summary);
    assertTrue(summary.contains("tau^2 (estimated amount of total heterogeneity): 0.3132 "
        + "(SE = 0.1664)"), summary);
    assertTrue(summary.contains("I^2 (total heterogeneity / total variability):   92.22%"),
        summary);
    assertTrue(summary.contains("Q(df = 12) = 152.2330, p < 0.0001"), summary);
    assertTrue(summary.contains(" -0.7145  0.1798  -3.9744  < 0.0001  -1.0669  -0.3622"), summary);
  }

  static void near(double expected, double actual) {
    MetaforReferenceTest.near("value", expected, actual);
  }
}
