/**
 * Quality appraisal: checklists, rule sets that turn answers into component and global ratings
 * with a trace of the rules that fired, dual review, consensus and agreement statistics.
 */
package io.github.evident.appraisal;
