/**
 * Pooling 2×2 tables without study weights from a model: the Mantel-Haenszel odds ratio, risk
 * ratio and risk difference, and Peto's odds ratio, reproducing R metafor 3.8-1's
 * {@code rma.mh} and {@code rma.peto} with their defaults.
 *
 * <p>Entry points: {@link io.github.evident.stats.binary.MantelHaenszel} and
 * {@link io.github.evident.stats.binary.Peto}, configured immutable objects whose {@code fit}
 * takes the cells as escalc's {@code ai, bi, ci, di} arrays or as core's {@code TwoByTwo}
 * tables, and return a {@link io.github.evident.stats.binary.PooledResult}.
 *
 * <pre>{@code
 * PooledResult or = MantelHaenszel.oddsRatio().fit(a, b, c, d);
 * or.estimate(); or.ci(); or.cmh(); or.breslowDay(); or.i2();
 * }</pre>
 *
 * <p>Each fit is one pass over the tables. References: Mantel and Haenszel (1959); Robins,
 * Breslow and Greenland (1986); Greenland and Robins (1985); Sato, Greenland and Robins (1989);
 * Breslow and Day (1980); Tarone (1985); Yusuf, Peto, Lewis, Collins and Sleight (1985).
 */
package io.github.evident.stats.binary;
