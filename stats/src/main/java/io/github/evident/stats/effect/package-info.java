/** Effect sizes with sampling variances, as metafor's {@code escalc} computes them. */
package io.github.evident.stats.effect;
