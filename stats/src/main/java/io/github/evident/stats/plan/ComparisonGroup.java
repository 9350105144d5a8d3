package io.github.evident.stats.plan;

import io.github.evident.core.model.DesignType;
import java.util.List;
import java.util.Optional;

/**
 * A candidate comparison: studies with the same outcome construct (compared case-insensitively),
 * intervention category and design class, or, for qualitative evidence, the same intervention
 * category.
 *
 * @param id a stable identifier, "construct | category | design class" (or
 *     "qualitative | category")
 * @param qualitative whether the group holds qualitative evidence (themes)
 * @param construct the outcome construct (lower case, trimmed); empty for qualitative groups
 * @param interventionCategory the intervention category ("unspecified" if a study names none)
 * @param designClass the design class name; empty for qualitative groups
 * @param designs the design types of the studies in the group
 * @param instruments the distinct instruments used, in study order
 * @param studyIds the ids of the studies in the group, sorted
 * @param studies what each study's data allow (quantitative groups; sorted by study id)
 * @param themes the themes of qualitative studies as "study: theme"
 * @param decision the synthesis decision for the group
 */
public record ComparisonGroup(
    String id,
    boolean qualitative,
    Optional<String> construct,
    String interventionCategory,
    Optional<String> designClass,
    List<DesignType> designs,
    List<String> instruments,
    List<String> studyIds,
    List<StudyEvidence> studies,
    List<String> themes,
    Decision decision) {

  /**
   * Validates and copies the components; absent optional values may be given as null.
   *
   * @throws IllegalArgumentException if the id, category or decision is null
   */
  public ComparisonGroup {
    if (id == null || interventionCategory == null || decision == null) {
      throw new IllegalArgumentException("group id, interventionCategory and decision must not "
          + "be null");
    }
    construct = construct == null ? Optional.empty() : construct;
    designClass = designClass == null ? Optional.empty() : designClass;
    designs = designs == null ? List.of() : List.copyOf(designs);
    instruments = instruments == null ? List.of() : List.copyOf(instruments);
    studyIds = studyIds == null ? List.of() : List.copyOf(studyIds);
    studies = studies == null ? List.of() : List.copyOf(studies);
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  /**
   * The number of studies in the group.
   *
   * @return the study count
   */
  public int k() {
    return studyIds.size();
  }

  /**
   * The evidence of one study in the group.
   *
   * @param studyId the study id
   * @return its evidence
   * @throws IllegalArgumentException if the study is not in this (quantitative) group
   */
  public StudyEvidence study(String studyId) {
    return studies.stream().filter(s -> s.studyId().equals(studyId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("study '" + studyId
            + "' is not in group '" + id + "'; it holds " + studyIds));
  }

  @Override
  public String toString() {
    return "ComparisonGroup[" + id + ", k = " + k() + ", " + decision.method().description()
        + "]";
  }
}
