package io.github.evident.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The generated data are reproducible and survive the CSV file exactly, as R reads it too. */
class BenchmarkDataProperties {

  @Property(tries = 30)
  void csvRoundTripIsExact(@ForAll @IntRange(min = 1, max = 300) int k, @ForAll long seed)
      throws Exception {
    BenchmarkData d = BenchmarkData.generate(k, seed);
    Path file = Files.createTempFile("benchmark-data", ".csv");
    try {
      d.writeCsv(file);
      BenchmarkData back = BenchmarkData.readCsv(file);
      assertArrayEquals(d.yi(), back.yi());
      assertArrayEquals(d.vi(), back.vi());
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 30)
  void sameSeedSameData(@ForAll @IntRange(min = 1, max = 300) int k, @ForAll long seed) {
    BenchmarkData a = BenchmarkData.generate(k, seed);
    BenchmarkData b = BenchmarkData.generate(k, seed);
    assertArrayEquals(a.yi(), b.yi());
    assertArrayEquals(a.vi(), b.vi());
    for (double v : a.vi()) {
      // per-arm sizes 10..250: v = (2 + mu^2/4)/n
      assertTrue(v >= (2 + 0.04) / 250 - 1e-12 && v <= (2 + 0.04) / 10 + 1e-12, "v = " + v);
    }
  }

  @Example
  void theBenchmarksRunOnce() {
    MetaAnalysisBenchmark m = new MetaAnalysisBenchmark();
    m.k = 13;
    m.method = io.github.evident.stats.meta.Tau2Estimator.REML;
    m.test = "knha";
    m.qProfile = true;
    m.data = "generated";
    m.setUp();
    assertEquals(13, m.fit().k());
    assertTrue(m.fit().tau2Ci().isPresent());
    EffectSizeBenchmark e = new EffectSizeBenchmark();
    e.generate();
    assertTrue(Double.isFinite(e.standardizedMeanDifference().estimate()));
    assertTrue(Double.isFinite(e.logOddsRatio().variance()));
    assertTrue(Double.isFinite(e.logRiskRatio().variance()));
    assertTrue(Double.isFinite(e.meanDifference().variance()));
    assertTrue(Double.isFinite(e.fisherZ().variance()));
    AppraisalBenchmark a = new AppraisalBenchmark();
    a.generate();
    assertEquals(6, a.ephppDictionary().ratings().size());
    assertTrue(a.ephppCommonPractice().globalRating().isDetermined());
  }
}
