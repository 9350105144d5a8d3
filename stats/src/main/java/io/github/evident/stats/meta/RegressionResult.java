package io.github.evident.stats.meta;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The immutable result of a {@link MetaRegression} fit, with the numbers metafor's
 * {@code rma(yi, vi, mods = ...)} and {@code predict(res, newmods = ...)} report: the
 * coefficients with their tests, the residual heterogeneity (τ², I², H², Q<sub>E</sub>), the
 * omnibus test of the moderators (Q<sub>M</sub>) and R².
 */
public final class RegressionResult {

  /** The name of the intercept among the {@link #coefficients()}. */
  public static final String INTERCEPT = "intercept";

  private final MetaResult.Model model;
  private final Optional<Tau2Estimator> tau2Estimator;
  private final MetaResult.Test test;
  private final double level;
  private final int k;
  private final List<Coefficient> coefficients;
  private final double tau2;
  private final OptionalDouble tau2StandardError;
  private final int iterations;
  private final double i2;
  private final double h2;
  private final OptionalDouble r2;
  private final double qe;
  private final double qePValue;
  private final double qm;
  private final double qmPValue;
  private final List<String> notes;
  private final boolean leastSquares;
  private final Design.Scaling scaling;
  private final double[] scaledBeta;
  private final double[][] scaledCovariance;
  private final double crit;

  private RegressionResult(Builder b) {
    this.model = b.model;
    this.tau2Estimator = Optional.ofNullable(b.estimator);
    this.test = b.test;
    this.level = b.level;
    this.k = b.k;
    this.tau2 = b.tau2;
    this.tau2StandardError = Double.isNaN(b.tau2Se) ? OptionalDouble.empty()
        : OptionalDouble.of(b.tau2Se);
    this.iterations = b.iterations;
    this.i2 = b.i2;
    this.h2 = b.h2;
    this.r2 = Double.isNaN(b.r2) ? OptionalDouble.empty() : OptionalDouble.of(b.r2);
    this.notes = List.copyOf(b.notes);
    this.leastSquares = b.leastSquares;
    this.scaling = b.scaling;
    this.scaledBeta = b.beta;
    this.scaledCovariance = b.covariance;
    this.qe = b.qe;
    this.qePValue = Distributions.chiSquaredUpper(qe, qeDf());
    double alpha = 1 - level;
    this.crit = knappHartung() ? Distributions.tUpperQuantile(alpha / 2, residualDf())
        : Distributions.normalUpperQuantile(alpha / 2);
    this.coefficients = coefficientTable();
    this.qm = omnibus();
    this.qmPValue = knappHartung() ? Distributions.fUpper(qm, qmDf(), residualDf())
        : Distributions.chiSquaredUpper(qm, qmDf());
  }

  /** Collects the pieces of a result; only {@link RegressionFitter} uses it. */
  static final class Builder {
    private final MetaResult.Model model;
    private final MetaResult.Test test;
    private final double level;
    private final int k;
    private final Design.Scaling scaling;
    private final double[] beta;
    private final double[][] covariance;
    private Tau2Estimator estimator;
    private double tau2;
    private double tau2Se = Double.NaN;
    private int iterations;
    private double qe;
    private double i2;
    private double h2;
    private double r2 = Double.NaN;
    private List<String> notes = List.of();
    private boolean leastSquares;

    /**
     * The coefficients β̃ and their covariance (Knapp-Hartung factor included) on the scaled
     * design of {@code scaling}.
     */
    Builder(MetaResult.Model model, MetaResult.Test test, double level, int k,
        Design.Scaling scaling, double[] beta, double[][] covariance) {
      this.model = model;
      this.test = test;
      this.level = level;
      this.k = k;
      this.scaling = scaling;
      this.beta = beta;
      this.covariance = covariance;
    }

    Builder tau2(Tau2Estimator estimator, double tau2, double se, int iterations) {
      this.estimator = estimator;
      this.tau2 = tau2;
      this.tau2Se = se;
      this.iterations = iterations;
      return this;
    }

    Builder residual(double qe, double i2, double h2) {
      this.qe = qe;
      this.i2 = i2;
      this.h2 = h2;
      return this;
    }

    /** R² in percent, NaN when absent. */
    Builder r2(double r2) {
      this.r2 = r2;
      return this;
    }

    /** Marks a fit of {@link MetaRegression#weightedLeastSquares()}. */
    Builder leastSquares(boolean leastSquares) {
      this.leastSquares = leastSquares;
      return this;
    }

    Builder notes(List<String> notes) {
      this.notes = notes;
      return this;
    }

    RegressionResult build() {
      return new RegressionResult(this);
    }
  }

  /** The coefficients on the moderators as given: β = Tβ̃, Var β = T Var β̃ Tᵀ. */
  private List<Coefficient> coefficientTable() {
    double[][] t = scaling.toOriginal();
    double[] beta = multiply(t, scaledBeta);
    double[][] cov = Projection.multiply(Projection.multiply(t, scaledCovariance),
        transpose(t));
    List<Coefficient> out = new ArrayList<>();
    for (int j = 0; j < beta.length; j++) {
      double se = Math.sqrt(cov[j][j]);
      double stat = beta[j] / se;
      double p = knappHartung() ? Distributions.tTwoSided(stat, residualDf())
          : Distributions.normalTwoSided(stat);
      out.add(new Coefficient(j == 0 ? INTERCEPT : scaling.names().get(j - 1), beta[j], se,
          stat, p, Interval.of(beta[j] - crit * se, beta[j] + crit * se)));
    }
    return List.copyOf(out);
  }

  /**
   * The Wald statistic β̂<sub>M</sub>ᵀ(Var β̂<sub>M</sub>)⁻¹β̂<sub>M</sub> of the moderators'
   * coefficients (of the intercept when there are none), divided by m for the F test. It is
   * the same on the scaled design, whose slopes are the given ones times constants.
   */
  private double omnibus() {
    int p = scaledBeta.length;
    int from = p == 1 ? 0 : 1;
    int m = p - from;
    double[][] sub = new double[m][m];
    double[] b = new double[m];
    for (int r = 0; r < m; r++) {
      b[r] = scaledBeta[from + r];
      for (int c = 0; c < m; c++) {
        sub[r][c] = scaledCovariance[from + r][from + c];
      }
    }
    Cholesky c = Cholesky.factor(sub, 0, new int[1]);
    double wald = c == null ? Double.NaN : c.inverseQuadratic(b);
    return knappHartung() ? wald / m : wald;
  }

  private static double[] multiply(double[][] t, double[] b) {
    double[] out = new double[t.length];
    for (int r = 0; r < t.length; r++) {
      for (int c = 0; c < b.length; c++) {
        out[r] += t[r][c] * b[c];
      }
    }
    return out;
  }

  private static double[][] transpose(double[][] t) {
    double[][] out = new double[t[0].length][t.length];
    for (int r = 0; r < t.length; r++) {
      for (int c = 0; c < t[0].length; c++) {
        out[c][r] = t[r][c];
      }
    }
    return out;
  }

  private boolean knappHartung() {
    return test == MetaResult.Test.KNAPP_HARTUNG;
  }

  private int residualDf() {
    return k - scaledBeta.length;
  }

  /**
   * Common-effect or random-effects (mixed-effects) model.
   *
   * @return the model
   */
  public MetaResult.Model model() {
    return model;
  }

  /**
   * The τ² estimator actually used (after any requested fallback); empty for the common-effect
   * model.
   *
   * @return the estimator
   */
  public Optional<Tau2Estimator> tau2Estimator() {
    return tau2Estimator;
  }

  /**
   * The test of the coefficients: z (with χ² for Q<sub>M</sub>) or Knapp-Hartung (t and F).
   *
   * @return the test
   */
  public MetaResult.Test test() {
    return test;
  }

  /**
   * The confidence level, for example 0.95.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * The number of studies.
   *
   * @return k
   */
  public int k() {
    return k;
  }

  /**
   * The number of coefficients p (the intercept and m moderators).
   *
   * @return p
   */
  public int p() {
    return scaledBeta.length;
  }

  /**
   * The coefficients, the intercept ({@value #INTERCEPT}) first, then the moderators in the
   * order given.
   *
   * @return the coefficients (unmodifiable)
   */
  public List<Coefficient> coefficients() {
    return coefficients;
  }

  /**
   * The coefficient of one moderator, or of the intercept ({@value #INTERCEPT}).
   *
   * @param name the moderator's name
   * @return its coefficient
   * @throws IllegalArgumentException if the model has no coefficient of that name
   */
  public Coefficient coefficient(String name) {
    for (Coefficient c : coefficients) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no coefficient named '" + name + "'; the coefficients "
        + "are " + coefficients.stream().map(Coefficient::name).toList());
  }

  /**
   * The degrees of freedom of the t tests, k − p; empty for the z test.
   *
   * @return the degrees of freedom
   */
  public OptionalInt testDf() {
    return knappHartung() ? OptionalInt.of(residualDf()) : OptionalInt.empty();
  }

  /**
   * The residual between-study variance τ² (0 for the common-effect model).
   *
   * @return τ²
   */
  public double tau2() {
    return tau2;
  }

  /**
   * The standard error of τ² as metafor's {@code se.tau2}; empty for the common-effect model.
   *
   * @return the standard error
   */
  public OptionalDouble tau2StandardError() {
    return tau2StandardError;
  }

  /**
   * Iterations used to estimate τ² (0 for closed-form estimators).
   *
   * @return the iterations
   */
  public int iterations() {
    return iterations;
  }

  /**
   * I² in percent, the residual heterogeneity as a share of the unaccounted variability:
   * 100·τ²/(τ² + ṽ) with ṽ = (k − p)/tr P (P with weights 1/v<sub>i</sub>) for random effects,
   * 100·max(0, (Q<sub>E</sub> − (k − p))/Q<sub>E</sub>) for the common-effect model.
   *
   * @return I²
   */
  public double i2() {
    return i2;
  }

  /**
   * H²: (τ² + ṽ)/ṽ for random effects, Q<sub>E</sub>/(k − p) for the common-effect model.
   *
   * @return H²
   */
  public double h2() {
    return h2;
  }

  /**
   * R² in percent, the share of heterogeneity the moderators account for, as metafor computes
   * it: 100·max(0, (τ²₀ − τ²)/τ²₀) with τ²₀ from the intercept-only model fitted with the same
   * estimator (0 when τ²₀ = 0); for the common-effect model the adjusted R² of the weighted
   * least-squares fit, truncated at 0. Empty without moderators, and when the intercept-only
   * fit does not converge (see {@link #notes()}).
   *
   * @return R²
   */
  public OptionalDouble r2() {
    return r2;
  }

  /**
   * The test for residual heterogeneity Q<sub>E</sub> = Σ(y<sub>i</sub> −
   * x<sub>i</sub>ᵀβ̂<sub>FE</sub>)²/v<sub>i</sub>.
   *
   * @return Q<sub>E</sub>
   */
  public double qe() {
    return qe;
  }

  /**
   * The degrees of freedom of Q<sub>E</sub>, k − p.
   *
   * @return k − p
   */
  public int qeDf() {
    return k - p();
  }

  /**
   * The p value of Q<sub>E</sub>, P(χ²<sub>k−p</sub> &gt; Q<sub>E</sub>).
   *
   * @return p
   */
  public double qePValue() {
    return qePValue;
  }

  /**
   * The omnibus test of the moderators (of the intercept when there are none): the Wald χ²
   * statistic, or for the Knapp-Hartung test that statistic divided by m, an F statistic.
   *
   * @return Q<sub>M</sub>
   */
  public double qm() {
    return qm;
  }

  /**
   * The (numerator) degrees of freedom of Q<sub>M</sub>: the number of coefficients tested, m.
   *
   * @return m
   */
  public int qmDf() {
    return Math.max(1, p() - 1);
  }

  /**
   * The denominator degrees of freedom of the F test, k − p; empty for the χ² test.
   *
   * @return k − p
   */
  public OptionalInt qmDenominatorDf() {
    return testDf();
  }

  /**
   * The p value of Q<sub>M</sub>.
   *
   * @return p
   */
  public double qmPValue() {
    return qmPValue;
  }

  /**
   * Whether this is a fit of {@link MetaRegression#weightedLeastSquares()}: the covariance is
   * scaled by the residual variance and the tests are t and F tests.
   *
   * @return {@code true} for a weighted least-squares fit
   */
  public boolean isWeightedLeastSquares() {
    return leastSquares;
  }

  /**
   * Statements about the fit a reader must know (fallbacks, a τ² set to 0, a missing R²).
   *
   * @return the notes (unmodifiable)
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * The fitted value at given moderator values, as metafor's {@code predict(res, newmods =
   * c(...))}: estimate x'β̂, its standard error, confidence interval and (random effects)
   * prediction interval x'β̂ ± crit·√(SE² + τ²), with the test's critical value.
   *
   * @param moderatorValues one value per moderator, in the order of the moderators
   * @return the prediction
   * @throws IllegalArgumentException if the number of values is not the number of moderators
   *     or a value is not finite
   */
  public Prediction predict(double... moderatorValues) {
    Checks.notNull("moderatorValues", moderatorValues);
    if (moderatorValues.length != p() - 1) {
      throw new IllegalArgumentException("predict needs one value per moderator "
          + scaling.names() + ", got " + moderatorValues.length);
    }
    for (int j = 0; j < moderatorValues.length; j++) {
      Checks.finite("value of moderator '" + scaling.names().get(j) + "'", moderatorValues[j]);
    }
    double[] row = scaling.row(moderatorValues);
    double estimate = 0;
    double variance = 0;
    for (int r = 0; r < row.length; r++) {
      estimate += row[r] * scaledBeta[r];
      for (int c = 0; c < row.length; c++) {
        variance += row[r] * scaledCovariance[r][c] * row[c];
      }
    }
    double se = Math.sqrt(Math.max(0, variance));
    Optional<Interval> pi = model == MetaResult.Model.RANDOM_EFFECTS
        ? Optional.of(around(estimate, crit * Math.sqrt(Math.max(0, variance) + tau2)))
        : Optional.empty();
    return new Prediction(estimate, se, around(estimate, crit * se), pi);
  }

  private static Interval around(double centre, double half) {
    return Interval.of(centre - half, centre + half);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegressionResult r)) {
      return false;
    }
    return model == r.model && tau2Estimator.equals(r.tau2Estimator) && test == r.test
        && Double.compare(level, r.level) == 0 && k == r.k && coefficients.equals(r.coefficients)
        && Double.compare(tau2, r.tau2) == 0 && tau2StandardError.equals(r.tau2StandardError)
        && iterations == r.iterations && Double.compare(i2, r.i2) == 0
        && Double.compare(h2, r.h2) == 0 && r2.equals(r.r2) && Double.compare(qe, r.qe) == 0
        && Double.compare(qm, r.qm) == 0 && notes.equals(r.notes)
        && leastSquares == r.leastSquares && scaling.names().equals(r.scaling.names())
        && Arrays.equals(scaling.centres(), r.scaling.centres())
        && Arrays.equals(scaling.scales(), r.scaling.scales())
        && Arrays.equals(scaledBeta, r.scaledBeta)
        && Arrays.deepEquals(scaledCovariance, r.scaledCovariance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, tau2Estimator, test, level, k, coefficients, tau2,
        tau2StandardError, iterations, i2, h2, r2, qe, qm, notes, leastSquares,
        Arrays.hashCode(scaledBeta));
  }

  /**
   * A metafor-like multi-line report: the model, the residual heterogeneity (τ², τ, I², H²,
   * R²), the test for residual heterogeneity, the test of the moderators, the coefficient
   * table and the notes.
   *
   * @return the report
   */
  public String summary() {
    return RegressionSummary.of(this);
  }

  /**
   * One line, for example {@code mixed-effects meta-regression (REML, z tests), k = 13, p = 2:
   * tau^2 = 0.0764, I^2 = 68.39%, R^2 = 75.62%; QE(df = 11) = 30.7331, p = 0.0012; QM(df = 1) =
   * 16.3571, p < 0.0001}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(leastSquares ? "weighted least-squares regression ("
        : model == MetaResult.Model.COMMON_EFFECT ? "common-effect meta-regression ("
        : "mixed-effects meta-regression (" + tau2Estimator.orElseThrow().metaforName() + ", ");
    sb.append(leastSquares ? "t tests" : knappHartung() ? "Knapp-Hartung tests" : "z tests")
        .append("), k = ").append(k)
        .append(", p = ").append(p()).append(": ");
    if (model == MetaResult.Model.RANDOM_EFFECTS) {
      sb.append("tau^2 = ").append(Format.estimate(tau2)).append(", ");
    }
    sb.append("I^2 = ").append(Format.percent(i2, Format.TEXT_PERCENT_DECIMALS));
    r2.ifPresent(r -> sb.append(", R^2 = ").append(Format.percent(r,
        Format.TEXT_PERCENT_DECIMALS)));
    sb.append("; QE(df = ").append(qeDf()).append(") = ").append(Format.estimate(qe))
        .append(", ").append(Format.p(qePValue)).append("; ")
        .append(RegressionSummary.omnibus(this));
    if (!notes.isEmpty()) {
      sb.append("; ").append(Format.count(notes.size(), "note", "notes"));
    }
    return sb.toString();
  }
}
