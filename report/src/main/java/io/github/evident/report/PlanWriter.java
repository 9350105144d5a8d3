package io.github.evident.report;

import io.github.evident.core.internal.Format;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.Measure;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.plan.ComparisonGroup;
import io.github.evident.stats.plan.ConstructSplit;
import io.github.evident.stats.plan.Decision;
import io.github.evident.stats.plan.Metric;
import io.github.evident.stats.plan.Reason;
import io.github.evident.stats.plan.ReasonCode;
import io.github.evident.stats.plan.StudyEvidence;
import io.github.evident.stats.plan.SwimChecklist;
import io.github.evident.stats.plan.SwimItem;
import io.github.evident.stats.plan.SynthesisPlan;
import io.github.evident.stats.synthesis.EffectDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a synthesis plan: conclusion and reasons, the decision per group, the SWiM items. */
final class PlanWriter implements PlanSection {

  private final SynthesisPlan plan;

  PlanWriter(SynthesisPlan plan) {
    this.plan = plan;
  }

  @Override
  public void writeDecision(Html h) {
    h.open("div", "class", "plan", "id", "plan").el("h3", "Synthesis plan");
    h.open("p", "class", "decision").text("Conclusion: " + plan.conclusion().description())
        .close("p");
    reasons(h, plan.reasons());
    groups(h);
    h.close("div").nl();
  }

  @Override
  public void writeDetails(Html h) {
    h.open("div", "class", "plan-details");
    splits(h);
    studies(h);
    swim(h);
    h.close("div").nl();
  }

  private void reasons(Html h, List<Reason> reasons) {
    if (reasons.isEmpty()) {
      return;
    }
    h.open("ul", "class", "reasons");
    for (Reason r : reasons) {
      h.open("li");
      boolean supports = r.code() == ReasonCode.POOLABLE;
      h.el("span", r.blocking() ? "blocks meta-analysis" : supports ? "supports pooling"
          : "caveat", "class", r.blocking() ? "blocking" : supports ? "supports" : "caveat");
      h.text(" " + r.message());
      if (!r.studies().isEmpty()) {
        h.el("span", " — " + names(r.studies()), "class", "note");
      }
      h.close("li");
    }
    h.close("ul");
  }

  private void groups(Html h) {
    h.el("h4", "Decision per comparison");
    h.open("div", "class", "wide").open("table", "class", "plan-groups")
        .el("caption", "Candidate comparisons (same outcome construct, intervention category "
            + "and design class; qualitative evidence by intervention category), each with "
            + "its decision, reasons and contributing studies");
    h.open("thead").headerRow(List.of("Comparison", "Studies", "Decision", "Reasons",
        "Contributing studies")).close("thead").open("tbody");
    for (ComparisonGroup g : plan.groups()) {
      Decision d = g.decision();
      h.open("tr", "class", "group-" + d.method().name().toLowerCase(Locale.ROOT));
      h.open("td").el("strong", g.construct().orElse("qualitative evidence"));
      h.el("p", g.interventionCategory() + g.designClass().map(c -> " · " + c).orElse(""),
          "class", "note");
      if (!g.instruments().isEmpty()) {
        h.el("p", "Instruments: " + String.join("; ", g.instruments()), "class", "note");
      }
      h.close("td");
      h.el("td", g.k() + ": " + names(g.studyIds()));
      h.open("td").el("strong", d.method().description());
      d.metric().ifPresent(m -> h.el("p", "Metric: " + m.label(), "class", "note"));
      if (!d.presentation().isEmpty()) {
        h.el("p", "Presented as: " + String.join("; ", d.presentation()), "class", "note");
      }
      h.close("td");
      h.open("td");
      reasons(h, d.reasons());
      h.close("td");
      h.el("td", d.contributingStudies().isEmpty() ? "—" : names(d.contributingStudies()));
      h.close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
    for (ComparisonGroup g : plan.groups()) {
      g.decision().metaAnalysis().ifPresent(m -> meta(h, g, m));
    }
  }

  private void meta(Html h, ComparisonGroup g, MetaResult m) {
    h.el("h4", "Meta-analysis: " + g.construct().orElse(g.id()));
    Measure measure = g.decision().metric().map(Metric::measure).orElse(Measure.GEN);
    boolean ratio = measure == Measure.RR || measure == Measure.OR;
    String metric = ratio ? measure.name() : "effect";
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Model", m.model().label() + m.tau2Estimator().map(e -> ", τ² by "
        + e.metaforName()).orElse("") + ", " + m.test().label() + " test", ""));
    rows.add(List.of("Studies (k)", Integer.toString(m.k()), ""));
    rows.add(List.of("Pooled estimate [" + Format.level(m.level()) + "% CI]", est(m.estimate(),
        m.ci().lower(), m.ci().upper()), ratio ? est(Math.exp(m.estimate()),
        Math.exp(m.ci().lower()), Math.exp(m.ci().upper())) + " (" + metric + ")" : ""));
    rows.add(List.of("p value", Format.pValue(m.pValue()), ""));
    rows.add(List.of("τ² [CI]", m.tau2Ci().map(c -> est(m.tau2(), c.lower(), c.upper()))
        .orElse(Format.number(m.tau2(), Format.FIGURE_DECIMALS)), ""));
    rows.add(List.of("I² [CI]", Format.percent(m.i2(), 0) + m.i2Ci().map(c -> " ["
        + Format.percent(c.lower(), 0) + ", " + Format.percent(c.upper(), 0) + "]").orElse(""),
        ""));
    rows.add(List.of("Q (df, p)", Format.number(m.q(), Format.FIGURE_DECIMALS) + " (" + m.qDf()
        + ", " + Format.p(m.qPValue()) + ")", ""));
    m.predictionInterval().ifPresent(pi -> rows.add(List.of("Prediction interval",
        Format.interval(pi, Format.FIGURE_DECIMALS), ratio ? Format.interval(Math.exp(
            pi.lower()), Math.exp(pi.upper()), Format.FIGURE_DECIMALS) + " (" + metric + ")"
            : "")));
    EvidenceReport.table(h, new ReportTable("Pooled result" + (ratio ? " (log scale; "
        + "back-transformed in the last column)" : ""), List.of("", "Estimate",
        ratio ? "Back-transformed" : ""), rows));
    if (!m.notes().isEmpty()) {
      h.list(m.notes(), "class", "note");
    }
  }

  private void splits(Html h) {
    if (plan.splits().isEmpty()) {
      return;
    }
    h.el("h4", "Outcomes kept apart");
    h.open("table", "class", "plan-splits").open("thead").headerRow(List.of("Construct",
        "Studies", "Why not one comparison")).close("thead").open("tbody");
    for (ConstructSplit s : plan.splits()) {
      h.open("tr").el("td", s.construct()).el("td", names(s.studyIds())).open("td");
      reasons(h, s.reasons());
      h.close("td").close("tr").nl();
    }
    h.close("tbody").close("table").nl();
  }

  private void studies(Html h) {
    List<List<String>> rows = new ArrayList<>();
    for (ComparisonGroup g : plan.groups()) {
      for (StudyEvidence e : g.studies()) {
        List<String> notes = new ArrayList<>(e.assumptions());
        e.reasons().forEach(r -> notes.add(r.message()));
        rows.add(List.of(name(e.studyId()), e.construct() + e.instrument().map(i -> " (" + i
            + ")").orElse(""), e.level().description(), effect(e),
            e.p().map(Object::toString).orElse("—"),
            e.direction().map(EffectDirection::label).orElse("—"),
            e.n().isPresent() ? Integer.toString(e.n().getAsInt()) : "—",
            String.join("\n", notes)));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    h.el("h4", "What each study's data allow");
    EvidenceReport.table(h, new ReportTable("Per study and outcome: the level of data "
        + "(Cochrane Handbook Table 12.2.a) with its assumptions", List.of("Study", "Outcome",
        "Data allow", "Effect", "p", "Direction", "n", "Assumptions and notes"), rows));
  }

  private void swim(Html h) {
    SwimChecklist swim = SwimChecklist.of(plan);
    h.el("h4", "SWiM reporting items (Campbell et al. 2020)");
    h.open("table", "class", "swim").open("thead").headerRow(List.of("Item", "Status",
        "What the plan supplies")).close("thead").open("tbody");
    for (SwimItem i : swim.items()) {
      h.open("tr").el("td", i.number() + ". " + i.title())
          .el("td", i.status().label(),
              "class", "swim-" + i.status().name().toLowerCase(Locale.ROOT))
          .open("td").list(i.content()).close("td").close("tr").nl();
    }
    h.close("tbody").close("table").nl();
  }

  private String names(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(name(id));
    }
    return String.join(", ", out);
  }

  private String name(String id) {
    return plan.label(id);
  }

  private static String effect(StudyEvidence e) {
    if (!e.effects().isEmpty()) {
      EffectSize es = e.effects().get(0);
      return es.measure().label() + " "
          + est(es.estimate(), es.ci().lower(), es.ci().upper())
          .replace("[", "[95% CI ");
    }
    return e.estimate().isPresent() ? e.estimateMetric().map(m -> m + " ").orElse("")
        + Format.number(e.estimate().getAsDouble(), Format.FIGURE_DECIMALS) + " (no variance)"
        : "—";
  }

  private static String est(double v, double lo, double hi) {
    return EvidenceReport.estimate(v, lo, hi);
  }
}
