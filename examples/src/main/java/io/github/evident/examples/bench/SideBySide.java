package io.github.evident.examples.bench;

import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Times R metafor 3.8 and Evident on the same generated data and prints both throughputs, their
 * ratio and the largest relative difference between the numbers the two report. Run by
 * {@code examples/bench/compare.sh} in three steps:
 *
 * <ol>
 *   <li>{@code SideBySide generate DIR}: writes the data ({@link BenchmarkData}, fixed seed) as
 *       {@code DIR/data-k<k>.csv} and the list of timed fits as {@code DIR/plan.csv};
 *   <li>{@code Rscript examples/bench/metafor-timing.R DIR}: times each planned fit with
 *       {@code rma()} (and {@code confint()} where planned) and writes {@code DIR/metafor.csv};
 *   <li>{@code SideBySide compare DIR}: times the same fits with Evident, prints the table and
 *       then Evident's cost per study from k = 10⁴ to 10⁶ (metafor's k×k matrices make those
 *       sizes impractical in R).
 * </ol>
 *
 * <p>Evident's side is timed by JMH ({@link MetaAnalysisBenchmark} on the same CSV file), one
 * forked JVM per fit, three warm-up and five measured iterations of one second each, so
 * that no measurement inherits the compiled code of another configuration.
 *
 * <p>A fit without {@code confint} is compared with an Evident fit without the Q-profile
 * intervals ({@code withHeterogeneityIntervals(false)}), which then does the same work as
 * {@code rma()}; a fit with {@code confint} with Evident's default fit, which includes them.
 */
public final class SideBySide {

  /** One planned fit. */
  record Plan(String id, int k, Tau2Estimator method, boolean knha, boolean confint) {

    String label() {
      return method.metaforName() + (knha ? " knha" : " z") + (confint ? " + Q-profile CI" : "");
    }

    MetaAnalysis analysis() {
      return MetaAnalysis.randomEffects(method).withKnappHartung(knha)
          .withHeterogeneityIntervals(confint);
    }
  }

  /** The fits timed on both sides. */
  static List<Plan> plan() {
    List<Plan> plan = new ArrayList<>();
    for (Tau2Estimator m : List.of(Tau2Estimator.DL, Tau2Estimator.REML, Tau2Estimator.PM)) {
      plan.add(new Plan(m + "-z-13", 13, m, false, false));
      plan.add(new Plan(m + "-knha-13", 13, m, true, false));
    }
    plan.add(new Plan("REML-z-ci-13", 13, Tau2Estimator.REML, false, true));
    plan.add(new Plan("REML-z-5", 5, Tau2Estimator.REML, false, false));
    plan.add(new Plan("DL-z-100", 100, Tau2Estimator.DL, false, false));
    plan.add(new Plan("REML-z-100", 100, Tau2Estimator.REML, false, false));
    plan.add(new Plan("REML-knha-ci-100", 100, Tau2Estimator.REML, true, true));
    plan.add(new Plan("DL-z-1000", 1000, Tau2Estimator.DL, false, false));
    plan.add(new Plan("REML-z-1000", 1000, Tau2Estimator.REML, false, false));
    return plan;
  }

  /**
   * One planned leave-one-out, influence or Mantel-Haenszel analysis, timed against metafor's
   * {@code leave1out(rma(yi, vi))}, {@code influence(rma(yi, vi))} or
   * {@code rma.mh(ai, bi, ci, di, measure = "OR")}.
   */
  record Robustness(String id, String what, int k) {

    String file() {
      return (what.equals("mh") ? "tables-k" : "data-k") + k + ".csv";
    }

    String label() {
      return switch (what) {
        case "leave1out" -> "leave-one-out REML z";
        case "influence" -> "influence REML z";
        default -> "Mantel-Haenszel OR";
      };
    }
  }

  /** The sensitivity and Mantel-Haenszel analyses timed on both sides. */
  static List<Robustness> robustnessPlan() {
    List<Robustness> plan = new ArrayList<>();
    for (int k : new int[] {100, 200}) {
      plan.add(new Robustness("leave1out-" + k, "leave1out", k));
      plan.add(new Robustness("influence-" + k, "influence", k));
    }
    plan.add(new Robustness("mh-100", "mh", 100));
    plan.add(new Robustness("mh-10000", "mh", 10_000));
    return plan;
  }

  private SideBySide() {}

  /**
   * Runs a step: {@code generate DIR} or {@code compare DIR}.
   *
   * @param args the step and the directory
   */
  public static void main(String[] args) {
    if (args.length != 2 || !List.of("generate", "compare").contains(args[0])) {
      System.err.println("usage: SideBySide generate|compare DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    if (args[0].equals("generate")) {
      generate(dir);
    } else {
      compare(dir, System.out);
    }
  }

  static Path dataFile(Path dir, int k) {
    return dir.resolve("data-k" + k + ".csv");
  }

  static void generate(Path dir) {
    try {
      Files.createDirectories(dir);
      StringBuilder sb = new StringBuilder("id,file,k,method,test,confint\n");
      for (Plan p : plan()) {
        Path file = dataFile(dir, p.k());
        if (!Files.exists(file)) {
          BenchmarkData.generate(p.k(), BenchmarkData.SEED).writeCsv(file);
        }
        sb.append(String.join(",", p.id(), file.getFileName().toString(),
            Integer.toString(p.k()), p.method().metaforName(), p.knha() ? "knha" : "z",
            p.confint() ? "TRUE" : "FALSE")).append('\n');
      }
      Files.writeString(dir.resolve("plan.csv"), sb, StandardCharsets.UTF_8);
      StringBuilder rb = new StringBuilder("id,file,k,what\n");
      for (Robustness r : robustnessPlan()) {
        Path file = dir.resolve(r.file());
        if (!Files.exists(file) && r.what().equals("mh")) {
          BenchmarkTables.generate(r.k(), BenchmarkData.SEED).writeCsv(file);
        } else if (!Files.exists(file)) {
          BenchmarkData.generate(r.k(), BenchmarkData.SEED).writeCsv(file);
        }
        rb.append(String.join(",", r.id(), r.file(), Integer.toString(r.k()), r.what()))
            .append('\n');
      }
      Files.writeString(dir.resolve("plan-robustness.csv"), rb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a CSV file with a header into maps from column name to value. */
  static List<Map<String, String>> readTable(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String[] head = lines.get(0).replace("\"", "").split(",");
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.replace("\"", "").split(",", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < head.length; i++) {
          row.put(head[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void compare(Path dir, PrintStream out) {
    Map<String, Map<String, String>> metafor = new HashMap<>();
    for (Map<String, String> row : readTable(dir.resolve("metafor.csv"))) {
      metafor.put(row.get("id"), row);
    }
    String version = metafor.values().iterator().next().getOrDefault("version", "?");
    out.printf(Locale.ROOT, "Side by side on the same data (BenchmarkData, seed %d); "
        + "metafor %s rma() vs Evident MetaAnalysis.fit%n", BenchmarkData.SEED, version);
    out.printf(Locale.ROOT, "%s, %d cores, Java %s (%s), load average %s%n", cpuModel(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), loadAverage());
    out.println();
    out.printf(Locale.ROOT, "%-24s %7s %14s %14s %9s %12s%n", "fit", "k", "metafor fits/s",
        "Evident fits/s", "ratio", "max rel diff");
    for (Plan p : plan()) {
      Map<String, String> m = metafor.get(p.id());
      if (m == null) {
        continue;
      }
      BenchmarkData data = BenchmarkData.readCsv(dataFile(dir, p.k()));
      MetaResult r = p.analysis().fit(data.yi(), data.vi());
      double diff = maxRelativeDifference(p, r, m);
      double seconds = jmhSecondsPerFit(p, dataFile(dir, p.k()).toAbsolutePath().toString());
      double metaforSeconds = Double.parseDouble(m.get("seconds"));
      out.printf(Locale.ROOT, "%-24s %7d %14.1f %14.1f %8.0f× %12.1e%n", p.label(), p.k(),
          1 / metaforSeconds, 1 / seconds, metaforSeconds / seconds, diff);
    }
    out.println();
    out.println("Evident alone, cost per study (the fit is O(k): no k×k matrix):");
    out.printf(Locale.ROOT, "%-24s %9s %12s %14s%n", "fit", "k", "ms per fit", "ns per study");
    for (Tau2Estimator m : List.of(Tau2Estimator.DL, Tau2Estimator.REML, Tau2Estimator.PM)) {
      for (boolean ci : new boolean[] {false, true}) {
        if (ci && m != Tau2Estimator.REML) {
          continue;
        }
        Plan p = new Plan("", 0, m, false, ci);
        for (int k : new int[] {10_000, 100_000, 1_000_000}) {
          double seconds = jmhSecondsPerFit(new Plan("", k, m, false, ci), "generated");
          out.printf(Locale.ROOT, "%-24s %9d %12.3f %14.1f%n", p.label(), k, seconds * 1e3,
              seconds * 1e9 / k);
        }
      }
    }
    RobustnessComparison.compare(dir, out);
    out.printf(Locale.ROOT, "%nLoad average at the end: %s (timings on a busy machine are "
        + "slower and noisier)%n", loadAverage());
  }

  /** Seconds per fit, measured by JMH in a forked JVM. */
  static double jmhSecondsPerFit(Plan p, String data) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("k", Integer.toString(p.k()));
    params.put("method", p.method().name());
    params.put("test", p.knha() ? "knha" : "z");
    params.put("qProfile", Boolean.toString(p.confint()));
    params.put("data", data);
    return jmhSeconds(MetaAnalysisBenchmark.class.getName() + ".fit", params,
        p.label() + " at k = " + p.k());
  }

  /**
   * Seconds per call of one benchmark method with the given parameters, measured by JMH in a
   * forked JVM: three warm-up and five measured iterations of one second.
   */
  static double jmhSeconds(String method, Map<String, String> params, String what) {
    OptionsBuilder builder = new OptionsBuilder();
    builder.include(Pattern.quote(method) + "$");
    params.forEach(builder::param);
    Options options = builder
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .verbosity(VerboseMode.SILENT)
        .build();
    try {
      Collection<RunResult> results = new Runner(options).run();
      return results.iterator().next().getPrimaryResult().getScore() / 1e9;
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH run failed for " + what, e);
    }
  }

  private static double maxRelativeDifference(Plan p, MetaResult r, Map<String, String> m) {
    List<double[]> pairs = new ArrayList<>();
    pairs.add(new double[] {r.estimate(), num(m, "estimate")});
    pairs.add(new double[] {r.standardError(), num(m, "se")});
    pairs.add(new double[] {r.tau2(), num(m, "tau2")});
    pairs.add(new double[] {r.ci().lower(), num(m, "ci_lb")});
    pairs.add(new double[] {r.ci().upper(), num(m, "ci_ub")});
    pairs.add(new double[] {r.pValue(), num(m, "pval")});
    pairs.add(new double[] {r.i2(), num(m, "I2")});
    if (p.confint()) {
      pairs.add(new double[] {r.tau2Ci().orElseThrow().lower(), num(m, "tau2_lb")});
      pairs.add(new double[] {r.tau2Ci().orElseThrow().upper(), num(m, "tau2_ub")});
    }
    return maxRelative(pairs, 1e-12);
  }

  /**
   * The largest |ours − theirs| / max(|theirs|, floor) over pairs {ours, theirs}.
   *
   * @param pairs the pairs
   * @param floor the smallest scale, so that values near 0 compare absolutely
   * @return the largest relative difference
   */
  static double maxRelative(List<double[]> pairs, double floor) {
    double max = 0;
    for (double[] pair : pairs) {
      double scale = Math.max(Math.abs(pair[1]), floor);
      max = Math.max(max, Math.abs(pair[0] - pair[1]) / scale);
    }
    return max;
  }

  static double num(Map<String, String> row, String column) {
    String s = row.get(column);
    if (s == null) {
      throw new IllegalArgumentException("metafor.csv has no column " + column);
    }
    return Double.parseDouble(s);
  }

  /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, if readable. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The processor model from {@code /proc/cpuinfo}, if readable. */
  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: report the architecture instead
    }
    return System.getProperty("os.arch");
  }
}
