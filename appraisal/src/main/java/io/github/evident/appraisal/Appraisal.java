package io.github.evident.appraisal;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.model.StudyAppraisal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One reviewer's appraisal of one study with one rule set: the recorded answers, the rating the
 * rules suggest per component and globally, the reviewer rulings, and the final ratings.
 * Immutable; {@link #withRuling} returns a new appraisal.
 *
 * <p>A final rating is the reviewer's ruling where there is one; otherwise the rule's rating,
 * except for ratings the rule set marks as judgements (such as NICE's overall ratings), which
 * stay {@link Rating#UNDETERMINED} until a reviewer records them. The global rating is computed
 * from the final component ratings; where some are open it is determined only if every possible
 * value of the open components gives the same result. {@link #openDecisions()} lists what a
 * reviewer still has to decide.
 */
public final class Appraisal {

  private final RuleSet ruleSet;
  private final String reviewer;
  private final Answers answers;
  private final Map<String, Ruling> rulings;
  private final Map<String, Rating> suggested;
  private final Map<String, Rating> finals;
  private final Rating suggestedGlobal;
  private final Rating finalGlobal;

  Appraisal(RuleSet ruleSet, String reviewer, Answers answers, Map<String, Ruling> rulings) {
    this.ruleSet = ruleSet;
    this.reviewer = reviewer;
    Checklist checklist = ruleSet.checklist();
    this.answers = checklist.validate(answers);
    this.rulings = Collections.unmodifiableMap(new LinkedHashMap<>(rulings));
    Answers asked = checklist.asked(answers);
    Map<String, Rating> s = new LinkedHashMap<>();
    Map<String, Rating> f = new LinkedHashMap<>();
    for (String c : checklist.componentIds()) {
      Rating r = ruleSet.rateAsked(c, asked);
      s.put(c, r);
      f.put(c, decide(c, r));
    }
    this.suggested = Collections.unmodifiableMap(s);
    this.finals = Collections.unmodifiableMap(f);
    this.suggestedGlobal = ruleSet.rateGlobal(s, asked);
    Ruling g = rulings.get(Ruling.GLOBAL);
    this.finalGlobal = g != null ? ruled(g, ruleSet.rateGlobal(f, asked))
        : decide(Ruling.GLOBAL, ruleSet.rateGlobal(f, asked));
  }

  private Rating decide(String target, Rating suggestion) {
    Ruling ruling = rulings.get(target);
    if (ruling != null) {
      return ruled(ruling, suggestion);
    }
    if (ruleSet.isJudgement(target) && suggestion.isDetermined()) {
      return Rating.undetermined("judgement", "a reviewer judgement: suggested "
          + suggestion.label() + " by " + suggestion.trace().ruleId()
          + "; record the final rating", suggestion.trace().inputs());
    }
    return suggestion;
  }

  private static Rating ruled(Ruling ruling, Rating suggestion) {
    return Rating.of(ruling.label(), "ruling", "recorded by " + ruling.decidedBy() + ": "
        + ruling.reason() + " (rules gave " + suggestion.label() + " by "
        + suggestion.trace().ruleId() + ")", suggestion.trace().inputs());
  }

  /**
   * This appraisal with a reviewer's ruling on a component or on {@link Ruling#GLOBAL}
   * (replacing an earlier ruling on the same target).
   *
   * @param ruling the ruling
   * @return a new appraisal
   * @throws IllegalArgumentException if the target is unknown or the label is not on its scale
   */
  public Appraisal withRuling(Ruling ruling) {
    Checks.notNull("ruling", ruling);
    if (Ruling.GLOBAL.equals(ruling.target())) {
      ruleSet.globalScale().rank(ruling.label());
    } else {
      ruleSet.checklist().component(ruling.target());
      ruleSet.scale().rank(ruling.label());
    }
    Map<String, Ruling> m = new LinkedHashMap<>(rulings);
    m.put(ruling.target(), ruling);
    return new Appraisal(ruleSet, reviewer, answers, m);
  }

  /**
   * This appraisal with a reviewer's ruling.
   *
   * @param target a component id or {@link Ruling#GLOBAL}
   * @param label the rating
   * @param decidedBy who decided
   * @param reason why
   * @return a new appraisal
   * @throws IllegalArgumentException if the target is unknown or the label is not on its scale
   */
  public Appraisal withRuling(String target, String label, String decidedBy, String reason) {
    return withRuling(Ruling.of(target, label, decidedBy, reason));
  }

  /**
   * This appraisal attributed to a reviewer.
   *
   * @param reviewer the reviewer's id
   * @return a new appraisal
   */
  public Appraisal withReviewer(String reviewer) {
    return new Appraisal(ruleSet, Checks.nonBlank("reviewer", reviewer), answers, rulings);
  }

  /**
   * What the reviewer recorded (answers and rulings), as data to store; the rule set recomputes
   * the ratings with {@link RuleSet#appraise(AppraisalRecord)}.
   *
   * @return the record
   */
  public AppraisalRecord record() {
    return new AppraisalRecord(ruleSet.name(), tool(), toolVersion(), reviewer(), answers,
        rulings());
  }

  /**
   * The rule set used.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * The tool's name, such as {@code "EPHPP"}.
   *
   * @return the name
   */
  public String tool() {
    return ruleSet.checklist().tool();
  }

  /**
   * The tool's version, such as {@code "2009"}.
   *
   * @return the version
   */
  public String toolVersion() {
    return ruleSet.checklist().version();
  }

  /**
   * The reviewer who recorded the answers.
   *
   * @return the reviewer's id, or empty if not named
   */
  public Optional<String> reviewer() {
    return Optional.ofNullable(reviewer);
  }

  /**
   * The answers as recorded.
   *
   * @return the answers
   */
  public Answers answers() {
    return answers;
  }

  /**
   * The final rating of a component.
   *
   * @param componentId the component
   * @return the rating with its trace
   * @throws IllegalArgumentException if there is no such component
   */
  public Rating rating(String componentId) {
    return get(finals, componentId);
  }

  /**
   * The rating the rules give a component, before rulings and judgements.
   *
   * @param componentId the component
   * @return the rating with its trace
   * @throws IllegalArgumentException if there is no such component
   */
  public Rating suggestedRating(String componentId) {
    return get(suggested, componentId);
  }

  private Rating get(Map<String, Rating> m, String componentId) {
    Rating r = m.get(componentId);
    if (r == null) {
      throw new IllegalArgumentException(tool() + " has no component '" + componentId
          + "', only " + m.keySet());
    }
    return r;
  }

  /**
   * The final component ratings as labels, in the order of the checklist.
   *
   * @return component id to label
   */
  public Map<String, String> ratings() {
    return labels(finals);
  }

  /**
   * The suggested component ratings as labels, in the order of the checklist.
   *
   * @return component id to label
   */
  public Map<String, String> suggestedRatings() {
    return labels(suggested);
  }

  private static Map<String, String> labels(Map<String, Rating> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v.label()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The final global (overall) rating.
   *
   * @return the rating with its trace
   */
  public Rating globalRating() {
    return finalGlobal;
  }

  /**
   * The global rating the rules give from the suggested component ratings.
   *
   * @return the rating with its trace
   */
  public Rating suggestedGlobalRating() {
    return suggestedGlobal;
  }

  /**
   * The rulings recorded, in the order recorded.
   *
   * @return the rulings
   */
  public List<Ruling> rulings() {
    return List.copyOf(rulings.values());
  }

  /**
   * Who decided a rating that a reviewer recorded.
   *
   * @param target a component id or {@link Ruling#GLOBAL}
   * @return the ruling's {@code decidedBy}, or empty if the rules decided (or nobody yet)
   */
  public Optional<String> decidedBy(String target) {
    return Optional.ofNullable(rulings.get(target)).map(Ruling::decidedBy);
  }

  /**
   * What a reviewer still has to decide: the components whose final rating is
   * {@link Rating#UNDETERMINED}, then {@link Ruling#GLOBAL} if the global one is.
   *
   * @return the targets, empty if the appraisal is final
   */
  public List<String> openDecisions() {
    List<String> out = new ArrayList<>();
    finals.forEach((k, v) -> {
      if (!v.isDetermined()) {
        out.add(k);
      }
    });
    if (!finalGlobal.isDetermined()) {
      out.add(Ruling.GLOBAL);
    }
    return List.copyOf(out);
  }

  /**
   * This appraisal as the review model records it on a study: tool, version, final component
   * ratings, final global rating, the suggested global rating where a reviewer's ruling replaced
   * it, who decided, and the reviewer.
   *
   * <pre>{@code
   * Study rated = Study.builder().from(study)
   *     .addAppraisals(appraisal.toStudyAppraisal("quantitative")).build();
   * }</pre>
   *
   * @param scope the part of the study appraised (e.g. "qualitative" for a mixed-methods study),
   *     or {@code null} for the whole study
   * @return the study appraisal
   */
  public StudyAppraisal toStudyAppraisal(String scope) {
    StudyAppraisal.Builder b = StudyAppraisal.builder().tool(tool()).toolVersion(toolVersion())
        .componentRatings(ratings()).overallRating(finalGlobal.label())
        .source("appraised with rule set '" + ruleSet.name() + "'");
    if (scope != null) {
      b.scope(scope);
    }
    if (!suggestedGlobal.label().equals(finalGlobal.label())) {
      b.suggestedRating(suggestedGlobal.label());
    }
    decidedBy(Ruling.GLOBAL).ifPresent(b::decidedBy);
    if (reviewer != null) {
      for (String r : reviewer.split("\\+")) {
        b.addReviewers(r);
      }
    }
    return b.build();
  }

  /**
   * This appraisal as the review model records it, for the whole study.
   *
   * @return the study appraisal
   * @see #toStudyAppraisal(String)
   */
  public StudyAppraisal toStudyAppraisal() {
    return toStudyAppraisal(null);
  }

  /**
   * Whether every final rating is determined.
   *
   * @return true if nothing is left to decide
   */
  public boolean isFinal() {
    return openDecisions().isEmpty();
  }

  /**
   * A table: per component the suggested and final rating and the rule or ruling behind it,
   * then the global rating and what is left to decide.
   *
   * @return a multi-line text
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(tool()).append(' ').append(toolVersion()).append(" (").append(ruleSet.name())
        .append(')').append(reviewer == null ? "" : ", reviewer " + reviewer).append('\n');
    sb.append(String.format(Locale.ROOT,
        "%-10s %-14s %-14s %s\n", "component", "suggested", "final", "why"));
    for (String c : finals.keySet()) {
      line(sb, c, suggested.get(c), finals.get(c));
    }
    line(sb, Ruling.GLOBAL, suggestedGlobal, finalGlobal);
    List<String> open = openDecisions();
    if (!open.isEmpty()) {
      sb.append("to decide: ").append(open).append('\n');
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String id, Rating s, Rating f) {
    sb.append(String.format(Locale.ROOT,
        "%-10s %-14s %-14s %s\n", id, s.label(), f.label(), f.trace()));
  }

  /** One line such as {@code EPHPP 2009 [KT] A=WEAK B=MODERATE ... global=WEAK}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(tool()).append(' ').append(toolVersion());
    if (reviewer != null) {
      sb.append(" [").append(reviewer).append(']');
    }
    finals.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.label()));
    sb.append(" global=").append(finalGlobal.label());
    if (!isFinal()) {
      sb.append(" (open: ").append(openDecisions()).append(')');
    }
    return sb.toString();
  }
}
