package io.github.evident.stats.plan;

import io.github.evident.core.internal.Checks;
import java.util.List;

/**
 * Why outcomes that share a construct are not one comparison: they fall into several groups
 * because the intervention categories or designs differ, and the reasons also say when
 * different instruments would need a standardised metric.
 *
 * @param construct the shared construct (lower case)
 * @param groupIds the ids of the groups the construct falls into
 * @param studyIds the ids of the studies measuring the construct, sorted
 * @param reasons the reasons ({@code DIFFERENT_INTERVENTIONS}, {@code DIFFERENT_DESIGNS},
 *     {@code DIFFERENT_INSTRUMENTS}, {@code INCOMPATIBLE_MEASURES})
 */
public record ConstructSplit(String construct, List<String> groupIds, List<String> studyIds,
    List<Reason> reasons) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the construct is null
   */
  public ConstructSplit {
    Checks.notNull("split.construct", construct);
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    studyIds = studyIds == null ? List.of() : List.copyOf(studyIds);
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  @Override
  public String toString() {
    return "ConstructSplit[" + construct + ": " + groupIds.size() + " groups, "
        + Wording.labels(reasons) + "]";
  }
}
