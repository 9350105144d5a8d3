package io.github.evident.appraisal.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the agreement coefficients. */
class AgreementProperties {

  private static final double EPS = 1e-12;

  @Provide
  Arbitrary<int[][]> tables() {
    return Arbitraries.integers()
        .between(2, 5)
        .flatMap(
            k ->
                Arbitraries.integers()
                    .between(0, 30)
                    .array(int[].class)
                    .ofSize(k * k)
                    .map(flat -> reshape(flat, k)))
        .filter(AgreementProperties::kappaDefined);
  }

  @Provide
  Arbitrary<int[][]> twoByTwo() {
    return Arbitraries.integers()
        .between(0, 50)
        .array(int[].class)
        .ofSize(4)
        .map(flat -> reshape(flat, 2))
        .filter(AgreementProperties::kappaDefined);
  }

  @Provide
  Arbitrary<int[][]> diagonal() {
    return Arbitraries.integers()
        .between(2, 6)
        .flatMap(
            k ->
                Arbitraries.integers()
                    .between(0, 40)
                    .array(int[].class)
                    .ofSize(k)
                    .map(
                        d -> {
                          int[][] t = new int[k][k];
                          for (int i = 0; i < k; i++) {
                            t[i][i] = d[i];
                          }
                          return t;
                        }))
        .filter(AgreementProperties::kappaDefined);
  }

  private static Arbitrary<int[]> permutation(int k) {
    return Arbitraries.shuffle(range(k)).map(l -> l.stream().mapToInt(Integer::intValue).toArray());
  }

  private static java.util.List<Integer> range(int k) {
    java.util.List<Integer> l = new java.util.ArrayList<>();
    for (int i = 0; i < k; i++) {
      l.add(i);
    }
    return l;
  }

  @Property
  void kappaIsOneForADiagonalTable(@ForAll("diagonal") int[][] t) {
    assertEquals(1.0, Agreement.cohensKappa(t).kappa(), EPS);
    assertEquals(1.0, Agreement.weightedKappa(t, KappaWeights.LINEAR).kappa(), EPS);
    assertEquals(1.0, Agreement.weightedKappa(t, KappaWeights.QUADRATIC).kappa(), EPS);
    assertEquals(0.0, Agreement.cohensKappa(t).standardError(), 1e-7);
    assertEquals(100.0, Agreement.percentAgreement(t), EPS);
  }

  @Property
  void unweightedKappaIgnoresTheOrderOfCategories(@ForAll("permutedTables") Object[] case_) {
    int[][] t = (int[][]) case_[0];
    int[] perm = (int[]) case_[1];
    int k = t.length;
    int[][] p = new int[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        p[perm[i]][perm[j]] = t[i][j];
      }
    }
    KappaResult a = Agreement.cohensKappa(t);
    KappaResult b = Agreement.cohensKappa(p);
    assertEquals(a.kappa(), b.kappa(), 1e-12);
    assertEquals(a.standardError(), b.standardError(), 1e-12);
    assertEquals(a.standardErrorUnderNull(), b.standardErrorUnderNull(), 1e-12);
    assertEquals(Agreement.gwetAc1(t).ac1(), Agreement.gwetAc1(p).ac1(), 1e-12);
  }

  @Provide
  Arbitrary<Object[]> permutedTables() {
    return tables().flatMap(t -> permutation(t.length).map(p -> new Object[] {t, p}));
  }

  @Property
  void weightsMakeNoDifferenceWithTwoCategories(@ForAll("twoByTwo") int[][] t) {
    KappaResult u = Agreement.cohensKappa(t);
    for (KappaWeights w : new KappaWeights[] {KappaWeights.LINEAR, KappaWeights.QUADRATIC}) {
      KappaResult r = Agreement.weightedKappa(t, w);
      assertEquals(u.kappa(), r.kappa(), 1e-12);
      assertEquals(u.standardError(), r.standardError(), 1e-12);
      assertEquals(u.standardErrorUnderNull(), r.standardErrorUnderNull(), 1e-12);
    }
  }

  @Property
  void kappaIsSymmetricInTheRaters(@ForAll("tables") int[][] t) {
    int[][] tt = transpose(t);
    for (KappaWeights w :
        new KappaWeights[] {KappaWeights.UNWEIGHTED, KappaWeights.LINEAR, KappaWeights.QUADRATIC}) {
      KappaResult a = Agreement.weightedKappa(t, w);
      KappaResult b = Agreement.weightedKappa(tt, w);
      assertEquals(a.kappa(), b.kappa(), 1e-12);
      assertEquals(a.standardError(), b.standardError(), 1e-12);
      assertEquals(a.standardErrorUnderNull(), b.standardErrorUnderNull(), 1e-12);
    }
    assertEquals(Agreement.gwetAc1(t).ac1(), Agreement.gwetAc1(tt).ac1(), 1e-12);
    assertEquals(
        Agreement.gwetAc1(t).standardError(), Agreement.gwetAc1(tt).standardError(), 1e-12);
  }

  @Property
  void coefficientsLieBetweenMinusOneAndOne(@ForAll("tables") int[][] t) {
    for (KappaWeights w :
        new KappaWeights[] {KappaWeights.UNWEIGHTED, KappaWeights.LINEAR, KappaWeights.QUADRATIC}) {
      double kappa = Agreement.weightedKappa(t, w).kappa();
      assertTrue(kappa >= -1 - EPS && kappa <= 1 + EPS, w + " kappa " + kappa);
    }
    double ac1 = Agreement.gwetAc1(t).ac1();
    assertTrue(ac1 >= -1 - EPS && ac1 <= 1 + EPS, "AC1 " + ac1);
    double pa = Agreement.percentAgreement(t);
    assertTrue(pa >= 0 && pa <= 100, "percent agreement " + pa);
  }

  @Property
  void standardErrorsAreFiniteAndNonNegative(@ForAll("tables") int[][] t) {
    KappaResult r = Agreement.weightedKappa(t, KappaWeights.QUADRATIC);
    assertTrue(r.standardError() >= 0 && Double.isFinite(r.standardError()));
    assertTrue(r.standardErrorUnderNull() >= 0 && Double.isFinite(r.standardErrorUnderNull()));
    GwetAc1Result g = Agreement.gwetAc1(t);
    assertTrue(g.standardError() >= 0 && Double.isFinite(g.standardError()));
  }

  /**
   * With homogeneous marginals (both raters use the categories equally often, p_k. = p_.k) AC1
   * is at least kappa: Gwet's chance agreement (1 - sum pi^2) / (q - 1) never exceeds Cohen's
   * sum pi^2, because sum pi^2 >= 1 / q. Symmetric tables T + T' have homogeneous marginals.
   */
  @Property
  void ac1IsAtLeastKappaWhenMarginalsAreHomogeneous(@ForAll("tables") int[][] t) {
    int k = t.length;
    int[][] s = new int[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        s[i][j] = t[i][j] + t[j][i];
      }
    }
    Assume.that(kappaDefined(s));
    assertTrue(Agreement.gwetAc1(s).ac1() >= Agreement.cohensKappa(s).kappa() - EPS);
  }

  @Example
  void ac1CanBeBelowKappaWhenMarginalsDiffer() {
    // raters never agree and use opposite categories: p_o = 0, Cohen's p_e = 0 so kappa = 0,
    // while pi = (1/2, 1/2) gives Gwet's p_e = 1/2 and AC1 = (0 - 1/2) / (1 - 1/2) = -1
    int[][] t = {{0, 10}, {0, 0}};
    assertEquals(0.0, Agreement.cohensKappa(t).kappa(), EPS);
    assertEquals(-1.0, Agreement.gwetAc1(t).ac1(), EPS);
  }

  @Property(tries = 100)
  void fleissKappaIsOneForUnanimousRaters(
      @ForAll("unanimous") int[][] counts) {
    FleissKappaResult r = Agreement.fleissKappa(counts);
    assertEquals(1.0, r.kappa(), EPS);
  }

  @Provide
  Arbitrary<int[][]> unanimous() {
    // every subject rated by m raters who all choose the same category; two categories used
    return Combinators.combine(
            Arbitraries.integers().between(2, 8),
            Arbitraries.integers().between(2, 5),
            Arbitraries.integers().between(0, 4).array(int[].class).ofMinSize(2).ofMaxSize(12))
        .as(
            (m, k, choices) -> {
              int[][] c = new int[choices.length][k];
              for (int i = 0; i < choices.length; i++) {
                c[i][Math.min(choices[i], k - 1)] = m;
              }
              c[0] = new int[k];
              c[0][0] = m;
              c[1] = new int[k];
              c[1][1] = m;
              return c;
            });
  }

  private static boolean kappaDefined(int[][] t) {
    int k = t.length;
    int nonzeroRows = 0;
    int nonzeroCols = 0;
    for (int i = 0; i < k; i++) {
      long r = 0;
      long c = 0;
      for (int j = 0; j < k; j++) {
        r += t[i][j];
        c += t[j][i];
      }
      nonzeroRows += r > 0 ? 1 : 0;
      nonzeroCols += c > 0 ? 1 : 0;
    }
    // p_e = 1 only when both raters used one and the same category
    return nonzeroRows > 1 || nonzeroCols > 1 || (nonzeroRows == 1 && offDiagonalUsed(t));
  }

  private static boolean offDiagonalUsed(int[][] t) {
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t.length; j++) {
        if (i != j && t[i][j] > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[][] reshape(int[] flat, int k) {
    int[][] t = new int[k][k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(flat, i * k, t[i], 0, k);
    }
    return t;
  }

  private static int[][] transpose(int[][] t) {
    int k = t.length;
    int[][] r = new int[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        r[j][i] = t[i][j];
      }
    }
    return r;
  }
}
