package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What a reviewer recorded in an appraisal (answers and rulings, with the rule set's name and
 * the tool's version), as plain data that writes to and reads from JSON. The ratings are not
 * stored: {@link RuleSet#appraise(AppraisalRecord)} computes them again, so they always follow
 * the rules.
 *
 * @param ruleSet the rule set's name
 * @param tool the tool's name
 * @param toolVersion the tool's version
 * @param reviewer the reviewer, if named
 * @param answers the answers
 * @param rulings the rulings, in the order recorded
 */
public record AppraisalRecord(String ruleSet, String tool, String toolVersion,
    Optional<String> reviewer, Answers answers, List<Ruling> rulings) {

  /**
   * Validates and copies the record.
   *
   * @throws IllegalArgumentException if a field is null or blank
   */
  public AppraisalRecord {
    Checks.nonBlank("ruleSet", ruleSet);
    Checks.nonBlank("tool", tool);
    Checks.nonBlank("toolVersion", toolVersion);
    reviewer = reviewer == null ? Optional.empty() : reviewer;
    Checks.notNull("answers", answers);
    rulings = rulings == null ? List.of() : Checks.list("rulings", rulings);
  }

  @Override
  public String toString() {
    return tool + " " + toolVersion + " (" + ruleSet + ")" + reviewer.map(r -> " [" + r + "]")
        .orElse("") + ": " + answers + (rulings.isEmpty() ? "" : "; " + rulings);
  }
}
