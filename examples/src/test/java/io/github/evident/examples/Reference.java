package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The R reference values of {@code reference/examples-reference.json} and {@code bcg_binary.json}. */
final class Reference {

  private static final JsonNode ROOT = load("reference/examples-reference.json");
  private static final JsonNode BCG_BINARY = load("reference/bcg_binary.json");

  private Reference() {}

  private static JsonNode load(String resource) {
    try (InputStream in = Reference.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode seed(String study) {
    for (JsonNode n : ROOT.get("seed")) {
      if (n.get("study").asText().equals(study)) {
        return n;
      }
    }
    throw new IllegalArgumentException("no reference for " + study);
  }

  /** metafor's small-study effects and sensitivity analyses of the BCG trials. */
  static JsonNode bcgBinary() {
    return BCG_BINARY;
  }

  static JsonNode bcg() {
    return ROOT.get("bcg");
  }

  /** 1e-6 relative, 1e-9 absolute near zero. */
  static void close(double expected, double actual, String what) {
    double tol = Math.abs(expected) < 1e-3 ? 1e-9 : 1e-6 * Math.abs(expected);
    assertEquals(expected, actual, tol, what);
  }
}
