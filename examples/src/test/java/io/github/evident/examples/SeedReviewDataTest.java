package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.json.ReviewJson;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.PrismaCheck;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import io.github.evident.core.model.ValidationWarning;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed review's data: what Turner et al. report in Table 1 and the text. */
class SeedReviewDataTest {

  private static final Review REVIEW = ExampleData.seedReview();

  private static PairedChange change(String study, String construct, int index) {
    Outcome o = REVIEW.study(study).outcomes().stream()
        .filter(x -> x.construct().equals(construct)).findFirst().orElseThrow();
    return (PairedChange) o.results().get(index);
  }

  @Test
  void theFileInTheRepositoryIsTheOneInTheJar() {
    assertEquals(REVIEW, ReviewJson.read(Path.of("data/seed-review.json")));
  }

  @Test
  void hasTheTenIncludedStudies() {
    assertEquals(List.of("gunn2016", "litchfield2010", "arnold2000", "benoit2017", "bodkin2015",
        "felsher2018", "jeal2017", "preble2016", "wahab2006", "decker2018"),
        REVIEW.studies().stream().map(Study::id).toList());
    assertEquals(2, REVIEW.studies().stream()
        .filter(s -> s.design().type() == DesignType.SINGLE_GROUP_PRE_POST).count());
    assertEquals(7, REVIEW.studies().stream()
        .filter(s -> s.design().type() == DesignType.QUALITATIVE).count());
    assertTrue(REVIEW.study("decker2018").design().includes(DesignType.SINGLE_GROUP_PRE_POST));
  }

  @Test
  void reportedStatistics() {
    PairedChange christo = change("litchfield2010", "quality of life", 0);
    assertEquals(12.05, christo.meanBefore().getAsDouble());
    assertEquals(8.97, christo.meanAfter().getAsDouble());
    assertEquals(PValue.lessThan(0.001), christo.p().orElseThrow());
    PairedChange safety = change("decker2018", "safety behaviour", 0);
    assertEquals(51.2, safety.meanBefore().getAsDouble());
    assertEquals(58.1, safety.meanAfter().getAsDouble());
    assertEquals(PValue.lessThan(0.0001), safety.p().orElseThrow());
    PairedChange selfEsteem = change("gunn2016", "self-esteem", 1);
    assertEquals(4.08, selfEsteem.meanDifference().getAsDouble());
    assertEquals(PValue.lessThan(0.001), selfEsteem.p().orElseThrow());
  }

  @Test
  void qualityRatingsOfTableOne() {
    Map<String, String> ratings = REVIEW.studies().stream().collect(Collectors.toMap(Study::id,
        s -> s.appraisals().stream().map(a -> a.tool() + " " + a.overallRating())
            .collect(Collectors.joining("; "))));
    String nice = "NICE appendix H ";
    assertEquals(Map.of("gunn2016", "EPHPP WEAK", "litchfield2010", "EPHPP WEAK",
        "arnold2000", nice + "-", "benoit2017", nice + "++", "bodkin2015", nice + "-",
        "felsher2018", nice + "+", "jeal2017", nice + "+", "preble2016", nice + "++",
        "wahab2006", nice + "+", "decker2018", "EPHPP WEAK; " + nice + "+"), ratings);
    List<StudyAppraisal> decker = REVIEW.study("decker2018").appraisals();
    assertEquals("quantitative", decker.get(0).scope().orElseThrow());
    assertEquals("qualitative", decker.get(1).scope().orElseThrow());
  }

  @Test
  void prismaCountsPassTheCheckWithTheUnreportedRulesListed() {
    PrismaCheck check = REVIEW.prisma().orElseThrow().check();
    assertTrue(check.consistent(), check::summary);
    assertEquals(19202, REVIEW.prisma().orElseThrow().recordsIdentified().getAsInt());
    assertEquals(List.of("screened", "assessed", "included-reports", "sought"),
        check.notChecked().stream().map(PrismaCheck.Finding::rule).toList(), check::summary);
  }

  @Test
  void warningsShowExactlyThePapersInconsistencies() {
    List<String> warnings = REVIEW.warnings().stream().map(ValidationWarning::toString)
        .toList();
    assertEquals(3, warnings.size(), () -> String.join("\n", warnings));
    assertTrue(warnings.get(0).startsWith("Gunn et al. (2016): sources disagree on "
        + "population.n: 24 (Table 1) vs 25 (Summary of findings"), warnings.get(0));
    assertTrue(warnings.get(1).startsWith("Preble et al. (2016): sources disagree on "
        + "population.n"), warnings.get(1));
    assertTrue(warnings.get(2).startsWith("Decker et al. (2018): sources disagree on "
        + "outcomes[support programme"), warnings.get(2));
  }

  @Test
  void roundTripIsLossless() {
    assertEquals(REVIEW, ReviewJson.read(ReviewJson.write(REVIEW)));
  }
}
