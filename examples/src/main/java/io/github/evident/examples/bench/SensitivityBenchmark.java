package io.github.evident.examples.bench;

import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.sensitivity.Influence;
import io.github.evident.stats.sensitivity.InfluenceResult;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import io.github.evident.stats.sensitivity.SensitivitySeries;
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
 * The cost of leave-one-out and influence analyses of a random-effects meta-analysis (REML,
 * z test) on {@link BenchmarkData}: the whole call is timed, including the fit of all studies
 * (with its Q-profile intervals) and the k fits without one study each.
 *
 * <p>{@code java -jar examples/target/benchmarks.jar SensitivityBenchmark -p k=10000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SensitivityBenchmark {

  /** The number of studies. */
  @Param({"100", "200", "10000"})
  public int k;

  /**
   * Where the data come from: {@code generated} or the path of a CSV file written by
   * {@link BenchmarkData#writeCsv} (then k is only a label), as {@link SideBySide} uses it.
   */
  @Param({"generated"})
  public String data;

  private double[] yi;
  private double[] vi;
  private final MetaAnalysis analysis = MetaAnalysis.randomEffects();

  /** Generates or reads the data. */
  @Setup(Level.Trial)
  public void setUp() {
    BenchmarkData studies = "generated".equals(data)
        ? BenchmarkData.generate(k, BenchmarkData.SEED)
        : BenchmarkData.readCsv(Path.of(data));
    yi = studies.yi();
    vi = studies.vi();
  }

  /**
   * Leave-one-out, as metafor's {@code leave1out(rma(yi, vi))}.
   *
   * @return the series
   */
  @Benchmark
  public SensitivitySeries leaveOneOut() {
    return LeaveOneOut.of(analysis).fit(yi, vi);
  }

  /**
   * Influence diagnostics, as metafor's {@code influence(rma(yi, vi))}.
   *
   * @return the diagnostics
   */
  @Benchmark
  public InfluenceResult influence() {
    return Influence.of(analysis).fit(yi, vi);
  }
}
