package io.github.evident.appraisal.review;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Ruling;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import io.github.evident.core.json.EvidentJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What two reviewers recorded for one study with one version of a tool — their answers and
 * rulings — and the consensus decisions on their differences: the data from which a
 * {@link DualReview} is {@linkplain #replay(RuleSet) replayed} with a rule set for the same tool
 * and version.
 *
 * <p>A review's recorded dual reviews are kept as a versioned Evident document:
 *
 * <pre>{@code
 * { "schemaVersion" : "1.1",
 *   "dualReviews" : [ { "study" : "gunn2016", "tool" : "EPHPP", "toolVersion" : "2009",
 *       "reviewers" : { "KT" : { "answers" : { "A1" : "3", ... } }, "DM" : { ... } },
 *       "resolutions" : [ { "kind" : "ITEM", "target" : "A2", "value" : "5",
 *                           "reason" : "OVERSIGHT", "decidedBy" : "LS" } ] } ] }
 * }</pre>
 *
 * @param study the study id
 * @param tool the tool, as the rule set's checklist names it (e.g. "EPHPP", "NICE appendix H")
 * @param toolVersion the tool's version, as the rule set's checklist names it (e.g. "2009")
 * @param scope the part of the study appraised, for a mixed-methods study (e.g. "qualitative")
 * @param reviewers the two reviewers' records, in order, by reviewer id
 * @param resolutions the consensus decisions, in order
 */
public record RecordedDualReview(String study, String tool, String toolVersion,
    Optional<String> scope,
    Map<String, Reviewer> reviewers, List<Resolution> resolutions) {

  /** The name of the root value in a document of recorded dual reviews. */
  public static final String ROOT = "dualReviews";

  /**
   * One reviewer's record.
   *
   * @param answers the answers
   * @param rulings the reviewer's own rulings (ratings left to judgement), in order
   */
  public record Reviewer(Answers answers, List<Ruling> rulings) {

    /**
     * Validates and copies the record.
     *
     * @throws IllegalArgumentException if answers is null
     */
    public Reviewer {
      Checks.notNull("reviewer answers", answers);
      rulings = rulings == null ? List.of() : List.copyOf(rulings);
    }
  }

  /**
   * Validates and copies the record; the reviewers keep their order.
   *
   * @throws IllegalArgumentException if study, tool or tool version is blank, or there are not
   *     exactly two reviewers
   */
  public RecordedDualReview {
    Checks.nonBlank("dual review study", study);
    Checks.nonBlank("dual review of study '" + study + "': tool", tool);
    Checks.nonBlank("dual review of study '" + study + "': toolVersion", toolVersion);
    scope = scope == null ? Optional.empty() : scope;
    if (reviewers == null || reviewers.size() != 2) {
      throw new IllegalArgumentException("dual review of study '" + study
          + "': needs exactly two reviewers, was " + (reviewers == null ? null
          : reviewers.keySet()));
    }
    reviewers = Checks.map("dual review of study '" + study + "': reviewers", reviewers);
    resolutions = resolutions == null ? List.of()
        : Checks.list("dual review of study '" + study + "': resolutions", resolutions);
  }

  /**
   * Appraises both reviewers' answers with a rule set, applies their rulings, compares them and
   * applies the consensus decisions.
   *
   * @param ruleSet the rule set, whose checklist must be this record's tool and version
   * @return the dual review
   * @throws IllegalArgumentException if the rule set is for another tool or another version of
   *     it (the message names both), or an answer, ruling or resolution does not fit it (the
   *     message names the study)
   */
  public DualReview replay(RuleSet ruleSet) {
    Checklist checklist = ruleSet.checklist();
    if (!checklist.tool().equals(tool) || !checklist.version().equals(toolVersion)) {
      throw new IllegalArgumentException("dual review of study '" + study + "' was recorded with "
          + tool + " " + toolVersion + ", not with " + checklist.tool() + " "
          + checklist.version() + " of rule set '" + ruleSet.name() + "'");
    }
    try {
      List<Appraisal> two = new ArrayList<>(2);
      reviewers.forEach((id, r) -> {
        Appraisal a = ruleSet.appraise(id, r.answers());
        for (Ruling ruling : r.rulings()) {
          a = a.withRuling(ruling);
        }
        two.add(a);
      });
      DualReview d = DualReview.of(study, two.get(0), two.get(1));
      for (Resolution res : resolutions) {
        d = d.withResolution(res);
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("dual review of study '" + study + "' (" + tool + "): "
          + e.getMessage(), e);
    }
  }

  /**
   * Reads a document of recorded dual reviews.
   *
   * @param json the document
   * @return the records, in order
   * @throws IllegalArgumentException if the document is not valid; the message gives the JSON
   *     path, line and column
   */
  public static List<RecordedDualReview> read(String json) {
    RecordedDualReview[] records = EvidentJson.readDocument(json, ROOT,
        RecordedDualReview[].class);
    return Checks.list("$." + ROOT, Arrays.asList(records));
  }

  /**
   * Writes recorded dual reviews as a versioned document.
   *
   * @param records the records
   * @return the document
   */
  public static String write(List<RecordedDualReview> records) {
    return EvidentJson.writeDocument(ROOT, records.toArray(new RecordedDualReview[0]));
  }

  @Override
  public String toString() {
    return "recorded dual review of " + study + " with " + tool
        + scope.map(s -> " (" + s + ")").orElse("") + ", reviewers "
        + String.join(" and ", reviewers.keySet()) + ", "
        + Format.count(resolutions.size(), "resolution", "resolutions");
  }
}
