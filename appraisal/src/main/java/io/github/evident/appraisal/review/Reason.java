package io.github.evident.appraisal.review;

/**
 * Why two reviewers' ratings differed: the reason codes of the EPHPP form's reviewer
 * discrepancy section, used for any tool.
 */
public enum Reason {
  /** 1: an oversight by one reviewer. */
  OVERSIGHT(1, "oversight"),
  /** 2: the reviewers interpreted the tool's criteria differently. */
  CRITERIA_INTERPRETATION(2, "differences in interpretation of criteria"),
  /** 3: the reviewers interpreted the study differently. */
  STUDY_INTERPRETATION(3, "differences in interpretation of study");

  private final int code;
  private final String label;

  Reason(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * The code on the EPHPP form.
   *
   * @return 1, 2 or 3
   */
  public int code() {
    return code;
  }

  /**
   * The form's wording.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The reason with a form code.
   *
   * @param code 1, 2 or 3
   * @return the reason
   * @throws IllegalArgumentException for any other code
   */
  public static Reason ofCode(int code) {
    for (Reason r : values()) {
      if (r.code == code) {
        return r;
      }
    }
    throw new IllegalArgumentException("reason code must be 1 (oversight), 2 (interpretation "
        + "of criteria) or 3 (interpretation of study), was " + code);
  }
}
