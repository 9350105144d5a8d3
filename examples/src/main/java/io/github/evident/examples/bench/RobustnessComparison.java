package io.github.evident.examples.bench;

import io.github.evident.stats.binary.MantelHaenszel;
import io.github.evident.stats.binary.PooledResult;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.sensitivity.Influence;
import io.github.evident.stats.sensitivity.InfluenceResult;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import io.github.evident.stats.sensitivity.SensitivitySeries;
import io.github.evident.stats.sensitivity.StudyInfluence;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The second table of {@link SideBySide}: leave-one-out, influence and Mantel-Haenszel against
 * metafor's {@code leave1out}, {@code influence} and {@code rma.mh}, then Evident alone at
 * k = 10⁴. Reads {@code DIR/metafor-robustness.csv} (seconds per call) and
 * {@code DIR/metafor-<id>.csv} (metafor's numbers per study) written by
 * {@code metafor-timing.R}.
 */
final class RobustnessComparison {

  private RobustnessComparison() {}

  static void compare(Path dir, PrintStream out) {
    Path timings = dir.resolve("metafor-robustness.csv");
    if (!Files.exists(timings)) {
      return;
    }
    Map<String, Map<String, String>> metafor = new java.util.HashMap<>();
    for (Map<String, String> row : SideBySide.readTable(timings)) {
      metafor.put(row.get("id"), row);
    }
    out.println();
    out.println("Sensitivity and Mantel-Haenszel, same data; metafor leave1out(rma()), "
        + "influence(rma()), rma.mh() vs Evident LeaveOneOut, Influence, MantelHaenszel:");
    out.printf(Locale.ROOT, "%-24s %7s %14s %14s %9s %12s%n", "analysis", "k",
        "metafor ms", "Evident ms", "ratio", "max rel diff");
    for (SideBySide.Robustness r : SideBySide.robustnessPlan()) {
      Map<String, String> m = metafor.get(r.id());
      if (m == null) {
        continue;
      }
      Path file = dir.resolve(r.file());
      double diff = maxRelativeDifference(r, file,
          SideBySide.readTable(dir.resolve("metafor-" + r.id() + ".csv")));
      double seconds = jmhSeconds(r.what(), r.k(), file.toAbsolutePath().toString());
      double metaforSeconds = Double.parseDouble(m.get("seconds"));
      out.printf(Locale.ROOT, "%-24s %7d %14.3f %14.3f %8.0f× %12.1e%n", r.label(), r.k(),
          metaforSeconds * 1e3, seconds * 1e3, metaforSeconds / seconds, diff);
    }
    out.println();
    out.println("Evident alone at k = 10^4 (metafor's influence() needs hours there):");
    for (String what : List.of("leave1out", "influence")) {
      double seconds = jmhSeconds(what, 10_000, "generated");
      out.printf(Locale.ROOT, "%-24s %7d %14s %14.3f%n",
          new SideBySide.Robustness("", what, 0).label(), 10_000, "", seconds * 1e3);
    }
  }

  /** The largest relative difference between Evident's and metafor's per-study numbers. */
  static double maxRelativeDifference(SideBySide.Robustness r, Path file,
      List<Map<String, String>> metafor) {
    List<double[]> pairs = new ArrayList<>();
    MetaAnalysis reml = MetaAnalysis.randomEffects();
    if (r.what().equals("mh")) {
      BenchmarkTables t = BenchmarkTables.readCsv(file);
      PooledResult p = MantelHaenszel.oddsRatio().fit(t.a(), t.b(), t.c(), t.d());
      pairs.add(new double[] {p.estimate(), num(metafor.get(0), "estimate")});
      pairs.add(new double[] {p.standardError(), num(metafor.get(0), "se")});
      pairs.add(new double[] {p.q(), num(metafor.get(0), "Q")});
    } else if (r.what().equals("leave1out")) {
      BenchmarkData d = BenchmarkData.readCsv(file);
      SensitivitySeries s = LeaveOneOut.of(reml).fit(d.yi(), d.vi());
      for (int i = 0; i < d.k(); i++) {
        MetaResult f = s.steps().get(i).fit().orElseThrow();
        pairs.add(new double[] {f.estimate(), num(metafor.get(i), "estimate")});
        pairs.add(new double[] {f.standardError(), num(metafor.get(i), "se")});
        pairs.add(new double[] {f.tau2(), num(metafor.get(i), "tau2")});
      }
    } else {
      BenchmarkData d = BenchmarkData.readCsv(file);
      InfluenceResult inf = Influence.of(reml).fit(d.yi(), d.vi());
      List<ToDoubleFunction<StudyInfluence>> values = List.of(StudyInfluence::rstudent,
          StudyInfluence::dffits, StudyInfluence::cooksDistance,
          StudyInfluence::covarianceRatio, StudyInfluence::hat, StudyInfluence::dfbetas);
      List<String> columns = List.of("rstudent", "dffits", "cook_d", "cov_r", "hat", "dfbetas");
      for (int i = 0; i < d.k(); i++) {
        for (int c = 0; c < columns.size(); c++) {
          pairs.add(new double[] {values.get(c).applyAsDouble(inf.study(i)),
              num(metafor.get(i), columns.get(c))});
        }
      }
    }
    return SideBySide.maxRelative(pairs, 1e-9);
  }

  private static double num(Map<String, String> row, String column) {
    return SideBySide.num(row, column);
  }

  /** Seconds per call, measured by JMH in a forked JVM. */
  static double jmhSeconds(String what, int k, String data) {
    String method = switch (what) {
      case "leave1out" -> SensitivityBenchmark.class.getName() + ".leaveOneOut";
      case "influence" -> SensitivityBenchmark.class.getName() + ".influence";
      default -> MantelHaenszelBenchmark.class.getName() + ".oddsRatio";
    };
    return SideBySide.jmhSeconds(method, Map.of("k", Integer.toString(k), "data", data),
        what + " at k = " + k);
  }
}
