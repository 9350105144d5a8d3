package io.github.evident.appraisal.review;

import io.github.evident.appraisal.Rating;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.Ruling;
import io.github.evident.appraisal.Scale;
import io.github.evident.appraisal.agreement.Agreement;
import io.github.evident.appraisal.agreement.GwetAc1Result;
import io.github.evident.appraisal.agreement.KappaResult;
import io.github.evident.appraisal.agreement.KappaWeights;
import io.github.evident.core.Interval;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Agreement between two reviewers across a review, per component and for the global rating,
 * computed from their independent appraisals (before consensus): percent agreement, Cohen's
 * κ, linearly weighted κ (the ratings are ordinal) and Gwet's AC1, each with its CI.
 *
 * <p>Pairs where either reviewer's rating is {@code UNDETERMINED} (a gap the rule set leaves to
 * judgement, not yet decided) are left out and counted. Where a statistic is undefined — no
 * pairs, or κ when both reviewers used a single category — it is absent and {@link
 * TargetAgreement#note()} says why; the Cochrane Handbook advises reporting κ with its CI rather
 * than a label, and percent agreement alongside.
 *
 * <pre>{@code
 * List<DualReview> reviews = ...;            // one per study, same rule set
 * ReviewAgreement agreement = ReviewAgreement.of(reviews);
 * agreement.target("A").kappa();             // Optional<KappaResult>
 * System.out.println(agreement.summary());
 * }</pre>
 */
public final class ReviewAgreement {

  private final String ruleSet;
  private final Map<String, TargetAgreement> targets;

  private ReviewAgreement(String ruleSet, Map<String, TargetAgreement> targets) {
    this.ruleSet = ruleSet;
    this.targets = targets;
  }

  /**
   * Agreement per component and globally across dual reviews made with one rule set.
   *
   * @param reviews the dual reviews, at least one, all with the same rule set
   * @return the agreement
   * @throws IllegalArgumentException if reviews is empty or mixes rule sets (the message names
   *     the study)
   */
  public static ReviewAgreement of(List<DualReview> reviews) {
    Checks.nonEmpty("reviews", reviews);
    RuleSet rs = reviews.get(0).first().ruleSet();
    for (DualReview d : reviews) {
      RuleSet other = d.first().ruleSet();
      if (!other.name().equals(rs.name())) {
        throw new IllegalArgumentException("study '" + d.study() + "' was appraised with rule set '"
            + other.name() + "', not '" + rs.name() + "'; compute agreement per rule set");
      }
    }
    List<String> ids = new ArrayList<>(reviews.get(0).first().ratings().keySet());
    ids.add(Ruling.GLOBAL);
    Map<String, TargetAgreement> out = new LinkedHashMap<>();
    for (String id : ids) {
      Scale scale = Ruling.GLOBAL.equals(id) ? rs.globalScale() : rs.scale();
      int undetermined = 0;
      for (RatingPair p : DualReview.pairs(reviews, id)) {
        if (Rating.UNDETERMINED.equals(p.first()) || Rating.UNDETERMINED.equals(p.second())) {
          undetermined++;
        }
      }
      out.put(id, TargetAgreement.of(id, scale.labels(), DualReview.contingencyTable(reviews, id),
          undetermined));
    }
    return new ReviewAgreement(rs.name(), Collections.unmodifiableMap(out));
  }

  /**
   * The rule set the reviews were made with.
   *
   * @return its name
   */
  public String ruleSet() {
    return ruleSet;
  }

  /**
   * The components, then {@link Ruling#GLOBAL}, in the rule set's order.
   *
   * @return the targets
   */
  public List<String> targets() {
    return List.copyOf(targets.keySet());
  }

  /**
   * The agreement on one component or on the global rating.
   *
   * @param target a component id or {@link Ruling#GLOBAL}
   * @return the agreement
   * @throws IllegalArgumentException if there is no such target
   */
  public TargetAgreement target(String target) {
    TargetAgreement t = targets.get(target);
    if (t == null) {
      throw new IllegalArgumentException("no component '" + target + "'; known: "
          + targets.keySet());
    }
    return t;
  }

  /**
   * A table: per target the number of pairs, percent agreement, κ, weighted κ and AC1 with their
   * 95% CIs. An interval truncated to [−1, 1] is marked {@code *} and a zero-width interval
   * {@code †}, with a line under the table saying why.
   *
   * @return a multi-line text
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Agreement between reviewers (" + ruleSet + ")\n")
        .append(String.format(Locale.ROOT, "%-10s %5s %9s  %-28s %-28s %-28s", "target",
            "pairs", "agreement", "kappa [95% CI]", "linear kappa [95% CI]", "AC1 [95% CI]")
            .stripTrailing());
    boolean truncated = false;
    boolean zeroWidth = false;
    for (TargetAgreement t : targets.values()) {
      sb.append('\n').append(String.format(Locale.ROOT,
          "%-10s %5d %9s  %-28s %-28s %-28s", t.target(), t.pairs(),
          t.percentAgreement().isPresent() ? Format.percent(t.percentAgreement().getAsDouble(),
              Format.TEXT_PERCENT_DECIMALS) : "-",
          t.kappa().map(k -> ci(k.kappa(), k.ci(), k.ciTruncated())).orElse("-"),
          t.linearKappa().map(k -> ci(k.kappa(), k.ci(), k.ciTruncated())).orElse("-"),
          t.ac1().map(a -> ci(a.ac1(), a.ci(), a.ciTruncated())).orElse("-")).stripTrailing());
      t.note().ifPresent(n -> sb.append("  ").append(n));
      truncated |= t.kappa().map(KappaResult::ciTruncated).orElse(false)
          || t.linearKappa().map(KappaResult::ciTruncated).orElse(false)
          || t.ac1().map(GwetAc1Result::ciTruncated).orElse(false);
      zeroWidth |= t.kappa().map(k -> zeroWidth(k.ci())).orElse(false)
          || t.linearKappa().map(k -> zeroWidth(k.ci())).orElse(false)
          || t.ac1().map(a -> zeroWidth(a.ci())).orElse(false);
    }
    if (truncated) {
      sb.append("\n* interval truncated to [-1, 1], the range of kappa and AC1 (the Wald "
          + "interval runs past it with few studies)");
    }
    if (zeroWidth) {
      sb.append("\n\u2020 zero-width interval: the large-sample standard error is 0, which "
          + "does not show the uncertainty with so few studies");
    }
    return sb.toString();
  }

  private static String ci(double v, Interval ci, boolean truncated) {
    return Format.estimate(v) + " " + Format.interval(ci)
        + (truncated ? "*" : zeroWidth(ci) ? "\u2020" : "");
  }

  private static boolean zeroWidth(Interval ci) {
    return ci.lower() == ci.upper();
  }

  /**
   * One line, for example {@code agreement between reviewers (EPHPP dictionary), 12 studies:
   * global kappa 0.6650}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    TargetAgreement g = targets.get(Ruling.GLOBAL);
    return "agreement between reviewers (" + ruleSet + "), "
        + Format.count(g.pairs(), "study", "studies") + ": global "
        + g.kappa().map(k -> "kappa " + Format.estimate(k.kappa())).orElse("kappa undefined");
  }

  /**
   * Agreement on one component or on the global rating.
   *
   * @param target the component id or {@link Ruling#GLOBAL}
   * @param categories the rating scale, in order (rows and columns of the table)
   * @param pairs the number of studies where both reviewers gave a determined rating
   * @param undetermined the number of studies left out because a rating was undetermined
   * @param percentAgreement percent agreement, absent when there are no pairs
   * @param kappa Cohen's κ, absent when undefined
   * @param linearKappa κ with linear weights, absent when undefined
   * @param ac1 Gwet's AC1, absent when there are no pairs
   * @param note why a statistic is absent, if one is
   */
  public record TargetAgreement(String target, List<String> categories, int pairs,
      int undetermined, OptionalDouble percentAgreement, Optional<KappaResult> kappa,
      Optional<KappaResult> linearKappa, Optional<GwetAc1Result> ac1, Optional<String> note) {

    /**
     * Checks the agreement: every part present, counts not negative, and statistics only where
     * there are pairs.
     *
     * @throws IllegalArgumentException naming the first part that is missing or inconsistent
     */
    public TargetAgreement {
      if (target == null || categories == null || percentAgreement == null || kappa == null
          || linearKappa == null || ac1 == null || note == null) {
        throw new IllegalArgumentException("agreement on '" + target + "': target, categories, "
            + "statistics and note must not be null (absent ones are empty)");
      }
      if (pairs < 0 || undetermined < 0) {
        throw new IllegalArgumentException("agreement on '" + target + "': pairs and "
            + "undetermined must not be negative, were " + pairs + " and " + undetermined);
      }
      if (pairs == 0 && (percentAgreement.isPresent() || ac1.isPresent() || kappa.isPresent())) {
        throw new IllegalArgumentException("agreement on '" + target + "': no pairs, so no "
            + "statistic can be given");
      }
      categories = List.copyOf(categories);
    }

    static TargetAgreement of(String target, List<String> categories, int[][] table,
        int undetermined) {
      int pairs = 0;
      for (int[] row : table) {
        for (int c : row) {
          pairs += c;
        }
      }
      if (pairs == 0) {
        return new TargetAgreement(target, List.copyOf(categories), 0, undetermined,
            OptionalDouble.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of("no study with a determined rating from both reviewers"));
      }
      Optional<KappaResult> kappa = Optional.empty();
      Optional<KappaResult> linear = Optional.empty();
      Optional<String> note = Optional.empty();
      if (oneSharedCategory(table)) {
        // p_e = 1 for unweighted and linear weights (off-diagonal weights below 1).
        note = Optional.of("kappa undefined: both reviewers used a single category");
      } else {
        kappa = Optional.of(Agreement.cohensKappa(table));
        linear = Optional.of(Agreement.weightedKappa(table, KappaWeights.LINEAR));
      }
      return new TargetAgreement(target, List.copyOf(categories), pairs, undetermined,
          OptionalDouble.of(Agreement.percentAgreement(table)), kappa, linear,
          Optional.of(Agreement.gwetAc1(table)), note);
    }

    /** Whether every rating of both reviewers is in one and the same category. */
    private static boolean oneSharedCategory(int[][] table) {
      int cells = 0;
      boolean diagonal = false;
      for (int i = 0; i < table.length; i++) {
        for (int j = 0; j < table.length; j++) {
          if (table[i][j] > 0) {
            cells++;
            diagonal = i == j;
          }
        }
      }
      return cells == 1 && diagonal;
    }
  }
}
