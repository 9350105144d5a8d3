package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.stats.meta.MetaResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Describes statistical heterogeneity in the Cochrane Handbook's words (section 10.10.2). */
final class Heterogeneity {

  private Heterogeneity() {}

  /** The Handbook's overlapping I² bands (percent). */
  private static final double[][] BANDS = {{0, 40}, {30, 60}, {50, 90}, {75, 100}};
  private static final String[] NAMES = {"might not be important", "moderate", "substantial",
      "considerable"};

  static List<String> bands(double i2) {
    List<String> out = new ArrayList<>();
    for (int b = 0; b < BANDS.length; b++) {
      if (i2 >= BANDS[b][0] && i2 <= BANDS[b][1]) {
        out.add(NAMES[b] + " (" + (int) BANDS[b][0] + "-" + (int) BANDS[b][1] + "%)");
      }
    }
    return out;
  }

  /** The bands an interval touches, from the lowest to the highest. */
  static String span(Interval ci) {
    int lo = -1;
    int hi = -1;
    for (int b = 0; b < BANDS.length; b++) {
      if (ci.upper() >= BANDS[b][0] && ci.lower() <= BANDS[b][1]) {
        lo = lo < 0 ? b : lo;
        hi = b;
      }
    }
    return lo == hi ? "lies within the band '" + NAMES[lo] + "'"
        : "spans the bands '" + NAMES[lo] + "' to '" + NAMES[hi] + "'";
  }

  /**
   * The first number of a fit that is not finite (a plan holds finite numbers only), by name.
   *
   * @param r the fit
   * @return for example "i2 = Inf", or empty if every number is finite
   */
  static Optional<String> nonFinite(MetaResult r) {
    Map<String, Double> n = new LinkedHashMap<>();
    n.put("estimate", r.estimate());
    n.put("standardError", r.standardError());
    n.put("statistic", r.statistic());
    n.put("pValue", r.pValue());
    bounds(n, "ci", Optional.of(r.ci()));
    bounds(n, "predictionInterval", r.predictionInterval());
    n.put("tau2", r.tau2());
    r.tau2StandardError().ifPresent(v -> n.put("tau2StandardError", v));
    bounds(n, "tau2Ci", r.tau2Ci());
    n.put("i2", r.i2());
    bounds(n, "i2Ci", r.i2Ci());
    n.put("h2", r.h2());
    bounds(n, "h2Ci", r.h2Ci());
    n.put("q", r.q());
    n.put("qPValue", r.qPValue());
    return n.entrySet().stream().filter(e -> !Double.isFinite(e.getValue())).findFirst()
        .map(e -> e.getKey() + " = " + e.getValue());
  }

  private static void bounds(Map<String, Double> n, String name, Optional<Interval> ci) {
    ci.ifPresent(x -> {
      n.put(name + ".lower", x.lower());
      n.put(name + ".upper", x.upper());
    });
  }

  /**
   * Heterogeneity as a reason: Q, I² and τ² with their CIs, the prediction interval from the
   * configured number of studies, and whether the lower limit of I² blocks pooling.
   */
  static Reason describe(MetaResult r, PlannerSettings s) {
    Map<String, Double> n = new LinkedHashMap<>();
    n.put("q", r.q());
    n.put("qDf", (double) r.qDf());
    n.put("qP", r.qPValue());
    n.put("i2", r.i2());
    r.i2Ci().ifPresent(ci -> {
      n.put("i2Lower", ci.lower());
      n.put("i2Upper", ci.upper());
    });
    n.put("tau2", r.tau2());
    r.tau2Ci().ifPresent(ci -> {
      n.put("tau2Lower", ci.lower());
      n.put("tau2Upper", ci.upper());
    });
    Optional<Interval> pi = r.predictionInterval()
        .filter(x -> r.k() >= s.predictionIntervalMinimum());
    pi.ifPresent(x -> {
      n.put("piLower", x.lower());
      n.put("piUpper", x.upper());
      n.put("piIncludesNoEffect", x.contains(0) ? 1.0 : 0.0);
    });
    boolean blocking = s.heterogeneityBlockingI2().isPresent() && r.k() >= 2
        && r.i2Ci().map(Interval::lower).orElse(r.i2())
            >= s.heterogeneityBlockingI2().getAsDouble();
    return new Reason(ReasonCode.HETEROGENEITY, Wording.heterogeneity(r, s, pi, blocking), n,
        List.of(), blocking);
  }
}
