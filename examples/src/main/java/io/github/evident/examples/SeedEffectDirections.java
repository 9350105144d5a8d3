package io.github.evident.examples;

import io.github.evident.core.internal.Format;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.report.EvidenceReport;
import io.github.evident.report.ReportTable;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import io.github.evident.stats.synthesis.VoteCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The direction of every outcome of the seed review's three quantitative studies, grouped into
 * outcome domains for an effect direction plot (Thomson and Thomas 2013; Boon and Thomson
 * 2021: direction only, not statistical significance). The directions are read from the
 * reported results and, where the paper reports a direction only in words (depression and
 * anxiety "decreased ... not statistically significant", "67% reduction in sex work
 * involvement", PTSD and depression "no changes were observed"), from those words; each entry
 * names its source. The domains are a review author's grouping, stated here:
 * wellbeing (self-esteem, depression, anxiety, PTSD, quality of life), substance
 * use, and safety and sex work. The intervention group's final size is the number analysed
 * where reported, otherwise the sample size.
 */
public final class SeedEffectDirections {

  /**
   * One outcome's direction as extracted.
   *
   * @param study the study id
   * @param domain the outcome domain
   * @param outcome the outcome
   * @param direction its direction (improvement is judged against the outcome's better
   *     direction)
   * @param source what the direction rests on
   */
  public record Entry(String study, String domain, String outcome, EffectDirection direction,
      String source) {

    @Override
    public String toString() {
      return study + " " + domain + ": " + outcome + " " + direction + " (" + source + ")";
    }
  }

  static final String WELLBEING = "Wellbeing";
  static final String SUBSTANCE = "Substance use";
  static final String SAFETY = "Safety, sex work";

  private static final List<Entry> ENTRIES = List.of(
      new Entry("gunn2016", WELLBEING, "self-esteem (RSE)", EffectDirection.IMPROVEMENT,
          "mean change +4.08, higher is better"),
      new Entry("gunn2016", WELLBEING, "depression (PHQ-9)", EffectDirection.IMPROVEMENT,
          "'mean scores ... decreased', lower is better; not significant"),
      new Entry("gunn2016", WELLBEING, "anxiety (BSI-A)", EffectDirection.IMPROVEMENT,
          "'mean scores ... decreased', lower is better; not significant"),
      new Entry("litchfield2010", WELLBEING, "quality of life (Christo inventory)",
          EffectDirection.IMPROVEMENT, "12.05 → 8.97, lower is better"),
      new Entry("litchfield2010", SUBSTANCE, "heroin use (urine screen)",
          EffectDirection.IMPROVEMENT, "87% → 72% positive samples"),
      new Entry("litchfield2010", SAFETY, "involvement in sex work",
          EffectDirection.IMPROVEMENT, "'67% reduction in sex work involvement'"),
      new Entry("decker2018", SAFETY, "safety behaviour", EffectDirection.IMPROVEMENT,
          "51.2 → 58.1, higher is better"),
      new Entry("decker2018", SAFETY, "knowledge of support programmes",
          EffectDirection.IMPROVEMENT, "28.9% → 76.3%"),
      new Entry("decker2018", SAFETY, "avoidance of condom negotiation",
          EffectDirection.IMPROVEMENT, "2.0 → 1.4, lower is better"),
      new Entry("decker2018", SUBSTANCE, "sex with clients under the influence",
          EffectDirection.IMPROVEMENT, "4.4 → 4.0, lower is better"),
      new Entry("decker2018", WELLBEING, "PTSD (PCL)", EffectDirection.NO_CHANGE,
          "'no changes were observed'"),
      new Entry("decker2018", WELLBEING, "depression (CES-D)", EffectDirection.NO_CHANGE,
          "'no changes were observed'"));

  private SeedEffectDirections() {}

  /**
   * The extracted directions, by study.
   *
   * @return the entries
   */
  public static List<Entry> entries() {
    return ENTRIES;
  }

  /**
   * The effect direction table of the seed review, rows labelled by short citation.
   *
   * @param review the seed review
   * @return the table
   * @throws IllegalArgumentException if the review lacks one of the studies
   */
  public static EffectDirectionTable table(Review review) {
    EffectDirectionTable.Builder b = EffectDirectionTable.builder();
    List<String> added = new ArrayList<>();
    for (Entry e : ENTRIES) {
      Study s = review.study(e.study());
      String label = s.label();
      if (!added.contains(e.study())) {
        int n = s.population().nAnalysed().orElse(s.population().n().orElseThrow(
            () -> new IllegalArgumentException("study '" + s.id() + "': population.n is not "
                + "reported; the effect direction plot sizes arrows by it")));
        b.study(label, n);
        added.add(e.study());
      }
      b.outcomes(label, e.domain(), e.direction());
    }
    return b.build();
  }

  /**
   * The analysis for the evidence report: the extraction and the domain directions with their
   * sign tests.
   *
   * @param review the seed review
   * @return the analysis
   */
  public static EvidenceReport.Analysis analysis(Review review) {
    EffectDirectionTable t = table(review);
    List<List<String>> rows = new ArrayList<>();
    for (Entry e : ENTRIES) {
      rows.add(List.of(review.study(e.study()).label(), e.domain(), e.outcome(),
          e.direction().symbol() + " " + e.direction().label(), e.source()));
    }
    List<List<String>> domains = new ArrayList<>();
    for (String d : t.domains()) {
      List<String> row = new ArrayList<>(List.of(d));
      StringBuilder cells = new StringBuilder();
      for (String s : t.studies()) {
        t.direction(s, d).ifPresent(dir -> cells.append(cells.length() == 0 ? "" : "; ")
            .append(s).append(' ').append(dir.symbol()));
      }
      row.add(cells.toString());
      row.add(t.signTest(d).map(SeedEffectDirections::signTest).orElse("—"));
      domains.add(row);
    }
    return new EvidenceReport.Analysis("Direction of effect by outcome domain", List.of(
        "Vote counting by direction of effect, the acceptable method when estimates cannot be "
            + "combined (Cochrane Handbook 12.2.2.5): every outcome of the three quantitative "
            + "studies with its direction, grouped into domains; a domain takes a direction when "
            + "at least 70% of its outcomes in a study agree. With three studies the sign test "
            + "cannot show an effect; it is shown for completeness, not as evidence."),
        List.of(new ReportTable("Outcome directions as extracted", List.of("Study", "Domain",
            "Outcome", "Direction", "Source"), rows),
            new ReportTable("Domains across studies, with a two-sided sign test (no change and "
                + "conflicting excluded)", List.of("Domain", "Studies", "Sign test"), domains)));
  }

  private static String signTest(VoteCount v) {
    return v.favourable() + " of " + v.n() + " improved, " + Format.p(v.signTestP());
  }
}
