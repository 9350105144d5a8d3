package io.github.evident.stats.meta;

import static io.github.evident.stats.meta.MetaforReferenceTest.doubles;
import static io.github.evident.stats.meta.MetaforReferenceTest.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of permutation tests on the lidocaine trials of
 * {@code metafor-2/hine1989_permutation.json} (k = 6, moderator {@code study}, 720 distinct
 * permutations) and the tied-row cases of {@code metafor-permutation/permutation_extra.json}.
 */
class PermutationTestProperties {

  private static final JsonNode HINE = reference("metafor-2/hine1989_permutation.json");
  private static final double[] YI = doubles(HINE.get("yi"));
  private static final double[] VI = doubles(HINE.get("vi"));
  /** Fewer than the 720 distinct permutations, so the test is approximate. */
  private static final int DRAWS = 400;

  @Provide
  Arbitrary<JsonNode> hineCases() {
    List<JsonNode> out = new ArrayList<>();
    HINE.get("permutation").forEach(out::add);
    return Arbitraries.of(out);
  }

  /**
   * An approximate p value is (1 + B)/n with B ~ Binomial(n − 1, p) for the exact p value p
   * (the observed order counts once, the n − 1 uniform draws count B times), so it is within
   * 1/n + 5·√(p(1 − p)/(n − 1)) of p except with probability below 10⁻⁶ (five binomial
   * standard errors, normal approximation).
   */
  @Property
  void approximatePValuesAreWithinMonteCarloErrorOfTheExactOnes(@ForAll("hineCases") JsonNode t,
      @ForAll long seed) {
    PermutationResult r = PermutationTestReferenceTest.regression(t).withPermutations(DRAWS)
        .withSeed(seed).permutationTest(YI, VI, PermutationTestReferenceTest.moderators(t));
    assertFalse(r.isExact(), "720 distinct permutations > " + DRAWS);
    assertEquals(DRAWS, r.permutations());
    assertEquals(seed, r.seed().orElseThrow());
    List<Double> p = new ArrayList<>(r.pValues().values());
    for (int j = 0; j < p.size(); j++) {
      within(t.get("pval").get(j).asDouble(), p.get(j), "pval[" + j + "]");
    }
    within(t.get("QMp").asDouble(), r.qmPValue(), "QMp");
  }

  private static void within(double exact, double approximate, String what) {
    assertTrue(approximate >= 0 && approximate <= 1, what + " in [0, 1]: " + approximate);
    double tol = 1.0 / DRAWS + 5 * Math.sqrt(exact * (1 - exact) / (DRAWS - 1));
    assertEquals(exact, approximate, tol, what);
  }

  @Property
  void theSameSeedGivesTheSameTest(@ForAll("hineCases") JsonNode t, @ForAll long seed) {
    MetaRegression reg = PermutationTestReferenceTest.regression(t).withPermutations(50)
        .withSeed(seed);
    Moderators mods = PermutationTestReferenceTest.moderators(t);
    PermutationResult a = reg.permutationTest(YI, VI, mods);
    PermutationResult b = reg.permutationTest(YI, VI, mods);
    assertEquals(a.pValues(), b.pValues());
    assertEquals(a.qmPValue(), b.qmPValue());
    assertEquals(a.toString(), b.toString());
  }

  /** The exact test enumerates the same permutations whatever the order of the studies. */
  @Property(tries = 30)
  void studyOrderDoesNotChangeAnExactTest(@ForAll("orders") List<Integer> order) {
    JsonNode data = reference("metafor-permutation/permutation_extra.json").get("datasets")
        .get(0);
    double[] yi = doubles(data.get("yi"));
    double[] vi = doubles(data.get("vi"));
    JsonNode t = data.get("cases").get(4);
    Moderators mods = PermutationTestReferenceTest.moderators(t);
    MetaRegression reg = PermutationTestReferenceTest.regression(t);
    PermutationResult before = reg.permutationTest(yi, vi, mods);
    List<String> names = mods.names();
    double[][] columns = new double[names.size()][yi.length];
    double[] y2 = new double[yi.length];
    double[] v2 = new double[yi.length];
    for (int i = 0; i < yi.length; i++) {
      y2[i] = yi[order.get(i)];
      v2[i] = vi[order.get(i)];
      for (int j = 0; j < names.size(); j++) {
        columns[j][i] = mods.column(names.get(j))[order.get(i)];
      }
    }
    PermutationResult after = reg.permutationTest(y2, v2, Moderators.of(names, columns));
    assertEquals(before.permutations(), after.permutations());
    for (Map.Entry<String, Double> e : before.pValues().entrySet()) {
      assertEquals(e.getValue(), after.pValue(e.getKey()), 1e-12, e.getKey());
    }
    assertEquals(before.qmPValue(), after.qmPValue(), 1e-12, "QMp");
  }

  @Provide
  Arbitrary<List<Integer>> orders() {
    return Arbitraries.shuffle(0, 1, 2, 3, 4, 5);
  }
}
