package io.github.evident.stats.meta;

import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.List;

/** The text of {@link RegressionResult#summary()}, laid out as metafor prints a model. */
final class RegressionSummary {

  private RegressionSummary() {}

  static String of(RegressionResult r) {
    StringBuilder sb = new StringBuilder();
    boolean random = r.model() == MetaResult.Model.RANDOM_EFFECTS;
    sb.append(random ? "Mixed-Effects Model (k = " + r.k() + "; tau^2 estimator: "
        + r.tau2Estimator().orElseThrow().metaforName() + ")"
        : r.isWeightedLeastSquares() ? "Weighted Least Squares Model (k = " + r.k()
            + "; weights 1/vi, residual variance estimated)"
        : "Common-Effect Model with Moderators (k = " + r.k() + ")").append("\n\n");
    if (random) {
      sb.append("tau^2 (estimated amount of residual heterogeneity):     ")
          .append(Format.estimate(r.tau2()))
          .append(r.tau2StandardError().isPresent()
              ? " (SE = " + Format.estimate(r.tau2StandardError().getAsDouble()) + ")" : "")
          .append('\n');
      sb.append("tau (square root of estimated tau^2 value):             ")
          .append(Format.estimate(Math.sqrt(r.tau2()))).append('\n');
    }
    sb.append("I^2 (residual heterogeneity / unaccounted variability): ")
        .append(percent(r.i2())).append('\n');
    sb.append("H^2 (unaccounted variability / sampling variability):   ")
        .append(Format.estimate(r.h2())).append('\n');
    r.r2().ifPresent(r2 -> sb.append("R^2 (amount of heterogeneity accounted for):            ")
        .append(percent(r2)).append('\n'));
    sb.append("\nTest for Residual Heterogeneity:\nQE(df = ").append(r.qeDf()).append(") = ")
        .append(Format.estimate(r.qe())).append(", ").append(Format.p(r.qePValue()))
        .append("\n\nTest of Moderators (").append(r.p() == 1 ? "intercept"
            : r.p() == 2 ? "coefficient 2" : "coefficients 2:" + r.p()).append("):\n")
        .append(omnibus(r)).append("\n\nModel Results (")
        .append(r.testDf().isEmpty() ? "z tests"
            : (r.isWeightedLeastSquares() ? "t tests" : "Knapp-Hartung t tests") + ", df = "
            + r.testDf().getAsInt())
        .append(", ").append(Format.level(r.level())).append("% CI):\n\n");
    table(sb, r);
    if (!r.notes().isEmpty()) {
      sb.append("\nNotes:\n");
      r.notes().forEach(n -> sb.append("- ").append(n).append('\n'));
    }
    return sb.toString();
  }

  /** {@code QM(df = 2) = 18.8452, p < 0.0001} or {@code F(df1 = 2, df2 = 10) = ...}. */
  static String omnibus(RegressionResult r) {
    return omnibusHead(r) + " = " + Format.estimate(r.qm()) + ", " + Format.p(r.qmPValue());
  }

  /** {@code QM(df = 2)} or {@code F(df1 = 2, df2 = 10)}. */
  static String omnibusHead(RegressionResult r) {
    return r.qmDenominatorDf().isPresent()
        ? "F(df1 = " + r.qmDf() + ", df2 = " + r.qmDenominatorDf().getAsInt() + ")"
        : "QM(df = " + r.qmDf() + ")";
  }

  /** The coefficient table, names left-aligned, numbers right-aligned. */
  private static void table(StringBuilder sb, RegressionResult r) {
    String stat = r.testDf().isPresent() ? "tval" : "zval";
    String[] head = {"", "estimate", "se", stat, "pval", "ci.lb", "ci.ub"};
    List<Coefficient> cs = r.coefficients();
    List<String[]> lines = new ArrayList<>();
    lines.add(head);
    for (Coefficient c : cs) {
      lines.add(new String[] {c.name(), Format.estimate(c.estimate()),
          Format.estimate(c.standardError()), Format.estimate(c.statistic()),
          Format.pValue(c.pValue()), Format.estimate(c.ci().lower()),
          Format.estimate(c.ci().upper())});
    }
    sb.append(Format.table(lines, true));
  }

  private static String percent(double percentage) {
    return Format.percent(percentage, Format.TEXT_PERCENT_DECIMALS);
  }
}
