package io.github.evident.stats.ttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.evident.core.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paired, Student and Welch t tests against R's {@code t.test}: the shared paired-t.json cases
 * and {@code /ttest/t-tests.json} (make-ttest-reference.R: alternatives, confidence levels, and
 * summary statistics computed in R from the same raw data).
 */
class TTestReferenceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode load(String resource) throws IOException {
    try (InputStream in = TTestReferenceTest.class.getResourceAsStream(resource)) {
      return MAPPER.readTree(in);
    }
  }

  static void close(double expected, double actual, String what) {
    double tol = Math.max(1e-6 * Math.abs(expected), 1e-9);
    assertTrue(Math.abs(expected - actual) <= tol,
        () -> what + ": expected " + expected + " but was " + actual);
  }

  static double[] array(JsonNode node) {
    double[] a = new double[node.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = node.get(i).asDouble();
    }
    return a;
  }

  static Alternative alternative(String r) {
    switch (r) {
      case "greater":
        return Alternative.GREATER;
      case "less":
        return Alternative.LESS;
      default:
        return Alternative.TWO_SIDED;
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : load("/ttest/t-tests.json").get("cases")) {
      out.add(Arguments.of(c.get("call").asText() + " [" + c.get("name").asText() + "]", c));
    }
    return out.stream();
  }

  static void checkCommon(JsonNode c, double t, double df, double p, double md, Interval ci,
      String what) {
    close(c.get("statistic").asDouble(), t, what + " t");
    close(c.get("df").asDouble(), df, what + " df");
    close(c.get("p").asDouble(), p, what + " p");
    close(c.get("mean_diff").asDouble(), md, what + " mean difference");
    JsonNode r = c.get("ci");
    if (r.get(0).isNull()) {
      assertEquals(Double.NEGATIVE_INFINITY, ci.lower(), what);
    } else {
      close(r.get(0).asDouble(), ci.lower(), what + " ci lower");
    }
    if (r.get(1).isNull()) {
      assertEquals(Double.POSITIVE_INFINITY, ci.upper(), what);
    } else {
      close(r.get(1).asDouble(), ci.upper(), what + " ci upper");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesRTTest(String name, JsonNode c) {
    Alternative alt = alternative(c.get("alternative").asText());
    double level = c.get("conf_level").asDouble();
    double[] x = array(c.get("x"));
    double[] y = array(c.get("y"));
    JsonNode s = c.get("summary");
    if (c.get("kind").asText().equals("paired")) {
      PairedTTest test = PairedTTest.withDefaults().withAlternative(alt).withLevel(level);
      // x = after, y = before
      PairedTTestResult raw = test.test(y, x);
      checkCommon(c, raw.statistic(), raw.df(), raw.pValue(), raw.meanDifference(), raw.ci(),
          "raw");
      close(c.get("d_z").asDouble(), raw.dz().estimate(), "d_z");
      PairedTTestResult diffs = test.fromDifferences(s.get("mean_diff").asDouble(),
          s.get("sd_diff").asDouble(), s.get("n").asInt());
      checkCommon(c, diffs.statistic(), diffs.df(), diffs.pValue(), diffs.meanDifference(),
          diffs.ci(), "from differences");
      PairedTTestResult prePost = test.fromPrePost(s.get("m2").asDouble(), s.get("sd2").asDouble(),
          s.get("m1").asDouble(), s.get("sd1").asDouble(), s.get("n").asInt(),
          s.get("r").asDouble());
      checkCommon(c, prePost.statistic(), prePost.df(), prePost.pValue(),
          prePost.meanDifference(), prePost.ci(), "from pre/post");
    } else {
      boolean student = c.get("kind").asText().equals("student");
      TwoSampleTTest test = (student ? TwoSampleTTest.student() : TwoSampleTTest.welch())
          .withAlternative(alt).withLevel(level);
      TwoSampleTTestResult raw = test.test(x, y);
      assertEquals(student, raw.equalVariances());
      checkCommon(c, raw.statistic(), raw.df(), raw.pValue(), raw.meanDifference(), raw.ci(),
          "raw");
      close(c.get("cohens_d").asDouble(), raw.cohensD().estimate(), "Cohen's d");
      close(c.get("hedges_g").asDouble(), raw.hedgesG().estimate(), "Hedges g");
      close(c.get("hedges_g_var").asDouble(), raw.hedgesG().variance(), "Hedges g variance");
      TwoSampleTTestResult sum = test.fromSummary(s.get("m1").asDouble(),
          s.get("sd1").asDouble(), s.get("n1").asInt(), s.get("m2").asDouble(),
          s.get("sd2").asDouble(), s.get("n2").asInt());
      checkCommon(c, sum.statistic(), sum.df(), sum.pValue(), sum.meanDifference(), sum.ci(),
          "summary");
    }
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("sharedPaired")
  void matchesSharedPairedReference(JsonNode c) {
    PairedTTestResult r = PairedTTest.withDefaults().test(array(c.get("before")),
        array(c.get("after")));
    close(c.get("t").asDouble(), r.statistic(), "t");
    close(c.get("df").asDouble(), r.df(), "df");
    close(c.get("p").asDouble(), r.pValue(), "p");
    close(c.get("mean_diff").asDouble(), r.meanDifference(), "mean difference");
    close(c.get("sd_diff").asDouble(), r.sdDifference(), "sd of differences");
    close(c.get("ci").get(0).asDouble(), r.ci().lower(), "ci lower");
    close(c.get("ci").get(1).asDouble(), r.ci().upper(), "ci upper");
    assertEquals(c.get("n").asInt(), r.n());
  }

  static Stream<JsonNode> sharedPaired() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    load("/ttest/paired-t.json").forEach(out::add);
    return out.stream();
  }
}
