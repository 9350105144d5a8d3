package io.github.evident.stats.synthesis;

import static io.github.evident.stats.synthesis.References.assertClose;
import static io.github.evident.stats.synthesis.References.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Vote counting against R's binom.test, prop.test(correct = FALSE) and qbeta. */
class VoteCountingTest {

  private static final double TOL = 1e-9;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : References.read("vote-counting.json").get("cases")) {
      out.add(Arguments.of(c.get("favourable").asInt(), c.get("n").asInt(),
          c.get("confidenceLevel").asDouble(), c));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} of {1} at {2}")
  @MethodSource("cases")
  void matchesR(int u, int n, double level, JsonNode c) {
    VoteCount v = VoteCounting.withDefaults().withConfidenceLevel(level).count(u, n - u, 3);
    assertEquals(u, v.favourable());
    assertEquals(n, v.n());
    assertEquals(3, v.excluded());
    assertEquals((double) u / n, v.proportion());
    assertClose(c.get("signTestP").asDouble(), v.signTestP(), TOL, "sign test");
    assertInterval(doubles(c.get("wilson")), v.wilson(), "Wilson");
    assertInterval(doubles(c.get("clopperPearson")), v.clopperPearson(), "Clopper-Pearson");
    assertInterval(doubles(c.get("jeffreys")), v.jeffreys(), "Jeffreys");
    assertClose(c.get("signTestP").asDouble(), VoteCounting.signTest(u, n), TOL, "signTest");
  }

  private static void assertInterval(double[] expected, Interval actual, String what) {
    assertClose(expected[0], actual.lower(), TOL, what + " lower");
    assertClose(expected[1], actual.upper(), TOL, what + " upper");
  }

  @Test
  void handbookExample() {
    // worked example from the Cochrane Handbook ch. 12:
    // 10 of 12 studies, 83% (95% CI 55% to 95%), P = 0.039
    VoteCount v = VoteCounting.withDefaults().count(10, 2, 0);
    assertEquals(0.83, v.proportion(), 0.005);
    assertEquals(0.55, v.wilson().lower(), 0.005);
    assertEquals(0.95, v.wilson().upper(), 0.005);
    assertEquals(0.039, v.signTestP(), 0.0005);
    assertEquals(
        "10 of 12 favour (83.33%, 95% Wilson CI [55.20%, 95.30%]), 0 excluded, sign test "
            + "p = 0.0386",
        v.toString());
  }

  @Test
  void countsDirections() {
    VoteCount v =
        VoteCounting.withDefaults()
            .count(List.of(EffectDirection.IMPROVEMENT, EffectDirection.NO_CHANGE,
                EffectDirection.DETERIORATION, EffectDirection.IMPROVEMENT,
                EffectDirection.CONFLICTING));
    assertEquals(2, v.favourable());
    assertEquals(1, v.unfavourable());
    assertEquals(2, v.excluded());
  }

  @Test
  void rejectsBadCounts() {
    VoteCounting vc = VoteCounting.withDefaults();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> vc.count(-1, 3, 0));
    assertTrue(e.getMessage().contains("favourable") && e.getMessage().contains("-1"));
    e = assertThrows(IllegalArgumentException.class, () -> vc.count(0, 0, 4));
    assertTrue(e.getMessage().contains("no study has a direction"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> vc.withConfidenceLevel(1.0));
    assertTrue(e.getMessage().contains("confidenceLevel") && e.getMessage().contains("1.0"));
    e = assertThrows(IllegalArgumentException.class, () -> VoteCounting.signTest(5, 4));
    assertTrue(e.getMessage().contains("was 5"), e.getMessage());
  }
}
