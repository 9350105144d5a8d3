/**
 * Evident's shared internals: argument checks, distribution functions and number formatting,
 * one implementation of each for every module.
 *
 * <p>Not public API. On the module path this package is exported only to Evident's own modules;
 * on the class path nothing stops a caller from using it, but it may change in any release.
 */
package io.github.evident.core.internal;
