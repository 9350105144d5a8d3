/**
 * Exports of appraisal ratings, such as the CSV layout of robvis' generic template.
 */
package io.github.evident.appraisal.export;
