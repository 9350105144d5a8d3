package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.examples.ReportedChanges.Change;
import io.github.evident.stats.effect.CorrelationSensitivity;
import io.github.evident.stats.effect.EffectSize;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the seed review's reported changes allow, against R ({@code qt}; see
 * {@code reference/make-examples-reference.R}).
 */
class ReportedChangesTest {

  private static final ReportedChanges CHANGES = ReportedChanges.of(ExampleData.seedReview());

  private static Change change(String study, String construct, String labelStart) {
    return CHANGES.changes().stream().filter(c -> c.study().equals(study)
        && c.outcome().startsWith(construct) && c.label().startsWith(labelStart))
        .findFirst().orElseThrow();
  }

  private static void assertAgainstR(Change c, String reference) {
    JsonNode ref = Reference.seed(reference);
    assertEquals(ref.get("n").asInt(), c.n().getAsInt(), reference);
    Reference.close(ref.get("t").asDouble(), c.t().getAsDouble(), reference + " t");
    EffectSize dz = c.dz().orElseThrow();
    Reference.close(ref.get("dz").asDouble(), dz.estimate(), reference + " d_z");
    Reference.close(ref.get("dz_var").asDouble(), dz.variance(), reference + " var d_z");
    Reference.close(ref.get("ci_lb").asDouble(), c.meanChangeCi().orElseThrow().lower(),
        reference + " CI lower");
    Reference.close(ref.get("ci_ub").asDouble(), c.meanChangeCi().orElseThrow().upper(),
        reference + " CI upper");
    List<CorrelationSensitivity.Row> rows = c.sensitivity().orElseThrow().rows();
    assertEquals(3, rows.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(ref.get("r").get(i).asDouble(), rows.get(i).r());
      Reference.close(ref.get("drm").get(i).asDouble(), rows.get(i).effectSize().estimate(),
          reference + " d_rm at r=" + rows.get(i).r());
    }
  }

  @Test
  void boundedPValuesGiveBoundsAtTheBound() {
    Change selfEsteem = change("gunn2016", "self-esteem", "");
    assertAgainstR(selfEsteem, "gunn2016 self-esteem");
    assertTrue(selfEsteem.derivation().startsWith("bounds only"), selfEsteem.derivation());
    assertTrue(selfEsteem.nSource().contains("sources disagree on n"), selfEsteem.nSource());
    assertAgainstR(change("litchfield2010", "quality of life", ""),
        "litchfield2010 quality of life");
    Change safety = change("decker2018", "safety behaviour", "");
    assertAgainstR(safety, "decker2018 safety behaviour");
    assertTrue(safety.nSource().startsWith("number analysed"), safety.nSource());
  }

  @Test
  void anExactPValueGivesEstimates() {
    Change condom = change("decker2018", "HIV risk behaviour", "avoidance");
    assertAgainstR(condom, "decker2018 avoidance of condom negotiation");
    // R: qt(0.04 / 2, 38) = -2.127; the report prints two decimals
    assertTrue(condom.derivation().startsWith("t(38) = -2.13 from p = 0.0400"),
        condom.derivation());
    assertTrue(condom.reported().endsWith("improvement"), condom.reported());
  }

  @Test
  void subgroupsAndNonSignificantChangesGiveNothingMore() {
    Change minors = change("gunn2016", "depression", "women who initiated");
    assertTrue(minors.n().isEmpty());
    assertTrue(minors.dz().isEmpty());
    assertEquals("the direction only: the number of pairs is unknown", minors.derivation());
    Change all = change("gunn2016", "depression", "all participants");
    assertTrue(all.dz().isEmpty());
    assertTrue(all.derivation().startsWith("nothing"), all.derivation());
    assertEquals(12, CHANGES.changes().size());
    assertEquals(5, CHANGES.changes().stream().filter(c -> c.dz().isPresent()).count());
  }

  @Test
  void tablesHaveOneRowPerChangeAndPerDerivedChange() {
    assertEquals(12, CHANGES.table().rows().size());
    assertEquals(5, CHANGES.sensitivityTable().rows().size());
    assertEquals(List.of("Study", "Outcome", "d_rm", "r = 0.2", "r = 0.5", "r = 0.8"),
        CHANGES.sensitivityTable().header());
    assertFalse(CHANGES.analysis().paragraphs().get(0).contains("NaN"));
  }
}
