package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FunnelPlotProperties {

  record Study(double yi, double vi) {}

  @Provide
  Arbitrary<List<Study>> studies() {
    return Combinators.combine(Arbitraries.doubles().between(-3, 3).ofScale(3),
        Arbitraries.doubles().between(0.001, 2).ofScale(4)).as(Study::new).list().ofMinSize(1)
        .ofMaxSize(30);
  }

  private static double[][] arrays(List<Study> s) {
    double[][] out = new double[2][s.size()];
    for (int i = 0; i < s.size(); i++) {
      out[0][i] = s.get(i).yi();
      out[1][i] = s.get(i).vi();
    }
    return out;
  }

  /** The points of a group as sorted "cx,cy" strings. */
  private static List<String> points(Document doc, String cssClass) {
    List<String> out = new ArrayList<>();
    for (Element g : SvgCheck.groups(doc, cssClass)) {
      for (Element c : SvgCheck.elements(g, "circle")) {
        out.add(c.getAttribute("cx") + "," + c.getAttribute("cy"));
      }
    }
    Collections.sort(out);
    return out;
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void studyOrderDoesNotChangeTheSetOfPointsAndAnyFunnelIsLegible(
      @ForAll("studies") List<Study> studies, @ForAll("studies") List<Study> filled,
      @ForAll long seed, @ForAll boolean exp, @ForAll boolean contours) {
    double[][] a = arrays(studies);
    double[][] f = arrays(filled);
    MetaResult pooled = MetaAnalysis.commonEffect().fit(a[0], a[1]);
    List<Study> shuffled = new ArrayList<>(studies);
    Collections.shuffle(shuffled, new Random(seed));
    double[][] b = arrays(shuffled);
    FunnelPlot p = FunnelPlot.of(a[0], a[1], pooled).withFilled(f[0], f[1])
        .withTransform(exp ? Transform.EXP : Transform.NONE);
    FunnelPlot q = FunnelPlot.of(b[0], b[1], pooled).withFilled(f[0], f[1])
        .withTransform(exp ? Transform.EXP : Transform.NONE);
    if (contours) {
      p = p.withContours(0.9, 0.95, 0.99);
      q = q.withContours(0.99, 0.95, 0.9);
    }
    Document dp = SvgCheck.parse(p.toSvg());
    Document dq = SvgCheck.parse(q.toSvg());
    SvgCheck.assertLegible(dp);
    assertEquals(studies.size(), points(dp, "funnel-study").size());
    assertEquals(filled.size(), points(dp, "funnel-filled").size());
    assertEquals(points(dp, "funnel-study"), points(dq, "funnel-study"));
    assertEquals(points(dp, "funnel-filled"), points(dq, "funnel-filled"));
  }
}
