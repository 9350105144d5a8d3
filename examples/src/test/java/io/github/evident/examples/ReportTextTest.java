package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.report.ReaderText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two reports the examples write, with every figure, appraisal and analysis: studies by
 * label, no enum constant names, Java {@code toString}s or study ids in any text a reader sees.
 */
class ReportTextTest {

  private static List<String> ids(Review review) {
    return review.studies().stream().map(Study::id).toList();
  }

  @Test
  void seedReviewReportIsReadable() throws Exception {
    Review review = ExampleData.seedReview();
    String html = SeedReview.evidenceReport(review).toHtml();
    List<String> found = ReaderText.offences(html, ids(review));
    assertTrue(found.isEmpty(), () -> ReaderText.message("reports/seed-review.html", found));
    // agreement intervals from three pairs: the report says why an interval has zero width
    assertTrue(html.contains("zero-width interval: the large-sample standard error is 0"),
        "the note of a zero-width kappa interval");
  }

  @Test
  void bcgReportIsReadable() throws Exception {
    Review review = ExampleData.bcgReview();
    String html = BcgMetaAnalysis.evidenceReport(review, BcgMetaAnalysis.plan(review)).toHtml();
    List<String> found = ReaderText.offences(html, ids(review));
    assertTrue(found.isEmpty(), () -> ReaderText.message("reports/bcg-meta-analysis.html",
        found));
  }
}
