package io.github.evident.stats.effect;

import static io.github.evident.stats.effect.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every escalc measure covered by the shared metafor 3.8-1 cases ({@code /metafor/*.json}, see
 * the README there) reproduces metafor's yi and vi.
 */
class MetaforReferenceTest {

  static Stream<Arguments> cases() {
    Function<JsonNode, EffectSize> rr = r -> EffectSizes.logRiskRatio(
        r.get("tpos").asInt(), r.get("tneg").asInt(), r.get("cpos").asInt(), r.get("cneg").asInt());
    Function<JsonNode, EffectSize> or = r -> EffectSizes.logOddsRatio(
        r.get("tpos").asInt(), r.get("tneg").asInt(), r.get("cpos").asInt(), r.get("cneg").asInt());
    Function<JsonNode, EffectSize> rd = r -> EffectSizes.riskDifference(
        r.get("tpos").asInt(), r.get("tneg").asInt(), r.get("cpos").asInt(), r.get("cneg").asInt());
    Function<JsonNode, EffectSize> smd = r -> EffectSizes.smd(
        d(r, "m1i"), d(r, "sd1i"), i(r, "n1i"), d(r, "m2i"), d(r, "sd2i"), i(r, "n2i"));
    Function<JsonNode, EffectSize> md = r -> EffectSizes.meanDifference(
        d(r, "m1i"), d(r, "sd1i"), i(r, "n1i"), d(r, "m2i"), d(r, "sd2i"), i(r, "n2i"));
    Function<JsonNode, EffectSize> rom = r -> EffectSizes.logRatioOfMeans(
        d(r, "m1i"), d(r, "sd1i"), i(r, "n1i"), d(r, "m2i"), d(r, "sd2i"), i(r, "n2i"));
    Function<JsonNode, EffectSize> zcor = r -> EffectSizes.fisherZ(d(r, "ri"), i(r, "ni"));
    Function<JsonNode, EffectSize> cor = r -> EffectSizes.correlation(d(r, "ri"), i(r, "ni"));
    // escalc("SMCR", m1i = m_post, m2i = m_pre, sd1i = sd_pre, ni, ri)
    Function<JsonNode, EffectSize> smcr = r -> EffectSizes.smcr(
        d(r, "m_post"), d(r, "m_pre"), d(r, "sd_pre"), i(r, "ni"), d(r, "ri"));
    // escalc("SMCC"/"MC", m1i = m_post, m2i = m_pre, sd1i = sd_post, sd2i = sd_pre, ni, ri)
    Function<JsonNode, EffectSize> smcc = r -> EffectSizes.smcc(
        d(r, "m_post"), d(r, "m_pre"), d(r, "sd_post"), d(r, "sd_pre"), i(r, "ni"), d(r, "ri"));
    Function<JsonNode, EffectSize> mc = r -> EffectSizes.meanChange(
        d(r, "m_post"), d(r, "m_pre"), d(r, "sd_post"), d(r, "sd_pre"), i(r, "ni"), d(r, "ri"));
    return Stream.of(
        Arguments.of("bcg_rr", Measure.RR, rr),
        Arguments.of("bcg_or", Measure.OR, or),
        Arguments.of("bcg_rd", Measure.RD, rd),
        Arguments.of("normand1999_smd", Measure.SMD, smd),
        Arguments.of("normand1999_md", Measure.MD, md),
        Arguments.of("normand1999_rom", Measure.ROM, rom),
        Arguments.of("molloy2014_zcor", Measure.ZCOR, zcor),
        Arguments.of("molloy2014_cor", Measure.COR, cor),
        Arguments.of("morris2008_smcr", Measure.SMCR, smcr),
        Arguments.of("morris2008_smcc", Measure.SMCC, smcc),
        Arguments.of("morris2008_mc", Measure.MC, mc));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reproducesMetaforYiAndVi(String name, Measure measure, Function<JsonNode, EffectSize> f) {
    JsonNode doc = Reference.load("/metafor/" + name + ".json");
    assertEquals(measure.name(), doc.get("measure").asText());
    JsonNode inputs = doc.get("inputs");
    for (int k = 0; k < inputs.size(); k++) {
      EffectSize es = f.apply(inputs.get(k));
      assertEquals(measure, es.measure());
      assertClose(doc.get("yi").get(k).asDouble(), es.estimate(), name + " yi[" + k + "]");
      assertClose(doc.get("vi").get(k).asDouble(), es.variance(), name + " vi[" + k + "]");
    }
  }

  private static double d(JsonNode row, String field) {
    return row.get(field).asDouble();
  }

  private static int i(JsonNode row, String field) {
    return row.get(field).asInt();
  }
}
