package io.github.evident.stats.plan;

/** How far a plan addresses one SWiM reporting item. */
public enum SwimStatus {
  /** The plan supplies what the item asks for. */
  ADDRESSED("addressed"),
  /** The plan supplies part of it; the rest must come from the review authors. */
  PARTLY("partly addressed"),
  /** The plan has nothing for this item. */
  NOT_ADDRESSED("not addressed");

  private final String label;

  SwimStatus(String label) {
    this.label = label;
  }

  /**
   * The status in words.
   *
   * @return for example "partly addressed"
   */
  public String label() {
    return label;
  }
}
