/**
 * Seams between the packages of the stats module; not exported, not part of the API.
 *
 * <p>{@link io.github.evident.stats.internal.SubsetFitting} lets the sensitivity package fit a
 * configured {@code MetaAnalysis} to subsets of the studies (leave one out, first m studies)
 * through the meta package's package-private arithmetic, without making that arithmetic
 * public.
 */
package io.github.evident.stats.internal;
