package io.github.evident.stats.plan;

import io.github.evident.core.model.ArmSummary;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.Proportion;
import io.github.evident.core.model.ReportedResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One comparison an outcome reports: a single result (a paired change, a 2×2 table, an effect
 * estimate, a correlation, a test statistic), or two arm summaries or proportions that pair up
 * (two groups at one time point, or one group at two time points).
 *
 * @param index the index of the (first) result in {@code outcome.results}
 * @param first the result, or the first of the pair
 * @param second the second of a pair
 */
record ReportedComparison(int index, ReportedResult first, Optional<ReportedResult> second) {

  /** The comparisons of an outcome, in the order they are reported. */
  static List<ReportedComparison> of(Outcome outcome) {
    List<ReportedResult> rs = outcome.results();
    boolean[] used = new boolean[rs.size()];
    List<ReportedComparison> out = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      ReportedResult r = rs.get(i);
      if (used[i]) {
        continue;
      }
      if (!paired(r)) {
        out.add(new ReportedComparison(i, r, Optional.empty()));
        continue;
      }
      for (int j = i + 1; j < rs.size(); j++) {
        if (!used[j] && rs.get(j).form() == r.form() && pairs(r, rs.get(j))) {
          used[i] = true;
          used[j] = true;
          out.add(new ReportedComparison(i, r, Optional.of(rs.get(j))));
          break;
        }
      }
    }
    out.sort(Comparator.comparingInt(ReportedComparison::index));
    return out;
  }

  /** The p value of the comparison: the second result's, else the first's. */
  Optional<io.github.evident.core.model.PValue> p() {
    return second.flatMap(ReportedResult::p).or(first::p);
  }

  /** Arm summaries and proportions describe one group at one time: they come in pairs. */
  private static boolean paired(ReportedResult r) {
    return r.form() == ReportedResult.Form.ARM_SUMMARY
        || r.form() == ReportedResult.Form.PROPORTION;
  }

  private static boolean pairs(ReportedResult a, ReportedResult b) {
    Optional<String> ga = group(a);
    Optional<String> gb = group(b);
    Optional<String> ta = time(a);
    Optional<String> tb = time(b);
    if (ga.isPresent() && gb.isPresent() && !ga.equals(gb)) {
      return ta.equals(tb); // two groups at the same time point
    }
    return ga.equals(gb) && a.label().equals(b.label()) && ta.isPresent() && tb.isPresent()
        && !ta.equals(tb);
  }

  private static Optional<String> group(ReportedResult r) {
    return r.form() == ReportedResult.Form.ARM_SUMMARY ? ((ArmSummary) r).group()
        : ((Proportion) r).group();
  }

  private static Optional<String> time(ReportedResult r) {
    return r.form() == ReportedResult.Form.ARM_SUMMARY ? ((ArmSummary) r).timePoint()
        : ((Proportion) r).timePoint();
  }
}
