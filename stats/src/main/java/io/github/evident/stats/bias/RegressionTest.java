package io.github.evident.stats.bias;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.meta.Coefficient;
import io.github.evident.stats.meta.RegressionResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The result of a regression test for funnel plot asymmetry (metafor's {@code regtest}): the
 * test of the predictor's coefficient, and the limit estimate, the intercept, which is the
 * effect expected in a study of infinite size. The fitted regression is kept for inspection.
 *
 * <p>A significant test says that smaller studies tend to report different effects than larger
 * ones. It does not say why: publication bias is one cause among heterogeneity, chance, poorer
 * methods in smaller studies and artefacts of the effect measure (Cochrane Handbook 13.3.5).
 */
public final class RegressionTest {

  /** How the regression is fitted. */
  public enum Model {
    /**
     * The meta-regression of the configured meta-analysis (its τ² estimator, test and level)
     * with the predictor as moderator; metafor's {@code model = "rma"}.
     */
    META_REGRESSION("rma"),
    /**
     * Weighted least squares with weights 1/v<sub>i</sub> and an estimated residual variance,
     * tested with t on k − 2 degrees of freedom: Egger's test; metafor's {@code model = "lm"}.
     */
    WEIGHTED_REGRESSION("lm");

    private final String label;

    Model(String label) {
      this.label = label;
    }

    /**
     * metafor's name of the model, {@code "rma"} or {@code "lm"}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  private final Model model;
  private final Predictor predictor;
  private final RegressionResult regression;
  private final List<String> notes;

  RegressionTest(Model model, Predictor predictor, RegressionResult regression,
      List<String> notes) {
    this.model = model;
    this.predictor = predictor;
    this.regression = regression;
    this.notes = List.copyOf(notes);
  }

  /**
   * The model of the regression.
   *
   * @return the model
   */
  public Model model() {
    return model;
  }

  /**
   * The predictor.
   *
   * @return the predictor
   */
  public Predictor predictor() {
    return predictor;
  }

  /**
   * The fitted regression of the estimates on the intercept and the predictor (whose
   * coefficient is named by {@link Predictor#label()}).
   *
   * @return the regression
   */
  public RegressionResult regression() {
    return regression;
  }

  private Coefficient slope() {
    return regression.coefficient(predictor.label());
  }

  /**
   * The test statistic of the predictor's coefficient: z, or t for the Knapp-Hartung test and
   * the weighted regression.
   *
   * @return the statistic
   */
  public double statistic() {
    return slope().statistic();
  }

  /**
   * The degrees of freedom of the t test (k − 2); empty for a z test.
   *
   * @return the degrees of freedom
   */
  public OptionalInt df() {
    return regression.testDf();
  }

  /**
   * The two-sided p value of the test for asymmetry.
   *
   * @return p
   */
  public double pValue() {
    return slope().pValue();
  }

  /**
   * The limit estimate, the intercept: the effect as the predictor goes to 0; empty for the
   * predictor {@link Predictor#SAMPLE_SIZE}, which does not go to 0 (metafor gives NA).
   *
   * @return the limit estimate
   */
  public OptionalDouble limitEstimate() {
    return predictor.hasLimit()
        ? OptionalDouble.of(regression.coefficient(RegressionResult.INTERCEPT).estimate())
        : OptionalDouble.empty();
  }

  /**
   * The confidence interval of the limit estimate at the regression's level; empty when
   * {@link #limitEstimate()} is.
   *
   * @return the interval
   */
  public Optional<Interval> limitCi() {
    return predictor.hasLimit()
        ? Optional.of(regression.coefficient(RegressionResult.INTERCEPT).ci())
        : Optional.empty();
  }

  /**
   * What a reader should know, such as fewer than ten studies.
   *
   * @return the notes (unmodifiable)
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * A report in the manner of metafor's print of {@code regtest}: the model, the predictor,
   * the test, the limit estimate and the notes.
   *
   * @return the report
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Regression Test for Funnel Plot Asymmetry\n\n");
    sb.append("Model:     ").append(model == Model.META_REGRESSION
        ? regression.model().label() + " meta-regression model"
        + regression.tau2Estimator().map(e -> " (" + e.metaforName() + ")").orElse("")
        : "weighted regression with multiplicative dispersion").append('\n');
    sb.append("Predictor: ").append(describe(predictor)).append("\n\n");
    sb.append("Test for Funnel Plot Asymmetry: ").append(test()).append('\n');
    limitEstimate().ifPresent(e -> sb.append("Limit Estimate (as ").append(predictor.label())
        .append(" -> 0):  b = ").append(Format.estimate(e)).append(" (CI: ")
        .append(Format.interval(limitCi().orElseThrow())).append(")\n"));
    if (!notes.isEmpty()) {
      sb.append("\nNotes:\n");
      notes.forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  private String test() {
    return (df().isPresent() ? "t = " : "z = ") + Format.estimate(statistic())
        + (df().isPresent() ? ", df = " + df().getAsInt() : "") + ", " + Format.p(pValue());
  }

  private static String describe(Predictor p) {
    return switch (p) {
      case STANDARD_ERROR -> "standard error";
      case VARIANCE -> "sampling variance";
      case SAMPLE_SIZE -> "sample size";
      case INVERSE_SAMPLE_SIZE -> "inverse of the sample size";
      case INVERSE_SQRT_SAMPLE_SIZE -> "inverse of the square root of the sample size";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegressionTest r && model == r.model && predictor == r.predictor
        && regression.equals(r.regression) && notes.equals(r.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, predictor, regression, notes);
  }

  /**
   * One line, for example {@code regression test for funnel plot asymmetry (rma, sei): z =
   * -0.8033, p = 0.4218; limit estimate -0.5104, CI [-1.1182, 0.0974]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "regression test for funnel plot asymmetry (" + model.label() + ", "
        + predictor.label() + "): " + test()
        + limitEstimate().stream().mapToObj(e -> "; limit estimate " + Format.estimate(e)
        + ", CI " + Format.interval(limitCi().orElseThrow())).findFirst().orElse("")
        + (notes.isEmpty() ? "" : "; " + Format.count(notes.size(), "note", "notes"));
  }
}
