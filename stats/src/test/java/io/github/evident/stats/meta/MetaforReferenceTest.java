package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.Interval;
import io.github.evident.core.json.EvidentJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code metafor/} (copied unchanged from the project's shared metafor 3.8-1
 * references) and {@code metafor-extra/} (made by {@code make-extra.R}) × every method × both
 * tests, compared field by field to 1e-6 relative or 1e-9 absolute.
 */
class MetaforReferenceTest {

  static final double REL = 1e-6;
  static final double ABS = 1e-9;

  /** The control list make-reference.R used for every shared case. */
  static final int SHARED_MAXITER = 1000;
  static final double SHARED_STEPADJ = 0.5;

  record Case(String file, String name, double[] yi, double[] vi, int maxIter, double stepAdj,
      double level, JsonNode fit) {
    @Override
    public String toString() {
      return name + " " + fit.get("method").asText() + " " + fit.get("test").asText();
    }
  }

  static Stream<Arguments> fits() {
    List<Arguments> out = new ArrayList<>();
    for (String dir : List.of("metafor", "metafor-extra")) {
      for (Path file : jsonFiles(dir)) {
        JsonNode root = read(file);
        JsonNode control = root.get("control");
        int maxIter = control == null ? SHARED_MAXITER : control.get("maxiter").asInt();
        double stepAdj = control == null ? SHARED_STEPADJ : control.get("stepadj").asDouble();
        double level = root.has("level") ? root.get("level").asDouble() / 100 : 0.95;
        double[] yi = doubles(root.get("yi"));
        double[] vi = doubles(root.get("vi"));
        for (JsonNode fit : root.get("fits")) {
          Case c = new Case(dir + "/" + file.getFileName(), root.get("name").asText(), yi, vi,
              maxIter, stepAdj, level, fit);
          out.add(Arguments.of(c));
        }
      }
    }
    return out.stream();
  }

  @Test
  void everyReferenceFileIsUsed() {
    assertEquals(12, jsonFiles("metafor").size());
    assertTrue(jsonFiles("metafor-extra").size() >= 10);
    assertEquals(20 * 12 + 0, fits().filter(a -> ((Case) a.get()[0]).file().startsWith(
        "metafor/")).count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fits")
  void agreesWithMetafor(Case c) {
    JsonNode ref = c.fit();
    MetaAnalysis analysis = analysis(ref.get("method").asText())
        .withKnappHartung("knha".equals(ref.get("test").asText()))
        .withLevel(c.level())
        .withMaxIterations(c.maxIter())
        .withStepAdjustment(c.stepAdj());
    if (ref.has("error")) {
      NonConvergenceException e = assertThrows(NonConvergenceException.class,
          () -> analysis.fit(c.yi(), c.vi()), () -> "metafor: " + ref.get("error").asText());
      assertTrue(e.getMessage().contains(ref.get("method").asText()), e.getMessage());
      return;
    }
    MetaResult r = analysis.fit(c.yi(), c.vi());
    assertEquals(ref.get("k").asInt(), r.k());
    near("estimate", ref, r.estimate());
    near("se", ref, r.standardError());
    near("stat", ref, r.statistic());
    near("pval", ref, r.pValue());
    near("ci_lb", ref, r.ci().lower());
    near("ci_ub", ref, r.ci().upper());
    near("tau2", ref, r.tau2());
    near("I2", ref, r.i2());
    near("H2", ref, r.h2());
    near("QE", ref, r.q());
    near("QEp", ref, r.qPValue());
    optional("se_tau2", ref, r.tau2StandardError());
    interval("pi_lb", "pi_ub", ref, r.predictionInterval());
    boolean hasCi = ref.has("tau2_ci");
    range("tau2_ci", ref, r.tau2Ci());
    range("I2_ci", ref, r.i2Ci());
    range("H2_ci", ref, r.h2Ci());
    assertEquals(hasCi, r.tau2Ci().isPresent(), "tau2_ci presence");
  }

  static MetaAnalysis analysis(String method) {
    if ("EE".equals(method)) {
      return MetaAnalysis.commonEffect();
    }
    for (Tau2Estimator e : Tau2Estimator.values()) {
      if (e.metaforName().equals(method)) {
        return MetaAnalysis.randomEffects(e);
      }
    }
    throw new IllegalArgumentException("unknown metafor method " + method);
  }

  static void near(String field, JsonNode ref, double actual) {
    JsonNode n = ref.get(field);
    if (n == null || n.isNull()) {
      fail(field + ": metafor gives no value, Evident gives " + actual);
    }
    near(field, n.asDouble(), actual);
  }

  static void near(String field, double expected, double actual) {
    double tol = Math.max(ABS, REL * Math.abs(expected));
    if (!(Math.abs(expected - actual) <= tol)) {
      fail(field + ": expected " + expected + " (metafor) but was " + actual + ", difference "
          + (actual - expected) + " > " + tol);
    }
  }

  static void optional(String field, JsonNode ref, OptionalDouble actual) {
    JsonNode n = ref.get(field);
    if (n == null || n.isNull()) {
      assertFalse(actual.isPresent(), field + " should be absent, was " + actual);
    } else {
      assertTrue(actual.isPresent(), field + " missing");
      near(field, n.asDouble(), actual.getAsDouble());
    }
  }

  static void interval(String lo, String hi, JsonNode ref, Optional<Interval> actual) {
    JsonNode l = ref.get(lo);
    if (l == null || l.isNull()) {
      assertFalse(actual.isPresent(), lo + "/" + hi + " should be absent, was " + actual);
      return;
    }
    assertTrue(actual.isPresent(), lo + "/" + hi + " missing");
    near(lo, l.asDouble(), actual.get().lower());
    near(hi, ref.get(hi).asDouble(), actual.get().upper());
  }

  static void range(String field, JsonNode ref, Optional<Interval> actual) {
    JsonNode n = ref.get(field);
    if (n == null || n.isNull()) {
      assertFalse(actual.isPresent(), field + " should be absent, was " + actual);
      return;
    }
    assertTrue(actual.isPresent(), field + " missing");
    near(field + "[lower]", n.get(0).asDouble(), actual.get().lower());
    near(field + "[upper]", n.get(1).asDouble(), actual.get().upper());
  }

  static double[] doubles(JsonNode n) {
    if (n.isNumber()) {
      return new double[] {n.asDouble()};
    }
    double[] d = new double[n.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = n.get(i).asDouble();
    }
    return d;
  }

  static List<Path> jsonFiles(String dir) {
    URL url = MetaforReferenceTest.class.getClassLoader().getResource(dir);
    if (url == null) {
      throw new IllegalStateException("test resource directory " + dir + " not found");
    }
    try (Stream<Path> s = Files.list(Paths.get(url.toURI()))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return EvidentJson.lenientMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference for one case, by file name under {@code metafor/} or {@code metafor-extra/}. */
  static JsonNode reference(String dirAndFile) {
    URL url = MetaforReferenceTest.class.getClassLoader().getResource(dirAndFile);
    try {
      return read(Paths.get(url.toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
