package io.github.evident.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.model.ModelArbitraries;
import io.github.evident.core.model.Review;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReviewJsonProperties {

  @Property(tries = 150)
  void writingThenReadingGivesAnEqualReview(@ForAll("reviews") Review review) {
    String json = ReviewJson.write(review);
    Review back = ReviewJson.read(json);
    assertEquals(review, back);
    assertEquals(json, ReviewJson.write(back), "writing is deterministic");
  }

  @Provide
  Arbitrary<Review> reviews() {
    return ModelArbitraries.reviews();
  }
}
