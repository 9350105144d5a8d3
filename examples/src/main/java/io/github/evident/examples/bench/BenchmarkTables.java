package io.github.evident.examples.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated 2×2 tables with a fixed seed, for the Mantel-Haenszel benchmark: k trials with
 * n<sub>i</sub> participants per arm (log-uniform between 10 and 250), control risk uniform in
 * [0.05, 0.4], a true log odds ratio N(log 0.7, 0.1) per trial, and events drawn as binomial
 * counts. The cells are escalc's ai, bi (treated: events, non-events) and ci, di (control).
 *
 * @param a treated events
 * @param b treated non-events
 * @param c control events
 * @param d control non-events
 */
public record BenchmarkTables(int[] a, int[] b, int[] c, int[] d) {

  /**
   * Generates k tables.
   *
   * @param k the number of tables, at least 1
   * @param seed the seed
   * @return the tables
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static BenchmarkTables generate(int k, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] a = new int[k];
    int[] b = new int[k];
    int[] c = new int[k];
    int[] d = new int[k];
    double logMin = Math.log(10);
    double logMax = Math.log(250);
    for (int i = 0; i < k; i++) {
      int n = (int) Math.round(Math.exp(logMin + (logMax - logMin) * random.nextDouble()));
      double p0 = 0.05 + 0.35 * random.nextDouble();
      double logOr = Math.log(0.7) + Math.sqrt(0.1) * BenchmarkData.gaussian(random);
      double odds1 = p0 / (1 - p0) * Math.exp(logOr);
      double p1 = odds1 / (1 + odds1);
      a[i] = binomial(random, n, p1);
      b[i] = n - a[i];
      c[i] = binomial(random, n, p0);
      d[i] = n - c[i];
    }
    return new BenchmarkTables(a, b, c, d);
  }

  private static int binomial(SplittableRandom random, int n, double p) {
    int events = 0;
    for (int j = 0; j < n; j++) {
      if (random.nextDouble() < p) {
        events++;
      }
    }
    return events;
  }

  /**
   * Writes the tables as CSV with a header {@code ai,bi,ci,di}.
   *
   * @param file the file to write
   */
  public void writeCsv(Path file) {
    StringBuilder sb = new StringBuilder(a.length * 24).append("ai,bi,ci,di\n");
    for (int i = 0; i < a.length; i++) {
      sb.append(a[i]).append(',').append(b[i]).append(',').append(c[i]).append(',')
          .append(d[i]).append('\n');
    }
    BenchmarkData.write(file, sb);
  }

  /**
   * Reads tables written by {@link #writeCsv(Path)}.
   *
   * @param file the file to read
   * @return the tables
   */
  public static BenchmarkTables readCsv(Path file) {
    List<String> lines = BenchmarkData.lines(file);
    int k = lines.size() - 1;
    int[][] cells = new int[4][k];
    for (int i = 0; i < k; i++) {
      String[] parts = lines.get(i + 1).split(",");
      for (int j = 0; j < 4; j++) {
        cells[j][i] = Integer.parseInt(parts[j].trim());
      }
    }
    return new BenchmarkTables(cells[0], cells[1], cells[2], cells[3]);
  }

  @Override
  public String toString() {
    return "BenchmarkTables[k=" + a.length + "]";
  }
}
