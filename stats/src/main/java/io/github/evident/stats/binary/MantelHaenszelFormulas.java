package io.github.evident.stats.binary;

import io.github.evident.core.internal.Distributions;
import io.github.evident.stats.effect.Measure;
import java.util.Optional;

/**
 * The Mantel-Haenszel estimators, their variances and the odds-ratio tests, each one pass over
 * the tables (metafor 3.8-1's {@code rma.mh}).
 */
final class MantelHaenszelFormulas {

  /** A pooled estimate and its standard error. */
  record Estimate(double value, double standardError) {}

  private MantelHaenszelFormulas() {}

  /**
   * The log of {@code R/S}, {@code R = Σ ad/N}, {@code S = Σ bc/N}, with the Robins, Breslow and
   * Greenland (1986) variance {@code ½ (Σ PR/R² + Σ (PS + QR)/(RS) + Σ QS/S²)},
   * {@code P = (a + d)/N}, {@code Q = (b + c)/N}.
   */
  static Estimate logOddsRatio(Tables t) {
    double r = 0;
    double s = 0;
    double pr = 0;
    double psQr = 0;
    double qs = 0;
    for (int i = 0; i < t.k(); i++) {
      double n = t.n(i);
      double p = (t.a[i] + t.d[i]) / n;
      double q = (t.b[i] + t.c[i]) / n;
      double ri = (t.a[i] / n) * t.d[i];
      double si = (t.b[i] / n) * t.c[i];
      r += ri;
      s += si;
      pr += p * ri;
      psQr += p * si + q * ri;
      qs += q * si;
    }
    double variance = 0.5 * (pr / (r * r) + psQr / (r * s) + qs / (s * s));
    return new Estimate(Math.log(r / s), Math.sqrt(variance));
  }

  /**
   * The log of {@code R/S}, {@code R = Σ a n2/N}, {@code S = Σ c n1/N}, with the Greenland and
   * Robins (1985) variance {@code Σ (n1 n2 (a + c)/N² − ac/N) / (RS)}.
   */
  static Estimate logRiskRatio(Tables t) {
    double r = 0;
    double s = 0;
    double v = 0;
    for (int i = 0; i < t.k(); i++) {
      double n = t.n(i);
      r += t.a[i] * (t.n2(i) / n);
      s += t.c[i] * (t.n1(i) / n);
      v += (t.n1(i) / n) * (t.n2(i) / n) * t.events(i) - (t.a[i] / n) * t.c[i];
    }
    return new Estimate(Math.log(r / s), Math.sqrt(v / (r * s)));
  }

  /**
   * {@code Σ (a n2 − c n1)/N / W}, {@code W = Σ n1 n2/N}, with the Sato, Greenland and Robins
   * (1989) variance {@code (RD Σ (c (n1/N)² − a (n2/N)² + (n1/N)(n2/N)(n2 − n1)/2)
   * + Σ (a (n2 − c) + c (n1 − a))/(2N)) / W²}.
   */
  static Estimate riskDifference(Tables t) {
    double num = 0;
    double w = 0;
    for (int i = 0; i < t.k(); i++) {
      double n = t.n(i);
      num += t.a[i] * (t.n2(i) / n) - t.c[i] * (t.n1(i) / n);
      w += t.n1(i) * (t.n2(i) / n);
    }
    double rd = num / w;
    double slope = 0;
    double rest = 0;
    for (int i = 0; i < t.k(); i++) {
      double n = t.n(i);
      double f1 = t.n1(i) / n;
      double f2 = t.n2(i) / n;
      slope += t.c[i] * f1 * f1 - t.a[i] * f2 * f2 + f1 * f2 * (t.n2(i) - t.n1(i)) / 2;
      rest += t.a[i] * (t.n2(i) - t.c[i]) / n + t.c[i] * (t.n1(i) - t.a[i]) / n;
    }
    return new Estimate(rd, Math.sqrt(rd * slope + rest / 2) / w);
  }

  /**
   * The Mantel-Haenszel weight of each table: {@code bc/N} for the odds ratio, {@code c n1/N}
   * for the risk ratio, {@code n1 n2/N} for the risk difference (the denominators {@code S} and
   * {@code W} above are their sums).
   */
  static double[] weights(Tables t, Measure measure) {
    double[] w = new double[t.k()];
    for (int i = 0; i < t.k(); i++) {
      double n = t.n(i);
      w[i] = switch (measure) {
        case OR -> (t.b[i] / n) * t.c[i];
        case RR -> (t.c[i] / n) * t.n1(i);
        default -> (t.n1(i) / n) * t.n2(i);
      };
    }
    return w;
  }

  /**
   * The Cochran-Mantel-Haenszel, Cochran, Tarone and Breslow-Day tests at the pooled odds
   * ratio.
   */
  static PooledResult.OddsRatioTests tests(Tables t, double oddsRatio, boolean correct) {
    BreslowDay bd = breslowDay(t, oddsRatio);
    int df = bd.tables - 1;
    return new PooledResult.OddsRatioTests(association(t, correct, 1),
        association(t, correct, 0),
        df < 1 ? Optional.empty() : Optional.of(chiSquared(bd.tarone, df)),
        df < 1 ? Optional.empty() : Optional.of(chiSquared(bd.breslowDay, df)));
  }

  /**
   * {@code (|Σ (a − n1 m1/N)| − ½)² / Σ n1 n2 m1 m0 / (N² (N − δ))}, {@code m1 = a + c},
   * {@code m0 = b + d}; without the ½ if not {@code correct}. With δ = 1 (the hypergeometric
   * variance) this is the Cochran-Mantel-Haenszel statistic, metafor's {@code MH}; with δ = 0
   * (the binomial variance) Cochran's, metafor's {@code CO}.
   */
  private static ChiSquareTest association(Tables t, boolean correct, int delta) {
    double deviation = 0;
    double variance = 0;
    for (int i = 0; i < t.k(); i++) {
      double n = t.n(i);
      deviation += t.a[i] - (t.n1(i) / n) * t.events(i);
      double m = t.events(i) * t.nonEvents(i);
      variance += m == 0 ? 0 : (t.n1(i) / n) * (t.n2(i) / n) * (m / (n - delta));
    }
    double x = Math.pow(Math.abs(deviation) - (correct ? 0.5 : 0), 2) / variance;
    return chiSquared(x, 1);
  }

  /** The two heterogeneity statistics and the number of tables they use. */
  private record BreslowDay(double breslowDay, double tarone, int tables) {}

  /**
   * Breslow and Day (1980) with Tarone's (1985) correction: the expected count {@code A} of each
   * table with events and non-events under the pooled odds ratio ψ (the root of a quadratic in
   * A), then {@code BD = Σ (a − A)²/V}, {@code V = 1/(1/A + 1/(n1 − A) + 1/(m1 − A)
   * + 1/(N − n1 − m1 + A))}, and Tarone's {@code BD − (Σ (a − A))²/Σ V}.
   */
  private static BreslowDay breslowDay(Tables t, double psi) {
    double bd = 0;
    double sumDeviation = 0;
    double sumV = 0;
    int tables = 0;
    for (int i = 0; i < t.k(); i++) {
      double n1 = t.n1(i);
      double m1 = t.events(i);
      double expected = expectedCount(n1, t.n2(i), m1, psi);
      if (!(expected > 0 && m1 > 0 && t.nonEvents(i) > 0)) {
        continue;
      }
      double v = 1 / (1 / expected + 1 / (n1 - expected) + 1 / (m1 - expected)
          + 1 / (t.n(i) - n1 - m1 + expected));
      double deviation = t.a[i] - expected;
      bd += deviation * deviation / v;
      sumDeviation += deviation;
      sumV += v;
      tables++;
    }
    bd = Math.max(0, bd);
    return new BreslowDay(bd, Math.max(0, bd - sumDeviation * sumDeviation / sumV), tables);
  }

  /** The count in cell a of a table with margins n1, n2, m1 whose odds ratio is ψ. */
  private static double expectedCount(double n1, double n2, double m1, double psi) {
    if (psi == 1) {
      return n1 * m1 / (n1 + n2);
    }
    double a = psi * (n1 + m1) + (n2 - m1);
    double b = Math.sqrt(a * a - 4 * n1 * m1 * psi * (psi - 1));
    return (a - b) / (2 * (psi - 1));
  }

  private static ChiSquareTest chiSquared(double x, int df) {
    return new ChiSquareTest(x, df, Distributions.chiSquaredUpper(x, df));
  }
}
