package io.github.evident.report.figure;

import io.github.evident.core.svg.SvgCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.model.StudyAppraisal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;

class TrafficLightPlotProperties {

  @Provide
  Arbitrary<List<TrafficLightPlot.Row>> rows() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z')
        .withChars(' ', 'W', '&', '<', 'é').ofMinLength(1).ofMaxLength(50)
        .filter(s -> !s.isBlank());
    Arbitrary<String> rating = Arbitraries.of("Low", "Some concerns", "High", "Critical",
        "No information", "UNDETERMINED");
    Arbitrary<Integer> components = Arbitraries.integers().between(0, 9);
    return components.flatMap(n -> {
      Arbitrary<StudyAppraisal> a = rating.list().ofSize(n + 1).map(rs -> {
        StudyAppraisal.Builder b = StudyAppraisal.builder().tool("RoB 2");
        for (int i = 0; i < n; i++) {
          b.putComponentRatings("D" + (i + 1), rs.get(i));
        }
        return b.overallRating(rs.get(n)).build();
      });
      return label.list().ofMinSize(1).ofMaxSize(20).uniqueElements().flatMap(ls ->
          a.list().ofSize(ls.size()).map(as -> {
            List<TrafficLightPlot.Row> out = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
              out.add(TrafficLightPlot.Row.of(ls.get(i), as.get(i)));
            }
            return out;
          }));
    });
  }

  @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
  void anyPlotIsLegibleWithOneCirclePerRating(@ForAll("rows") List<TrafficLightPlot.Row> rows,
      @ForAll boolean numbered) {
    TrafficLightPlot p = TrafficLightPlot.of(rows).withNumberedDomains(numbered);
    Document doc = SvgCheck.parse(p.toSvg());
    SvgCheck.assertLegible(doc);
    int ratings = 0;
    for (TrafficLightPlot.Row r : rows) {
      ratings += r.appraisal().componentRatings().size() + 1;
    }
    assertEquals(ratings, TrafficLightPlotTest.cells(doc).size());
  }
}
