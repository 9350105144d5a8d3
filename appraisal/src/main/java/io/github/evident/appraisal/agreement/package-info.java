/**
 * Agreement between reviewers who rate the same studies: percent agreement, Cohen's kappa
 * (unweighted and weighted, with the large-sample standard errors of Fleiss, Cohen and Everitt
 * 1969), Gwet's AC1 (Gwet 2008) and Fleiss' kappa for more than two raters (Fleiss 1971, with the
 * standard error of Fleiss, Nee and Landis 1979).
 *
 * <p>Start at {@link io.github.evident.appraisal.agreement.Agreement}. Two raters' labels become a
 * square table with {@link io.github.evident.appraisal.agreement.ContingencyTable#of(java.util.List,
 * java.util.List, java.util.List)}; the order of the categories matters for weighted kappa.
 *
 * <pre>{@code
 * KappaResult k = Agreement.weightedKappa(new int[][] {{11, 3, 1}, {2, 14, 4}, {0, 3, 22}},
 *     KappaWeights.LINEAR);
 * k.kappa();  // 0.7255
 * k.ci();     // [0.5851, 0.8659]
 * }</pre>
 *
 * <p>The Cochrane Handbook (5.1) discourages reporting a kappa label alone: report the
 * coefficient with its confidence interval.
 */
package io.github.evident.appraisal.agreement;
