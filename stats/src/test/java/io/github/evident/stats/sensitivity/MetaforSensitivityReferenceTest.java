package io.github.evident.stats.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code leave1out}, {@code influence} and {@code cumulative} value of
 * {@code metafor-2/bcg_binary.json}, {@code metafor-2/hackshaw1998_bias.json} and
 * {@code sensitivity/sensitivity_cases.json} (metafor 3.8-1; see their READMEs), to 1e-6
 * relative or 1e-9 absolute; metafor's NA is a step that failed.
 */
class MetaforSensitivityReferenceTest {

  static final double REL = 1e-6;
  static final double ABS = 1e-9;

  /** One configuration on one data set with metafor's three outputs. */
  record Case(String name, MetaAnalysis analysis, double[] yi, double[] vi, JsonNode expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String file : List.of("bcg_binary", "hackshaw1998_bias")) {
      JsonNode root = read("metafor-2/" + file + ".json");
      out.add(new Case(file + " REML z", MetaAnalysis.randomEffects(), doubles(root.get("yi")),
          doubles(root.get("vi")), root));
    }
    JsonNode root = read("sensitivity/sensitivity_cases.json");
    for (JsonNode c : root.get("cases")) {
      JsonNode data = root.get("data").get(c.get("data").asText());
      String name = c.get("data").asText() + " " + c.get("method").asText() + " "
          + c.get("test").asText() + " level " + c.get("level").asDouble() + " maxiter "
          + c.get("maxiter").asInt();
      out.add(new Case(name, analysis(c), doubles(data.get("yi")), doubles(data.get("vi")), c));
    }
    return out.stream();
  }

  static MetaAnalysis analysis(JsonNode c) {
    String method = c.get("method").asText();
    MetaAnalysis a = method.equals("EE") ? MetaAnalysis.commonEffect()
        : MetaAnalysis.randomEffects(Tau2Estimator.valueOf(method));
    return a.withKnappHartung(c.get("test").asText().equals("knha"))
        .withLevel(c.get("level").asDouble()).withMaxIterations(c.get("maxiter").asInt());
  }

  @Test
  void everyCaseIsCompared() {
    assertEquals(2 + 19, cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void leaveOneOutAgrees(Case c) {
    SensitivitySeries s = LeaveOneOut.of(c.analysis()).fit(c.yi(), c.vi());
    JsonNode e = c.expected().get("leave1out");
    assertEquals(c.yi().length, s.k());
    for (int i = 0; i < s.k(); i++) {
      assertEquals(i, s.steps().get(i).study());
    }
    compareSteps(s, e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cumulativeAgrees(Case c) {
    JsonNode e = c.expected().get("cumulative");
    int[] order = new int[c.yi().length];
    boolean oneBased = !c.expected().has("maxiter");
    for (int m = 0; m < order.length; m++) {
      order[m] = e.get("order").get(m).asInt() - (oneBased ? 1 : 0);
    }
    SensitivitySeries s = Cumulative.of(c.analysis()).fit(c.yi(), c.vi(), order);
    for (int m = 0; m < order.length; m++) {
      assertEquals(order[m], s.steps().get(m).study());
    }
    compareSteps(s, e);
  }

  private static void compareSteps(SensitivitySeries s, JsonNode e) {
    compare(s, e, "estimate", MetaResult::estimate);
    compare(s, e, "se", MetaResult::standardError);
    compare(s, e, "stat", MetaResult::statistic);
    compare(s, e, "pval", MetaResult::pValue);
    compare(s, e, "ci_lb", r -> r.ci().lower());
    compare(s, e, "ci_ub", r -> r.ci().upper());
    compare(s, e, "Q", MetaResult::q);
    compare(s, e, "Qp", MetaResult::qPValue);
    compare(s, e, "I2", MetaResult::i2);
    compare(s, e, "H2", MetaResult::h2);
    if (e.get("tau2").isArray()) {
      compare(s, e, "tau2", MetaResult::tau2);
    } else {
      // metafor reports no tau^2 for a common-effect model
      s.steps().forEach(step -> assertEquals(MetaResult.Model.COMMON_EFFECT,
          step.fit().orElseThrow().model()));
    }
  }

  private static void compare(SensitivitySeries s, JsonNode e, String field,
      ToDoubleFunction<MetaResult> value) {
    JsonNode expected = e.get(field);
    for (int i = 0; i < s.k(); i++) {
      SensitivityStep step = s.steps().get(i);
      if (expected.get(i).isNull()) {
        assertFalse(step.converged(), "step " + i + " should fail (NA): " + step);
        assertTrue(step.failure().orElseThrow().contains("did not converge"), step::toString);
      } else {
        assertTrue(step.converged(), "step failed: " + step);
        close(expected.get(i).asDouble(), value.applyAsDouble(step.fit().orElseThrow()),
            field + "[" + i + "]");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void influenceAgrees(Case c) {
    InfluenceResult r = Influence.of(c.analysis()).fit(c.yi(), c.vi());
    JsonNode e = c.expected().get("influence");
    compare(r, e, "rstudent", StudyInfluence::rstudent);
    compare(r, e, "dffits", StudyInfluence::dffits);
    compare(r, e, "cook_d", StudyInfluence::cooksDistance);
    compare(r, e, "cov_r", StudyInfluence::covarianceRatio);
    compare(r, e, "tau2_del", StudyInfluence::tau2Deleted);
    compare(r, e, "QE_del", StudyInfluence::qDeleted);
    compare(r, e, "hat", StudyInfluence::hat);
    compare(r, e, "weight", StudyInfluence::weight);
    compare(r, e, "dfbetas", StudyInfluence::dfbetas);
    for (int i = 0; i < c.yi().length; i++) {
      assertEquals(e.get("influential").get(i).asBoolean(), r.study(i).influential(),
          "influential[" + i + "] " + r.study(i));
    }
  }

  private static void compare(InfluenceResult r, JsonNode e, String field,
      ToDoubleFunction<StudyInfluence> value) {
    JsonNode expected = e.get(field);
    for (int i = 0; i < r.studies().size(); i++) {
      StudyInfluence s = r.study(i);
      if (expected.get(i).isNull()) {
        assertTrue(Double.isNaN(value.applyAsDouble(s)), field + "[" + i + "] should be NA");
        assertTrue(s.failure().isPresent(), s::toString);
      } else {
        close(expected.get(i).asDouble(), value.applyAsDouble(s), field + "[" + i + "]");
      }
    }
  }

  static void close(double expected, double actual, String what) {
    double tol = Math.max(ABS, REL * Math.abs(expected));
    assertEquals(expected, actual, tol, what);
  }

  static double[] doubles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).asDouble();
    }
    return out;
  }

  static JsonNode read(String resource) {
    try (InputStream in = MetaforSensitivityReferenceTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
