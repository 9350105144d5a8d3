package io.github.evident.stats.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the synthesis methods. */
class SynthesisProperties {

  @Provide
  Arbitrary<double[]> pValues() {
    Arbitrary<Double> uniform = Arbitraries.doubles().between(1e-12, 1.0).ofScale(14);
    Arbitrary<Double> tiny = Arbitraries.doubles().between(-300, -1).map(e -> Math.pow(10, e));
    Arbitrary<Double> p = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, uniform), net.jqwik.api.Tuple.of(1, tiny),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(1.0)));
    return p.array(double[].class).ofMinSize(2).ofMaxSize(120);
  }

  private static List<CombinedPValue> all(double[] p) {
    double[] w = new double[p.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 + i % 3;
    }
    return List.of(
        PValueCombination.fisher(p),
        PValueCombination.stouffer(p),
        PValueCombination.weightedStouffer(p, w),
        PValueCombination.edgington(p),
        PValueCombination.tippett(p),
        PValueCombination.logit(p));
  }

  /**
   * Every combination is monotone: a smaller p-value for one study never gives a larger
   * combined p-value. (That the combined p lies in [0, 1] needs no test: the code clamps it.)
   */
  @Property(tries = 100)
  void aSmallerPValueNeverRaisesTheCombinedP(@ForAll("pValues") double[] p,
      @ForAll @IntRange(min = 0, max = 119) int at,
      @ForAll @DoubleRange(min = 0.01, max = 1) double factor) {
    double[] smaller = p.clone();
    int i = at % p.length;
    smaller[i] = Math.max(Double.MIN_NORMAL, p[i] * factor);
    List<CombinedPValue> before = all(p);
    List<CombinedPValue> after = all(smaller);
    for (int m = 0; m < before.size(); m++) {
      CombinedPValue r = before.get(m);
      assertTrue(!Double.isNaN(r.statistic()), r.toString());
      assertEquals(p.length, r.k());
      assertTrue(after.get(m).pValue() <= r.pValue() * (1 + 1e-12),
          after.get(m) + " after lowering p[" + i + "] from " + p[i] + " to " + smaller[i]
              + " exceeds " + r);
    }
  }

  @Property(tries = 100)
  void permutationInvariant(@ForAll("pValues") double[] p, @ForAll long seed) {
    List<Double> list = new ArrayList<>();
    for (double x : p) {
      list.add(x);
    }
    Collections.shuffle(list, new Random(seed));
    double[] q = list.stream().mapToDouble(Double::doubleValue).toArray();
    List<CombinedPValue> a = all(p);
    List<CombinedPValue> b =
        List.of(
            PValueCombination.fisher(q),
            PValueCombination.stouffer(q),
            PValueCombination.edgington(q),
            PValueCombination.tippett(q),
            PValueCombination.logit(q));
    int[] same = {0, 1, 3, 4, 5};
    for (int i = 0; i < b.size(); i++) {
      double x = a.get(same[i]).pValue();
      double y = b.get(i).pValue();
      // summation order changes rounding only
      assertEquals(x, y, 1e-12 + 1e-9 * Math.abs(x), a.get(same[i]) + " vs " + b.get(i));
    }
  }

  @Property(tries = 100)
  void fisherAndStoufferMonotoneInEachP(
      @ForAll("pValues") double[] p,
      @ForAll @IntRange(min = 0, max = 1000) int which,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
    int i = which % p.length;
    double[] smaller = p.clone();
    smaller[i] = Math.max(Double.MIN_NORMAL, p[i] * fraction);
    assertTrue(PValueCombination.fisher(smaller).pValue()
        <= PValueCombination.fisher(p).pValue());
    assertTrue(PValueCombination.stouffer(smaller).pValue()
        <= PValueCombination.stouffer(p).pValue());
  }

  @Property(tries = 100)
  void tippettIsOneMinusComplementOfMinimumToTheK(@ForAll("pValues") double[] p) {
    double min = 1;
    for (double x : p) {
      min = Math.min(min, x);
    }
    double expected = 1 - Math.pow(1 - min, p.length);
    double actual = PValueCombination.tippett(p).pValue();
    // 1 - (1 - min)^k in double loses relative accuracy for tiny min; compare absolutely
    assertEquals(expected, actual, 1e-12);
    if (min > 1e-3) {
      assertEquals(expected, actual, 1e-10 * expected);
    }
  }

  @Property
  void signTestSymmetric(@ForAll @IntRange(min = 1, max = 2000) int n,
      @ForAll @IntRange(min = 0, max = 2000) int u0) {
    int u = u0 % (n + 1);
    assertEquals(VoteCounting.signTest(u, n), VoteCounting.signTest(n - u, n));
  }

  @Property
  void intervalsContainProportionAndLieInUnitInterval(
      @ForAll @IntRange(min = 1, max = 500) int n,
      @ForAll @IntRange(min = 0, max = 500) int u0,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level) {
    int u = u0 % (n + 1);
    VoteCount v = VoteCounting.withDefaults().withConfidenceLevel(level).count(u, n - u, 0);
    VoteCount mirror = VoteCounting.withDefaults().withConfidenceLevel(level)
        .count(n - u, u, 0);
    List<Interval> intervals = List.of(v.wilson(), v.clopperPearson(), v.jeffreys());
    List<Interval> mirrored = List.of(mirror.wilson(), mirror.clopperPearson(),
        mirror.jeffreys());
    for (int i = 0; i < intervals.size(); i++) {
      Interval ci = intervals.get(i);
      assertTrue(ci.contains(v.proportion()), ci + " should contain " + v.proportion());
      // u favourable of n and n - u favourable of n give intervals mirrored about 1/2.
      assertEquals(ci.lower(), 1 - mirrored.get(i).upper(), 1e-9, ci + " vs " + mirrored.get(i));
      assertEquals(ci.upper(), 1 - mirrored.get(i).lower(), 1e-9, ci + " vs " + mirrored.get(i));
    }
    // Beta(u, n-u+1) <= Beta(u+1/2, n-u+1/2) <= Beta(u+1, n-u) stochastically, so the Jeffreys
    // interval lies within the Clopper-Pearson one (Brown, Cai and DasGupta 2001).
    assertTrue(v.clopperPearson().lower() <= v.jeffreys().lower() + 1e-12
        && v.jeffreys().upper() <= v.clopperPearson().upper() + 1e-12,
        v.jeffreys() + " should lie within " + v.clopperPearson());
    assertTrue(v.signTestP() > 0);
  }

  @Provide
  Arbitrary<List<EffectDirection>> outcomes() {
    return Arbitraries.of(EffectDirection.class).list().ofMinSize(1).ofMaxSize(30);
  }

  @Property
  void domainDirectionNeedsThresholdShareAgreeing(
      @ForAll("outcomes") List<EffectDirection> outcomes) {
    // integer check of the 70% rule: 10 * agreeing >= 7 * total
    EffectDirection d = EffectDirection.ofDomain(outcomes, 0.7);
    if (d != EffectDirection.CONFLICTING) {
      long agreeing = outcomes.stream().filter(o -> o == d).count();
      assertTrue(10 * agreeing >= 7L * outcomes.size(), outcomes + " -> " + d);
    } else {
      for (EffectDirection e : List.of(EffectDirection.IMPROVEMENT,
          EffectDirection.DETERIORATION, EffectDirection.NO_CHANGE)) {
        long agreeing = outcomes.stream().filter(o -> o == e).count();
        assertTrue(10 * agreeing < 7L * outcomes.size(), outcomes + " -> conflicting");
      }
    }
  }

  @Property
  void domainDirectionNeverBelowAnyThreshold(
      @ForAll("outcomes") List<EffectDirection> outcomes,
      @ForAll @DoubleRange(min = 0.5, max = 1.0, minIncluded = false) @Scale(6) double threshold) {
    EffectDirection d = EffectDirection.ofDomain(outcomes, threshold);
    if (d != EffectDirection.CONFLICTING) {
      long agreeing = outcomes.stream().filter(o -> o == d).count();
      assertTrue(agreeing >= threshold * outcomes.size() - 1e-9, outcomes + " -> " + d);
    }
  }
}
