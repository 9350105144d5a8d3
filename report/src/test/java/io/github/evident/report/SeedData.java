package io.github.evident.report;

import io.github.evident.core.json.ReviewJson;
import io.github.evident.core.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed and BCG reviews of the examples, read from this module's copies of their data. */
final class SeedData {

  private SeedData() {}

  /** The seed review (Turner et al.) with the ten studies of its Table 1. */
  static Review seedReview() {
    return read("seed-review.json");
  }

  /** The BCG vaccine trials (dat.bcg, Colditz et al. 1994), 13 studies with 2×2 tables. */
  static Review bcgReview() {
    return read("bcg-review.json");
  }

  private static Review read(String name) {
    try (InputStream in = SeedData.class.getResourceAsStream(name)) {
      return ReviewJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
