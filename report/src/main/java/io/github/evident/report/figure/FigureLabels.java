package io.github.evident.report.figure;

/**
 * The texts a forest-type figure may carry besides its data: a title and the "favours" labels
 * either side of the line of no effect, each absent (null) unless set.
 */
interface FigureLabels {

  /** What values left of the line of no effect favour, or null. */
  @Nullable
  String favoursLeft();

  /** What values right of the line of no effect favour, or null. */
  @Nullable
  String favoursRight();

  /** The title, or null. */
  @Nullable
  String title();
}
