package io.github.evident.stats.plan;

import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.stats.meta.MetaResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  static Reason describe(MetaResult r, PlannerSettings s) {
    Map<String, Double> n = new LinkedHashMap<>();
    String pct = Format.level(r.level());
    StringBuilder sb = new StringBuilder();
    n.put("q", r.q());
    n.put("qDf", (double) r.qDf());
    n.put("qP", r.qPValue());
    n.put("i2", r.i2());
    if (r.k() < 2) {
      sb.append("heterogeneity cannot be assessed with a single study");
    } else {
      sb.append("I² = ").append(Wording.percent(r.i2()));
      r.i2Ci().ifPresent(ci -> sb.append(" (").append(pct).append("% CI ")
          .append(Wording.percent(ci.lower())).append(" to ").append(Wording.percent(ci.upper()))
          .append(')'));
      List<String> b = bands(r.i2());
      sb.append(": the estimate falls in the Handbook band").append(b.size() > 1 ? "s " : " ")
          .append(String.join(" and ", b));
      r.i2Ci().ifPresent(ci -> sb.append(" and the interval ").append(span(ci)));
      sb.append(" (the bands overlap on purpose: 0-40% might not be important, 30-60% "
          + "moderate, 50-90% substantial, 75-100% considerable)");
      boolean evidence = r.qPValue() < s.heterogeneityAlpha();
      sb.append("; Q = ").append(Wording.num(r.q())).append(" on ").append(r.qDf())
          .append(" df, ").append(Format.p(r.qPValue())).append(evidence
              ? " (evidence of heterogeneity at the " + Wording.setting(s.heterogeneityAlpha())
                  + " level the Handbook suggests for this low-power test)"
              : " (no evidence of heterogeneity at the " + Wording.setting(s.heterogeneityAlpha())
                  + " level; the test has low power with few studies)");
      sb.append("; τ² = ").append(Wording.num(r.tau2()));
      r.tau2Ci().ifPresent(ci -> sb.append(" (").append(pct).append("% CI ")
          .append(Wording.num(ci.lower())).append(" to ").append(Wording.num(ci.upper()))
          .append(')'));
    }
    r.i2Ci().ifPresent(ci -> {
      n.put("i2Lower", ci.lower());
      n.put("i2Upper", ci.upper());
    });
    n.put("tau2", r.tau2());
    r.tau2Ci().ifPresent(ci -> {
      n.put("tau2Lower", ci.lower());
      n.put("tau2Upper", ci.upper());
    });
    if (r.k() >= s.predictionIntervalMinimum() && r.predictionInterval().isPresent()) {
      Interval pi = r.predictionInterval().get();
      boolean includes = pi.contains(0);
      n.put("piLower", pi.lower());
      n.put("piUpper", pi.upper());
      n.put("piIncludesNoEffect", includes ? 1.0 : 0.0);
      sb.append("; the ").append(pct).append("% prediction interval ")
          .append(Wording.num(pi.lower())).append(" to ").append(Wording.num(pi.upper()))
          .append(includes ? " includes no effect (0): in some settings the intervention may "
              + "have no effect or an opposite one" : " excludes no effect (0)");
    }
    boolean blocking = false;
    if (s.heterogeneityBlockingI2().isPresent() && r.k() >= 2) {
      double limit = s.heterogeneityBlockingI2().getAsDouble();
      double lower = r.i2Ci().map(Interval::lower).orElse(r.i2());
      blocking = lower >= limit;
      sb.append(blocking ? "; the lower limit of I² reaches the configured " + Format.number(limit, 0)
          + "%: pooling is not advised" : "");
    }
    return new Reason(ReasonCode.HETEROGENEITY, sb.toString(), n, List.of(), blocking);
  }
}
