package io.github.evident.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated meta-analysis data with a fixed seed: k studies of unequal size under the
 * normal-normal random-effects model. Study i has n<sub>i</sub> participants per arm
 * (log-uniform between 10 and 250), sampling variance v<sub>i</sub> = 2/n<sub>i</sub> +
 * μ²/(4n<sub>i</sub>) (the large-sample variance of a standardized mean difference), true effect
 * θ<sub>i</sub> ~ N(μ, τ²) and estimate y<sub>i</sub> ~ N(θ<sub>i</sub>, v<sub>i</sub>), with
 * μ = 0.4 and τ² = 0.1.
 *
 * @param yi the estimates
 * @param vi their sampling variances
 */
public record BenchmarkData(double[] yi, double[] vi) {

  /** The mean effect μ of the generated data. */
  public static final double MU = 0.4;

  /** The between-study variance τ² of the generated data. */
  public static final double TAU2 = 0.1;

  /** The seed used by the benchmarks and the side-by-side comparison. */
  public static final long SEED = 20261124L;

  /**
   * Generates k studies.
   *
   * @param k the number of studies, at least 1
   * @param seed the seed
   * @return the data
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static BenchmarkData generate(int k, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] y = new double[k];
    double[] v = new double[k];
    double tau = Math.sqrt(TAU2);
    double logMin = Math.log(10);
    double logMax = Math.log(250);
    for (int i = 0; i < k; i++) {
      long n = Math.round(Math.exp(logMin + (logMax - logMin) * random.nextDouble()));
      v[i] = 2.0 / n + MU * MU / (4.0 * n);
      double theta = MU + tau * gaussian(random);
      y[i] = theta + Math.sqrt(v[i]) * gaussian(random);
    }
    return new BenchmarkData(y, v);
  }

  /**
   * A standard normal deviate by the polar method, so that the data depend only on the seed
   * and this code (not on the JDK's choice of algorithm).
   *
   * @param random the source of uniform deviates
   * @return a standard normal deviate
   */
  static double gaussian(SplittableRandom random) {
    while (true) {
      double u = 2 * random.nextDouble() - 1;
      double w = 2 * random.nextDouble() - 1;
      double s = u * u + w * w;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }

  /**
   * The number of studies.
   *
   * @return k
   */
  public int k() {
    return yi.length;
  }

  /**
   * Writes the data as CSV with a header {@code yi,vi}, every number with 17 significant
   * digits so that R reads back the same doubles.
   *
   * @param file the file to write
   */
  public void writeCsv(Path file) {
    StringBuilder sb = new StringBuilder(yi.length * 48).append("yi,vi\n");
    for (int i = 0; i < yi.length; i++) {
      sb.append(String.format(java.util.Locale.ROOT, "%.17g,%.17g\n", yi[i], vi[i]));
    }
    write(file, sb);
  }

  /** Writes text as UTF-8, an I/O failure unchecked. */
  static void write(Path file, CharSequence text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a UTF-8 file, an I/O failure unchecked. */
  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads data written by {@link #writeCsv(Path)}.
   *
   * @param file the file to read
   * @return the data
   */
  public static BenchmarkData readCsv(Path file) {
    List<String> lines = lines(file);
    int k = lines.size() - 1;
    double[] y = new double[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      String line = lines.get(i + 1);
      int comma = line.indexOf(',');
      y[i] = Double.parseDouble(line.substring(0, comma));
      v[i] = Double.parseDouble(line.substring(comma + 1).trim());
    }
    return new BenchmarkData(y, v);
  }

  @Override
  public String toString() {
    return "BenchmarkData[k=" + yi.length + "]";
  }
}
