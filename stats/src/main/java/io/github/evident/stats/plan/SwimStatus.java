package io.github.evident.stats.plan;

/** How far a plan addresses one SWiM reporting item. */
public enum SwimStatus {
  /** The plan supplies what the item asks for. */
  ADDRESSED,
  /** The plan supplies part of it; the rest must come from the review authors. */
  PARTLY,
  /** The plan has nothing for this item. */
  NOT_ADDRESSED
}
