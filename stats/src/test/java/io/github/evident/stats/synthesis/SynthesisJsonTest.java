package io.github.evident.stats.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.json.EvidentJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Result values survive a round trip through Evident's strict JSON mapper. */
class SynthesisJsonTest {

  @Test
  void combinedPValueRoundTrips() {
    CombinedPValue r = PValueCombination.fisher(0.01, 0.02, 0.3, 0.5);
    String json = EvidentJson.write(r);
    assertEquals(r, EvidentJson.read(json, CombinedPValue.class));
    CombinedPValue e = PValueCombination.edgington(0.01, 0.02, 0.3, 0.5);
    String json2 = EvidentJson.write(e);
    assertTrue(!json2.contains("degreesOfFreedom"), json2);
    assertEquals(e, EvidentJson.read(json2, CombinedPValue.class));
  }

  @Test
  void voteCountRoundTrips() {
    VoteCount v = VoteCounting.withDefaults().count(10, 2, 1);
    String json = EvidentJson.write(v);
    assertEquals(v, EvidentJson.read(json, VoteCount.class));
  }

  @Test
  void estimateSummaryRoundTripsAndIsCheckedOnReading() {
    EffectEstimateSummary s =
        EffectEstimateSummary.of(
            List.of(StudyEstimate.of("gunn", 0.4), StudyEstimate.of(-0.2),
                StudyEstimate.of("rash", 1.1)));
    String json = EvidentJson.write(s);
    assertEquals(s, EvidentJson.read(json, EffectEstimateSummary.class));
    String tampered = json.replace("\"median\" : 0.4", "\"median\" : 0.5");
    assertTrue(!tampered.equals(json), json);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> EvidentJson.read(tampered, EffectEstimateSummary.class));
    assertTrue(e.getMessage().contains("median"), e.getMessage());
  }
}
