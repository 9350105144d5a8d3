package io.github.evident.appraisal.review;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.appraisal.tools.Rob2;
import io.github.evident.core.json.EvidentJson;
import io.github.evident.core.json.JsonMutations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The appraisal readers answer every mutated document with a value or a clear error. */
class ReaderFuzzProperties {

  private static RecordedDualReview record(String study, String a, String b) {
    Map<String, RecordedDualReview.Reviewer> two = new LinkedHashMap<>();
    two.put("KT", new RecordedDualReview.Reviewer(Answers.of("q", a), null));
    two.put("DM", new RecordedDualReview.Reviewer(Answers.of("q", b), null));
    return new RecordedDualReview(study, "Direct", "1", Optional.of("quant"), two,
        List.of(Resolution.item("q", b, Reason.STUDY_INTERPRETATION, "LS")));
  }

  @Provide
  Arbitrary<String> mutatedDualReviews() {
    return JsonMutations.of(List.of(
        RecordedDualReview.write(List.of(record("gunn2016", "1", "2"))),
        RecordedDualReview.write(List.of(record("a", "1", "1"), record("b", "2", "3")))));
  }

  @Provide
  Arbitrary<String> mutatedRuleSets() {
    return JsonMutations.of(List.of(EvidentJson.writeDocument("ruleSet", Ephpp.dictionary()),
        EvidentJson.writeDocument("ruleSet", Rob2.ruleSet())));
  }

  @Property(tries = 500)
  void dualReviewsReadBackOrAreRejected(@ForAll("mutatedDualReviews") String json) {
    JsonMutations.readsBackOrRejects(json, RecordedDualReview::read, RecordedDualReview::write);
  }

  @Property(tries = 300)
  void ruleSetsReadBackOrAreRejected(@ForAll("mutatedRuleSets") String json) {
    JsonMutations.readsBackOrRejects(json,
        s -> EvidentJson.readDocument(s, "ruleSet", RuleSet.class),
        r -> EvidentJson.writeDocument("ruleSet", r));
  }
}
