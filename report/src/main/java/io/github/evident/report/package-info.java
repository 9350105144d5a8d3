/**
 * A review's evidence as one self-contained HTML page: question and search, the PRISMA 2020
 * diagram, the study characteristics table, appraisal ratings and reviewer agreement, the
 * synthesis plan with its reasons, the figures and the data warnings. See
 * {@link io.github.evident.report.EvidenceReport}.
 */
package io.github.evident.report;
