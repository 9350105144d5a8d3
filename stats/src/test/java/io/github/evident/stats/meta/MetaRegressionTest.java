package io.github.evident.stats.meta;

import static io.github.evident.stats.meta.BcgDocumentationExampleTest.VI;
import static io.github.evident.stats.meta.BcgDocumentationExampleTest.YI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration, validation and text of meta-regressions (numbers: the reference tests). */
class MetaRegressionTest {

  static final double[] ABLAT = {44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33};
  static final double[] YEAR = {1948, 1949, 1960, 1977, 1973, 1953, 1973, 1980, 1968, 1961,
      1974, 1969, 1976};

  private static Moderators ablatYear() {
    return Moderators.of(List.of("ablat", "year"), ABLAT, YEAR);
  }

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  /** dat.bcg's allocation of the 13 trials. */
  static final List<String> ALLOC = List.of("random", "random", "random", "random",
      "alternate", "alternate", "random", "random", "random", "systematic", "systematic",
      "systematic", "systematic");

  @Test
  void aCategoricalModeratorIsCodedAgainstItsReferenceLevel() {
    Moderators alloc = Moderators.categorical("alloc", ALLOC, "random");
    assertEquals(List.of("alloc=alternate", "alloc=systematic"), alloc.names());
    assertEquals(1.0, alloc.column("alloc=alternate")[4]);
    assertEquals(0.0, alloc.column("alloc=alternate")[0]);
    RegressionResult byRandom = MetaRegression.randomEffects().fit(YI, VI, alloc);
    RegressionResult byAlternate = MetaRegression.randomEffects().fit(YI, VI,
        Moderators.categorical("alloc", ALLOC, "alternate"));
    // the omnibus test of the factor does not depend on its reference level
    assertEquals(byAlternate.qm(), byRandom.qm(), 1e-9 * byAlternate.qm());
    assertEquals(byAlternate.tau2(), byRandom.tau2(), 1e-9);
    Moderators both = Moderators.of("ablat", ABLAT).and(alloc);
    assertEquals(List.of("ablat", "alloc=alternate", "alloc=systematic"), both.names());
    assertEquals(4, MetaRegression.randomEffects().fit(YI, VI, both).coefficients().size());
  }

  @Test
  void aCategoricalModeratorChecksItsLevels() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Moderators.categorical("alloc", ALLOC, "blocked"));
    assertEquals("alloc reference level must be one of the levels [alternate, random, "
        + "systematic], was 'blocked'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Moderators.categorical("alloc", List.of("a", "a"), "a"));
    assertEquals("alloc must have at least two levels to compare, every study is 'a'",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Moderators.categorical("alloc", List.of("a", " "), "a"));
    assertTrue(e.getMessage().startsWith("alloc level [1] (study 1)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Moderators.of("alloc=random", ABLAT).and(
            Moderators.categorical("alloc", ALLOC, "alternate")));
    assertTrue(e.getMessage().contains("'alloc=random' appears twice"), e.getMessage());
  }

  @Test
  void aConstantModeratorIsRejectedByName() {
    double[] c = new double[13];
    Arrays.fill(c, 7);
    String m = message(() -> MetaRegression.randomEffects().fit(YI, VI,
        Moderators.of(List.of("ablat", "dose"), ABLAT, c)));
    assertTrue(m.contains("'dose'") && m.contains("constant"), m);
  }

  @Test
  void aModeratorThatOthersExplainIsRejectedByName() {
    double[] lat2 = new double[13];
    double[] mix = new double[13];
    for (int i = 0; i < 13; i++) {
      lat2[i] = 2 * ABLAT[i] + 3;
      mix[i] = ABLAT[i] - 0.5 * YEAR[i];
    }
    String m = message(() -> MetaRegression.randomEffects().fit(YI, VI,
        Moderators.of(List.of("ablat", "lat2"), ABLAT, lat2)));
    assertTrue(m.contains("'lat2'") && m.contains("full rank"), m);
    String m3 = message(() -> MetaRegression.commonEffect().fit(YI, VI,
        Moderators.of(List.of("ablat", "year", "mix"), ABLAT, YEAR, mix)));
    assertTrue(m3.contains("'mix'") && m3.contains("[ablat, year]"), m3);
  }

  @Test
  void moderatorNamesAreDistinctNonBlankAndNotTheIntercept() {
    assertTrue(message(() -> Moderators.of(List.of("a", "a"), ABLAT, YEAR)).contains("'a'"));
    assertTrue(message(() -> Moderators.of(List.of("a", " "), ABLAT, YEAR)).contains("blank"));
    assertTrue(message(() -> Moderators.of(RegressionResult.INTERCEPT, ABLAT))
        .contains("intercept"));
    assertTrue(message(() -> Moderators.of(List.of("a"), ABLAT, YEAR)).contains("1 names"));
  }

  @Test
  void badValuesNameTheModeratorOrTheStudy() {
    double[] withNaN = ABLAT.clone();
    withNaN[4] = Double.NaN;
    String m = message(() -> Moderators.of("ablat", withNaN));
    assertTrue(m.contains("'ablat'") && m.contains("study 4") && m.contains("NaN"), m);
    assertTrue(message(() -> Moderators.of(List.of("a", "b"), ABLAT, new double[12]))
        .contains("'b' has 12 values"));
    double[] v = VI.clone();
    v[2] = 0;
    assertTrue(message(() -> MetaRegression.randomEffects().fit(YI, v, ablatYear()))
        .contains("vi[2] (study 2)"));
    assertTrue(message(() -> MetaRegression.randomEffects().fit(YI, VI,
        Moderators.of("x", new double[12]))).contains("k = 13"));
    assertTrue(message(() -> MetaRegression.randomEffects().fit(
        Arrays.copyOf(YI, 3), Arrays.copyOf(VI, 3), Moderators.of(List.of("a", "b"),
            Arrays.copyOf(ABLAT, 3), Arrays.copyOf(YEAR, 3)))).contains("p + 1 = 4"));
  }

  @Test
  void inputsAreCopied() {
    double[] ablat = ABLAT.clone();
    double[] y = YI.clone();
    Moderators mods = Moderators.of("ablat", ablat);
    RegressionResult before = MetaRegression.randomEffects().fit(y, VI, mods);
    ablat[0] = 1000;
    y[0] = 10;
    assertEquals(ABLAT[0], mods.column("ablat")[0]);
    mods.column("ablat")[1] = 1000;
    RegressionResult after = MetaRegression.randomEffects().fit(YI, VI, mods);
    assertEquals(before, after);
    assertEquals(before.hashCode(), after.hashCode());
    assertNotEquals(before, MetaRegression.randomEffects().withLevel(0.9).fit(YI, VI, mods));
  }

  @Test
  void nonConvergenceIsReportedOrFallsBackAsRequested() {
    MetaRegression reml = MetaRegression.randomEffects(Tau2Estimator.REML).withMaxIterations(1);
    NonConvergenceException e = assertThrows(NonConvergenceException.class,
        () -> reml.fit(YI, VI, ablatYear()));
    assertEquals(Tau2Estimator.REML, e.estimator());
    assertTrue(e.getMessage().contains("did not converge"), e.getMessage());
    RegressionResult r = reml.withFallback(Tau2Estimator.DL).fit(YI, VI, ablatYear());
    assertEquals(Tau2Estimator.DL, r.tau2Estimator().orElseThrow());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("Fell back to DL")), r.notes()
        .toString());
    assertThrows(IllegalStateException.class,
        () -> MetaRegression.commonEffect().withFallback(Tau2Estimator.DL));
  }

  @Test
  void configurationIsImmutableAndComparable() {
    MetaRegression a = MetaRegression.randomEffects(Tau2Estimator.PM).withKnappHartung()
        .withLevel(0.9);
    assertEquals(a, MetaRegression.like(MetaAnalysis.randomEffects(Tau2Estimator.PM)
        .withKnappHartung().withLevel(0.9)));
    assertEquals(a.hashCode(), MetaRegression.like(MetaAnalysis.randomEffects(Tau2Estimator.PM)
        .withKnappHartung().withLevel(0.9)).hashCode());
    assertNotEquals(a, a.withKnappHartung(false));
    assertEquals(MetaRegression.randomEffects(), MetaRegression.like(MetaAnalysis.randomEffects()));
    assertEquals(MetaRegression.commonEffect(), MetaRegression.like(MetaAnalysis.commonEffect()));
    assertNotEquals(MetaRegression.weightedLeastSquares(),
        MetaRegression.commonEffect().withKnappHartung());
    assertEquals("mixed-effects meta-regression (PM), Knapp-Hartung tests, 90% level",
        a.toString());
    assertThrows(IllegalArgumentException.class, () -> a.withLevel(1));
    assertThrows(IllegalArgumentException.class, () -> a.withStepAdjustment(0));
    assertThrows(IllegalArgumentException.class, () -> a.withMaxIterations(0));
  }

  @Test
  void knappHartungOnACommonEffectModelIsNotedUnlessItIsWeightedLeastSquares() {
    RegressionResult kh = MetaRegression.commonEffect().withKnappHartung()
        .fit(YI, VI, ablatYear());
    RegressionResult wls = MetaRegression.weightedLeastSquares().fit(YI, VI, ablatYear());
    assertEquals(1, kh.notes().size(), kh.notes().toString());
    assertTrue(wls.notes().isEmpty(), wls.notes().toString());
    assertEquals(kh.coefficient("year"), wls.coefficient("year"));
    assertTrue(wls.isWeightedLeastSquares() && !kh.isWeightedLeastSquares());
    assertTrue(wls.summary().startsWith("Weighted Least Squares Model (k = 13;"), wls.summary());
    assertTrue(wls.summary().contains("(t tests, df = 10, 95% CI)"), wls.summary());
    assertTrue(kh.summary().contains("(Knapp-Hartung t tests, df = 10, 95% CI)"), kh.summary());
    assertTrue(wls.toString().startsWith("weighted least-squares regression (t tests), k = 13"),
        wls.toString());
  }

  @Test
  void predictionsAndCoefficientsAreLookedUpByName() {
    RegressionResult r = MetaRegression.randomEffects().fit(YI, VI, ablatYear());
    assertEquals(List.of(RegressionResult.INTERCEPT, "ablat", "year"),
        r.coefficients().stream().map(Coefficient::name).toList());
    assertTrue(message(() -> r.coefficient("alloc")).contains("[intercept, ablat, year]"));
    assertTrue(message(() -> r.predict(30)).contains("[ablat, year]"));
    assertTrue(message(() -> r.predict(30, Double.NaN)).contains("'year'"));
    assertEquals(r.coefficient(RegressionResult.INTERCEPT).estimate(), r.predict(0, 0)
        .estimate(), 1e-9 * Math.abs(r.coefficient(RegressionResult.INTERCEPT).estimate()));
  }

  @Test
  void summaryReadsLikeMetaforsPrint() {
    RegressionResult r = MetaRegression.randomEffects().withKnappHartung()
        .fit(YI, VI, ablatYear());
    String s = r.summary();
    for (String part : List.of("Mixed-Effects Model (k = 13; tau^2 estimator: REML)",
        "R^2 (amount of heterogeneity accounted for):", "QE(df = 10) = ",
        "Test of Moderators (coefficients 2:3):", "F(df1 = 2, df2 = 10) = ",
        "Knapp-Hartung t tests, df = 10", "intercept", "ablat", "year")) {
      assertTrue(s.contains(part), part + " in\n" + s);
    }
    String t = r.toString();
    assertTrue(t.startsWith("mixed-effects meta-regression (REML, Knapp-Hartung tests), "
        + "k = 13, p = 3: tau^2 = "), t);
    RegressionResult none = MetaRegression.commonEffect().fit(YI, VI, Moderators.none());
    assertTrue(none.summary().contains("Test of Moderators (intercept):"), none.summary());
    assertTrue(none.summary().contains("QM(df = 1) = "), none.summary());
    assertEquals("no moderators", Moderators.none().toString());
    assertEquals("moderators [ablat, year] (k = 13)", ablatYear().toString());
  }

  /** A p value below the smallest double is 0, as in metafor, not an error. */
  @Test
  void aCoefficientFarFromZeroHasPValueZero() {
    double[] y = {-1.98, -1.98, -1.98, -1.98, -1.9799};
    double[] v = {1e-4, 1.1e-4, 1.2e-4, 1.3e-4, 1.4e-4};
    double[] x = {-2, -1, 0, 1, 2};
    RegressionResult r = MetaRegression.randomEffects(Tau2Estimator.DL)
        .fit(y, v, Moderators.of("x", x));
    assertEquals(0.0, r.coefficient(RegressionResult.INTERCEPT).pValue());
  }

  /** metafor's absolute tolerances exceed τ² on a tiny scale; the result says so. */
  @Test
  void tinySamplingVariancesGetANoteForIterativeEstimators() {
    double[] y = new double[13];
    double[] v = new double[13];
    for (int i = 0; i < 13; i++) {
      y[i] = YI[i] * 1e-3;
      v[i] = VI[i] * 1e-6;
    }
    Moderators mods = Moderators.of("ablat", ABLAT);
    RegressionResult reml = MetaRegression.randomEffects().fit(y, v, mods);
    assertTrue(reml.notes().stream().anyMatch(n -> n.contains("REML estimate of the residual")),
        reml.notes().toString());
    RegressionResult dl = MetaRegression.randomEffects(Tau2Estimator.DL).fit(y, v, mods);
    assertTrue(dl.notes().isEmpty(), dl.notes().toString());
    assertTrue(MetaRegression.randomEffects().fit(YI, VI, mods).notes().isEmpty());
  }
}
