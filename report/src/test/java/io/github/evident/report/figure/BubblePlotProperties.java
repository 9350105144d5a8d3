package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.svg.SvgCheck;
import io.github.evident.stats.meta.MetaRegression;
import io.github.evident.stats.meta.Moderators;
import io.github.evident.stats.meta.RegressionResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BubblePlotProperties {

  record Study(double yi, double vi, double x) {}

  @Provide
  Arbitrary<List<Study>> studies() {
    return Combinators.combine(Arbitraries.doubles().between(-3, 3).ofScale(3),
        Arbitraries.doubles().between(0.001, 2).ofScale(4),
        Arbitraries.doubles().between(-50, 100).ofScale(1)).as(Study::new).list().ofMinSize(3)
        .ofMaxSize(30);
  }

  private static double[][] arrays(List<Study> s) {
    double[][] out = new double[3][s.size()];
    for (int i = 0; i < s.size(); i++) {
      out[0][i] = s.get(i).yi();
      out[1][i] = s.get(i).vi();
      out[2][i] = s.get(i).x();
    }
    return out;
  }

  /** The circles as sorted "cx,cy,r" strings. */
  private static List<String> circles(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element c : SvgCheck.elements(SvgCheck.groups(doc, "bubble-study").get(0), "circle")) {
      out.add(c.getAttribute("cx") + "," + c.getAttribute("cy") + "," + c.getAttribute("r"));
    }
    Collections.sort(out);
    return out;
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void studyOrderDoesNotChangeTheSetOfPointsAndAnyBubblePlotIsLegible(
      @ForAll("studies") List<Study> studies, @ForAll long seed, @ForAll boolean exp) {
    double[][] a = arrays(studies);
    Assume.that(studies.stream().mapToDouble(Study::x).distinct().count() > 1);
    RegressionResult reg = MetaRegression.commonEffect().fit(a[0], a[1],
        Moderators.of("x", a[2]));
    List<Study> shuffled = new ArrayList<>(studies);
    Collections.shuffle(shuffled, new Random(seed));
    double[][] b = arrays(shuffled);
    Transform t = exp ? Transform.EXP : Transform.NONE;
    Document dp = SvgCheck.parse(BubblePlot.of(a[0], a[1], reg, "x", a[2]).withTransform(t)
        .toSvg());
    Document dq = SvgCheck.parse(BubblePlot.of(b[0], b[1], reg, "x", b[2]).withTransform(t)
        .toSvg());
    SvgCheck.assertLegible(dp);
    assertEquals(studies.size(), circles(dp).size());
    assertEquals(circles(dp), circles(dq));
  }
}
