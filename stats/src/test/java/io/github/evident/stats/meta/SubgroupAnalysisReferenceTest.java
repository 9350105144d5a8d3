package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry under {@code subgroups} in {@code metafor-2/bcg_moderators.json} (by allocation)
 * and {@code metafor-2/hackshaw1998_bias.json} (by design), metafor 3.8-1 with its default
 * control, to 1e-6 relative or 1e-9 absolute. The generator fits {@code rma} per level, the
 * test for subgroup differences as {@code rma(estimates, sei = se, method = "EE")}, and the
 * common-τ² model as {@code rma(yi, vi, mods = ~ factor(g) - 1)} (estimates and standard errors
 * per level, in R's sorted level order) with its Q<sub>M</sub> from {@code mods = ~ factor(g)}.
 */
class SubgroupAnalysisReferenceTest {

  private static final double REL = 1e-6;
  private static final double ABS = 1e-9;

  /** One entry of a file, with the data and the label of each study. */
  record Case(String file, double[] yi, double[] vi, List<String> labels, JsonNode entry) {
    @Override
    public String toString() {
      return file + ": by " + entry.get("by").asText() + ", method = "
          + entry.get("method").asText() + ", test = " + entry.get("test").asText();
    }

    MetaAnalysis analysis() {
      String method = entry.get("method").asText();
      MetaAnalysis a = method.equals("EE") ? MetaAnalysis.commonEffect()
          : MetaAnalysis.randomEffects(Tau2Estimator.valueOf(method));
      return a.withKnappHartung(entry.get("test").asText().equals("knha"));
    }
  }

  static Stream<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String file : List.of("bcg_moderators", "hackshaw1998_bias")) {
      JsonNode root = MetaforReferenceTest.reference("metafor-2/" + file + ".json");
      double[] yi = MetaforReferenceTest.doubles(root.get("yi"));
      double[] vi = MetaforReferenceTest.doubles(root.get("vi"));
      for (JsonNode entry : root.get("subgroups")) {
        List<String> labels = new ArrayList<>();
        root.get("inputs").forEach(s -> labels.add(s.get(entry.get("by").asText()).asText()));
        out.add(new Case(file, yi, vi, labels, entry));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void separateTau2PerSubgroup(Case c) {
    SubgroupResult r = SubgroupAnalysis.of(c.analysis()).fit(c.yi(), c.vi(), c.labels());
    assertFalse(r.isCommonTau2());
    JsonNode groups = c.entry().get("groups");
    assertEquals(groups.size(), r.subgroups().size());
    for (int g = 0; g < groups.size(); g++) {
      JsonNode ref = groups.get(g);
      Subgroup s = r.subgroups().get(g);
      assertEquals(ref.get("level").asText(), s.label());
      assertEquals(c.entry().get("levels").get(g).asText(), s.label());
      assertEquals(ref.get("k").asInt(), s.k());
      MetaResult f = s.fit().orElseThrow();
      String at = s.label() + " ";
      near(at + "estimate", ref.get("estimate"), s.estimate().estimate());
      near(at + "se", ref.get("se"), s.estimate().standardError());
      near(at + "stat", ref.get("stat"), f.statistic());
      near(at + "pval", ref.get("pval"), f.pValue());
      near(at + "ci_lb", ref.get("ci_lb"), s.estimate().ci().lower());
      near(at + "ci_ub", ref.get("ci_ub"), s.estimate().ci().upper());
      near(at + "tau2", ref.get("tau2"), f.tau2());
      near(at + "I2", ref.get("I2"), f.i2());
      near(at + "H2", ref.get("H2"), f.h2());
      near(at + "QE", ref.get("QE"), f.q());
      near(at + "QEp", ref.get("QEp"), f.qPValue());
    }
    JsonNode between = c.entry().get("between");
    near("Q", between.get("Q"), r.between().statistic());
    assertEquals(between.get("df").asInt(), r.between().df());
    assertTrue(r.between().denominatorDf().isEmpty());
    near("pval", between.get("pval"), r.between().pValue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void commonTau2(Case c) {
    SubgroupResult r = SubgroupAnalysis.of(c.analysis()).withCommonTau2()
        .fit(c.yi(), c.vi(), c.labels());
    assertTrue(r.isCommonTau2());
    JsonNode ref = c.entry().get("common_tau2");
    near("tau2", ref.get("tau2"), r.regression().orElseThrow().tau2());
    near("QM", ref.get("QM"), r.between().statistic());
    assertEquals(ref.get("QMdf").get(0).asInt(), r.between().df());
    JsonNode denominator = ref.get("QMdf").get(1);
    assertEquals(denominator.isNull(), r.between().denominatorDf().isEmpty());
    if (!denominator.isNull()) {
      assertEquals(denominator.asInt(), r.between().denominatorDf().getAsInt());
    }
    near("QMp", ref.get("QMp"), r.between().pValue());
    List<String> sorted = new ArrayList<>(new TreeSet<>(c.labels()));
    for (Subgroup s : r.subgroups()) {
      int level = sorted.indexOf(s.label());
      near(s.label() + " estimate", ref.get("estimates").get(level), s.estimate().estimate());
      near(s.label() + " se", ref.get("se").get(level), s.estimate().standardError());
      assertTrue(s.fit().isEmpty());
    }
  }

  private static void near(String what, JsonNode expected, double actual) {
    double e = expected.asDouble();
    assertTrue(Math.abs(e - actual) <= Math.max(REL * Math.abs(e), ABS),
        what + ": expected " + e + ", was " + actual);
  }
}
