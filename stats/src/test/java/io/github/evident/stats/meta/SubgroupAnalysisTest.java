package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation, non-convergence, single-study subgroups and the printed forms. */
class SubgroupAnalysisTest {

  private static final JsonNode BCG = MetaforReferenceTest.reference(
      "metafor-2/bcg_moderators.json");
  private static final double[] YI = MetaforReferenceTest.doubles(BCG.get("yi"));
  private static final double[] VI = MetaforReferenceTest.doubles(BCG.get("vi"));
  private static final List<String> ALLOC = allocation();

  private static List<String> allocation() {
    List<String> out = new ArrayList<>();
    BCG.get("inputs").forEach(t -> out.add(t.get("alloc").asText()));
    return out;
  }

  private static final SubgroupAnalysis DL = SubgroupAnalysis.of(
      MetaAnalysis.randomEffects(Tau2Estimator.DL));

  @Test
  void blankOrNullLabelIsNamedWithItsStudy() {
    List<String> labels = new ArrayList<>(ALLOC);
    labels.set(4, " ");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DL.fit(YI, VI, labels));
    assertTrue(e.getMessage().contains("subgroupOfEachStudy[4] (study 4)"), e.getMessage());
    labels.set(4, null);
    e = assertThrows(IllegalArgumentException.class, () -> DL.fit(YI, VI, labels));
    assertTrue(e.getMessage().contains("study 4"), e.getMessage());
  }

  @Test
  void labelsMustMatchTheStudies() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DL.fit(YI, VI, ALLOC.subList(0, 12)));
    assertTrue(e.getMessage().contains("12 labels"), e.getMessage());
    assertTrue(e.getMessage().contains("k = 13"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DL.fit(YI, VI, null));
    assertTrue(e.getMessage().contains("subgroupOfEachStudy"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SubgroupAnalysis.of(null));
  }

  @Test
  void oneSubgroupIsNotASubgroupAnalysis() {
    List<String> same = new ArrayList<>(Collections.nCopies(13, "all"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DL.fit(YI, VI, same));
    assertTrue(e.getMessage().contains("at least two subgroups"), e.getMessage());
    assertTrue(e.getMessage().contains("[all]"), e.getMessage());
  }

  @Test
  void aSubgroupOfOneStudyHasTau2ZeroAndANote() {
    List<String> labels = new ArrayList<>(Collections.nCopies(13, "rest"));
    labels.set(0, "first");
    SubgroupResult r = DL.fit(YI, VI, labels);
    Subgroup first = r.subgroup("first");
    assertEquals(1, first.k());
    assertEquals(0.0, first.fit().orElseThrow().tau2());
    assertEquals(YI[0], first.estimate().estimate());
    assertEquals(Math.sqrt(VI[0]), first.estimate().standardError(), 1e-15);
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("first: k = 1")), r.notes()
        .toString());
  }

  @Test
  void nonConvergenceOfASubgroupIsReported() {
    // metafor: rma(yi, vi, method = "ML", control = list(maxiter = 3)) on the BCG data does
    // not converge (metafor-extra/bcg_rr_maxiter3.json); here each subgroup holds all 13 trials.
    double[] y = twice(YI);
    double[] v = twice(VI);
    List<String> labels = new ArrayList<>(Collections.nCopies(13, "a"));
    labels.addAll(Collections.nCopies(13, "b"));
    SubgroupAnalysis ml = SubgroupAnalysis.of(
        MetaAnalysis.randomEffects(Tau2Estimator.ML).withMaxIterations(3));
    NonConvergenceException e = assertThrows(NonConvergenceException.class,
        () -> ml.fit(y, v, labels));
    assertEquals(Tau2Estimator.ML, e.estimator());
  }

  private static double[] twice(double[] x) {
    double[] out = Arrays.copyOf(x, 2 * x.length);
    System.arraycopy(x, 0, out, x.length, x.length);
    return out;
  }

  @Test
  void unknownLabelIsRejected() {
    SubgroupResult r = DL.fit(YI, VI, ALLOC);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> r.subgroup("cluster"));
    assertTrue(e.getMessage().contains("[random, alternate, systematic]"), e.getMessage());
  }

  @Test
  void summaryReadsLikeRevMan() {
    // metafor-2/bcg_moderators.json, DL, z: between Q = 1.53676887, p = 0.46376170; random
    // subgroup k = 7, estimate -1.00416135, CI [-1.71387764, -0.29444507], tau^2 = 0.76306275,
    // I^2 = 94.556009%.
    SubgroupResult r = DL.fit(YI, VI, ALLOC);
    String s = r.summary();
    assertTrue(s.contains("a separate tau^2 per subgroup"), s);
    assertTrue(s.contains("random-effects meta-analysis (DL)"), s);
    String random = s.lines().filter(l -> l.startsWith("random")).findFirst().orElseThrow();
    assertTrue(random.matches(
        "random\\s+7\\s+-1\\.0042\\s+\\[-1\\.7139, -0\\.2944\\]\\s+0\\.7631\\s+94\\.56%"),
        random);
    assertTrue(s.contains("Test for subgroup differences: Chi^2 = 1.5368, df = 2, P = 0.4638"),
        s);
    assertTrue(r.toString().contains("3 subgroups (random k = 7, alternate k = 2, "
        + "systematic k = 4)"), r.toString());
    assertTrue(r.toString().endsWith("Chi^2 = 1.5368, df = 2, P = 0.4638"), r.toString());
  }

  @Test
  void commonTau2SummaryStatesTheAssumptionAndTheFTest() {
    // metafor-2/bcg_moderators.json, EE, knha: QM = 0.75038620 on (2, 10) df, p = 0.49700980.
    SubgroupResult r = SubgroupAnalysis.of(MetaAnalysis.commonEffect().withKnappHartung())
        .withCommonTau2().fit(YI, VI, ALLOC);
    String s = r.summary();
    assertTrue(s.contains("a common tau^2 (mixed-effects model)"), s);
    assertTrue(s.contains("Test for subgroup differences: F = 0.7504, df = (2, 10), "
        + "P = 0.4970"), s);
    assertTrue(s.contains("Common tau^2 = 0.0000"), s);
    assertTrue(SubgroupAnalysis.of(MetaAnalysis.commonEffect()).withCommonTau2().toString()
        .startsWith("subgroup analysis with a common tau^2"));
  }
}
