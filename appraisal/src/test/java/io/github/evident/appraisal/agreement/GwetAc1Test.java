package io.github.evident.appraisal.agreement;

import static io.github.evident.appraisal.agreement.CohensKappaTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Gwet's AC1 against gwet-ac1.R and against irrCAC's published output (see README.md). */
class GwetAc1Test {

  private static final double TOL = 1e-9;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode c : References.read("gwet-ac1.json").get("cases")) {
      cases.add(Arguments.of(c.get("name").asText(), c));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGwetFormulasInR(String name, JsonNode c) {
    GwetAc1Result r = Agreement.gwetAc1(References.table(c.get("table")));
    assertEquals(c.get("ac1").asDouble(), r.ac1(), TOL, "ac1");
    assertEquals(c.get("pa").asDouble(), r.observedAgreement(), TOL, "pa");
    assertEquals(c.get("pe").asDouble(), r.expectedAgreement(), TOL, "pe");
    assertEquals(c.get("variance").asDouble(), r.variance(), TOL, "variance");
    assertEquals(c.get("se").asDouble(), r.standardError(), TOL, "se");
    assertEquals(c.get("ci_normal").get(0).asDouble(), r.waldCi(0.95).lower(), TOL, "ci lower");
    assertEquals(c.get("ci_normal").get(1).asDouble(), r.waldCi(0.95).upper(), TOL, "ci upper");
    double p = c.get("p_normal").asDouble();
    assertEquals(p, r.pValue(), 1e-6 * p + 1e-300, "p");
  }

  // irrCAC gwet.ac1.table, 3 decimals; its CI is AC1 +- t_{0.975, n-1} se
  @Test
  void matchesIrrCacAbstractors() {
    GwetAc1Result r = Agreement.gwetAc1(new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
    assertEquals(0.849, r.ac1(), 5e-4);
    double t = new TDistribution(99).inverseCumulativeProbability(0.975);
    assertEquals(0.764, r.ac1() - t * r.standardError(), 5e-4);
    assertEquals(0.935, r.ac1() + t * r.standardError(), 5e-4);
  }

  @Test
  void matchesIrrCacDiagnosis() {
    GwetAc1Result r =
        Agreement.gwetAc1(
            new int[][] {{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}});
    assertEquals(0.456, r.ac1(), 5e-4);
    assertEquals(0.043, r.standardError(), 5e-4);
    double t = new TDistribution(222).inverseCumulativeProbability(0.975);
    assertEquals(0.371, r.ac1() - t * r.standardError(), 5e-4);
    assertEquals(0.542, r.ac1() + t * r.standardError(), 5e-4);
  }

  @Test
  void resistsTheKappaParadox() {
    // one category dominates: high percent agreement, kappa near zero, AC1 high (gwet-ac1.json)
    int[][] t = {{118, 5}, {2, 0}};
    assertTrue(Agreement.percentAgreement(t) > 94);
    assertTrue(Agreement.cohensKappa(t).kappa() < 0);
    assertTrue(Agreement.gwetAc1(t).ac1() > 0.9);
  }

  @Test
  void rejectsInvalidTables() {
    assertMessage(() -> Agreement.gwetAc1(new int[][] {{1, 2}}), "must be square");
    assertMessage(() -> Agreement.gwetAc1(new int[][] {{1, 2}, {-1, 0}}), "table[1][0]");
    assertMessage(() -> Agreement.gwetAc1(new int[][] {{4}}), "at least 2 categories");
    assertMessage(() -> Agreement.gwetAc1(new int[][] {{0, 0}, {0, 0}}), "total was 0");
  }

  @Test
  void toStringIsOneLine() {
    String s = Agreement.gwetAc1(new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}}).toString();
    assertTrue(s.startsWith("AC1 = 0.8493, 95% CI [0.7646, 0.9340]"), s);
  }
}
