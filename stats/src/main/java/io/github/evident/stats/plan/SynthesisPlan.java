package io.github.evident.stats.plan;

import io.github.evident.core.internal.Format;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable result of {@link SynthesisPlanner#plan}: the candidate comparisons with their
 * decisions, why outcomes sharing a construct were kept apart, and the review-level conclusion
 * with its reasons. Serializes with {@code EvidentJson.write(plan)} and reads back with
 * {@code EvidentJson.read(json, SynthesisPlan.class)}.
 *
 * @param reviewTitle the title of the planned review
 * @param settings the configuration the plan was made with
 * @param groups the candidate comparisons, quantitative ones first, each sorted by id
 * @param splits constructs measured in several groups, with the reasons they are not one
 *     comparison
 * @param conclusion {@link SynthesisMethod#META_ANALYSIS} if at least one group is pooled,
 *     otherwise {@link SynthesisMethod#NARRATIVE} ({@link SynthesisMethod#NONE} for a review
 *     with nothing to synthesise)
 * @param reasons the aggregated reasons for the conclusion
 * @param studyLabels the label of every study of the review by its id ({@code Study.label()},
 *     e.g. {@code "gunn2016"} to {@code "Gunn et al. (2016)"}): the plan's data name studies by
 *     id, its sentences by label
 */
public record SynthesisPlan(
    String reviewTitle,
    PlannerSettings settings,
    List<ComparisonGroup> groups,
    List<ConstructSplit> splits,
    SynthesisMethod conclusion,
    List<Reason> reasons,
    Map<String, String> studyLabels) {

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if the title, settings or conclusion is null
   */
  public SynthesisPlan {
    if (reviewTitle == null || settings == null || conclusion == null) {
      throw new IllegalArgumentException("reviewTitle, settings and conclusion must not be null");
    }
    groups = groups == null ? List.of() : List.copyOf(groups);
    splits = splits == null ? List.of() : List.copyOf(splits);
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    studyLabels = studyLabels == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(studyLabels));
  }

  /**
   * The label a reader knows a study by, e.g. {@code "Gunn et al. (2016)"} for
   * {@code "gunn2016"}.
   *
   * @param studyId the study's id
   * @return its label, or the id itself if the plan records no label for it
   */
  public String label(String studyId) {
    return studyLabels.getOrDefault(studyId, studyId);
  }

  /**
   * The group with the given id.
   *
   * @param id the group id, for example {@code "depression | drug treatment | single-group
   *     pre-post"}
   * @return the group
   * @throws IllegalArgumentException if there is none
   */
  public ComparisonGroup group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no group '" + id + "'; the groups are "
            + groups.stream().map(ComparisonGroup::id).toList()));
  }

  /**
   * The quantitative groups of an outcome construct (compared case-insensitively).
   *
   * @param construct the construct, for example "depression"
   * @return the groups, possibly empty
   */
  public List<ComparisonGroup> groupsFor(String construct) {
    String key = Planning.key(construct);
    return groups.stream().filter(g -> g.construct().map(key::equals).orElse(false)).toList();
  }

  /**
   * The groups for which the given method was chosen.
   *
   * @param method the method
   * @return the groups, possibly empty
   */
  public List<ComparisonGroup> groupsWith(SynthesisMethod method) {
    return groups.stream().filter(g -> g.decision().method() == method).toList();
  }

  /**
   * Whether a review-level reason with the code is present.
   *
   * @param code the code
   * @return true if present
   */
  public boolean has(ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }

  /**
   * The first review-level reason with the code.
   *
   * @param code the code
   * @return the reason
   * @throws IllegalArgumentException if there is none
   */
  public Reason reason(ReasonCode code) {
    return reasons.stream().filter(r -> r.code() == code).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the plan has no reason " + code
            + "; it has " + reasons.stream().map(Reason::code).toList()));
  }

  /**
   * A readable multi-line report: the conclusion and its reasons, then every group with its
   * studies, what their data allow and the decision.
   *
   * @return the report
   */
  public String summary() {
    String nl = "\n";
    StringBuilder sb = new StringBuilder();
    sb.append("Synthesis plan: ").append(reviewTitle).append(nl);
    sb.append("Conclusion: ").append(conclusion.description()).append(nl);
    reasons.forEach(r -> sb.append("  - ").append(r).append(nl));
    sb.append(nl).append("Groups (").append(groups.size()).append("):").append(nl);
    StudyLabels labels = new StudyLabels(studyLabels);
    groups.forEach(g -> group(sb, g, labels, nl));
    if (!splits.isEmpty()) {
      sb.append(nl).append("Constructs split across groups:").append(nl);
      for (ConstructSplit sp : splits) {
        sb.append("  ").append(sp.construct()).append(": ")
            .append(String.join("; ", sp.groupIds())).append(nl);
        Wording.labels(sp.reasons()).forEach(l -> sb.append("    - ").append(l).append(nl));
      }
    }
    sb.append(nl).append("Settings: ").append(settings.description()).append(nl);
    return sb.toString();
  }

  private static void group(StringBuilder sb, ComparisonGroup g, StudyLabels labels,
      String nl) {
    Decision d = g.decision();
    sb.append("[").append(d.method().description()).append("] ").append(g.id())
        .append(" (k = ").append(g.k()).append(')')
        .append(d.metric().map(m -> ", metric " + m.label()).orElse("")).append(nl);
    for (StudyEvidence e : g.studies()) {
      sb.append("    ").append(Wording.evidence(e, labels.of(e.studyId()))).append(nl);
      e.assumptions().forEach(a -> sb.append("      assumes: ").append(a).append(nl));
      e.reasons().stream().filter(r -> r.code() != ReasonCode.NO_USABLE_DATA)
          .forEach(r -> sb.append("      ").append(r).append(nl));
    }
    if (g.qualitative()) {
      sb.append("    studies: ").append(String.join(", ", labels.of(g.studyIds())))
          .append("; ")
          .append(Wording.plural(g.themes().size(), "theme")).append(nl);
    }
    Wording.result(d).ifPresent(x -> sb.append("    ").append(x).append(nl));
    d.reasons().forEach(r -> sb.append("    - ").append(r).append(nl));
  }

  @Override
  public String toString() {
    return "SynthesisPlan[" + reviewTitle + ": " + conclusion.description() + ", "
        + Format.count(groups.size(), "group", "groups") + " (" + groupsWith(SynthesisMethod.META_ANALYSIS).size()
        + " pooled), reasons " + Wording.labels(reasons) + "]";
  }
}
