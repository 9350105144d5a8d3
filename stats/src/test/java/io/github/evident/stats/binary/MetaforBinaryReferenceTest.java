package io.github.evident.stats.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code mh} and {@code peto} value of the metafor 3.8-1 reference files under
 * {@code metafor-2/} and {@code metafor-binary/} (see their READMEs), to 1e-6 relative or 1e-9
 * absolute.
 */
class MetaforBinaryReferenceTest {

  static final double REL = 1e-6;
  static final double ABS = 1e-9;

  static final List<String> FILES = List.of("metafor-2/bcg_binary.json",
      "metafor-2/egger2001_binary.json", "metafor-binary/zero_cells.json");

  /** The cells of one case and one of its fits. */
  record Case(String name, Tables tables, JsonNode fit) {
    @Override
    public String toString() {
      return name + " " + (fit.has("measure") ? "MH " + fit.get("measure").asText() : "Peto")
          + (fit.has("correct") && !fit.get("correct").asBoolean() ? " correct = FALSE" : "");
    }
  }

  /** The cells as escalc's ai, bi, ci, di. */
  record Tables(int[] a, int[] b, int[] c, int[] d) {}

  static Stream<Arguments> fits() {
    List<Arguments> out = new ArrayList<>();
    for (String file : FILES) {
      JsonNode root = read(file);
      for (JsonNode dataset : datasets(root)) {
        Tables t = tables(dataset.get("inputs"));
        String name = dataset.get("name").asText();
        dataset.get("mh").forEach(fit -> out.add(Arguments.of(new Case(name, t, fit))));
        out.add(Arguments.of(new Case(name, t, dataset.get("peto"))));
      }
    }
    return out.stream();
  }

  /** A file holds one data set ({@code metafor-2}) or a list of them ({@code cases}). */
  private static List<JsonNode> datasets(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root.has("cases")) {
      root.get("cases").forEach(out::add);
    } else {
      out.add(root);
    }
    return out;
  }

  @Test
  void everyFitIsCompared() {
    assertEquals(2 * 4 + 5 * 5, fits().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fits")
  void agreesWithMetafor(Case c) {
    JsonNode fit = c.fit();
    PooledResult r = fit(c);
    assertEquals(fit.get("k").asInt(), r.k(), "k");
    near("estimate", fit, r.estimate());
    near("se", fit, r.standardError());
    near("stat", fit, r.statistic());
    near("pval", fit, r.pValue());
    near("ci_lb", fit, r.ci().lower());
    near("ci_ub", fit, r.ci().upper());
    near("QE", fit, r.q());
    near("QEp", fit, r.qPValue());
    near("I2", fit, r.i2());
    near("H2", fit, r.h2());
    if (fit.has("measure") && fit.get("measure").asText().equals("OR")) {
      // make-reference-2.R stores metafor's CO (Cochran's statistic) under "CMH"
      test("CMH", fit, r.cochran());
      test("MH", fit, r.cmh());
      test("tarone", fit, r.tarone());
      test("BD", fit, r.breslowDay());
    }
  }

  private static PooledResult fit(Case c) {
    Tables t = c.tables();
    JsonNode fit = c.fit();
    if (!fit.has("measure")) {
      return Peto.oddsRatio().fit(t.a(), t.b(), t.c(), t.d());
    }
    MantelHaenszel mh = switch (fit.get("measure").asText()) {
      case "OR" -> MantelHaenszel.oddsRatio();
      case "RR" -> MantelHaenszel.riskRatio();
      default -> MantelHaenszel.riskDifference();
    };
    if (fit.has("correct") && !fit.get("correct").asBoolean()) {
      mh = mh.withoutContinuityCorrection();
    }
    return mh.fit(t.a(), t.b(), t.c(), t.d());
  }

  /** A test whose statistic is under {@code key} and p value under {@code key + "p"/"P"}. */
  private static void test(String key, JsonNode fit, Optional<ChiSquareTest> actual) {
    if (!fit.has(key)) {
      return;
    }
    JsonNode p = fit.has(key + "p") ? fit.get(key + "p") : fit.get(key + "P");
    if (p.isNull()) {
      assertTrue(actual.isEmpty(), key + " should be NA");
      return;
    }
    assertTrue(actual.isPresent(), key + " missing");
    near(key, fit, actual.get().statistic());
    near(key + " p", p.asDouble(), actual.get().pValue());
  }

  private static void near(String key, JsonNode fit, double actual) {
    near(key, fit.get(key).asDouble(), actual);
  }

  static void near(String field, double expected, double actual) {
    double tol = Math.max(ABS, REL * Math.abs(expected));
    assertEquals(expected, actual, tol, field);
  }

  private static Tables tables(JsonNode inputs) {
    int k = inputs.size();
    int[][] cells = new int[4][k];
    for (int i = 0; i < k; i++) {
      JsonNode row = inputs.get(i);
      boolean bcg = row.has("tpos");
      cells[0][i] = row.get(bcg ? "tpos" : "ai").asInt();
      cells[2][i] = row.get(bcg ? "cpos" : "ci").asInt();
      cells[1][i] = bcg ? row.get("tneg").asInt()
          : row.has("bi") ? row.get("bi").asInt() : row.get("n1i").asInt() - cells[0][i];
      cells[3][i] = bcg ? row.get("cneg").asInt()
          : row.has("di") ? row.get("di").asInt() : row.get("n2i").asInt() - cells[2][i];
    }
    return new Tables(cells[0], cells[1], cells[2], cells[3]);
  }

  static JsonNode read(String resource) {
    try (InputStream in = MetaforBinaryReferenceTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " not found");
      }
      return EvidentJson.lenientMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
