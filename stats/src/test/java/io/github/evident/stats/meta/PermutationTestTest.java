package io.github.evident.stats.meta;

import static io.github.evident.stats.meta.MetaforReferenceTest.doubles;
import static io.github.evident.stats.meta.MetaforReferenceTest.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The API of {@link MetaRegression#permutationTest}: its report, its seeds and its rejection of
 * bad input. Printed numbers are metafor 3.8-1's print of {@code permutest(rma(yi, vi, mods =
 * ~ study))} on dat.hine1989 (RD), see {@code metafor-2/README.md}.
 */
class PermutationTestTest {

  private static final JsonNode HINE = reference("metafor-2/hine1989_permutation.json");
  private static final double[] YI = doubles(HINE.get("yi"));
  private static final double[] VI = doubles(HINE.get("vi"));
  private static final Moderators STUDY = Moderators.of("study", new double[] {1, 2, 3, 4, 5, 6});

  @Test
  void exactTestPrintsAsMetafor() {
    PermutationResult r = MetaRegression.randomEffects().permutationTest(YI, VI, STUDY);
    assertTrue(r.isExact());
    assertTrue(r.seed().isEmpty(), "an exact test draws nothing");
    String s = r.summary();
    assertTrue(s.startsWith("Exact permutation test: 720 distinct permutations"), s);
    assertTrue(s.contains("QM(df = 1) = 0.4832, p-val = 0.1000"), s);
    assertTrue(s.contains("intercept    0.0057  0.0366  0.1549  0.9708  -0.0661  0.0774"), s);
    assertTrue(s.contains("study        0.0057  0.0082  0.6951  0.1000  -0.0103  0.0217"), s);
    assertTrue(s.contains("* p values based on permutation testing"), s);
    assertEquals("exact permutation test (720 permutations, 0 failed fits): QM p = 0.1000; "
        + "intercept p = 0.9708, study p = 0.1000", r.toString());
    assertEquals(r.fit(), MetaRegression.randomEffects().fit(YI, VI, STUDY));
  }

  @Test
  void knappHartungTestPrintsTheFTest() {
    Moderators pair = Moderators.of("g", new double[] {1, 1, 2, 2, 3, 3});
    PermutationResult r = MetaRegression.randomEffects(Tau2Estimator.DL).withKnappHartung()
        .permutationTest(YI, VI, pair);
    assertEquals(90, r.permutations());
    String s = r.summary();
    assertTrue(s.contains("F(df1 = 1, df2 = 4) = 6.3991, p-val = 0.1111"), s);
    assertTrue(s.contains("g            0.0133  0.0053   2.5296   4  0.1111  -0.0013  0.0279"),
        s);
  }

  @Test
  void failedFitsAreReported() {
    JsonNode bcg = reference("metafor-permutation/permutation_extra.json").get("datasets")
        .get(1);
    JsonNode t = bcg.get("cases").get(0);
    PermutationResult r = PermutationTestReferenceTest.regression(t).withPermutations(2520)
        .permutationTest(doubles(bcg.get("yi")), doubles(bcg.get("vi")),
            PermutationTestReferenceTest.moderators(t));
    assertEquals(t.get("failed").asInt(), r.failedFits());
    assertTrue(r.summary().contains("Failed fits: 2041 (left out of the p values); the first: "
        + "REML estimation"), r.summary());
    assertTrue(r.toString().contains("2041 failed fits"), r.toString());
  }

  @Test
  void approximateTestRecordsItsSeed() {
    PermutationResult given = MetaRegression.randomEffects().withPermutations(100).withSeed(42)
        .permutationTest(YI, VI, STUDY);
    assertFalse(given.isExact());
    assertEquals(100, given.permutations());
    assertEquals(42, given.seed().orElseThrow());
    assertTrue(given.summary().startsWith("Approximate permutation test: 100 permutations (the "
        + "observed order and 99 random ones, seed 42)"), given.summary());
    PermutationResult drawn = MetaRegression.randomEffects().withPermutations(100)
        .permutationTest(YI, VI, STUDY);
    PermutationResult again = MetaRegression.randomEffects().withPermutations(100)
        .withSeed(drawn.seed().orElseThrow()).permutationTest(YI, VI, STUDY);
    assertEquals(drawn.pValues(), again.pValues());
  }

  @Test
  void theLimitDecidesExactness() {
    assertTrue(MetaRegression.randomEffects().withPermutations(720)
        .permutationTest(YI, VI, STUDY).isExact());
    assertFalse(MetaRegression.randomEffects().withPermutations(719).withSeed(1)
        .permutationTest(YI, VI, STUDY).isExact());
  }

  @Test
  void badInputIsRejected() {
    MetaRegression reg = MetaRegression.randomEffects();
    message("mods", () -> reg.permutationTest(YI, VI, null));
    message("mods", () -> reg.permutationTest(YI, VI, Moderators.none()));
    message("k = 6", () -> reg.permutationTest(YI, VI,
        Moderators.of("x", new double[] {1, 2, 3, 4, 5})));
    message("length", () -> reg.permutationTest(YI, new double[5], STUDY));
    message("permutations", () -> reg.withPermutations(0));
    message("permutations", () -> reg.withPermutations(1));
    PermutationResult r = reg.permutationTest(YI, VI, STUDY);
    message("nope", () -> r.pValue("nope"));
  }

  private static void message(String part, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
