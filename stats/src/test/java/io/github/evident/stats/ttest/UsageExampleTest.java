package io.github.evident.stats.ttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.effect.CorrelationSensitivity;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import org.junit.jupiter.api.Test;

/** Runs the usage example proposed for the README, checking its numbers against R. */
class UsageExampleTest {

  @Test
  void readmeExample() {
    EffectSize g = EffectSizes.smd(55, 47, 155, 75, 64, 156);   // Hedges' g, as escalc("SMD")
    EffectSize lor = EffectSizes.logOddsRatio(0, 20, 3, 17);    // zero cell: 1/2 added, noted
    double[] before = {51, 49, 55, 60, 47, 52, 58, 50};
    double[] after = {57, 55, 58, 66, 50, 60, 63, 55};
    PairedTTestResult t = PairedTTest.withDefaults().test(before, after);
    CorrelationSensitivity s = CorrelationSensitivity.over(new double[] {0.3, 0.5, 0.7},
        r -> EffectSizes.smcc(38.5, 30.6, 11.6, 15.0, 20, r));

    // metafor 3.8-1, normand1999_smd yi[0] and vi[0]
    TTestReferenceTest.close(-0.355169640940107, g.estimate(), "g");
    TTestReferenceTest.close(0.0130646755415297, g.variance(), "v");
    // R, metafor 3.8-1: escalc("OR", ai = 0, bi = 20, ci = 3, di = 17)$yi
    TTestReferenceTest.close(-2.10413415427021, lor.estimate(), "lor");
    assertEquals(1, lor.notes().size());
    // R t.test(after, before, paired = TRUE): paired-t.json small_sample
    TTestReferenceTest.close(8.8968447302314, t.statistic(), "t");
    TTestReferenceTest.close(4.59755749891893e-05, t.pValue(), "p");
    assertTrue(s.summary().contains("0.500"));
  }
}
