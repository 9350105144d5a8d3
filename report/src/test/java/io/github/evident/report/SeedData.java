package io.github.evident.report;

import io.github.evident.core.json.ReviewJson;
import io.github.evident.core.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed review of the examples, read from this module's copy of its data. */
final class SeedData {

  private SeedData() {}

  /** The seed review (Turner et al.) with the ten studies of its Table 1. */
  static Review seedReview() {
    try (InputStream in = SeedData.class.getResourceAsStream("seed-review.json")) {
      return ReviewJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
