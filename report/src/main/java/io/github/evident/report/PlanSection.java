package io.github.evident.report;

/**
 * A synthesis plan in the page: the decision (conclusion, reasons, decision per comparison,
 * pooled results) before the figures, the details (per-study data, SWiM items) after them.
 */
interface PlanSection {

  /** Writes the conclusion, its reasons and the decision per comparison. */
  void writeDecision(Html h);

  /** Writes the details behind the decision. */
  void writeDetails(Html h);
}
