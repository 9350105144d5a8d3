package io.github.evident.stats.synthesis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the R reference files under {@code src/test/resources/synthesis}. */
final class References {

  private References() {}

  static JsonNode read(String name) {
    try (InputStream in = References.class.getResourceAsStream("/synthesis/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /synthesis/" + name);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] doubles(JsonNode array) {
    if (!array.isArray()) {
      // jsonlite writes a length-one vector as a scalar with auto_unbox
      return new double[] {array.asDouble()};
    }
    double[] x = new double[array.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = array.get(i).asDouble();
    }
    return x;
  }

  static int[] ints(JsonNode array) {
    int[] x = new int[array.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = array.get(i).asInt();
    }
    return x;
  }

  /**
   * Asserts agreement to {@code relTol} relative; an expected 0 requires {@code |actual| <=
   * 1e-12}.
   */
  static void assertClose(double expected, double actual, double relTol, String what) {
    boolean ok =
        expected == 0.0
            ? Math.abs(actual) <= 1e-12
            : Math.abs(actual - expected) <= relTol * Math.abs(expected);
    assertTrue(ok, () -> what + ": expected " + expected + " but was " + actual
        + " (relative error " + Math.abs(actual - expected) / Math.abs(expected) + ")");
  }
}
