package io.github.evident.examples.report;

/** A part of the synthesis section that writes a synthesis plan. */
interface PlanSection {

  /** Writes the plan. */
  void write(Html h);
}
