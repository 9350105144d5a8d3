package io.github.evident.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the worked examples and writes their evidence reports to {@code reports/} under the
 * working directory: the seed review ({@code reports/seed-review.html}) and the BCG
 * meta-analysis ({@code reports/bcg-meta-analysis.html}).
 */
public final class WorkedExamples {

  private WorkedExamples() {}

  /**
   * Runs the examples and prints the absolute paths of the reports.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(Path.of("reports"), System.out);
  }

  /**
   * Runs the examples, writing into a directory.
   *
   * @param dir the directory for the reports
   * @param out where to print
   * @return the absolute paths of the reports written
   */
  public static List<Path> run(Path dir, PrintStream out) {
    Path seed = SeedReview.run(dir, out);
    out.println();
    Path bcg = BcgMetaAnalysis.run(dir, out);
    out.println();
    out.println("Reports written:");
    out.println("  " + seed);
    out.println("  " + bcg);
    return List.of(seed, bcg);
  }
}
