package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.examples.Simulation.Cell;
import io.github.evident.examples.Simulation.Design;
import io.github.evident.examples.Simulation.Method;
import io.github.evident.examples.Simulation.Outcome;
import io.github.evident.examples.Simulation.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

  private static final Design SMALL = new Design(List.of(3, 10), List.of(0.0, 0.2), 1200, 7L);

  @Test
  void theSameSeedGivesTheSameTableWhateverTheNumberOfThreads() {
    Result one = Simulation.run(SMALL, 1);
    Result two = Simulation.run(SMALL, 2);
    Result three = Simulation.run(SMALL, 3);
    assertEquals(one.cells(), two.cells());
    assertEquals(one.cells(), three.cells());
    Result other = Simulation.run(new Design(SMALL.ks(), SMALL.tau2s(), 1200, 8L), 2);
    assertNotEquals(one.cells(), other.cells());
  }

  @Test
  void zIntervalsUnderCoverWithFewHeterogeneousStudiesAndHksjStaysNearNominal() {
    Result r = Simulation.run(SMALL, 2);
    Cell few = cell(r, 3, 0.2);
    double dl = few.outcome(Method.DL_Z).coverage();
    double remlZ = few.outcome(Method.REML_Z).coverage();
    double hksj = few.outcome(Method.REML_HKSJ).coverage();
    double pmHksj = few.outcome(Method.PM_HKSJ).coverage();
    // IntHout et al. (2014): DL-z coverage well below 95% for k = 3 with heterogeneity,
    // HKSJ close to nominal. Loose bounds: 1200 replicates give a standard error near 1%.
    assertTrue(dl < 0.90, "DL-z " + dl);
    assertTrue(remlZ < 0.90, "REML-z " + remlZ);
    assertTrue(hksj > 0.90 && hksj < 0.985, "REML-HKSJ " + hksj);
    assertTrue(pmHksj > 0.90 && pmHksj < 0.985, "PM-HKSJ " + pmHksj);
    assertTrue(hksj - dl > 0.04, "HKSJ " + hksj + " vs DL-z " + dl);
    // Without heterogeneity every method is near or above nominal.
    for (Outcome o : cell(r, 10, 0.0).outcomes()) {
      assertTrue(o.coverage() > 0.92, o.toString());
    }
    // With more studies the z interval comes closer to nominal.
    assertTrue(cell(r, 10, 0.2).outcome(Method.DL_Z).coverage() > dl);
  }

  @Test
  void theSummaryReportsCoverageFailuresAndTime() {
    Result r = Simulation.run(SMALL, 2);
    String s = r.summary();
    assertTrue(s.contains("REML-HKSJ"), s);
    assertTrue(s.contains("seed 7"), s);
    assertTrue(s.contains("Non-converged fits"), s);
    assertTrue(s.contains("Elapsed:"), s);
    assertEquals(4, r.cells().size());
    for (Cell c : r.cells()) {
      for (Outcome o : c.outcomes()) {
        assertEquals(1200, o.replicates());
        assertTrue(o.covered() + o.failed() <= o.replicates(), o.toString());
      }
    }
  }

  @Test
  void badDesignsAreRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Design(List.of(1), List.of(0.0), 10, 1L));
    assertTrue(e.getMessage().contains("was 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new Design(List.of(3), List.of(-0.1), 10, 1L));
    assertTrue(e.getMessage().contains("-0.1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new Design(List.of(3), List.of(0.1), 0, 1L));
    assertTrue(e.getMessage().contains("replicates"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Simulation.run(SMALL, 0));
    assertTrue(e.getMessage().contains("threads"), e.getMessage());
  }

  private static Cell cell(Result r, int k, double tau2) {
    return r.cells().stream().filter(c -> c.k() == k && c.tau2() == tau2).findFirst()
        .orElseThrow();
  }
}
