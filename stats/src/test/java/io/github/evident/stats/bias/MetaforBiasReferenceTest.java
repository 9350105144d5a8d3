package io.github.evident.stats.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ranktest}, {@code trimfill} and {@code fsn} value of the metafor 3.8-1 reference
 * files {@code metafor-2/bcg_binary.json}, {@code metafor-2/hackshaw1998_bias.json} and
 * {@code bias/bias_cases.json} (see their READMEs), to 1e-6 relative or 1e-9 absolute.
 */
class MetaforBiasReferenceTest {

  static final double REL = 1e-6;
  static final double ABS = 1e-9;

  /** One data set: its estimates and variances and metafor's results for them. */
  record DataSet(String name, double[] yi, double[] vi, JsonNode node) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One trimfill or fsn entry of a data set. */
  record Entry(DataSet data, JsonNode fit) {
    @Override
    public String toString() {
      String s = data.name();
      for (String key : List.of("method", "estimator", "side_given", "alpha", "target_given")) {
        if (fit.has(key) && !fit.get(key).isNull()) {
          s += " " + key + "=" + fit.get(key).asText();
        }
      }
      return s;
    }
  }

  static List<DataSet> dataSets() {
    List<DataSet> out = new ArrayList<>();
    for (String file : List.of("metafor-2/bcg_binary.json", "metafor-2/hackshaw1998_bias.json")) {
      JsonNode root = read(file);
      out.add(new DataSet(root.get("name").asText(), doubles(root.get("yi")),
          doubles(root.get("vi")), root));
    }
    for (JsonNode c : read("bias/bias_cases.json").get("cases")) {
      out.add(new DataSet(c.get("name").asText() + " (bias/)", doubles(c.get("yi")),
          doubles(c.get("vi")), c));
    }
    return out;
  }

  static Stream<DataSet> rankTests() {
    return dataSets().stream();
  }

  static Stream<Entry> trimAndFills() {
    return entries("trimfill");
  }

  static Stream<Entry> failSafeNs() {
    return entries("fsn");
  }

  private static Stream<Entry> entries(String key) {
    List<Entry> out = new ArrayList<>();
    for (DataSet d : dataSets()) {
      JsonNode node = d.node().get(key);
      if (node.isArray()) {
        node.forEach(n -> out.add(new Entry(d, n)));
      } else {
        out.add(new Entry(d, node));
      }
    }
    return out.stream();
  }

  @Test
  void everyEntryIsCompared() {
    assertEquals(11, rankTests().count());
    assertEquals(2 + 2 + 31, trimAndFills().count());
    assertEquals(2 + 13, failSafeNs().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rankTests")
  void rankCorrelationTestAgreesWithMetafor(DataSet d) {
    JsonNode expected = d.node().get("ranktest");
    RankCorrelationResult r = SmallStudyEffects.rankCorrelationTest(d.yi(), d.vi());
    near("tau", expected.get("tau").asDouble(), r.tau());
    near("pval", expected.get("pval").asDouble(), r.pValue());
    if (expected.has("exact")) {
      assertEquals(expected.get("exact").asBoolean(), r.exact(), "exact p value");
    } else if (expected.has("ties")) {
      assertEquals(expected.get("ties").asBoolean(), !r.exact(), "normal approximation");
    }
  }

  /** The iteration, the filled studies and the final fit, on the side metafor used. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("trimAndFills")
  void trimAndFillAgreesWithMetafor(Entry e) {
    JsonNode f = e.fit();
    TrimAndFillResult r = TrimAndFill.withDefaults().withEstimator(estimator(f))
        .withSide(side(f.get("side").asText()))
        .fit(analysis(method(f)), e.data().yi(), e.data().vi());
    assertEquals(f.get("k0").asInt(), r.k0(), "k0");
    if (f.has("se_k0")) {
      near("se_k0", f.get("se_k0").asDouble(), r.k0StandardError());
    }
    if (f.has("p_k0") && !f.get("p_k0").isNull()) {
      near("p_k0", f.get("p_k0").asDouble(), r.k0PValue().orElseThrow());
    } else if (f.has("p_k0")) {
      assertFalse(r.k0PValue().isPresent(), "p_k0 only for R0");
    }
    assertArrayNear("filled_yi", doubles(f.get("filled_yi")), r.filledEstimates());
    assertArrayNear("filled_vi", doubles(f.get("filled_vi")), r.filledVariances());
    fit(f, r.result(), e.data().yi().length + r.k0());
  }

  /** Where metafor estimated the side, the same side, and then the same k0. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("trimAndFills")
  void sideIsEstimatedAsMetaforDoes(Entry e) {
    JsonNode f = e.fit();
    JsonNode given = f.get("side_given");
    TrimAndFill tf = TrimAndFill.withDefaults().withEstimator(estimator(f));
    boolean estimated = given == null || given.isNull();
    TrimAndFillResult r = (estimated ? tf : tf.withSide(side(given.asText())))
        .fit(analysis(method(f)), e.data().yi(), e.data().vi());
    assertEquals(side(f.get("side").asText()), r.side(), "side");
    assertEquals(estimated, r.sideEstimated(), "side estimated");
    assertEquals(f.get("k0").asInt(), r.k0(), "k0");
    near("estimate", f.get("estimate").asDouble(), r.result().estimate());
  }

  private static TrimAndFill.Estimator estimator(JsonNode f) {
    return TrimAndFill.Estimator.valueOf(f.get("estimator").asText());
  }

  private static String method(JsonNode f) {
    return f.has("method") ? f.get("method").asText() : "REML";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failSafeNs")
  void failSafeNAgreesWithMetafor(Entry e) {
    JsonNode f = e.fit();
    double[] yi = e.data().yi();
    double[] vi = e.data().vi();
    double alpha = f.has("alpha") ? f.get("alpha").asDouble() : 0.05;
    FailSafeNResult rosenthal = FailSafeN.rosenthal(yi, vi, alpha);
    assertEquals(f.get("rosenthal").get("fsnum").asLong(), rosenthal.n(), "Rosenthal N");
    near("Rosenthal pval", f.get("rosenthal").get("pval").asDouble(),
        rosenthal.pValue().orElseThrow());
    JsonNode o = f.get("orwin");
    boolean defaultTarget = f.has("target_given") && f.get("target_given").isNull();
    FailSafeNResult orwin = defaultTarget ? FailSafeN.orwin(yi, vi)
        : FailSafeN.orwin(yi, vi, f.has("target_given") ? f.get("target_given").asDouble()
            : o.get("target").asDouble());
    assertEquals(o.get("fsnum").asLong(), orwin.n(), "Orwin N");
    near("Orwin target", o.get("target").asDouble(), orwin.target().orElseThrow());
    near("Orwin meanes", o.get("meanes").asDouble(), orwin.meanEffect().orElseThrow());
    JsonNode b = f.get("rosenberg");
    FailSafeNResult rosenberg = FailSafeN.rosenberg(yi, vi, alpha);
    assertEquals(b.get("fsnum").asLong(), rosenberg.n(), "Rosenberg N");
    near("Rosenberg pval", b.get("pval").asDouble(), rosenberg.pValue().orElseThrow());
    near("Rosenberg meanes", b.get("meanes").asDouble(), rosenberg.meanEffect().orElseThrow());
  }

  private static void fit(JsonNode f, MetaResult r, int k) {
    if (f.has("k")) {
      assertEquals(f.get("k").asInt(), r.k(), "k");
    }
    assertEquals(k, r.k(), "k + k0");
    near("estimate", f.get("estimate").asDouble(), r.estimate());
    near("se", f.get("se").asDouble(), r.standardError());
    near("stat", f.get("stat").asDouble(), r.statistic());
    near("pval", f.get("pval").asDouble(), r.pValue());
    near("ci_lb", f.get("ci_lb").asDouble(), r.ci().lower());
    near("ci_ub", f.get("ci_ub").asDouble(), r.ci().upper());
    near("tau2", f.get("tau2").asDouble(), r.tau2());
    near("I2", f.get("I2").asDouble(), r.i2());
    near("H2", f.get("H2").asDouble(), r.h2());
    near("QE", f.get("QE").asDouble(), r.q());
    near("QEp", f.get("QEp").asDouble(), r.qPValue());
  }

  static MetaAnalysis analysis(String method) {
    return method.equals("EE") ? MetaAnalysis.commonEffect()
        : MetaAnalysis.randomEffects(Tau2Estimator.valueOf(method));
  }

  private static TrimAndFill.Side side(String s) {
    return s.equals("left") ? TrimAndFill.Side.LEFT : TrimAndFill.Side.RIGHT;
  }

  private static void assertArrayNear(String field, double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length, field + " length");
    for (int i = 0; i < expected.length; i++) {
      near(field + "[" + i + "]", expected[i], actual[i]);
    }
  }

  static void near(String field, double expected, double actual) {
    assertEquals(expected, actual, Math.max(ABS, REL * Math.abs(expected)), field);
  }

  /** A JSON number or array of numbers (jsonlite writes a single value unboxed, NA as null). */
  static double[] doubles(JsonNode node) {
    if (node == null || node.isNull()) {
      return new double[0];
    }
    if (!node.isArray()) {
      return new double[] {node.asDouble()};
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }

  /** A test resource as JSON (the lenient reader: jsonlite's layout is not Evident's). */
  static JsonNode read(String resource) {
    try (InputStream in = MetaforBiasReferenceTest.class.getResourceAsStream("/" + resource)) {
      return EvidentJson.lenientMapper().readTree(Objects.requireNonNull(in, resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
