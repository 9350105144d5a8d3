package io.github.evident.stats.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import io.github.evident.core.json.ReviewJson;
import io.github.evident.core.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test data from {@code src/test/resources/plan} (see its README for provenance). */
final class Fixtures {

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Review seed() {
    return ReviewJson.read(text("/plan/seed-review.json"));
  }

  static Review bcg() {
    return ReviewJson.read(text("/plan/bcg-review.json"));
  }

  static JsonNode json(String name) {
    try {
      return EvidentJson.strictMapper().readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode reference() {
    return json("/plan/reference.json");
  }
}
