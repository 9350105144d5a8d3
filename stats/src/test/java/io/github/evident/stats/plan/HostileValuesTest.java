package io.github.evident.stats.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.Interval;
import io.github.evident.core.json.EvidentJson;
import io.github.evident.core.model.ArmSummary;
import io.github.evident.core.model.CorrelationResult;
import io.github.evident.core.model.EffectEstimate;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.TestStatistic;
import io.github.evident.stats.meta.MetaResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One BCG trial at a time reports values the review reader accepts but from which no usable
 * effect size follows: the plan names the study and says why, keeps it out of the pooled
 * estimate and pools the other twelve as metafor does ({@code /plan/hostile-reference.json}).
 */
class HostileValuesTest {

  private static final JsonNode REF = Fixtures.json("/plan/hostile-reference.json")
      .get("bcgWithoutTrial1");

  /** BCG with trial 1's result replaced by {@code results}; trial 1 keeps its design. */
  static Review bcgWithTrial1(ReportedResult... results) {
    Review bcg = Fixtures.bcg();
    List<Study> studies = new ArrayList<>(bcg.studies());
    Study s = studies.get(0);
    Outcome o = Outcome.builder().from(s.outcomes().get(0)).results(List.of(results)).build();
    studies.set(0, Study.builder().from(s).outcomes(List.of(o)).build());
    return Review.builder().from(bcg).studies(studies).build();
  }

  private static ArmSummary arm(String group, double mean, double sd, int n) {
    return ArmSummary.builder().group(group).mean(mean).sd(sd).n(n).build();
  }

  private static PairedChange.Builder change() {
    return PairedChange.builder().from("before").to("after");
  }

  private static EffectEstimate.Builder estimate(String measure, double value) {
    return EffectEstimate.builder().measure(measure).estimate(value);
  }

  /** Values from which no effect size (or no weight) can be computed. */
  static Stream<Arguments> unusable() {
    return Stream.of(
        Arguments.of("a correlation of 1", new ReportedResult[] {CorrelationResult.of(1, 50)}),
        Arguments.of("a correlation of -1", new ReportedResult[] {CorrelationResult.of(-1, 50)}),
        Arguments.of("arm SDs of 0", new ReportedResult[] {arm("BCG", 1, 0, 10),
            arm("none", 2, 0, 10)}),
        Arguments.of("arm SDs that underflow", new ReportedResult[] {arm("BCG", 1, 1e-300, 10),
            arm("none", 2, 1e-300, 10)}),
        Arguments.of("arm SDs of 1e300", new ReportedResult[] {arm("BCG", 1, 1e300, 10),
            arm("none", 2, 1e300, 10)}),
        Arguments.of("means of ±1e300", new ReportedResult[] {arm("BCG", 1e300, 1, 10),
            arm("none", -1e300, 1, 10)}),
        Arguments.of("means of ±1e308", new ReportedResult[] {arm("BCG", 1e308, 1, 10),
            arm("none", -1e308, 1, 10)}),
        Arguments.of("a paired change with r = 1 and equal SDs", new ReportedResult[] {
            change().meanBefore(1).meanAfter(2).sdBefore(1).sdAfter(1).correlation(1).n(20)
                .build()}),
        Arguments.of("an SD of the differences that underflows", new ReportedResult[] {
            change().meanDifference(1).sdDifference(1e-300).n(20).build()}),
        Arguments.of("an SD of the differences of 1e300", new ReportedResult[] {
            change().meanDifference(1).sdDifference(1e300).n(20).build()}),
        Arguments.of("a paired t of 1e300", new ReportedResult[] {
            change().meanDifference(1).t(1e300).n(20).build()}),
        Arguments.of("an SE of 1e300", new ReportedResult[] {estimate("RR", 0.5).se(1e300)
            .build()}),
        Arguments.of("an SE of 0", new ReportedResult[] {estimate("RR", 0.5).se(0).build()}),
        Arguments.of("an SE whose square underflows", new ReportedResult[] {
            estimate("RR", 0.5).se(1e-200).build()}),
        Arguments.of("a CI whose bounds are equal", new ReportedResult[] {
            estimate("RR", 0.5).ci(new Interval(0.5, 0.5)).build()}),
        Arguments.of("a ratio CI from 0", new ReportedResult[] {
            estimate("RR", 0.5).ci(new Interval(0, 0.9)).build()}),
        Arguments.of("a risk ratio of 0", new ReportedResult[] {estimate("RR", 0).se(0.2)
            .build()}),
        Arguments.of("an estimate of 1e308", new ReportedResult[] {estimate("MD", 1e308).se(1)
            .build()}),
        Arguments.of("a CI of ±1e308", new ReportedResult[] {
            estimate("MD", 0).ci(new Interval(-1e308, 1e308)).build()}));
  }

  /** Values that give a result, though not the pooled metric or not a valid variance. */
  static Stream<Arguments> usable() {
    return Stream.of(
        Arguments.of("an SD of 0 in one arm", new ReportedResult[] {arm("BCG", 1, 0, 10),
            arm("none", 2, 1, 10)}),
        Arguments.of("one participant per arm", new ReportedResult[] {arm("BCG", 1, 1, 1),
            arm("none", 2, 1, 1)}),
        Arguments.of("a p of 0 for a paired t", new ReportedResult[] {
            change().meanDifference(1).p(PValue.exactly(0)).n(20).build()}),
        Arguments.of("an exact p of 1 for a paired t", new ReportedResult[] {
            change().meanDifference(1).p(PValue.exactly(1)).n(20).build()}),
        Arguments.of("a t with 1e300 df", new ReportedResult[] {TestStatistic.builder()
            .kind(TestStatistic.Kind.T).value(2).df(1e300).build()}),
        Arguments.of("an SE of 1e150", new ReportedResult[] {estimate("MD", 1).se(1e150)
            .build()}),
        Arguments.of("a CI a hair wide", new ReportedResult[] {
            estimate("MD", 0.5).ci(new Interval(0.5, Math.nextUp(0.5))).build()}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusable")
  void aStudyWithoutAUsableEffectIsNamedAndTheRestIsPooled(String what,
      ReportedResult[] results) {
    SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(bcgWithTrial1(results));
    ComparisonGroup g = restIsPooled(plan);
    Reason why = g.study("trial01").reasons().stream()
        .filter(r -> r.code() == ReasonCode.UNUSABLE_VALUE).findFirst().orElseThrow(
            () -> new AssertionError(what + ": no " + ReasonCode.UNUSABLE_VALUE + " in "
                + g.study("trial01")));
    assertEquals(List.of("trial01"), why.studies(), what);
    assertFalse(why.blocking(), what);
    assertTrue(why.message().startsWith("Aronson (1948), 'tuberculosis': "), why.message());
    assertTrue(why.message().contains("does not contribute"), why.message());
    why.numbers().values().forEach(v -> assertTrue(Double.isFinite(v), why.toString()));
    Reason group = g.decision().reason(ReasonCode.UNUSABLE_VALUE);
    assertEquals(List.of("trial01"), group.studies(), what);
    assertEquals(1.0, group.number("studies"), what);
    assertTrue(group.message().contains(why.message()), group.message());
    assertTrue(plan.summary().contains(why.message()), plan.summary());
    assertFalse(plan.summary().contains("00000000000"), plan.summary());
  }

  /** An SE whose square underflows: the reason holds the estimate and the variance of 0. */
  @Test
  void theNumbersOfAnUnweighableEffectAreKept() {
    SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(bcgWithTrial1(
        estimate("RR", 0.5).se(1e-200).build()));
    Reason why = plan.groups().get(0).study("trial01").reasons().get(0);
    assertEquals(ReasonCode.UNUSABLE_VALUE, why.code());
    assertEquals(Math.log(0.5), why.number("estimate"));
    assertEquals(0.0, why.number("variance"));
    assertTrue(why.message().contains("the sampling variance 0 is too small for its weight 1/v "
        + "to be a finite number"), why.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usable")
  void aStudyWithAnotherMetricIsNamedAndTheRestIsPooled(String what,
      ReportedResult[] results) {
    SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(bcgWithTrial1(results));
    ComparisonGroup g = restIsPooled(plan);
    assertFalse(g.study("trial01").has(ReasonCode.UNUSABLE_VALUE), what);
    assertFalse(g.decision().has(ReasonCode.UNUSABLE_VALUE), what);
  }

  /** Trial 1 is named as omitted; the other twelve are pooled as metafor pools them. */
  private static ComparisonGroup restIsPooled(SynthesisPlan plan) {
    assertEquals(1, plan.groups().size(), plan.summary());
    ComparisonGroup g = plan.groups().get(0);
    assertEquals(13, g.k());
    assertEquals(SynthesisMethod.META_ANALYSIS, g.decision().method(), plan.summary());
    assertEquals(12, g.decision().contributingStudies().size());
    assertFalse(g.decision().contributingStudies().contains("trial01"));
    Reason omitted = g.decision().reason(ReasonCode.STUDIES_OMITTED);
    assertEquals(List.of("trial01"), omitted.studies());
    assertTrue(omitted.message().contains("(Aronson (1948))"), omitted.message());
    MetaResult m = g.decision().metaAnalysis().orElseThrow();
    assertEquals(REF.get("k").asInt(), m.k());
    BcgPlanTest.close(REF.get("estimate").asDouble(), m.estimate(), "estimate");
    BcgPlanTest.close(REF.get("se").asDouble(), m.standardError(), "se");
    BcgPlanTest.close(REF.get("ci_lb").asDouble(), m.ci().lower(), "ci_lb");
    BcgPlanTest.close(REF.get("ci_ub").asDouble(), m.ci().upper(), "ci_ub");
    BcgPlanTest.close(REF.get("tau2").asDouble(), m.tau2(), "tau2");
    BcgPlanTest.close(REF.get("QE").asDouble(), m.q(), "QE");
    assertFinite(plan);
    return g;
  }

  /** Every number in the plan's JSON is finite, and the plan reads back unchanged. */
  static void assertFinite(SynthesisPlan plan) {
    String json = EvidentJson.write(plan);
    try {
      assertFinite(EvidentJson.strictMapper().readTree(json), "$");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(plan, EvidentJson.read(json, SynthesisPlan.class));
  }

  private static void assertFinite(JsonNode n, String path) {
    if (n.isNumber()) {
      assertTrue(Double.isFinite(n.asDouble()), path + " = " + n);
    } else if (n.isTextual()) {
      assertFalse(n.asText().matches("-?Infinity|NaN"), path + " = " + n);
    }
    n.properties().forEach(f -> assertFinite(f.getValue(), path + "." + f.getKey()));
    for (int i = 0; n.isArray() && i < n.size(); i++) {
      assertFinite(n.get(i), path + "[" + i + "]");
    }
  }
}
