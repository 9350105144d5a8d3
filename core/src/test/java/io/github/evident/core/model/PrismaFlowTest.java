package io.github.evident.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrismaFlowTest {

  /** A complete, consistent flow (the numbers add up by construction). */
  private static PrismaFlow.Builder consistent() {
    return PrismaFlow.builder()
        .putRecordsBySource("MEDLINE", 600).putRecordsBySource("EMBASE", 400)
        .recordsIdentified(1000).duplicatesRemoved(150).automationRemoved(30).otherRemoved(20)
        .recordsScreened(800).recordsExcluded(700)
        .reportsSought(100).reportsNotRetrieved(10).reportsAssessed(90)
        .putReportsExcludedByReason("wrong population", 50)
        .putReportsExcludedByReason("no validated outcome", 28).reportsExcluded(78)
        .putOtherRecordsBySource("citation searching", 5).otherReportsSought(5)
        .otherReportsNotRetrieved(1).otherReportsAssessed(4).otherReportsExcluded(2)
        .reportsIncluded(14).studiesIncluded(12);
  }

  private static List<String> rules(List<PrismaCheck.Finding> fs) {
    return fs.stream().map(PrismaCheck.Finding::rule).toList();
  }

  @Test
  void aConsistentFlowHasNoFindings() {
    PrismaCheck c = consistent().build().check();
    assertTrue(c.findings().isEmpty(), c::summary);
    assertTrue(c.consistent());
  }

  @Test
  void listsEveryViolationAtOnce() {
    PrismaCheck c = consistent().recordsIdentified(1001).recordsScreened(801)
        .reportsAssessed(91).reportsExcluded(77).reportsIncluded(15).studiesIncluded(16)
        .build().check();
    assertEquals(List.of("identified-sum", "assessed", "reasons-sum", "included-reports",
        "studies-reports"),
        rules(c.violations()), c::summary);
    assertEquals(List.of("sought"), rules(c.warnings()), c::summary);
  }

  @Test
  void eachRuleOnItsOwn() {
    assertEquals(List.of("identified-sum"),
        rules(consistent().recordsIdentified(999).recordsScreened(799).build().check()
            .violations()));
    assertEquals(List.of("screened"),
        rules(consistent().duplicatesRemoved(151).build().check().violations()));
    assertEquals(List.of("assessed"),
        rules(consistent().reportsNotRetrieved(11).build().check().violations()));
    assertEquals(List.of("assessed-other"),
        rules(consistent().otherReportsNotRetrieved(2).build().check().violations()));
    assertEquals(List.of("reasons-sum"),
        rules(consistent().reportsExcluded(79).reportsIncluded(13).build().check()
            .violations()));
    assertEquals(List.of("included-reports"),
        rules(consistent().reportsIncluded(13).build().check().violations()));
    assertEquals(List.of("studies-reports"),
        rules(consistent().studiesIncluded(15).build().check().violations()));
  }

  @Test
  void violationMessagesGiveTheNumbers() {
    PrismaCheck.Finding f = consistent().duplicatesRemoved(151).build().check()
        .violations().get(0);
    assertEquals("records screened (800) ≠ identified (1000) − removed before screening (201)"
        + " = 799", f.message());
  }

  @Test
  void soughtIsOnlyAWarning() {
    PrismaCheck c = consistent().recordsExcluded(690).build().check();
    assertTrue(c.consistent());
    assertEquals(List.of("sought"), rules(c.warnings()));
  }

  @Test
  void missingCountsMakeRulesUncheckedNotViolated() {
    PrismaCheck c = PrismaFlow.builder().recordsIdentified(19202).reportsAssessed(70)
        .studiesIncluded(10).reportsIncluded(10).build().check();
    assertTrue(c.consistent());
    assertEquals(List.of("screened", "assessed", "included-reports", "sought"),
        rules(c.notChecked()), c::summary);
    assertTrue(c.notChecked().get(2).message().contains("reports excluded"), c::summary);
  }

  @Test
  void reasonsStandInForAMissingTotal() {
    PrismaCheck c = consistent().reportsExcluded(java.util.OptionalInt.empty()).build()
        .check();
    assertEquals(List.of("reasons-sum"), rules(c.notChecked()), c::summary);
    assertTrue(c.violations().isEmpty(), c::summary);
  }

  @Test
  void reviewWarnsWhenPrismaAndStudyListDisagree() {
    Review r = Review.builder().title("t")
        .prisma(PrismaFlow.builder().studiesIncluded(3).build()).build();
    assertEquals(List.of("prisma.studiesIncluded"),
        r.warnings().stream().map(ValidationWarning::field).toList());
  }

  @Test
  void anUncheckedOtherColumnNamesItsMissingCount() {
    PrismaCheck c = consistent().otherReportsExcluded(java.util.OptionalInt.empty()).build()
        .check();
    assertEquals(List.of("included-reports"), rules(c.notChecked()), c::summary);
    assertEquals("not reported: reports excluded (other methods)", c.notChecked().get(0).message());
  }

  @Test
  void hugeCountsDoNotWrapAround() {
    // the removals add up to 2^32, which wraps to 0 in int arithmetic: 5 - 0 = 5 screened
    PrismaCheck removals = PrismaFlow.builder().recordsIdentified(5)
        .duplicatesRemoved(Integer.MAX_VALUE).automationRemoved(Integer.MAX_VALUE)
        .otherRemoved(2).recordsScreened(5).build().check();
    assertEquals(List.of("screened"), rules(removals.violations()), removals::summary);
    assertEquals("records screened (5) ≠ identified (5) − removed before screening (4294967296)"
        + " = -4294967291", removals.violations().get(0).message());
    // two sources of 2^31 - 1 records each sum to 2^32 - 2, which wraps to -2
    PrismaCheck sources = PrismaFlow.builder().putRecordsBySource("a", Integer.MAX_VALUE)
        .putRecordsBySource("b", Integer.MAX_VALUE).recordsIdentified(Integer.MAX_VALUE)
        .build().check();
    assertEquals("records identified (2147483647) ≠ sum over sources (4294967294)",
        sources.violations().get(0).message());
  }

  @Test
  void sourcesAndReasonsNeedANameAndACount() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> PrismaFlow.builder().putRecordsBySource(" ", 12).build());
    assertEquals("prisma.recordsBySource key must not be blank, was ' '", e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PrismaFlow.builder().putReportsExcludedByReason("wrong design", -1).build());
    assertEquals("prisma.reportsExcludedByReason[wrong design] must not be negative, was -1",
        e.getMessage());
  }
}
