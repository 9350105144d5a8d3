package io.github.evident.stats.plan;

/**
 * Which of several results reported for one outcome of a study is the study's result for the
 * synthesis (a prioritisation criterion, SWiM item 4; Cochrane Handbook, section 9.3.4 and
 * 12.2.1: select one result per study and pre-specify the rule).
 */
public enum ResultSelection {
  /**
   * The first reported comparison of the outcome (the whole sample, as review authors list the
   * primary result first). The default: it never picks a subgroup because it shows an effect.
   */
  FIRST_REPORTED,
  /**
   * The comparison that allows the most (an effect with variance before an estimate, before an
   * exact p, before a direction); ties go to the first reported. Use with care: it may select
   * a subgroup result.
   */
  MOST_INFORMATIVE;

  /**
   * The label used in text: {@code first reported} or {@code most informative}.
   *
   * @return the label
   */
  public String label() {
    return this == FIRST_REPORTED ? "first reported" : "most informative";
  }
}
