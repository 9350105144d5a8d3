package io.github.evident.appraisal.review;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Checklist;
import io.github.evident.appraisal.Item;
import io.github.evident.appraisal.Rating;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.Scale;
import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two reviewers' independent appraisals of one study with the same rule set, the differences
 * between them, the consensus records that resolve them, and the consensus appraisal.
 * Immutable; {@link #withResolution} returns a new dual review.
 *
 * <pre>{@code
 * DualReview d = DualReview.of("Gunn 2016", kt, dm);
 * d.differences();                 // [item A2: 5 vs 3, component A: MODERATE vs WEAK]
 * Appraisal agreed = d.withResolution(Resolution.item("A2", "3", Reason.OVERSIGHT, "LS"))
 *     .consensus();
 * }</pre>
 *
 * <p>For agreement statistics across a review, {@link #pairs(List, String)} and
 * {@link #contingencyTable(List, String)} give the per-component rating pairs.
 */
public final class DualReview {

  private final String study;
  private final Appraisal first;
  private final Appraisal second;
  private final List<Resolution> resolutions;
  private final List<Difference> differences;

  private DualReview(String study, Appraisal first, Appraisal second,
      List<Resolution> resolutions) {
    this.study = study;
    this.first = first;
    this.second = second;
    this.resolutions = List.copyOf(resolutions);
    this.differences = compare();
  }

  /**
   * Two independent appraisals of a study.
   *
   * @param study the study's id or label
   * @param first the first reviewer's appraisal
   * @param second the second reviewer's appraisal
   * @return the dual review
   * @throws IllegalArgumentException if an appraisal has no reviewer, both have the same
   *     reviewer, or their rule sets differ in name or checklist
   */
  public static DualReview of(String study, Appraisal first, Appraisal second) {
    Checks.nonBlank("study", study);
    if (first == null || second == null) {
      throw new IllegalArgumentException("both appraisals of study '" + study
          + "' must be given");
    }
    String a = first.reviewer().orElseThrow(() -> new IllegalArgumentException(
        "the first appraisal of study '" + study + "' names no reviewer"));
    String b = second.reviewer().orElseThrow(() -> new IllegalArgumentException(
        "the second appraisal of study '" + study + "' names no reviewer"));
    if (a.equals(b)) {
      throw new IllegalArgumentException("the two appraisals of study '" + study
          + "' are both by reviewer '" + a + "'");
    }
    if (!first.ruleSet().name().equals(second.ruleSet().name())
        || !first.ruleSet().checklist().equals(second.ruleSet().checklist())) {
      throw new IllegalArgumentException("the appraisals of study '" + study
          + "' use different rule sets: " + first.ruleSet() + " and " + second.ruleSet());
    }
    return new DualReview(study, first, second, List.of());
  }

  private List<Difference> compare() {
    Checklist checklist = first.ruleSet().checklist();
    Answers a = checklist.asked(first.answers());
    Answers b = checklist.asked(second.answers());
    List<Difference> out = new ArrayList<>();
    for (Item item : checklist.items()) {
      String x = a.get(item.id()).orElse("-");
      String y = b.get(item.id()).orElse("-");
      if (!x.equals(y)) {
        out.add(new Difference(Difference.Kind.ITEM, item.id(), x, y));
      }
    }
    pairs().forEach((target, p) -> {
      if (!p.agree()) {
        out.add(new Difference(Ruling.GLOBAL.equals(target) ? Difference.Kind.GLOBAL
            : Difference.Kind.COMPONENT, target, p.first(), p.second()));
      }
    });
    return List.copyOf(out);
  }

  /**
   * This dual review with a consensus record (replacing one for the same difference).
   *
   * @param resolution the record
   * @return a new dual review
   * @throws IllegalArgumentException if there is no such difference, or the value is not an
   *     option of the item or not on the scale
   */
  public DualReview withResolution(Resolution resolution) {
    if (resolution == null) {
      throw new IllegalArgumentException("resolution must not be null (study '" + study + "')");
    }
    boolean known = differences.stream().anyMatch(d -> d.kind() == resolution.kind()
        && d.target().equals(resolution.target()));
    if (!known) {
      throw new IllegalArgumentException("study '" + study + "': there is no difference on the "
          + resolution.kind().label(resolution.target()) + " to resolve; differences are "
          + differences);
    }
    RuleSet rs = first.ruleSet();
    switch (resolution.kind()) {
      case ITEM:
        Item item = rs.checklist().item(resolution.target());
        if (item.option(resolution.value()).isEmpty()) {
          throw new IllegalArgumentException("study '" + study + "': item " + item.id()
              + " has no code '" + resolution.value() + "'; codes are " + item.codes());
        }
        break;
      case COMPONENT:
        rs.scale().rank(resolution.value());
        break;
      default:
        rs.globalScale().rank(resolution.value());
    }
    List<Resolution> out = new ArrayList<>(resolutions);
    out.removeIf(r -> r.kind() == resolution.kind() && r.target().equals(resolution.target()));
    out.add(resolution);
    return new DualReview(study, first, second, out);
  }

  /**
   * The study.
   *
   * @return the study's id or label
   */
  public String study() {
    return study;
  }

  /**
   * The first reviewer's appraisal.
   *
   * @return the appraisal
   */
  public Appraisal first() {
    return first;
  }

  /**
   * The second reviewer's appraisal.
   *
   * @return the appraisal
   */
  public Appraisal second() {
    return second;
  }

  /**
   * Every item answer (of asked items), component rating and global rating where the two
   * appraisals differ, in the order of the checklist.
   *
   * @return the differences
   */
  public List<Difference> differences() {
    return differences;
  }

  /**
   * The consensus records, in the order recorded.
   *
   * @return the records
   */
  public List<Resolution> resolutions() {
    return resolutions;
  }

  /**
   * The item differences without a consensus record: these must be resolved before
   * {@link #consensus()}.
   *
   * @return the item differences left
   */
  public List<Difference> unresolved() {
    List<Difference> out = new ArrayList<>();
    for (Difference d : differences) {
      if (d.kind() == Difference.Kind.ITEM && resolution(d.kind(), d.target()).isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  private Optional<Resolution> resolution(Difference.Kind kind, String target) {
    return resolutions.stream().filter(r -> r.kind() == kind && r.target().equals(target))
        .findFirst();
  }

  /**
   * The final ratings of both reviewers per component, then {@code "global"}.
   *
   * @return target to pair, in the order of the checklist
   */
  public Map<String, RatingPair> pairs() {
    Map<String, RatingPair> out = new LinkedHashMap<>();
    first.ratings().forEach((c, label) -> out.put(c,
        new RatingPair(label, second.ratings().get(c))));
    out.put(Ruling.GLOBAL, new RatingPair(first.globalRating().label(),
        second.globalRating().label()));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The consensus appraisal: the agreed answers (resolved items take the recorded code), rated
   * by the rule set; then each component or global consensus record as a ruling. A rating both
   * reviewers agree on is kept as a ruling only where it is a judgement the rules do not make:
   * where the rule set leaves the consensus rating {@link Rating#UNDETERMINED} (a gap or a
   * judgement such as NICE's overall rating), or where both reviewers recorded the same ruling
   * over the rating the rules give the agreed answers too. Otherwise the resolved answers decide,
   * even if both reviewers had reached another rating from their own answers. Its reviewer is
   * {@code "first+second"}.
   *
   * @return the consensus appraisal
   * @throws IllegalStateException if an item difference has no consensus record
   */
  public Appraisal consensus() {
    List<Difference> open = unresolved();
    if (!open.isEmpty()) {
      throw new IllegalStateException("study '" + study + "': resolve the item differences "
          + open + " before the consensus");
    }
    Checklist checklist = first.ruleSet().checklist();
    Answers a = checklist.asked(first.answers());
    Map<String, String> agreed = new LinkedHashMap<>();
    for (Item item : checklist.items()) {
      Optional<Resolution> r = resolution(Difference.Kind.ITEM, item.id());
      Optional<String> code = r.isPresent() ? Optional.of(r.get().value()) : a.get(item.id());
      code.ifPresent(c -> agreed.put(item.id(), c));
    }
    String both = first.reviewer().orElseThrow() + "+" + second.reviewer().orElseThrow();
    Appraisal out = first.ruleSet().appraise(both, Answers.of(agreed));
    for (Map.Entry<String, RatingPair> e : pairs().entrySet()) {
      String target = e.getKey();
      Difference.Kind kind = Ruling.GLOBAL.equals(target) ? Difference.Kind.GLOBAL
          : Difference.Kind.COMPONENT;
      Optional<Resolution> r = resolution(kind, target);
      if (r.isPresent()) {
        Resolution res = r.get();
        out = out.withRuling(target, res.value(), res.decidedBy(), "consensus, reason "
            + res.reason().code() + " (" + res.reason().label() + ")"
            + (res.note().isEmpty() ? "" : ": " + res.note()));
      } else if (e.getValue().agree() && !Rating.UNDETERMINED.equals(e.getValue().first())) {
        Rating now = Ruling.GLOBAL.equals(target) ? out.globalRating() : out.rating(target);
        if (!now.label().equals(e.getValue().first())
            && (!now.isDetermined() || jointJudgement(target, out))) {
          out = out.withRuling(target, e.getValue().first(), both, "both reviewers rated "
              + e.getValue().first());
        }
      }
    }
    return out;
  }

  /**
   * Whether both reviewers ruled on a target over the same rating the rules give the consensus
   * answers: a judgement both made on the same grounds, not a rating of answers since resolved.
   */
  private boolean jointJudgement(String target, Appraisal consensus) {
    if (first.decidedBy(target).isEmpty() || second.decidedBy(target).isEmpty()) {
      return false;
    }
    String rules = suggested(consensus, target);
    return rules.equals(suggested(first, target)) && rules.equals(suggested(second, target));
  }

  private static String suggested(Appraisal a, String target) {
    return (Ruling.GLOBAL.equals(target) ? a.suggestedGlobalRating()
        : a.suggestedRating(target)).label();
  }

  /**
   * The rating pairs of one component (or {@code "global"}) across the dual reviews of a
   * review.
   *
   * @param reviews the dual reviews
   * @param target a component id or {@code "global"}
   * @return one pair per study, in the order given
   * @throws IllegalArgumentException if a review has no such component (naming the study)
   */
  public static List<RatingPair> pairs(List<DualReview> reviews, String target) {
    List<RatingPair> out = new ArrayList<>();
    for (DualReview d : reviews) {
      RatingPair p = d.pairs().get(target);
      if (p == null) {
        throw new IllegalArgumentException("study '" + d.study() + "' has no component '"
            + target + "', only " + d.pairs().keySet());
      }
      out.add(p);
    }
    return out;
  }

  /**
   * The contingency table of one component (or {@code "global"}) across the dual reviews of a
   * review: entry {@code [i][j]} counts the studies the first reviewer rated with the i-th and
   * the second with the j-th label of the scale, best first. Pairs where either rating is
   * {@code UNDETERMINED} are left out. The input of Cohen's kappa.
   *
   * @param reviews the dual reviews (same rule set)
   * @param target a component id or {@code "global"}
   * @return a new k by k table, k the size of the scale
   * @throws IllegalArgumentException if there are no reviews, or a rating is not on the scale
   *     of the first review's rule set (naming the study)
   */
  public static int[][] contingencyTable(List<DualReview> reviews, String target) {
    Checks.nonEmpty("reviews", reviews);
    RuleSet rs = reviews.get(0).first().ruleSet();
    Scale scale = Ruling.GLOBAL.equals(target) ? rs.globalScale() : rs.scale();
    int k = scale.labels().size();
    int[][] table = new int[k][k];
    for (DualReview d : reviews) {
      RatingPair p = pairs(List.of(d), target).get(0);
      if (Rating.UNDETERMINED.equals(p.first()) || Rating.UNDETERMINED.equals(p.second())) {
        continue;
      }
      if (!scale.contains(p.first()) || !scale.contains(p.second())) {
        throw new IllegalArgumentException("study '" + d.study() + "': ratings " + p
            + " of '" + target + "' are not on scale " + scale);
      }
      table[scale.rank(p.first())][scale.rank(p.second())]++;
    }
    return table;
  }

  /**
   * A table of every difference and its consensus record.
   *
   * @return a multi-line text
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Dual review of ").append(study).append(": ")
        .append(first.reviewer().orElseThrow()).append(" vs ")
        .append(second.reviewer().orElseThrow()).append('\n');
    if (differences.isEmpty()) {
      sb.append("no differences\n");
    }
    for (Difference d : differences) {
      sb.append("  ").append(d);
      resolution(d.kind(), d.target()).ifPresent(r -> sb.append("  -> ").append(r));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** One line: study, reviewers and the number of differences and records. */
  @Override
  public String toString() {
    return "dual review of " + study + ", " + first.reviewer().orElseThrow() + " vs "
        + second.reviewer().orElseThrow() + ": " + differences.size()
        + (differences.size() == 1 ? " difference, " : " differences, ") + resolutions.size()
        + " resolved";
  }
}
