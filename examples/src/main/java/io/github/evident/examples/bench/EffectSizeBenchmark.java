package io.github.evident.examples.bench;

import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one study's effect size and sampling variance, cycling through 1024 generated
 * studies so that neither the inputs nor the branch pattern are constant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EffectSizeBenchmark {

  private static final int STUDIES = 1024;

  private final double[] m1 = new double[STUDIES];
  private final double[] m2 = new double[STUDIES];
  private final double[] sd1 = new double[STUDIES];
  private final double[] sd2 = new double[STUDIES];
  private final int[] n1 = new int[STUDIES];
  private final int[] n2 = new int[STUDIES];
  private final int[] events1 = new int[STUDIES];
  private final int[] events2 = new int[STUDIES];
  private final double[] r = new double[STUDIES];
  private int next;

  /** Generates the studies with a fixed seed. */
  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(BenchmarkData.SEED);
    for (int i = 0; i < STUDIES; i++) {
      n1[i] = 10 + random.nextInt(240);
      n2[i] = 10 + random.nextInt(240);
      m1[i] = 10 + random.nextDouble();
      m2[i] = 10 + random.nextDouble();
      sd1[i] = 1 + random.nextDouble();
      sd2[i] = 1 + random.nextDouble();
      events1[i] = random.nextInt(n1[i] + 1);
      events2[i] = random.nextInt(n2[i] + 1);
      r[i] = 2 * random.nextDouble() - 1;
    }
  }

  private int index() {
    int i = next;
    next = (i + 1) & (STUDIES - 1);
    return i;
  }

  /**
   * Hedges' g with its variance.
   *
   * @return the effect size
   */
  @Benchmark
  public EffectSize standardizedMeanDifference() {
    int i = index();
    return EffectSizes.smd(m1[i], sd1[i], n1[i], m2[i], sd2[i], n2[i]);
  }

  /**
   * The raw mean difference with its variance.
   *
   * @return the effect size
   */
  @Benchmark
  public EffectSize meanDifference() {
    int i = index();
    return EffectSizes.meanDifference(m1[i], sd1[i], n1[i], m2[i], sd2[i], n2[i]);
  }

  /**
   * The log odds ratio of a 2×2 table (with the continuity correction when a cell is zero).
   *
   * @return the effect size
   */
  @Benchmark
  public EffectSize logOddsRatio() {
    int i = index();
    return EffectSizes.logOddsRatio(events1[i], n1[i] - events1[i], events2[i],
        n2[i] - events2[i]);
  }

  /**
   * The log risk ratio of a 2×2 table.
   *
   * @return the effect size
   */
  @Benchmark
  public EffectSize logRiskRatio() {
    int i = index();
    return EffectSizes.logRiskRatio(events1[i], n1[i] - events1[i], events2[i],
        n2[i] - events2[i]);
  }

  /**
   * Fisher's z of a correlation.
   *
   * @return the effect size
   */
  @Benchmark
  public EffectSize fisherZ() {
    int i = index();
    return EffectSizes.fisherZ(r[i], n1[i]);
  }
}
