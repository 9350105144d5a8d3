/** Runnable examples of Evident: the seed review, a classic meta-analysis, benchmarks. */
package io.github.evident.examples;
