/**
 * Benchmarks of Evident, one class per area, run as a program from the shaded jar.
 *
 * <ul>
 *   <li>{@link io.github.evident.examples.bench.EffectSizeBenchmark}: computing one study's
 *       effect size and sampling variance (SMD, log odds ratio, log risk ratio, Fisher's z).
 *   <li>{@link io.github.evident.examples.bench.MetaAnalysisBenchmark}: {@code MetaAnalysis.fit}
 *       for DL, REML and PM, z or Knapp-Hartung test, with or without the Q-profile intervals,
 *       at k = 5, 13, 100, 10⁴ and 10⁶ studies.
 *   <li>{@link io.github.evident.examples.bench.AppraisalBenchmark}: appraising one study with
 *       the EPHPP rule sets (dictionary and common practice), traces and global rating
 *       included.
 * </ul>
 *
 * <p>{@link io.github.evident.examples.bench.SideBySide} times R metafor and Evident on the
 * same generated data (written to CSV files both read) and prints the throughput ratio and
 * the largest difference between their numbers; {@code examples/bench/compare.sh} runs it.
 * {@link io.github.evident.examples.bench.BenchmarkData} generates the data with a fixed seed.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am -DskipTests package
 * java -jar examples/target/benchmarks.jar                      # every benchmark
 * java -jar examples/target/benchmarks.jar MetaAnalysisBenchmark -p k=13 -p method=REML
 * examples/bench/compare.sh                                     # metafor side by side
 * </pre>
 */
package io.github.evident.examples.bench;
