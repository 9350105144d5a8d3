package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The selection-based median and mad (which bound the Paule-Mandel search) equal R's
 * definitions, computed here the textbook way by sorting.
 */
class MedianProperties {

  @Provide
  Arbitrary<double[]> values() {
    // Few distinct values as well as many, so that ties and runs of equal values occur.
    Arbitrary<double[]> many = Arbitraries.doubles().between(-1e3, 1e3)
        .array(double[].class).ofMinSize(1).ofMaxSize(300);
    Arbitrary<double[]> ties = Arbitraries.integers().between(-3, 3).map(i -> i * 0.5)
        .array(double[].class).ofMinSize(1).ofMaxSize(300);
    return Arbitraries.oneOf(many, ties);
  }

  private static double sortedMedian(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  @Property(tries = 300)
  void medianAndMadMatchTheSortingDefinition(@ForAll("values") double[] x) {
    double[] copy = x.clone();
    double expected = sortedMedian(x);
    assertEquals(expected, Fitter.median(copy.clone()), 0.0);
    double[] dev = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      dev[i] = Math.abs(x[i] - expected);
    }
    assertEquals(1.4826 * sortedMedian(dev), Fitter.mad(x), 0.0);
    assertTrue(Arrays.equals(copy, x), "mad must not reorder its argument");
  }

  @Property(tries = 100)
  void selectPartitionsAroundTheRank(@ForAll("values") double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    for (int rank : new int[] {0, x.length / 3, x.length - 1}) {
      double[] a = x.clone();
      double v = Fitter.select(a, rank);
      assertEquals(s[rank], v, 0.0);
      for (int i = 0; i < a.length; i++) {
        assertTrue(i < rank ? a[i] <= v : i == rank ? a[i] == v : a[i] >= v,
            "index " + i + " of " + Arrays.toString(a));
      }
    }
  }

  @Example
  void adversarialOrdersStayCorrect() {
    int n = 100_001;
    double[] organPipe = new double[n];
    for (int i = 0; i < n; i++) {
      organPipe[i] = Math.min(i, n - i);
    }
    assertEquals(sortedMedian(organPipe), Fitter.median(organPipe.clone()), 0.0);
    double[] constant = new double[n];
    Arrays.fill(constant, 2.5);
    assertEquals(2.5, Fitter.median(constant), 0.0);
  }
}
