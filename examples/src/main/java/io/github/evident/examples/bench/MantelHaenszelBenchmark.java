package io.github.evident.examples.bench;

import io.github.evident.stats.binary.MantelHaenszel;
import io.github.evident.stats.binary.PooledResult;
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
 * The cost of the Mantel-Haenszel odds ratio (with the CMH, Tarone and Breslow-Day tests and
 * the study-level heterogeneity statistics) on {@link BenchmarkTables}, as metafor's
 * {@code rma.mh(ai, bi, ci, di, measure = "OR")}.
 *
 * <p>{@code java -jar examples/target/benchmarks.jar MantelHaenszelBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MantelHaenszelBenchmark {

  /** The number of tables. */
  @Param({"100", "10000"})
  public int k;

  /**
   * Where the tables come from: {@code generated} or the path of a CSV file written by
   * {@link BenchmarkTables#writeCsv} (then k is only a label).
   */
  @Param({"generated"})
  public String data;

  private BenchmarkTables tables;
  private final MantelHaenszel oddsRatio = MantelHaenszel.oddsRatio();

  /** Generates or reads the tables. */
  @Setup(Level.Trial)
  public void setUp() {
    tables = "generated".equals(data) ? BenchmarkTables.generate(k, BenchmarkData.SEED)
        : BenchmarkTables.readCsv(Path.of(data));
  }

  /**
   * One pooled odds ratio.
   *
   * @return the result
   */
  @Benchmark
  public PooledResult oddsRatio() {
    return oddsRatio.fit(tables.a(), tables.b(), tables.c(), tables.d());
  }
}
