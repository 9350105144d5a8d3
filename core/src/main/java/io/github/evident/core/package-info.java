/**
 * Values shared by every Evident module: {@link io.github.evident.core.Interval} and the
 * Immutables style of Evident's value types.
 *
 * <p>The review model lives in {@code io.github.evident.core.model}, its JSON form in
 * {@code io.github.evident.core.json}, and the SVG writer every figure is drawn with in
 * {@code io.github.evident.core.svg}.
 */
package io.github.evident.core;
