/**
 * Dual review: two reviewers' independent appraisals of a study, the differences between them,
 * the consensus record per difference (reason code, final rating, who decided) and the consensus
 * appraisal; rating pairs and contingency tables across a review for agreement statistics.
 */
package io.github.evident.appraisal.review;
