package io.github.evident.stats.plan;

import io.github.evident.core.internal.Format;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.CombinedPValue;
import io.github.evident.stats.synthesis.EffectEstimateSummary;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.ArrayList;

/**
 * Every sentence a reader of a plan sees, rendered from the planner's data: the reasons of a
 * group's decision, the review-level reasons and the presentation of each method. Numbers go
 * through {@link Format}; codes and enum constants are shown by their labels.
 */
final class Wording {

  private Wording() {}

  // ------------------------------------------------------------------------- words and numbers

  static String num(double v) {
    return Format.estimate(v);
  }

  /** A percentage on the 0-100 scale (I²). */
  static String percent(double v) {
    return Format.percent(v, Format.TEXT_PERCENT_DECIMALS);
  }

  /** A correlation or a level set by the user, with two decimals. */
  static String setting(double v) {
    return Format.number(v, 2);
  }

  static String join(Collection<?> items) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (Object o : items) {
      if (i > 0) {
        sb.append(i == items.size() - 1 ? " and " : ", ");
      }
      sb.append(o);
      i++;
    }
    return sb.toString();
  }

  /** The verb form agreeing with a count: {@code verb(1, "gives", "give")}. */
  static String verb(long n, String singular, String plural) {
    return n == 1 ? singular : plural;
  }

  static String plural(long n, String word) {
    if (n == 1) {
      return n + " " + word;
    }
    return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies"
        : word + "s");
  }

  /** An enum constant in words: {@code FIRST_REPORTED} as "first reported". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // ------------------------------------------------------------------------- one group

  static Reason tooFewStudies(int k, int min, List<String> ids) {
    return new Reason(ReasonCode.TOO_FEW_STUDIES, plural(k, "study") + " in this comparison; "
        + "any synthesis needs at least " + min + " (Cochrane Handbook 10.2: meta-analysis is "
        + "possible from 2 studies)", Reason.map("studies", k, "minimum", min), ids, true);
  }

  static Reason differentInstruments(List<String> instruments, List<String> ids) {
    return new Reason(ReasonCode.DIFFERENT_INSTRUMENTS, "the outcome is measured with "
        + instruments.size() + " instruments (" + String.join("; ", instruments) + "): only a "
        + "standardised metric can combine them", Reason.map("instruments",
            instruments.size()), ids, false);
  }

  static Reason otherMetric(List<String> ids, Metric metric) {
    return new Reason(ReasonCode.INCOMPATIBLE_MEASURES, plural(ids.size(), "study") + " "
        + verb(ids.size(), "gives", "give") + " effect sizes that cannot be converted to "
        + metric.label(), Reason.map("studies", ids.size()), ids, false);
  }

  static Reason noVariance(List<String> ids, int k, int derivable, boolean blocking) {
    return new Reason(ReasonCode.MISSING_VARIANCE, ids.size() + " of " + plural(k, "study")
        + " " + verb(ids.size(), "gives", "give") + " no effect size with a valid variance; "
        + (derivable == 0 ? "none reports an exact p or t from which it could be derived"
            : derivable + " " + verb(derivable, "reports", "report") + " an exact p or t from "
                + "which it could be derived with the missing n or pairing"),
        Reason.map("studies", ids.size(), StudyEvidence.DERIVABLE, derivable), ids, blocking);
  }

  static Reason boundedP(List<String> ids) {
    return new Reason(ReasonCode.BOUNDED_P_VALUE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "reports", "report") + " only a bounded p value (such as "
        + "p < 0.001), which is not exact", Reason.map("studies", ids.size()), ids, false);
  }

  static Reason imputed(List<String> ids, double r) {
    return new Reason(ReasonCode.IMPUTED_VALUE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "rests", "rest") + " on an imputed pre-post correlation r = "
        + setting(r) + ": a sensitivity analysis is needed", Reason.map("studies", ids.size()),
        ids, false);
  }

  static Reason highRisk(List<StudyEvidence> high, int k, boolean blocks, boolean blocking) {
    List<String> ids = high.stream().map(StudyEvidence::studyId).toList();
    return new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of " + plural(k, "study")
        + " " + verb(high.size(), "is", "are") + " at high risk of bias by their overall "
        + "appraisal (" + join(high.stream().map(e -> e.studyId() + ": "
            + String.join(", ", e.appraisals())).toList()) + ")" + (blocks ? "; they are kept out of a pooled estimate"
            : "; a caveat for the certainty of the evidence (configure risk of bias to block "
                + "pooling)"), Reason.map("highRisk", high.size(), "studies", k), ids, blocking);
  }

  static Reason unappraised(List<String> ids) {
    return new Reason(ReasonCode.RISK_OF_BIAS_UNKNOWN, "no risk-of-bias appraisal is recorded "
        + "for " + plural(ids.size(), "study"), Reason.map("studies", ids.size()), ids, false);
  }

  static Reason oppositeCis(List<String> above, List<String> below, boolean blocks) {
    List<String> both = new ArrayList<>(above);
    both.addAll(below);
    return new Reason(ReasonCode.OPPOSITE_DIRECTIONS, "the 95% CIs of "
        + plural(above.size(), "study") + " (" + join(above) + ") lie above and of "
        + plural(below.size(), "study") + " (" + join(below) + ") below no effect: an average "
        + "may mislead unless the difference is explained"
        + (blocks ? "" : " (a caveat; configure it to block pooling)"),
        Reason.map("above", above.size(), "below", below.size()), both, blocks);
  }

  static Reason oppositeDirections(List<String> up, List<String> down) {
    List<String> both = new ArrayList<>(up);
    both.addAll(down);
    return new Reason(ReasonCode.OPPOSITE_DIRECTIONS, "effects point in opposite directions: "
        + "improvement in " + join(up) + ", deterioration in " + join(down),
        Reason.map("improvement", up.size(), "deterioration", down.size()), both, false);
  }

  static Reason noUsableData(int k, List<String> ids) {
    return new Reason(ReasonCode.NO_USABLE_DATA, "no study reports an estimate, an exact p "
        + "value or a direction for this comparison", Reason.map("studies", k), ids, true);
  }

  static Reason fitFailed(String analysis, List<String> ids, String cause) {
    return new Reason(ReasonCode.FIT_FAILED, "the configured meta-analysis (" + analysis
        + ") cannot be fitted to " + plural(ids.size(), "study") + ": " + cause,
        Reason.map("studies", ids.size()), ids, true);
  }

  static Reason poolable(List<String> ids, Metric metric, MetaResult r, String analysis) {
    return new Reason(ReasonCode.POOLABLE, plural(ids.size(), "study") + " "
        + verb(ids.size(), "gives", "give") + " " + metric.label() + " with valid variances: "
        + words(r.model()) + " meta-analysis (" + analysis + "); the model is chosen in "
        + "advance, not from a test for heterogeneity", Reason.map("studies", ids.size()), ids,
        false);
  }

  static Reason omitted(List<String> omitted, int k) {
    return new Reason(ReasonCode.STUDIES_OMITTED, plural(omitted.size(), "study") + " of " + k
        + " " + verb(omitted.size(), "does", "do") + " not contribute to the pooled estimate ("
        + join(omitted) + "): describe them alongside it", Reason.map("omitted",
            omitted.size(), "studies", k), omitted, false);
  }

  static Reason noPredictionInterval(int k, int minimum) {
    return Reason.note(ReasonCode.PREDICTION_INTERVAL_OMITTED, "no prediction interval with "
        + plural(k, "study") + " (Cochrane Handbook: only with at least " + minimum + ")",
        "studies", k, "minimum", minimum);
  }

  static Reason summarised(Metric metric, List<String> ids, EffectEstimateSummary sum) {
    return new Reason(ReasonCode.ALTERNATIVE_METHOD, plural(ids.size(), "study") + " "
        + verb(ids.size(), "gives", "give") + " " + metric.label() + " estimates: summarise "
        + "them by median " + num(sum.median()) + ", IQR " + num(sum.lowerQuartile()) + " to "
        + num(sum.upperQuartile()) + ", range " + num(sum.minimum()) + " to "
        + num(sum.maximum()) + " (answers: how spread are the observed effects)",
        Reason.map("studies", ids.size(), "median", sum.median()), ids, false);
  }

  static Reason unweightedStouffer() {
    return Reason.note(ReasonCode.ALTERNATIVE_METHOD, "sample sizes are missing: unweighted "
        + "Stouffer instead of the weighted method");
  }

  static Reason combined(List<String> ids, CombinedPValue c) {
    return new Reason(ReasonCode.ALTERNATIVE_METHOD, plural(ids.size(), "study") + " give "
        + "exact p values with a direction: " + c.method().label() + "'s combination of "
        + "one-sided p values (hypothesis: improvement) gives " + Format.p(c.pValue())
        + " (answers: is there evidence of an effect in at least one study)",
        Reason.map("studies", ids.size(), "p", c.pValue()), ids, false);
  }

  static Reason counted(List<String> ids, VoteCount v) {
    return new Reason(ReasonCode.ALTERNATIVE_METHOD, v.favourable() + " of " + v.n()
        + " studies with a direction show improvement: sign test " + Format.p(v.signTestP())
        + " (answers: is there any evidence of an effect)", Reason.map("favourable",
            v.favourable(), "n", v.n(), "p", v.signTestP()), ids, false);
  }

  static Reason qualitative(List<String> ids, String category, int themes, boolean any) {
    return new Reason(ReasonCode.QUALITATIVE_EVIDENCE, plural(ids.size(), "study")
        + " with qualitative evidence on '" + category + "' (" + plural(themes, "theme") + "): "
        + (any ? "thematic synthesis, not pooling" : "no themes or findings recorded"),
        Reason.map("studies", ids.size(), "themes", themes), ids, false);
  }

  static Reason lowQualityThemes(List<String> high, int k) {
    return new Reason(ReasonCode.HIGH_RISK_OF_BIAS, high.size() + " of " + plural(k, "study")
        + " " + verb(high.size(), "has", "have") + " a low-quality overall appraisal: weigh "
        + "their themes accordingly", Reason.map("highRisk", high.size(), "studies", k), high,
        false);
  }

  static Reason resultSelected(String study, int outcomes, String construct,
      java.util.Optional<String> instrument) {
    return new Reason(ReasonCode.RESULT_SELECTED, "study '" + study + "' reports " + outcomes
        + " outcomes with the construct '" + construct + "'; the first is used"
        + instrument.map(i -> " (" + i + ")").orElse(""), Reason.map("outcomes", outcomes),
        List.of(study), false);
  }

  // ------------------------------------------------------------------------- review level

  static List<Reason> split(String construct, List<String> sids, Set<String> cats,
      Set<String> classes, Set<String> instruments, Set<String> metrics) {
    String what = "'" + construct + "' is measured in " + plural(sids.size(), "study") + " ("
        + join(sids) + ") but they are not one comparison: ";
    List<Reason> rs = new ArrayList<>();
    if (cats.size() > 1) {
      rs.add(new Reason(ReasonCode.DIFFERENT_INTERVENTIONS, what + "different intervention "
          + "categories (" + join(cats) + ")", Reason.map("categories", cats.size()), sids,
          true));
    }
    if (classes.size() > 1) {
      rs.add(new Reason(ReasonCode.DIFFERENT_DESIGNS, what + "different designs ("
          + join(classes) + ")", Reason.map("designClasses", classes.size()), sids, true));
    }
    if (instruments.size() > 1) {
      rs.add(new Reason(ReasonCode.DIFFERENT_INSTRUMENTS, what + "different instruments ("
          + String.join("; ", instruments) + "), which would need a standardised metric",
          Reason.map("instruments", instruments.size()), sids, false));
    }
    if (metrics.size() > 1) {
      rs.add(new Reason(ReasonCode.INCOMPATIBLE_MEASURES, what + "different effect metrics ("
          + join(metrics) + ")", Reason.map("metrics", metrics.size()), sids, false));
    }
    return rs;
  }

  // ------------------------------------------------------------------------- presentation

  static List<String> presentation(SynthesisMethod method, boolean predictionInterval) {
    return switch (method) {
      case META_ANALYSIS -> List.of("forest plot with the pooled estimate"
          + (predictionInterval ? " and prediction interval" : ""),
          "table of study characteristics, risk of bias and effect sizes");
      case SUMMARY_OF_ESTIMATES -> List.of("box plot or forest plot without a pooled estimate, "
          + "ordered by a study characteristic", "table of study characteristics and estimates");
      case COMBINED_P_VALUES -> List.of("effect direction plot", "albatross plot (p value "
          + "against sample size)", "table of study characteristics and results");
      case VOTE_COUNTING_BY_DIRECTION -> List.of("effect direction plot",
          "table of study characteristics and directions");
      case NARRATIVE -> List.of("effect direction plot", "structured table of study "
          + "characteristics and results");
      case THEMATIC -> List.of("table of themes by study with appraisal ratings");
      case NONE -> List.of("table of study characteristics");
    };
  }

  /** A decision in one line: its method, metric, contributing studies and reason labels. */
  static String decision(Decision d) {
    return "Decision[" + d.method().description() + d.metric().map(m -> " (" + m.label() + ")")
        .orElse("") + ", " + d.contributingStudies().size() + " contributing, reasons "
        + labels(d.reasons()) + "]";
  }

  static List<String> labels(List<Reason> reasons) {
    return reasons.stream().map(r -> r.code().label()).distinct().toList();
  }

}
