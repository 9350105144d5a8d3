package io.github.evident.stats.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.Tau2Estimator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code regtest} entry of {@code metafor-2/bcg_binary.json} and
 * {@code metafor-2/hackshaw1998_bias.json} (metafor 3.8-1, default control, on the files'
 * {@code rma(yi, vi)} REML z model; see the folder's README) and of
 * {@code metafor-regression/regression_extra.json} (models with other estimators, tests and
 * levels), to 1e-6 relative or 1e-9 absolute.
 */
class RegressionTestReferenceTest {

  private static final double REL = 1e-6;
  private static final double ABS = 1e-9;

  /** One regtest entry with the data set it was computed on. */
  record Case(String name, double[] yi, double[] vi, int[] ni, JsonNode test) {
    @Override
    public String toString() {
      return name + " regtest(model = \"" + test.get("model").asText() + "\", predictor = \""
          + test.get("predictor").asText() + "\")" + (test.has("method") ? " on "
          + test.get("method").asText() + " " + test.get("test").asText() + " "
          + test.get("level").asInt() : "");
    }

    /** The analysis regtest was given: the file's default one unless the entry says. */
    MetaAnalysis analysis() {
      if (!test.has("method")) {
        return MetaAnalysis.randomEffects();
      }
      String method = test.get("method").asText();
      MetaAnalysis a = switch (method) {
        case "EE" -> MetaAnalysis.commonEffect();
        default -> MetaAnalysis.randomEffects(Tau2Estimator.valueOf(method));
      };
      return a.withKnappHartung(test.get("test").asText().equals("knha"))
          .withLevel(test.get("level").asDouble() / 100);
    }
  }

  static Stream<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String file : List.of("bcg_binary", "hackshaw1998_bias")) {
      JsonNode root = read("metafor-2/" + file + ".json");
      assertTrue(root.get("model").asText().startsWith("rma(yi, vi) REML z"),
          "the reference model is the default one");
      double[] yi = doubles(root.get("yi"));
      double[] vi = doubles(root.get("vi"));
      int[] ni = root.has("ni")
          ? EvidentJson.lenientMapper().convertValue(root.get("ni"), int[].class) : null;
      root.get("regtest").forEach(t -> out.add(new Case(file, yi, vi, ni, t)));
    }
    JsonNode extra = read("metafor-regression/regression_extra.json").get("regtest");
    extra.get("tests").forEach(t -> out.add(new Case(extra.get("name").asText(),
        doubles(extra.get("yi")), doubles(extra.get("vi")), null, t)));
    return out.stream();
  }

  @Test
  void everyEntryIsCompared() {
    assertEquals(10 + 4 + 6, cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithMetafor(Case c) {
    JsonNode t = c.test();
    Predictor predictor = predictor(t.get("predictor").asText());
    assertEquals(t.get("predictor").asText(), predictor.label());
    boolean lm = t.get("model").asText().equals("lm");
    RegressionTest r = lm
        ? SmallStudyEffects.weightedRegressionTest(c.yi(), c.vi(), c.ni(), predictor)
        : SmallStudyEffects.regressionTest(c.analysis(), c.yi(), c.vi(), c.ni(), predictor);
    if (c.ni() == null) {
      RegressionTest without = lm
          ? SmallStudyEffects.weightedRegressionTest(c.yi(), c.vi(), predictor)
          : SmallStudyEffects.regressionTest(c.analysis(), c.yi(), c.vi(), predictor);
      assertEquals(r, without);
    }
    assertEquals(lm ? RegressionTest.Model.WEIGHTED_REGRESSION
        : RegressionTest.Model.META_REGRESSION, r.model());
    assertEquals(t.get("model").asText(), r.model().label());
    near("stat", t.get("stat"), r.statistic());
    near("pval", t.get("pval"), r.pValue());
    if (t.get("df").isNull()) {
      assertTrue(r.df().isEmpty(), "df is NA");
    } else {
      assertEquals(t.get("df").asInt(), r.df().getAsInt(), "df");
    }
    if (t.get("limit").isNull()) {
      assertTrue(r.limitEstimate().isEmpty() && r.limitCi().isEmpty(), "limit is NA");
    } else {
      near("limit", t.get("limit"), r.limitEstimate().orElseThrow());
      near("limit_ci_lb", t.get("limit_ci_lb"), r.limitCi().orElseThrow().lower());
      near("limit_ci_ub", t.get("limit_ci_ub"), r.limitCi().orElseThrow().upper());
    }
  }

  private static Predictor predictor(String label) {
    for (Predictor p : Predictor.values()) {
      if (p.label().equals(label)) {
        return p;
      }
    }
    throw new IllegalStateException("unknown predictor " + label);
  }

  private static void near(String field, JsonNode expected, double actual) {
    double e = expected.asDouble();
    assertEquals(e, actual, Math.max(ABS, REL * Math.abs(e)), field);
  }

  private static double[] doubles(JsonNode array) {
    return EvidentJson.lenientMapper().convertValue(array, double[].class);
  }

  private static JsonNode read(String resource) {
    try {
      return EvidentJson.lenientMapper().readTree(Files.readString(Path.of(
          RegressionTestReferenceTest.class.getClassLoader().getResource(resource).toURI())));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("test resource " + resource, e);
    }
  }
}
