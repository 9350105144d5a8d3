/**
 * Paired and two-sample (Student and Welch) t tests that match R's {@code t.test}, as configured
 * immutable objects in the style of Apache Commons Statistics, with effect sizes: d_z for paired
 * data, Cohen's d and Hedges' g for two independent groups.
 *
 * <pre>{@code
 * PairedTTestResult r = PairedTTest.withDefaults().test(before, after);
 * TwoSampleTTestResult w = TwoSampleTTest.welch().fromSummary(5.9, 0.86, 6, 4.4, 0.79, 11);
 * }</pre>
 */
package io.github.evident.stats.ttest;
