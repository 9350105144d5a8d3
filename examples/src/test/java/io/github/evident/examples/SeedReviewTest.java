package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedReviewTest {

  @Test
  void printsTheStudiesTheChecksAndTheWarnings() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedReview.report(ExampleData.seedReview(), new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Registered: PROSPERO CRD42020204592"), out);
    assertTrue(out.contains("Litchfield et al. (2010)"), out);
    assertTrue(out.contains("Δ = -3.08, p < 0.001"), out);
    assertTrue(out.contains("PRISMA flow: 0 violations"), out);
    assertTrue(out.contains("Preble et al. (2016): sources disagree on population.n"), out);
  }
}
