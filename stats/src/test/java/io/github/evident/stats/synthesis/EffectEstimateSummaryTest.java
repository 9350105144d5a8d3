package io.github.evident.stats.synthesis;

import static io.github.evident.stats.synthesis.References.assertClose;
import static io.github.evident.stats.synthesis.References.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Summaries of estimates against R's quantile(x, type = 7) and IQR. */
class EffectEstimateSummaryTest {

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : References.read("quantiles.json").get("cases")) {
      out.add(Arguments.of(doubles(c.get("x")).length, c));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "k = {0}")
  @MethodSource("cases")
  void matchesRQuantileType7(int k, JsonNode c) {
    EffectEstimateSummary s = EffectEstimateSummary.of(doubles(c.get("x")));
    double[] q = doubles(c.get("quantiles"));
    assertEquals(k, s.k());
    assertClose(q[0], s.minimum(), 1e-12, "minimum");
    assertClose(q[1], s.lowerQuartile(), 1e-12, "lower quartile");
    assertClose(q[2], s.median(), 1e-12, "median");
    assertClose(q[3], s.upperQuartile(), 1e-12, "upper quartile");
    assertClose(q[4], s.maximum(), 1e-12, "maximum");
    assertClose(c.get("iqr").asDouble(), s.interquartileRange(), 1e-12, "IQR");
  }

  @Test
  void keepsStudyIdsInOrder() {
    EffectEstimateSummary s =
        EffectEstimateSummary.of(
            List.of(StudyEstimate.of("gunn", 0.4), StudyEstimate.of("rash", -0.2),
                StudyEstimate.of(0.9)));
    assertEquals(Optional.of("gunn"), s.estimates().get(0).studyId());
    assertEquals("rash", s.minimumStudy().studyId().orElseThrow());
    assertEquals(Optional.empty(), s.maximumStudy().studyId());
    assertEquals(0.4, s.median());
    assertTrue(s.summary().contains("rash: -0.2000"), s.summary());
  }

  @Test
  void rejectsNonFiniteWithIndex() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> EffectEstimateSummary.of(0.1, Double.NaN));
    assertTrue(e.getMessage().contains("index 1") && e.getMessage().contains("NaN"));
    e = assertThrows(IllegalArgumentException.class,
        () -> StudyEstimate.of("gunn", Double.POSITIVE_INFINITY));
    assertTrue(e.getMessage().contains("gunn") && e.getMessage().contains("Infinity"));
    e = assertThrows(IllegalArgumentException.class, EffectEstimateSummary::of);
    assertTrue(e.getMessage().contains("at least one"));
    e = assertThrows(IllegalArgumentException.class,
        () -> new EffectEstimateSummary(List.of(StudyEstimate.of(1.0), StudyEstimate.of(2.0)),
            1.0, 1.25, 1.4, 1.75, 2.0));
    assertTrue(e.getMessage().contains("median") && e.getMessage().contains("1.4"),
        e.getMessage());
  }

  @Test
  void doesNotKeepCallersList() {
    List<StudyEstimate> list = new ArrayList<>(List.of(StudyEstimate.of(1.0)));
    EffectEstimateSummary s = EffectEstimateSummary.of(list);
    list.add(StudyEstimate.of(5.0));
    assertEquals(1, s.k());
  }
}
