package io.github.evident.appraisal.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Cohen's kappa and weighted kappa against statsmodels, SAS and R irr (see README.md). */
class CohensKappaTest {

  private static final double TOL = 1e-9;

  static Stream<Arguments> statsmodels() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode c : References.read("kappa.json")) {
      cases.add(Arguments.of(c.get("name").asText(), "unweighted", KappaWeights.UNWEIGHTED, c));
      cases.add(Arguments.of(c.get("name").asText(), "linear", KappaWeights.LINEAR, c));
      cases.add(Arguments.of(c.get("name").asText(), "quadratic", KappaWeights.QUADRATIC, c));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("statsmodels")
  void matchesStatsmodels(String name, String key, KappaWeights weights, JsonNode c) {
    int[][] table = References.table(c.get("table"));
    JsonNode ref = c.get(key);
    KappaResult r = Agreement.weightedKappa(table, weights);
    assertEquals(ref.get("kappa").asDouble(), r.kappa(), TOL, "kappa");
    assertEquals(ref.get("se_kappa").asDouble(), r.standardError(), TOL, "se");
    assertEquals(ref.get("se_kappa_null").asDouble(), r.standardErrorUnderNull(), TOL, "se0");
    assertEquals(ref.get("ci").get(0).asDouble(), r.waldCi(0.95).lower(), TOL, "ci lower");
    assertEquals(ref.get("ci").get(1).asDouble(), r.waldCi(0.95).upper(), TOL, "ci upper");
    // z and p follow from statsmodels' kappa and se0 (z = kappa / std_kappa0)
    assertEquals(
        ref.get("kappa").asDouble() / ref.get("se_kappa_null").asDouble(), r.z(), 1e-8, "z");
    assertEquals(
        c.get("percent_agreement").asDouble(), Agreement.percentAgreement(table), TOL, "percent");
    assertEquals(table.length == 0 ? 0 : sum(table), r.n());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statsmodels")
  void customWeightsEqualToBuiltInOnesGiveTheSameResult(
      String name, String key, KappaWeights weights, JsonNode c) {
    int[][] table = References.table(c.get("table"));
    int k = table.length;
    double[][] w = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = weights.weight(i, j, k);
      }
    }
    KappaResult r = Agreement.weightedKappa(table, KappaWeights.of(w));
    JsonNode ref = c.get(key);
    assertEquals(ref.get("kappa").asDouble(), r.kappa(), TOL);
    assertEquals(ref.get("se_kappa").asDouble(), r.standardError(), TOL);
    assertEquals(ref.get("se_kappa_null").asDouble(), r.standardErrorUnderNull(), TOL);
  }

  @Test
  void cohensKappaIsTheUnweightedKappa() {
    JsonNode c = References.read("kappa.json").get(0);
    KappaResult r = Agreement.cohensKappa(References.table(c.get("table")));
    assertEquals(c.get("unweighted").get("kappa").asDouble(), r.kappa(), TOL);
    assertEquals(KappaWeights.UNWEIGHTED, r.weights());
  }

  // SAS PROC FREQ printout quoted in statsmodels' test_inter_rater.py (4 decimals)
  private static final int[][] SAS_TABLE = {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};

  @Test
  void unweightedMatchesSas() {
    KappaResult r = Agreement.cohensKappa(SAS_TABLE);
    assertEquals(0.4842, r.kappa(), 5e-5);
    assertEquals(0.1380, r.standardError(), 5e-5);
    assertEquals(0.2137, r.ci().lower(), 5e-5);
    assertEquals(0.7547, r.ci().upper(), 5e-5);
    assertEquals(0.1484, r.standardErrorUnderNull(), 5e-5);
    assertEquals(3.2626, r.z(), 5e-5);
    assertEquals(0.0011, r.pValue(), 5e-5);
  }

  @Test
  void linearWeightedMatchesSas() {
    KappaResult r = Agreement.weightedKappa(SAS_TABLE, KappaWeights.LINEAR);
    assertEquals(0.4701, r.kappa(), 5e-5);
    assertEquals(0.1457, r.standardError(), 5e-5);
    assertEquals(0.1845, r.ci().lower(), 5e-5);
    assertEquals(0.7558, r.ci().upper(), 5e-5);
    assertEquals(0.1426, r.standardErrorUnderNull(), 5e-5);
    assertEquals(3.2971, r.z(), 5e-5);
    assertEquals(0.0010, r.pValue(), 5e-5);
  }

  // anxiety data of R irr, raters 2 and 3 (20 subjects), quoted in statsmodels' tests
  private static final List<Integer> ANXIETY_RATER2 =
      List.of(3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4);
  private static final List<Integer> ANXIETY_RATER3 =
      List.of(2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2);
  // irr uses the observed levels only
  private static final List<Integer> ANXIETY_LEVELS = List.of(1, 2, 3, 4, 6);

  static Stream<Arguments> irr() {
    return Stream.of(
        Arguments.of("unweighted", KappaWeights.UNWEIGHTED, -0.006289308, -0.0604067, 0.9518317),
        Arguments.of("equal", KappaWeights.LINEAR, 0.1459075, 1.282472, 0.1996772),
        Arguments.of("squared", KappaWeights.QUADRATIC, 0.2520325, 1.437451, 0.1505898),
        // irr's numeric weights c(0,0,1,1,2) per distance = agreement weights 1, 1, .5, .5, 0
        Arguments.of("c(0,0,1,1,2)", byDistance(1, 1, 0.5, 0.5, 0), 0.2391304, 1.223734,
            0.2210526));
  }

  private static KappaWeights byDistance(double... w) {
    int k = w.length;
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m[i][j] = w[Math.abs(i - j)];
      }
    }
    return KappaWeights.of(m);
  }

  @ParameterizedTest(name = "irr kappa2 weight = {0}")
  @MethodSource("irr")
  void matchesIrrKappa2(String name, KappaWeights w, double kappa, double z, double p) {
    ContingencyTable<Integer> table =
        ContingencyTable.of(ANXIETY_RATER2, ANXIETY_RATER3, ANXIETY_LEVELS);
    KappaResult r = Agreement.weightedKappa(table, w);
    // irr prints 7 significant digits
    assertEquals(kappa, r.kappa(), 5e-7 * Math.max(1, Math.abs(kappa) * 10) + 1e-9);
    assertEquals(z, r.z(), 5e-6 * Math.max(1, Math.abs(z)));
    assertEquals(p, r.pValue(), 5e-7);
  }

  @Test
  void undefinedWhenChanceAgreementIsOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Agreement.cohensKappa(new int[][] {{0, 0}, {0, 7}}));
    assertTrue(e.getMessage().contains("undefined"), e.getMessage());
    assertTrue(e.getMessage().contains("p_e is 1"), e.getMessage());
    assertEquals(100.0, Agreement.percentAgreement(new int[][] {{0, 0}, {0, 7}}));
  }

  @Test
  void zIsReportedAsUndefinedWhenARaterUsedOneCategory() {
    // rater 1 always says category 0: kappa = 0 exactly (p_o = p_e) and se0 = 0
    KappaResult r = Agreement.cohensKappa(new int[][] {{3, 5}, {0, 0}});
    assertEquals(0.0, r.kappa(), 1e-15);
    ArithmeticException e = assertThrows(ArithmeticException.class, r::z);
    assertTrue(e.getMessage().contains("single category"), e.getMessage());
    assertThrows(ArithmeticException.class, r::pValue);
    assertTrue(r.toString().contains("z undefined"), r.toString());
  }

  @Test
  void rejectsInvalidTables() {
    assertMessage(() -> Agreement.cohensKappa((int[][]) null), "table must not be null");
    assertMessage(
        () -> Agreement.cohensKappa((ContingencyTable<?>) null), "table must not be null");
    assertMessage(() -> Agreement.cohensKappa(new int[0][]), "table must not be empty");
    assertMessage(
        () -> Agreement.cohensKappa(new int[][] {{1, 2, 3}, {4, 5, 6}}),
        "row 0 has 3 columns but the table has 2 rows");
    assertMessage(
        () -> Agreement.cohensKappa(new int[][] {{1, -2}, {4, 5}}),
        "table[0][1] must not be negative, was -2");
    assertMessage(
        () -> Agreement.cohensKappa(new int[][] {{5}}), "at least 2 categories, was 1");
    assertMessage(
        () -> Agreement.cohensKappa(new int[][] {{0, 0}, {0, 0}}), "total was 0");
    assertMessage(() -> Agreement.percentAgreement(new int[][] {{1, 2}, null}), "row 1");
    assertMessage(
        () -> Agreement.weightedKappa(SAS_TABLE, KappaWeights.of(new double[][] {{1, 0}, {0, 1}})),
        "weights are 2 x 2 but the table has 3 categories");
    assertMessage(() -> Agreement.weightedKappa(SAS_TABLE, null), "weights must not be null");
  }

  @Test
  void rejectsInvalidWeights() {
    assertMessage(() -> KappaWeights.of(null), "agreementWeights must not be null");
    assertMessage(
        () -> KappaWeights.of(new double[][] {{1}}), "at least 2 categories, was 1");
    assertMessage(
        () -> KappaWeights.of(new double[][] {{1, 0.5}, {0.5, 0.9}}),
        "agreementWeights[1][1] (exact agreement) must be 1, was 0.9");
    assertMessage(
        () -> KappaWeights.of(new double[][] {{1, 1.5}, {0, 1}}),
        "agreementWeights[0][1] must be in [0, 1], was 1.5");
    assertMessage(
        () -> KappaWeights.of(new double[][] {{1, Double.NaN}, {0, 1}}), "was NaN");
    assertMessage(
        () -> KappaWeights.of(new double[][] {{1, 0}, {0, 1, 0}}), "must be square");
  }

  @Test
  void rejectsInvalidConfidenceLevels() {
    KappaResult r = Agreement.cohensKappa(SAS_TABLE);
    assertMessage(() -> r.ci(1.0), "level must be in (0, 1), was 1.0");
    assertMessage(() -> r.ci(Double.NaN), "was NaN");
  }

  @Test
  void otherLevelsUseTheMatchingNormalQuantile() {
    // statsmodels: half-width of the 95% CI / se = 1.959963984540054 (scipy norm.isf(0.025));
    // for 90% scipy gives 1.6448536269514722
    JsonNode ref = References.read("kappa.json").get(0).get("unweighted");
    KappaResult r = Agreement.cohensKappa(References.table(
        References.read("kappa.json").get(0).get("table")));
    Interval ci90 = r.ci(0.90);
    assertEquals(1.6448536269514722, (ci90.upper() - r.kappa()) / r.standardError(), 1e-12);
    assertEquals(ref.get("kappa").asDouble(), (ci90.lower() + ci90.upper()) / 2, 1e-12);
  }

  @Test
  void doesNotKeepOrChangeTheCallersArray() {
    int[][] table = {{11, 3, 1}, {2, 14, 4}, {0, 3, 22}};
    KappaResult before = Agreement.cohensKappa(table);
    int[][] copy = {{11, 3, 1}, {2, 14, 4}, {0, 3, 22}};
    assertArrayEquals(copy, table);
    table[0][0] = 0;
    assertEquals(Agreement.cohensKappa(copy).kappa(), before.kappa());
  }

  @Test
  void intervalsPastPlusMinusOneAreTruncatedAndSaySo() {
    // 3 subjects, one disagreement. By hand (exact fractions) with the Fleiss, Cohen and
    // Everitt (1969) variance: p_o = 2/3, p_e = 4/9, kappa = 2/5, var = 96/625; the 95% Wald
    // interval 0.4 +- 1.959963984540054 sqrt(96/625) is [-0.36815, 1.16815].
    KappaResult r = Agreement.cohensKappa(new int[][] {{1, 1}, {0, 1}});
    double se = Math.sqrt(96.0 / 625);
    assertEquals(0.4, r.kappa(), 1e-12);
    assertEquals(se, r.standardError(), 1e-12);
    assertEquals(0.4 + 1.959963984540054 * se, r.waldCi(0.95).upper(), 1e-12);
    assertTrue(r.ciTruncated());
    assertEquals(1.0, r.ci().upper());
    assertEquals(r.waldCi(0.95).lower(), r.ci().lower());
    assertTrue(r.toString().contains("95% CI [-0.3681, 1.0000]"), r.toString());
    assertTrue(r.toString().endsWith("(interval truncated to [-1, 1]; the Wald interval is "
        + "[-0.3681, 1.1681])"), r.toString());
    assertFalse(Agreement.cohensKappa(SAS_TABLE).ciTruncated());
    assertTrue(Agreement.cohensKappa(SAS_TABLE).ciNote().isEmpty());
  }

  @Test
  void aZeroWidthIntervalIsExplained() {
    KappaResult r = Agreement.cohensKappa(new int[][] {{2, 0}, {0, 1}});
    assertEquals(Interval.of(1, 1), r.ci());
    assertFalse(r.ciTruncated());
    assertTrue(r.ciNote().orElseThrow().startsWith("zero-width interval: the large-sample "
        + "standard error is 0"), r.toString());
    assertTrue(r.toString().contains("uncertainty of 3 subjects"), r.toString());
  }

  @Test
  void toStringIsOneReadableLine() {
    String s = Agreement.weightedKappa(SAS_TABLE, KappaWeights.LINEAR).toString();
    assertTrue(s.startsWith("kappa (linear weights) = 0.4701, 95% CI [0.1845, 0.7558]"), s);
    assertTrue(!s.contains("\n"), s);
    assertTrue(Agreement.cohensKappa(SAS_TABLE).toString().startsWith("kappa (unweighted)"));
  }

  static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(fragment), () -> "message: " + e.getMessage());
  }

  private static long sum(int[][] t) {
    long s = 0;
    for (int[] row : t) {
      for (int c : row) {
        s += c;
      }
    }
    return s;
  }
}
