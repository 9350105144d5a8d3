package io.github.evident.examples;

import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.review.DualReview;
import io.github.evident.appraisal.review.RecordedDualReview;
import io.github.evident.appraisal.review.ReviewAgreement;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.appraisal.tools.Nice;
import io.github.evident.core.model.StudyAppraisal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed review's appraisals, replayed from the reviewers' recorded answers
 * ({@code examples/data/seed-appraisals.json}, illustrative: see the data README): two
 * independent appraisals per study and tool, their differences and the consensus, the consensus
 * as the review model records it, and the agreement between the reviewers per tool.
 */
public final class SeedAppraisals {

  private final List<RecordedDualReview> records;
  private final List<DualReview> reviews;

  private SeedAppraisals(List<RecordedDualReview> records) {
    this.records = records;
    List<DualReview> out = new ArrayList<>();
    for (RecordedDualReview r : records) {
      out.add(r.replay(ruleSetFor(r.tool())));
    }
    this.reviews = List.copyOf(out);
  }

  /**
   * Loads and replays the recorded appraisals of the seed review.
   *
   * @return the appraisals
   */
  public static SeedAppraisals load() {
    return new SeedAppraisals(RecordedDualReview.read(ExampleData.text("seed-appraisals.json")));
  }

  /**
   * The rule set the seed review's tools are applied with: the EPHPP dictionary as published,
   * and NICE appendix H with its documented suggestion and the reviewers' recorded final
   * ratings.
   *
   * @param tool the tool
   * @return the rule set
   * @throws IllegalArgumentException for a tool the seed review does not use
   */
  public static RuleSet ruleSetFor(String tool) {
    if (tool.equals(Ephpp.TOOL)) {
      return Ephpp.dictionary();
    }
    if (tool.equals(Nice.qualitative().checklist().tool())) {
      return Nice.qualitative();
    }
    throw new IllegalArgumentException("the seed review does not use tool '" + tool + "'");
  }

  /**
   * The dual reviews, one per study and tool, in the order recorded.
   *
   * @return the dual reviews
   */
  public List<DualReview> dualReviews() {
    return reviews;
  }

  /**
   * The consensus appraisals as the review model records them, per study id.
   *
   * @return study id → appraisals (two for a mixed-methods study)
   */
  public Map<String, List<StudyAppraisal>> consensus() {
    Map<String, List<StudyAppraisal>> out = new LinkedHashMap<>();
    for (int i = 0; i < reviews.size(); i++) {
      Appraisal c = reviews.get(i).consensus();
      out.computeIfAbsent(records.get(i).study(), k -> new ArrayList<>())
          .add(c.toStudyAppraisal(records.get(i).scope().orElse(null)));
    }
    return out;
  }

  /**
   * Agreement between the two reviewers, one table per tool.
   *
   * @return tool → agreement per component and globally
   */
  public Map<String, ReviewAgreement> agreement() {
    Map<String, List<DualReview>> byTool = new LinkedHashMap<>();
    for (int i = 0; i < reviews.size(); i++) {
      byTool.computeIfAbsent(records.get(i).tool(), k -> new ArrayList<>()).add(reviews.get(i));
    }
    Map<String, ReviewAgreement> out = new LinkedHashMap<>();
    byTool.forEach((tool, rs) -> out.put(tool, ReviewAgreement.of(rs)));
    return out;
  }
}
