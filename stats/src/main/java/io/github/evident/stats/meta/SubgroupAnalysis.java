package io.github.evident.stats.meta;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Distributions;
import io.github.evident.stats.internal.StudyData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A subgroup analysis: the studies are split by a label (allocation, setting, design), each
 * subgroup is pooled, and the test for subgroup differences asks whether the subgroups' pooled
 * effects differ. Instances are immutable.
 *
 * <pre>{@code
 * SubgroupResult r = SubgroupAnalysis.of(MetaAnalysis.randomEffects()).fit(yi, vi, alloc);
 * r.subgroups();   // per subgroup, in order of first appearance
 * r.between();     // Chi^2, df, P
 * }</pre>
 *
 * <p>By default each subgroup has its own τ², as RevMan and R's {@code meta} do: the configured
 * {@link MetaAnalysis} is fitted to each subgroup's studies, and the test for subgroup
 * differences is the common-effect Q of the subgroup estimates, weighted by 1/SE², with
 * (number of subgroups − 1) degrees of freedom. {@link #withCommonTau2()} fits instead
 * metafor's mixed-effects model {@code rma(yi, vi, mods = ~ factor(group))}: one τ² for all
 * studies, the subgroup estimates are the model's fitted values per level and the test is its
 * omnibus Q<sub>M</sub> (an F test with the Knapp-Hartung adjustment).
 */
public final class SubgroupAnalysis {

  /** The name of the categorical moderator of the common-τ² model. */
  private static final String FACTOR = "subgroup";

  private final MetaAnalysis analysis;
  private final boolean commonTau2;

  private SubgroupAnalysis(MetaAnalysis analysis, boolean commonTau2) {
    this.analysis = analysis;
    this.commonTau2 = commonTau2;
  }

  /**
   * A subgroup analysis that pools each subgroup with {@code analysis}, with a separate τ² per
   * subgroup.
   *
   * @param analysis the configured meta-analysis (model, τ² estimator, test, level)
   * @return the subgroup analysis
   * @throws IllegalArgumentException if {@code analysis} is null
   */
  public static SubgroupAnalysis of(MetaAnalysis analysis) {
    Checks.notNull("analysis", analysis);
    return new SubgroupAnalysis(analysis, false);
  }

  /**
   * Assumes one τ² common to all subgroups: metafor's mixed-effects model with the subgroup as a
   * factor, configured as the analysis is ({@link MetaRegression#like(MetaAnalysis)}).
   *
   * @return a new subgroup analysis
   */
  public SubgroupAnalysis withCommonTau2() {
    return new SubgroupAnalysis(analysis, true);
  }

  /**
   * Fits the subgroups and tests their differences. The arrays are copied, never kept.
   *
   * @param yi the effect size estimates, finite
   * @param vi their sampling variances, finite and positive
   * @param subgroupOfEachStudy the label of each study's subgroup, not blank
   * @return the result
   * @throws IllegalArgumentException if an argument is null, the lengths differ, a label is
   *     null or blank (the message names the study index), there are fewer than two subgroups,
   *     or a fit rejects the data as {@link MetaAnalysis#fit(double[], double[])} and
   *     {@link MetaRegression#fit(double[], double[], Moderators)} do (with a common τ², fewer
   *     studies than subgroups + 1)
   * @throws NonConvergenceException if an iterative τ² estimator does not converge and the
   *     analysis requested no fallback
   */
  public SubgroupResult fit(double[] yi, double[] vi, List<String> subgroupOfEachStudy) {
    StudyData.sameLength(yi, vi);
    List<String> labels = labels(subgroupOfEachStudy, yi.length);
    Map<String, List<Integer>> members = members(labels);
    if (members.size() < 2) {
      throw new IllegalArgumentException("subgroupOfEachStudy must name at least two subgroups, "
          + "was only " + members.keySet());
    }
    return commonTau2 ? common(yi, vi, labels, members) : separate(yi, vi, members);
  }

  private static List<String> labels(List<String> labels, int k) {
    Checks.notNull("subgroupOfEachStudy", labels);
    if (labels.size() != k) {
      throw new IllegalArgumentException("subgroupOfEachStudy has " + labels.size()
          + " labels, but there are k = " + k + " studies");
    }
    for (int i = 0; i < k; i++) {
      Checks.nonBlank("subgroupOfEachStudy[" + i + "] (study " + i + ")", labels.get(i));
    }
    return List.copyOf(labels);
  }

  /** The indices of each subgroup's studies, subgroups in order of first appearance. */
  private static Map<String, List<Integer>> members(List<String> labels) {
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      members.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
    }
    return members;
  }

  private SubgroupResult separate(double[] yi, double[] vi,
      Map<String, List<Integer>> members) {
    List<Subgroup> groups = new ArrayList<>();
    members.forEach((label, studies) -> groups.add(Subgroup.separate(label,
        analysis.fit(pick(yi, studies), pick(vi, studies)))));
    return new SubgroupResult(analysis, groups, between(groups), Optional.empty());
  }

  private static double[] pick(double[] values, List<Integer> studies) {
    return studies.stream().mapToDouble(i -> values[i]).toArray();
  }

  /** The common-effect Q of the subgroup estimates with weights 1/SE². */
  private static SubgroupDifferences between(List<Subgroup> groups) {
    double sw = 0;
    double swy = 0;
    for (Subgroup g : groups) {
      double w = 1 / (g.estimate().standardError() * g.estimate().standardError());
      sw += w;
      swy += w * g.estimate().estimate();
    }
    double pooled = swy / sw;
    double q = 0;
    for (Subgroup g : groups) {
      double d = (g.estimate().estimate() - pooled) / g.estimate().standardError();
      q += d * d;
    }
    int df = groups.size() - 1;
    return new SubgroupDifferences(q, df, OptionalInt.empty(),
        Distributions.chiSquaredUpper(q, df));
  }

  private SubgroupResult common(double[] yi, double[] vi, List<String> labels,
      Map<String, List<Integer>> members) {
    String reference = labels.get(0);
    Moderators factor = Moderators.categorical(FACTOR, labels, reference);
    RegressionResult reg = MetaRegression.like(analysis).fit(yi, vi, factor);
    List<Subgroup> groups = new ArrayList<>();
    members.forEach((label, studies) -> groups.add(new Subgroup(label, studies.size(),
        reg.predict(dummies(factor, label)), Optional.empty())));
    SubgroupDifferences test = new SubgroupDifferences(reg.qm(), reg.qmDf(),
        reg.qmDenominatorDf(), reg.qmPValue());
    return new SubgroupResult(analysis, groups, test, Optional.of(reg));
  }

  /** The dummy values of one level: 1 in its own column, 0 elsewhere (all 0 for the reference). */
  private static double[] dummies(Moderators factor, String label) {
    double[] row = new double[factor.size()];
    int column = factor.names().indexOf(FACTOR + "=" + label);
    if (column >= 0) {
      row[column] = 1;
    }
    return row;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubgroupAnalysis s && analysis.equals(s.analysis)
        && commonTau2 == s.commonTau2;
  }

  @Override
  public int hashCode() {
    return Objects.hash(analysis, commonTau2);
  }

  /**
   * The settings in words, for example {@code subgroup analysis with a separate tau^2 per
   * subgroup: random-effects meta-analysis (REML), z test, 95% level}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "subgroup analysis with " + SubgroupResult.assumption(commonTau2) + ": " + analysis;
  }
}
