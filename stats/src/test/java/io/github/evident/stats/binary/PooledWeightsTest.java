package io.github.evident.stats.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-study weights of Mantel-Haenszel and Peto pooling against metafor 3.8-1's
 * {@code weights()} of {@code rma.mh} and {@code rma.peto}: {@code metafor-binary/weights.json}
 * (see the README there), tables with zero cells, double zeros, one table, BCG and the magnesium
 * trials, to 1e-6 relative or 1e-9 absolute.
 */
class PooledWeightsTest {

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : MetaforBinaryReferenceTest.read("metafor-binary/weights.json")
        .get("cases")) {
      for (String measure : List.of("OR", "RR", "RD", "PETO")) {
        out.add(Arguments.of(c.get("name").asText() + " " + measure, c.get("inputs"),
            measure, c.get("weights").get(measure)));
      }
    }
    return out.stream();
  }

  @Test
  void everyCaseIsCompared() {
    assertEquals(5 * 4, cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void weightsAreMetaforsInPercent(String name, JsonNode inputs, String measure,
      JsonNode expected) {
    int k = inputs.size();
    int[][] cells = new int[4][k];
    for (int i = 0; i < k; i++) {
      String[] keys = {"ai", "bi", "ci", "di"};
      for (int j = 0; j < 4; j++) {
        cells[j][i] = inputs.get(i).get(keys[j]).asInt();
      }
    }
    PooledResult r = switch (measure) {
      case "OR" -> MantelHaenszel.oddsRatio().fit(cells[0], cells[1], cells[2], cells[3]);
      case "RR" -> MantelHaenszel.riskRatio().fit(cells[0], cells[1], cells[2], cells[3]);
      case "RD" -> MantelHaenszel.riskDifference().fit(cells[0], cells[1], cells[2], cells[3]);
      default -> Peto.oddsRatio().fit(cells[0], cells[1], cells[2], cells[3]);
    };
    double[] w = r.weightsPercent();
    assertEquals(k, w.length);
    for (int i = 0; i < k; i++) {
      MetaforBinaryReferenceTest.near(name + " weight " + i, expected.get(i).asDouble(), w[i]);
    }
    w[0] = -1;
    assertEquals(expected.get(0).asDouble(), r.weightsPercent()[0], 1e-6 * 100,
        "the accessor returns a copy");
  }
}
