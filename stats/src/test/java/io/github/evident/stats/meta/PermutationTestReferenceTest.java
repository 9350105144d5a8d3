package io.github.evident.stats.meta;

import static io.github.evident.stats.meta.MetaforReferenceTest.doubles;
import static io.github.evident.stats.meta.MetaforReferenceTest.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exact permutation test of {@code metafor-2/hine1989_permutation.json} and
 * {@code metafor-permutation/permutation_extra.json} (metafor 3.8-1 {@code permutest(exact =
 * TRUE)}; see the folders' READMEs): the p values of the coefficients and of Q<sub>M</sub> to
 * 1e-6 relative, and, where the file records them, the number of distinct permutations and of
 * permutations whose fit failed.
 */
class PermutationTestReferenceTest {

  private static final double REL = 1e-6;

  /** One permutation test with the data it was run on. */
  record Case(String data, double[] yi, double[] vi, JsonNode test) {
    @Override
    public String toString() {
      return data + ": permutest(rma(mods = " + test.get("moderators") + ", method = "
          + test.get("method").asText() + (test.has("test") ? ", test = "
          + test.get("test").asText() : "") + (test.has("maxiter") ? ", maxiter = "
          + test.get("maxiter").asInt() : "") + "))";
    }
  }

  static Stream<Case> cases() {
    List<Case> out = new ArrayList<>();
    JsonNode hine = reference("metafor-2/hine1989_permutation.json");
    for (JsonNode t : hine.get("permutation")) {
      out.add(new Case("hine1989", doubles(hine.get("yi")), doubles(hine.get("vi")), t));
    }
    for (JsonNode data : reference("metafor-permutation/permutation_extra.json")
        .get("datasets")) {
      for (JsonNode t : data.get("cases")) {
        out.add(new Case(data.get("name").asText(), doubles(data.get("yi")),
            doubles(data.get("vi")), t));
      }
    }
    return out.stream();
  }

  @Test
  void everyCaseIsCompared() {
    assertEquals(2 + 6 + 2, cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithMetafor(Case c) {
    JsonNode t = c.test();
    int distinct = t.has("exact_iter") ? t.get("exact_iter").asInt() : 720;
    PermutationResult r = regression(t).withPermutations(Math.max(1000, distinct))
        .permutationTest(c.yi(), c.vi(), moderators(t));
    assertTrue(r.isExact(), "exact");
    assertEquals(distinct, r.permutations(), "distinct permutations");
    if (t.has("failed")) {
      assertEquals(t.get("failed").asInt(), r.failedFits(), "failed fits");
    }
    JsonNode pval = t.get("pval");
    assertEquals(pval.size(), r.pValues().size(), "number of coefficients");
    List<Double> p = new ArrayList<>(r.pValues().values());
    for (int j = 0; j < pval.size(); j++) {
      near("pval[" + j + "]", pval.get(j).asDouble(), p.get(j));
    }
    near("QMp", t.get("QMp").asDouble(), r.qmPValue());
    if (t.has("QM")) {
      near("QM", t.get("QM").asDouble(), r.fit().qm());
    }
  }

  static MetaRegression regression(JsonNode t) {
    String method = t.get("method").asText();
    MetaRegression reg = method.equals("EE") ? MetaRegression.commonEffect()
        : MetaRegression.randomEffects(Tau2Estimator.valueOf(method));
    if (t.has("test")) {
      reg = reg.withKnappHartung(t.get("test").asText().equals("knha"));
    }
    if (t.has("maxiter")) {
      reg = reg.withMaxIterations(t.get("maxiter").asInt());
    }
    return reg;
  }

  static Moderators moderators(JsonNode t) {
    List<String> names = new ArrayList<>();
    t.get("moderators").forEach(n -> names.add(n.asText()));
    if (t.get("moderators").isTextual()) {
      names.add(t.get("moderators").asText());
    }
    double[][] columns = new double[names.size()][];
    for (int j = 0; j < columns.length; j++) {
      columns[j] = doubles(t.get("columns").get(j));
    }
    return Moderators.of(names, columns);
  }

  private static void near(String what, double expected, double actual) {
    assertEquals(expected, actual, REL * Math.abs(expected) + 1e-12, what);
  }
}
