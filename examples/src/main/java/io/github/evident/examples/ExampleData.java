package io.github.evident.examples;

import io.github.evident.core.json.ReviewJson;
import io.github.evident.core.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The data sets shipped with the examples (also in {@code examples/data/}). */
public final class ExampleData {

  private ExampleData() {}

  /**
   * The seed review: Turner et al., psychosocial interventions and sex worker wellbeing, with
   * the ten studies of its Table 1.
   *
   * @return the review
   */
  public static Review seedReview() {
    return ReviewJson.read(text("seed-review.json"));
  }

  /**
   * The BCG vaccine trials (metafor's {@code dat.bcg}, Colditz et al. 1994) as a review: 13
   * trials with their 2×2 tables of tuberculosis cases.
   *
   * @return the review
   */
  public static Review bcgReview() {
    return ReviewJson.read(text("bcg-review.json"));
  }

  /**
   * A data file's text.
   *
   * @param name the file name in {@code examples/data/}
   * @return its UTF-8 text
   * @throws IllegalArgumentException if there is no such file
   */
  public static String text(String name) {
    String path = "data/" + name;
    try (InputStream in = ExampleData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no example data file '" + name + "'");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
