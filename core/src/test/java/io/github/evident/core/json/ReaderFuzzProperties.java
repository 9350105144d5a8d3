package io.github.evident.core.json;

import io.github.evident.core.model.ModelArbitraries;
import io.github.evident.core.model.Review;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The review reader answers every mutated document with a review or a clear error. */
class ReaderFuzzProperties {

  @Provide
  Arbitrary<String> mutatedReviews() {
    List<String> seeds = ModelArbitraries.reviews().sampleStream().limit(20)
        .map(ReviewJson::write).toList();
    return JsonMutations.of(seeds);
  }

  @Property(tries = 2000)
  void reviewReaderReadsBackOrRejects(@ForAll("mutatedReviews") String json) {
    JsonMutations.readsBackOrRejects(json, ReviewJson::read, ReviewJson::write);
  }

  @Property(tries = 200)
  void plainReaderReadsBackOrRejects(@ForAll("mutatedReviews") String json) {
    String plain = json.replaceFirst("(?s)^\\{\\s*\"schemaVersion\"\\s*:\\s*\"1\\.0\",\\s*"
        + "\"review\"\\s*:", "").replaceFirst("}\\s*$", "");
    JsonMutations.readsBackOrRejects(plain, s -> EvidentJson.read(s, Review.class),
        EvidentJson::write);
  }
}
