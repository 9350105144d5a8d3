package io.github.evident.stats.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.model.TwoByTwo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of Mantel-Haenszel and Peto pooling. */
class PoolingProperties {

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.max(1e-9 * Math.abs(expected), 1e-12), what);
  }

  @Provide
  Arbitrary<TwoByTwo> table() {
    Arbitrary<Integer> cell = Arbitraries.integers().between(1, 200);
    return Combinators.combine(cell, cell, cell, cell).as(TwoByTwo::of);
  }

  @Provide
  Arbitrary<List<TwoByTwo>> tables() {
    return table().list().ofMinSize(1).ofMaxSize(12);
  }

  /** k copies of one table pool to that table's odds ratio, ad/(bc). */
  @Property(edgeCases = EdgeCasesMode.NONE)
  void identicalTablesPoolToTheirOddsRatio(@ForAll("table") TwoByTwo t,
      @ForAll @IntRange(min = 1, max = 10) int k) {
    double expected = Math.log((double) t.a() * t.d() / ((double) t.b() * t.c()));
    PooledResult r = MantelHaenszel.oddsRatio().fit(Collections.nCopies(k, t));
    close(expected, r.estimate(), "MH log OR of " + k + " copies of " + t);
    close(0, r.q(), "Q");
  }

  /** The order of the tables changes nothing. */
  @Property(edgeCases = EdgeCasesMode.NONE)
  void orderOfTablesDoesNotMatter(@ForAll("tables") List<TwoByTwo> tables,
      @ForAll long seed) {
    List<TwoByTwo> shuffled = new ArrayList<>(tables);
    Collections.shuffle(shuffled, new Random(seed));
    for (MantelHaenszel mh : List.of(MantelHaenszel.oddsRatio(), MantelHaenszel.riskRatio(),
        MantelHaenszel.riskDifference())) {
      same(mh.fit(tables), mh.fit(shuffled));
    }
    same(Peto.oddsRatio().fit(tables), Peto.oddsRatio().fit(shuffled));
    PooledResult or = MantelHaenszel.oddsRatio().fit(tables);
    PooledResult orShuffled = MantelHaenszel.oddsRatio().fit(shuffled);
    close(or.cmh().orElseThrow().statistic(), orShuffled.cmh().orElseThrow().statistic(), "CMH");
    or.breslowDay().ifPresent(bd -> close(bd.statistic(),
        orShuffled.breslowDay().orElseThrow().statistic(), "Breslow-Day"));
  }

  /** Swapping the groups negates the log odds ratio, the log risk ratio and the difference. */
  @Property(edgeCases = EdgeCasesMode.NONE)
  void swappingTheGroupsNegatesTheEstimate(@ForAll("tables") List<TwoByTwo> tables) {
    List<TwoByTwo> swapped = tables.stream().map(t -> TwoByTwo.of(t.c(), t.d(), t.a(), t.b()))
        .toList();
    for (MantelHaenszel mh : List.of(MantelHaenszel.oddsRatio(), MantelHaenszel.riskRatio(),
        MantelHaenszel.riskDifference())) {
      PooledResult r = mh.fit(tables);
      PooledResult s = mh.fit(swapped);
      close(-r.estimate(), s.estimate(), mh + " estimate");
      close(r.standardError(), s.standardError(), mh + " se");
      close(r.q(), s.q(), mh + " Q");
    }
    close(-Peto.oddsRatio().fit(tables).estimate(), Peto.oddsRatio().fit(swapped).estimate(),
        "Peto");
  }

  private static void same(PooledResult r, PooledResult s) {
    close(r.estimate(), s.estimate(), "estimate");
    close(r.standardError(), s.standardError(), "se");
    close(r.q(), s.q(), "Q");
    assertEquals(r.qDf(), s.qDf(), "Q df");
  }
}
