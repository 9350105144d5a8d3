package io.github.evident.stats.effect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads reference JSON from test resources and compares numbers with the agreed tolerance. */
final class Reference {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Reference() {}

  static JsonNode load(String resource) {
    try (InputStream in = Reference.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 1e-6 relative, or 1e-9 absolute near zero. */
  static void assertClose(double expected, double actual, String what) {
    assertClose(expected, actual, 1e-6, what);
  }

  static void assertClose(double expected, double actual, double relative, String what) {
    double tol = Math.max(relative * Math.abs(expected), 1e-9);
    assertTrue(Math.abs(expected - actual) <= tol,
        () -> what + ": expected " + expected + " but was " + actual + " (tolerance " + tol + ")");
  }
}
