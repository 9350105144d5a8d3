package io.github.evident.core.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The PRISMA arithmetic holds for flows that add up by construction, and catches any slip. */
class PrismaFlowProperties {

  /** A complete flow, both columns, whose counts add up by construction. */
  static PrismaFlow.Builder consistent(long seed) {
    Random r = new Random(seed);
    PrismaFlow.Builder b = PrismaFlow.builder();
    int identified = 0;
    int sources = 1 + r.nextInt(4);
    for (int i = 0; i < sources; i++) {
      int n = r.nextInt(50_000);
      b.putRecordsBySource("source " + i, n);
      identified += n;
    }
    int duplicates = part(r, identified);
    int automation = part(r, identified - duplicates);
    int other = part(r, identified - duplicates - automation);
    int screened = identified - duplicates - automation - other;
    int recordsExcluded = part(r, screened);
    int sought = screened - recordsExcluded;
    int notRetrieved = part(r, sought);
    int assessed = sought - notRetrieved;
    int reasonA = part(r, assessed);
    int reasonB = part(r, assessed - reasonA);
    int otherSought = r.nextInt(100);
    int otherNotRetrieved = part(r, otherSought);
    int otherAssessed = otherSought - otherNotRetrieved;
    int otherExcluded = part(r, otherAssessed);
    int reportsIncluded = assessed - reasonA - reasonB + otherAssessed - otherExcluded;
    return b.recordsIdentified(identified).duplicatesRemoved(duplicates)
        .automationRemoved(automation).otherRemoved(other).recordsScreened(screened)
        .recordsExcluded(recordsExcluded).reportsSought(sought).reportsNotRetrieved(notRetrieved)
        .reportsAssessed(assessed).putReportsExcludedByReason("wrong population", reasonA)
        .putReportsExcludedByReason("wrong outcome", reasonB).reportsExcluded(reasonA + reasonB)
        .putOtherRecordsBySource("citation searching", otherSought)
        .otherReportsSought(otherSought).otherReportsNotRetrieved(otherNotRetrieved)
        .otherReportsAssessed(otherAssessed).otherReportsExcluded(otherExcluded)
        .reportsIncluded(reportsIncluded).studiesIncluded(part(r, reportsIncluded));
  }

  private static int part(Random r, int of) {
    return of == 0 ? 0 : r.nextInt(of + 1);
  }

  @Property(tries = 100)
  void aFlowThatAddsUpHasNoFindings(@ForAll long seed) {
    PrismaCheck c = consistent(seed).build().check();
    assertTrue(c.findings().isEmpty(), c::summary);
  }

  @Property(tries = 100)
  void oneCountOffByOneViolatesItsRule(@ForAll long seed, @ForAll @IntRange(max = 5) int which) {
    PrismaFlow f = consistent(seed).build();
    PrismaFlow.Builder b = consistent(seed);
    String rule;
    switch (which) {
      case 0 -> {
        b.recordsIdentified(f.recordsIdentified().getAsInt() + 1);
        rule = "identified-sum";
      }
      case 1 -> {
        b.duplicatesRemoved(f.duplicatesRemoved().getAsInt() + 1);
        rule = "screened";
      }
      case 2 -> {
        b.reportsNotRetrieved(f.reportsNotRetrieved().getAsInt() + 1);
        rule = "assessed";
      }
      case 3 -> {
        b.otherReportsNotRetrieved(f.otherReportsNotRetrieved().getAsInt() + 1);
        rule = "assessed-other";
      }
      case 4 -> {
        b.reportsExcluded(f.reportsExcluded().getAsInt() + 1);
        rule = "reasons-sum";
      }
      default -> {
        b.studiesIncluded(f.reportsIncluded().getAsInt() + 1);
        rule = "studies-reports";
      }
    }
    PrismaCheck c = b.build().check();
    List<String> violated = c.violations().stream().map(PrismaCheck.Finding::rule).toList();
    assertTrue(violated.contains(rule), () -> rule + " not in " + c.summary());
  }
}
