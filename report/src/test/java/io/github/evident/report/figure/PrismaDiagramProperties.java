package io.github.evident.report.figure;

import io.github.evident.core.model.PrismaFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.svg.SvgParsing;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.w3c.dom.Document;

class PrismaDiagramProperties {

  private static Arbitrary<Integer> count() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
        Tuple.of(4, Arbitraries.integers().between(0, 999)),
        Tuple.of(3, Arbitraries.integers().between(1000, Integer.MAX_VALUE)));
  }

  private static Arbitrary<String> label() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ' ', 'W', '&', '<', 'é')
        .ofMinLength(1).ofMaxLength(70).filter(s -> !s.isBlank());
  }

  private static Arbitrary<Map<String, Integer>> byLabel() {
    return Arbitraries.maps(label(), count()).ofMaxSize(6);
  }

  @Provide
  Arbitrary<PrismaFlow> flows() {
    double p = 0.6;
    return Builders.withBuilder(PrismaFlow::builder)
        .use(byLabel()).withProbability(p).in((b, m) -> b.putAllRecordsBySource(m))
        .use(count()).withProbability(p).in((b, v) -> b.recordsIdentified(v))
        .use(count()).withProbability(p).in((b, v) -> b.duplicatesRemoved(v))
        .use(count()).withProbability(p).in((b, v) -> b.automationRemoved(v))
        .use(count()).withProbability(p).in((b, v) -> b.otherRemoved(v))
        .use(count()).withProbability(p).in((b, v) -> b.recordsScreened(v))
        .use(count()).withProbability(p).in((b, v) -> b.recordsExcluded(v))
        .use(count()).withProbability(p).in((b, v) -> b.reportsSought(v))
        .use(count()).withProbability(p).in((b, v) -> b.reportsNotRetrieved(v))
        .use(count()).withProbability(p).in((b, v) -> b.reportsAssessed(v))
        .use(count()).withProbability(p).in((b, v) -> b.reportsExcluded(v))
        .use(byLabel()).withProbability(p).in((b, m) -> b.putAllReportsExcludedByReason(m))
        .use(byLabel()).withProbability(0.3).in((b, m) -> b.putAllOtherRecordsBySource(m))
        .use(count()).withProbability(0.3).in((b, v) -> b.otherReportsSought(v))
        .use(count()).withProbability(0.3).in((b, v) -> b.otherReportsNotRetrieved(v))
        .use(count()).withProbability(0.3).in((b, v) -> b.otherReportsAssessed(v))
        .use(count()).withProbability(0.3).in((b, v) -> b.otherReportsExcluded(v))
        .use(count()).withProbability(p).in((b, v) -> b.studiesIncluded(v))
        .use(count()).withProbability(p).in((b, v) -> b.reportsIncluded(v))
        .build(PrismaFlow.Builder::build);
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
  void anyFlowGivesALegibleDiagramOfExactlyItsCounts(@ForAll("flows") PrismaFlow flow) {
    PrismaDiagram d = PrismaDiagram.of(flow);
    String svg = d.toSvg();
    assertEquals(svg, PrismaDiagram.of(flow).toSvg());
    Document doc = SvgParsing.parse(svg);
    PrismaDiagramTest.assertLegible(doc);
    String desc = SvgParsing.elements(doc, "desc").get(0).getTextContent();
    expect(desc, "Records screened", flow.recordsScreened());
    expect(desc, "Records excluded", flow.recordsExcluded());
    expect(desc, "Reports not retrieved", flow.reportsNotRetrieved());
    expect(desc, "Reports assessed for eligibility", flow.reportsAssessed());
    expect(desc, "Duplicate records removed", flow.duplicatesRemoved());
    expect(desc, "Studies included in review", flow.studiesIncluded());
    expect(desc, "Reports of included studies", flow.reportsIncluded());
    expect(desc, "Records identified from databases and registers", flow.recordsIdentified());
    Function<OptionalInt, Boolean> missing = OptionalInt::isEmpty;
    boolean anyMissing = missing.apply(flow.recordsScreened())
        || missing.apply(flow.studiesIncluded()) || missing.apply(flow.recordsExcluded());
    if (anyMissing) {
      assertTrue(SvgParsing.allText(doc).contains("NR: not reported."));
    }
    assertEquals(d.hasOtherMethods(),
        SvgParsing.allText(doc).contains("Identification of new studies via other methods"));
  }

  private static void expect(String desc, String label, OptionalInt count) {
    String n = count.isPresent() ? Integer.toString(count.getAsInt()) : "NR";
    assertTrue(desc.contains(label + " (n = " + n + ")"), () -> label + " " + n + " in " + desc);
  }
}
