package io.github.evident.examples.bench;

import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.meta.Tau2Estimator;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@code MetaAnalysis.fit} on {@link BenchmarkData} (fixed seed): every
 * combination of the number of studies k, the τ² estimator, the test and whether the Q-profile
 * intervals of τ², I² and H² are computed. The whole fit is timed, including the copy and
 * validation of the input arrays and the construction of the result.
 *
 * <p>Select a subset with JMH's {@code -p}, e.g.
 * {@code java -jar examples/target/benchmarks.jar MetaAnalysisBenchmark -p k=13 -p method=REML}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetaAnalysisBenchmark {

  /** The number of studies. */
  @Param({"5", "13", "100", "10000", "1000000"})
  public int k;

  /** The τ² estimator. */
  @Param({"DL", "REML", "PM"})
  public Tau2Estimator method;

  /** The test of the pooled estimate: {@code z} or {@code knha} (Knapp-Hartung). */
  @Param({"z", "knha"})
  public String test;

  /** Whether the Q-profile intervals of τ², I² and H² are computed. */
  @Param({"true", "false"})
  public boolean qProfile;

  /**
   * Where the data come from: {@code generated} ({@link BenchmarkData#generate} with k and the
   * fixed seed) or the path of a CSV file written by {@link BenchmarkData#writeCsv} (then k is
   * only a label), as {@link SideBySide} uses it.
   */
  @Param({"generated"})
  public String data;

  private double[] yi;
  private double[] vi;
  private MetaAnalysis analysis;

  /** Generates the data and configures the analysis. */
  @Setup(Level.Trial)
  public void setUp() {
    BenchmarkData studies = "generated".equals(data)
        ? BenchmarkData.generate(k, BenchmarkData.SEED)
        : BenchmarkData.readCsv(Path.of(data));
    yi = studies.yi();
    vi = studies.vi();
    analysis = MetaAnalysis.randomEffects(method)
        .withKnappHartung("knha".equals(test))
        .withHeterogeneityIntervals(qProfile);
  }

  /**
   * One fit.
   *
   * @return the result
   */
  @Benchmark
  public MetaResult fit() {
    return analysis.fit(yi, vi);
  }
}
