package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.core.model.Citation;
import io.github.evident.core.model.CorrelationResult;
import io.github.evident.core.model.Design;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Direction;
import io.github.evident.core.model.EffectEstimate;
import io.github.evident.core.model.Intervention;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import io.github.evident.core.model.TestStatistic;
import java.util.List;

/** Small builders for test reviews. */
final class Studies {

  private Studies() {}

  static Study study(String id, DesignType design, String category, Outcome... outcomes) {
    return Study.builder().id(id)
        .citation(Citation.builder().addAuthors("Author").year(2020).title("Study " + id).build())
        .design(Design.of(design)).intervention(Intervention.builder().category(category).build())
        .addOutcomes(outcomes).build();
  }

  static Study appraised(Study s, String rating) {
    return Study.builder().from(s).addAppraisals(StudyAppraisal.of("RoB 2", rating)).build();
  }

  static Outcome outcome(String construct, String instrument, Direction direction,
      ReportedResult... results) {
    return Outcome.builder().construct(construct).instrument(instrument).direction(direction)
        .addResults(results).build();
  }

  static Review review(Study... studies) {
    return Review.builder().title("test review").addStudies(studies).build();
  }

  static Review review(List<Study> studies) {
    return Review.builder().title("test review").addAllStudies(studies).build();
  }

  static PairedChange.Builder change() {
    return PairedChange.builder().from("pre").to("post");
  }

  static PairedChange changeWithP(double diff, String p, int n) {
    return change().meanDifference(diff).p(PValue.parse(p)).n(n).build();
  }

  static TestStatistic t(double value, String p) {
    return TestStatistic.builder().kind(TestStatistic.Kind.T).value(value).p(PValue.parse(p))
        .build();
  }

  static TestStatistic z(double value, String p) {
    return TestStatistic.builder().kind(TestStatistic.Kind.Z).value(value).p(PValue.parse(p))
        .build();
  }

  static EffectEstimate rr(double estimate, double lower, double upper) {
    return EffectEstimate.builder().measure("RR").estimate(estimate)
        .ci(new Interval(lower, upper)).build();
  }

  static CorrelationResult r(double r, int n) {
    return CorrelationResult.of(r, n);
  }
}
