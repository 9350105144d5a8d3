package io.github.evident.stats;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArrayArbitrary;

/** The generated studies the properties of the meta-analytic methods share. */
public final class GeneratedStudies {

  private GeneratedStudies() {}

  /**
   * Estimates and sampling variances of k studies.
   *
   * @param y the estimates
   * @param v the sampling variances
   */
  public record Data(double[] y, double[] v) {
    @Override
    public String toString() {
      return "y=" + Arrays.toString(y) + ", v=" + Arrays.toString(v);
    }
  }

  /**
   * Between {@code minK} and {@code maxK} studies, each an estimate in [−3, 3] and a variance
   * in [0.005, 1.5], both with 6 decimals; with edge cases (callers remove them where their
   * combinations over every array element would outnumber the tries).
   *
   * @param minK the fewest studies
   * @param maxK the most studies
   * @param distinctEstimates whether the estimates are all distinct
   * @return the arbitrary
   */
  public static Arbitrary<Data> studies(int minK, int maxK, boolean distinctEstimates) {
    return Arbitraries.integers().between(minK, maxK).flatMap(k -> Combinators.combine(
        distinctEstimates ? column(k, -3, 3, 6).uniqueElements() : column(k, -3, 3, 6),
        column(k, 0.005, 1.5, 6)).as(Data::new));
  }

  /**
   * A column of k values in [min, max] with {@code scale} decimals.
   *
   * @param k the number of values
   * @param min the smallest value
   * @param max the largest value
   * @param scale the number of decimals
   * @return the arbitrary
   */
  public static ArrayArbitrary<Double, double[]> column(int k, double min, double max,
      int scale) {
    return Arbitraries.doubles().between(min, max).ofScale(scale).array(double[].class)
        .ofSize(k);
  }
}
