/**
 * Evident's JSON: its own strict and lenient mappers and the versioned document format
 * ({@code {"schemaVersion": "1.1", "<root>": ...}}) in which reviews, rule sets and results are
 * written and read.
 *
 * <p>Errors name the JSON path, line and column of the bad value.
 */
package io.github.evident.core.json;
