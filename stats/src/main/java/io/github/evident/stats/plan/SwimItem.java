package io.github.evident.stats.plan;

import java.util.List;

/**
 * One SWiM reporting item (Campbell et al. 2020) and what a plan supplies for it.
 *
 * @param number the item number, 1 to 9
 * @param title the item title
 * @param status how far the plan addresses the item
 * @param content what the plan supplies, one statement per entry
 */
public record SwimItem(int number, String title, SwimStatus status, List<String> content) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the number is outside 1..9 or a value is null
   */
  public SwimItem {
    if (number < 1 || number > 9) {
      throw new IllegalArgumentException("swim item number must lie in 1..9, was " + number);
    }
    if (title == null || status == null) {
      throw new IllegalArgumentException("swim item title and status must not be null");
    }
    content = content == null ? List.of() : List.copyOf(content);
  }

  @Override
  public String toString() {
    return "SWiM " + number + " " + title + ": " + status;
  }
}
