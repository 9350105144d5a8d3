package io.github.evident.stats.synthesis;

import static io.github.evident.stats.synthesis.References.assertClose;
import static io.github.evident.stats.synthesis.References.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Combined p values against R's metap 1.8 (and Rmpfr for exact Irwin-Hall tails). */
class PValueCombinationTest {

  private static final double TOL = 1e-9;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : References.read("p-combination.json").get("cases")) {
      out.add(Arguments.of(c.get("name").asText(), c));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fisherMatchesSumlog(String name, JsonNode c) {
    CombinedPValue r = PValueCombination.fisher(doubles(c.get("p")));
    JsonNode ref = c.get("fisher");
    assertClose(ref.get("statistic").asDouble(), r.statistic(), TOL, "statistic");
    assertEquals(ref.get("df").asInt(), r.degreesOfFreedom().getAsInt());
    assertClose(ref.get("p").asDouble(), r.pValue(), TOL, "p");
    assertEquals(NullDistribution.CHI_SQUARED, r.distribution());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void stoufferMatchesSumz(String name, JsonNode c) {
    double[] p = doubles(c.get("p"));
    CombinedPValue r = PValueCombination.stouffer(p);
    JsonNode ref = c.get("stouffer");
    if (ref == null) { // metap drops p = 1; the limit is a combined p of 1
      assertEquals(Double.NEGATIVE_INFINITY, r.statistic());
      assertEquals(1.0, r.pValue());
      return;
    }
    assertClose(ref.get("statistic").asDouble(), r.statistic(), TOL, "statistic");
    assertClose(ref.get("p").asDouble(), r.pValue(), TOL, "p");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void logitMatchesLogitp(String name, JsonNode c) {
    CombinedPValue r = PValueCombination.logit(doubles(c.get("p")));
    JsonNode ref = c.get("logit");
    if (ref == null) {
      assertEquals(Double.NEGATIVE_INFINITY, r.statistic());
      assertEquals(1.0, r.pValue());
      return;
    }
    assertClose(ref.get("statistic").asDouble(), r.statistic(), TOL, "statistic");
    assertEquals(ref.get("df").asInt(), r.degreesOfFreedom().getAsInt());
    assertClose(ref.get("p").asDouble(), r.pValue(), TOL, "p");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tippettMatchesMinimump(String name, JsonNode c) {
    CombinedPValue r = PValueCombination.tippett(doubles(c.get("p")));
    JsonNode ref = c.get("tippett");
    assertClose(ref.get("statistic").asDouble(), r.statistic(), TOL, "statistic");
    assertClose(ref.get("p").asDouble(), r.pValue(), TOL, "p");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void edgingtonMatchesSumpOrExactOrMeanp(String name, JsonNode c) {
    double[] p = doubles(c.get("p"));
    CombinedPValue r = PValueCombination.edgington(p);
    JsonNode ref = c.get("edgington");
    assertClose(ref.get("statistic").asDouble(), r.statistic(), TOL, "statistic");
    assertClose(ref.get("p").asDouble(), r.pValue(), TOL, "p");
    NullDistribution expected =
        ref.get("engine").asText().equals("metap::meanp")
            ? NullDistribution.IRWIN_HALL_NORMAL_APPROXIMATION
            : NullDistribution.IRWIN_HALL;
    assertEquals(expected, r.distribution());
  }

  static Stream<Arguments> weighted() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : References.read("p-combination.json").get("weighted")) {
      out.add(Arguments.of(c.get("name").asText(), c));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("weighted")
  void weightedStoufferMatchesSumzWithWeights(String name, JsonNode c) {
    double[] p = doubles(c.get("p"));
    CombinedPValue r =
        c.has("weights")
            ? PValueCombination.weightedStouffer(p, doubles(c.get("weights")))
            : PValueCombination.weightedStoufferBySampleSize(p, References.ints(c.get("n")));
    assertEquals(PValueMethod.WEIGHTED_STOUFFER, r.method());
    assertClose(c.get("statistic").asDouble(), r.statistic(), TOL, "statistic");
    assertClose(c.get("pvalue").asDouble(), r.pValue(), TOL, "p");
  }

  @Test
  void handbookGoldenValue() {
    // worked example (Cochrane Handbook ch. 12, as in the project notes):
    // chi-squared 20.83 on 8 df, p = 0.00762
    CombinedPValue r = PValueCombination.fisher(0.01, 0.02, 0.3, 0.5);
    assertEquals(20.83, r.statistic(), 0.005);
    assertEquals(8, r.degreesOfFreedom().getAsInt());
    assertEquals(0.00762, r.pValue(), 0.000005);
    assertEquals("Fisher: statistic = 20.8286, chi-squared(8), p = 0.0076 (k = 4)", r.toString());
  }

  @Test
  void oneSidedHalvesOrComplements() {
    assertEquals(0.02, PValueCombination.oneSided(0.04, true));
    assertEquals(0.98, PValueCombination.oneSided(0.04, false));
    double[] p = PValueCombination.oneSided(new double[] {0.04, 1.0}, new boolean[] {true, false});
    assertEquals(0.02, p[0]);
    assertEquals(0.5, p[1]);
  }

  @Test
  void invalidInputNamesStudyIndexAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PValueCombination.fisher(0.2, 0.1, Double.NaN));
    assertTrue(e.getMessage().contains("index 2") && e.getMessage().contains("NaN"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PValueCombination.stouffer(0.0, 0.5));
    assertTrue(e.getMessage().contains("index 0") && e.getMessage().contains("0.0"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PValueCombination.tippett(0.5, 1.5));
    assertTrue(e.getMessage().contains("index 1") && e.getMessage().contains("1.5"));
    e = assertThrows(IllegalArgumentException.class, () -> PValueCombination.logit(0.5));
    assertTrue(e.getMessage().contains("at least two"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PValueCombination.weightedStoufferBySampleSize(
            new double[] {0.1, 0.2}, new int[] {10, 0}));
    assertTrue(e.getMessage().contains("index 1") && e.getMessage().contains("was 0"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PValueCombination.weightedStouffer(new double[] {0.1, 0.2}, new double[] {1}));
    assertTrue(e.getMessage().contains("1 weights for 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PValueCombination.weightedStouffer(
            new double[] {0.1, 0.2}, new double[] {1, Double.NaN}));
    assertTrue(e.getMessage().contains("index 1") && e.getMessage().contains("NaN"));
    e = assertThrows(IllegalArgumentException.class,
        () -> PValueCombination.oneSided(new double[] {0.1, -0.2}, new boolean[] {true, true}));
    assertTrue(e.getMessage().contains("index 1") && e.getMessage().contains("-0.2"));
  }

  @Test
  void inputArrayIsNotModified() {
    double[] p = {0.3, 0.01, 0.2};
    PValueCombination.edgington(p);
    PValueCombination.tippett(p);
    assertEquals(0.3, p[0]);
    assertEquals(0.01, p[1]);
    assertEquals(0.2, p[2]);
  }
}
