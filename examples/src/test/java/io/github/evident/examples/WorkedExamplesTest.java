package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's main program writes every report and prints their absolute paths. */
class WorkedExamplesTest {

  @Test
  void writesBothReportsAndPrintsTheirPaths(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> files = WorkedExamples.run(dir, new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(List.of(dir.resolve("seed-review.html").toAbsolutePath(),
        dir.resolve("bcg-meta-analysis.html").toAbsolutePath()), files);
    for (Path f : files) {
      assertTrue(f.isAbsolute());
      assertTrue(Files.size(f) > 10_000, f::toString);
      assertTrue(out.contains(f.toString()), out);
    }
  }
}
