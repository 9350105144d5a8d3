package io.github.evident.report;

import io.github.evident.appraisal.review.Difference;
import io.github.evident.appraisal.review.DualReview;
import io.github.evident.appraisal.review.ReviewAgreement;
import io.github.evident.appraisal.review.ReviewAgreement.TargetAgreement;
import io.github.evident.core.Interval;
import io.github.evident.core.internal.Format;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Eligibility;
import io.github.evident.core.model.Intervention;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.Population;
import io.github.evident.core.model.PrismaCheck;
import io.github.evident.report.figure.PrismaDiagram;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.ReportedResult;
import io.github.evident.core.model.ReviewQuestion;
import io.github.evident.core.model.SearchStrategy;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.StudyAppraisal;
import io.github.evident.core.model.TwoByTwo;
import io.github.evident.core.model.ValidationWarning;
import io.github.evident.core.svg.Svg;
import io.github.evident.stats.plan.SynthesisPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A review's evidence as one self-contained HTML page: inline CSS and inline SVG, no scripts, no
 * external resources, UTF-8, every text escaped. The page holds, in order: title, authors and
 * registration; the question (PICO) and eligibility; the search; the PRISMA 2020 flow diagram
 * and the check of its arithmetic; the characteristics of the included studies, laid out like
 * Table 1 of a review (study and aim; location, sample, characteristics and recruitment;
 * intervention; design; outcome measures; data collection; analysis; findings; quality); the
 * appraisal ratings (figures, ratings reported by the review against ratings reproduced from
 * the reviewers' recorded answers, the differences between reviewers and their resolution, the
 * agreement between reviewers); the synthesis (the plan, its figures and further analyses);
 * and the data warnings of {@link Review#warnings()}.
 *
 * <p>Immutable: every {@code withX} returns a new report. The page is XHTML-compatible
 * (elements closed, attributes quoted), so it also parses as XML.
 *
 * <pre>{@code
 * EvidenceReport report = EvidenceReport.of(review)
 *     .withAppraisals(reproduced, dualReviews, agreement)
 *     .withFigure(EvidenceReport.Placement.SYNTHESIS, "Forest plot", svg);
 * report.write(Path.of("reports/review.html"));
 * }</pre>
 */
public final class EvidenceReport {

  /** Where a figure goes in the page. */
  public enum Placement {
    /** With the appraisal ratings, e.g. a traffic-light plot. */
    APPRAISAL,
    /** With the synthesis, e.g. a forest plot or an effect direction plot. */
    SYNTHESIS
  }

  /**
   * A figure: inline SVG with a caption.
   *
   * @param placement where the figure goes
   * @param caption the caption
   * @param svg the SVG markup, as {@link Svg#toSvg()} writes it
   */
  public record Figure(Placement placement, String caption, String svg) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is null or blank, or the markup is not one
     *     well-formed {@code <svg>} element of allowed drawing elements and attributes: no
     *     scripts, style elements, event handlers, foreign objects, animations, external links
     *     or {@code url(...)} references outside the page. The markup kept is written anew from
     *     the checked tree (comments left out), so the page holds exactly what was checked
     */
    public Figure {
      if (placement == null || caption == null || caption.isBlank()) {
        throw new IllegalArgumentException("figure placement and caption must be given, were "
            + placement + ", " + caption);
      }
      String s = svg == null ? "" : svg.strip();
      if (!s.startsWith("<svg") || !s.endsWith("</svg>")) {
        throw new IllegalArgumentException("figure '" + caption + "': svg must be one <svg> "
            + "element as Svg.toSvg() writes it, was "
            + (svg == null ? "null" : "'" + abbreviate(s, 40) + "'"));
      }
      svg = SvgAllowList.clean(caption, s);
    }

    @Override
    public String toString() {
      return "Figure[" + placement + ", " + caption + "]";
    }
  }

  /**
   * A further analysis shown with the synthesis: a heading, paragraphs and tables.
   *
   * @param heading the heading
   * @param paragraphs the paragraphs, plain text
   * @param tables the tables
   */
  public record Analysis(String heading, List<String> paragraphs, List<ReportTable> tables) {

    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if a part is null or the heading is blank
     */
    public Analysis {
      if (heading == null || heading.isBlank() || paragraphs == null || tables == null) {
        throw new IllegalArgumentException("analysis heading, paragraphs and tables must be "
            + "given, heading was " + heading);
      }
      paragraphs = List.copyOf(paragraphs);
      tables = List.copyOf(tables);
    }

    @Override
    public String toString() {
      return "Analysis[" + heading + ", " + tables.size() + " tables]";
    }
  }

  private final Review review;
  private final Map<String, List<StudyAppraisal>> reproduced;
  private final List<DualReview> dualReviews;
  private final Map<String, ReviewAgreement> agreement;
  private final List<Figure> figures;
  private final List<Analysis> analyses;
  private final List<PlanSection> plans;

  private EvidenceReport(Review review, Map<String, List<StudyAppraisal>> reproduced,
      List<DualReview> dualReviews, Map<String, ReviewAgreement> agreement, List<Figure> figures,
      List<Analysis> analyses, List<PlanSection> plans) {
    this.review = review;
    this.reproduced = reproduced;
    this.dualReviews = dualReviews;
    this.agreement = agreement;
    this.figures = figures;
    this.analyses = analyses;
    this.plans = plans;
  }

  /**
   * The report of a review, with what the review itself holds.
   *
   * @param review the review
   * @return the report
   * @throws IllegalArgumentException if review is null
   */
  public static EvidenceReport of(Review review) {
    if (review == null) {
      throw new IllegalArgumentException("review must not be null");
    }
    return new EvidenceReport(review, Map.of(), List.of(), Map.of(), List.of(), List.of(),
        List.of());
  }

  /**
   * Adds the appraisals reproduced from the reviewers' recorded answers, the dual reviews they
   * come from and the agreement between reviewers per tool.
   *
   * @param reproduced study id → the consensus appraisals as the review model records them
   * @param dualReviews the dual reviews, one per study and tool
   * @param agreement tool → agreement between the reviewers
   * @return a new report
   * @throws IllegalArgumentException if an argument is null or names a study the review does
   *     not hold
   */
  public EvidenceReport withAppraisals(Map<String, List<StudyAppraisal>> reproduced,
      List<DualReview> dualReviews, Map<String, ReviewAgreement> agreement) {
    if (reproduced == null || dualReviews == null || agreement == null) {
      throw new IllegalArgumentException("reproduced, dualReviews and agreement must not be null");
    }
    Map<String, List<StudyAppraisal>> copy = new LinkedHashMap<>();
    reproduced.forEach((id, list) -> {
      review.study(id);
      copy.put(id, List.copyOf(list));
    });
    for (DualReview d : dualReviews) {
      review.study(d.study());
    }
    return new EvidenceReport(review, java.util.Collections.unmodifiableMap(copy),
        List.copyOf(dualReviews), java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(agreement)), figures, analyses, plans);
  }

  /**
   * Adds a figure.
   *
   * @param placement where the figure goes
   * @param caption the caption
   * @param svg the figure
   * @return a new report
   * @throws IllegalArgumentException if an argument is null or the caption blank
   */
  public EvidenceReport withFigure(Placement placement, String caption, Svg svg) {
    if (svg == null) {
      throw new IllegalArgumentException("figure '" + caption + "': svg must not be null");
    }
    return withFigure(new Figure(placement, caption, svg.toSvg()));
  }

  /**
   * Adds a figure.
   *
   * @param figure the figure
   * @return a new report
   * @throws IllegalArgumentException if figure is null
   */
  public EvidenceReport withFigure(Figure figure) {
    if (figure == null) {
      throw new IllegalArgumentException("figure must not be null");
    }
    List<Figure> out = new ArrayList<>(figures);
    out.add(figure);
    return new EvidenceReport(review, reproduced, dualReviews, agreement, List.copyOf(out),
        analyses, plans);
  }

  /**
   * Adds an analysis shown with the synthesis.
   *
   * @param analysis the analysis
   * @return a new report
   * @throws IllegalArgumentException if analysis is null
   */
  public EvidenceReport withAnalysis(Analysis analysis) {
    if (analysis == null) {
      throw new IllegalArgumentException("analysis must not be null");
    }
    List<Analysis> out = new ArrayList<>(analyses);
    out.add(analysis);
    return new EvidenceReport(review, reproduced, dualReviews, agreement, figures,
        List.copyOf(out), plans);
  }

  /**
   * Adds a synthesis plan: its conclusion and reasons, the decision per comparison with its
   * reasons and contributing studies, a meta-analysis where one is chosen, what each study's
   * data allow, and the SWiM reporting items.
   *
   * @param plan the plan, made for this report's review
   * @return a new report
   * @throws IllegalArgumentException if plan is null or was made for another review
   */
  public EvidenceReport withPlan(SynthesisPlan plan) {
    if (plan == null) {
      throw new IllegalArgumentException("plan must not be null");
    }
    if (!plan.reviewTitle().equals(review.title())) {
      throw new IllegalArgumentException("plan is for review '" + plan.reviewTitle()
          + "', not for '" + review.title() + "'");
    }
    return withPlanSection(new PlanWriter(plan));
  }

  EvidenceReport withPlanSection(PlanSection plan) {
    List<PlanSection> out = new ArrayList<>(plans);
    out.add(plan);
    return new EvidenceReport(review, reproduced, dualReviews, agreement, figures, analyses,
        List.copyOf(out));
  }

  /**
   * The review reported.
   *
   * @return the review
   */
  public Review review() {
    return review;
  }

  /**
   * The figures, in the order added.
   *
   * @return the figures
   */
  public List<Figure> figures() {
    return figures;
  }

  /**
   * The analyses, in the order added.
   *
   * @return the analyses
   */
  public List<Analysis> analyses() {
    return analyses;
  }

  /**
   * Writes the page to a file (UTF-8), creating its directory.
   *
   * @param file the file
   * @return the absolute path written
   * @throws IllegalArgumentException if file is null
   * @throws UncheckedIOException if the file cannot be written
   */
  public Path write(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    Path abs = file.toAbsolutePath().normalize();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      Files.writeString(abs, toHtml(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report to " + abs, e);
    }
    return abs;
  }

  /**
   * The page.
   *
   * @return the HTML text
   */
  public String toHtml() {
    Html h = new Html();
    h.raw("<!DOCTYPE html>").nl()
        .open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en")
        .nl().open("head").nl()
        .raw("<meta charset=\"utf-8\"/>").nl()
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>").nl()
        .el("title", review.title()).nl()
        .open("style").raw(CSS).close("style").nl()
        .close("head").nl().open("body").nl().open("main").nl();
    header(h);
    contents(h);
    question(h);
    search(h);
    prisma(h);
    characteristics(h);
    appraisal(h);
    synthesis(h);
    warnings(h);
    h.open("footer").el("p", "Written by Evident from the review's data. Figures are inline "
        + "SVG; the page needs no scripts and no network.").close("footer").nl();
    h.close("main").nl().close("body").nl().close("html").nl();
    return h.toString();
  }

  @Override
  public String toString() {
    return "EvidenceReport[" + review.title() + ", " + review.studies().size() + " studies, "
        + figures.size() + " figures, " + analyses.size() + " analyses"
        + (plans.isEmpty() ? "" : ", with synthesis plan") + "]";
  }

  // ---------------------------------------------------------------- sections

  private void header(Html h) {
    h.open("header").el("h1", review.title()).nl();
    if (!review.authors().isEmpty()) {
      h.el("p", String.join(", ", review.authors()), "class", "authors").nl();
    }
    review.registration().ifPresent(r -> h.open("p", "class", "registration")
        .el("strong", "Registration: ").text(r.toString()).close("p").nl());
    h.close("header").nl();
  }

  private void contents(Html h) {
    h.open("nav").el("h2", "Contents").open("ol");
    for (String[] s : sections()) {
      h.open("li").el("a", s[1], "href", "#" + s[0]).close("li");
    }
    h.close("ol").close("nav").nl();
  }

  private List<String[]> sections() {
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {"question", "Question"});
    if (review.search().isPresent()) {
      out.add(new String[] {"search", "Search"});
    }
    if (review.prisma().isPresent()) {
      out.add(new String[] {"prisma", "Study selection (PRISMA 2020)"});
    }
    out.add(new String[] {"studies", "Characteristics of included studies"});
    out.add(new String[] {"appraisal", "Quality appraisal"});
    out.add(new String[] {"synthesis", "Synthesis"});
    out.add(new String[] {"warnings", "Data warnings"});
    return out;
  }

  private void question(Html h) {
    h.open("section", "id", "question").el("h2", "Question").nl();
    Optional<ReviewQuestion> q = review.question();
    if (q.isEmpty()) {
      h.el("p", "The review states no question in PICO form.", "class", "missing");
    } else {
      ReviewQuestion rq = q.get();
      h.open("dl", "class", "pico");
      term(h, "Population", rq.population());
      term(h, "Intervention", rq.intervention());
      rq.comparator().ifPresent(c -> term(h, "Comparator", c));
      if (!rq.outcomes().isEmpty()) {
        h.el("dt", "Outcomes").open("dd").list(rq.outcomes()).close("dd");
      }
      rq.setting().ifPresent(s -> term(h, "Setting", s));
      h.close("dl").nl();
    }
    review.eligibility().ifPresent(e -> eligibility(h, e));
    h.close("section").nl();
  }

  private static void eligibility(Html h, Eligibility e) {
    h.el("h3", "Eligibility");
    h.open("dl");
    if (!e.inclusion().isEmpty()) {
      h.el("dt", "Included if").open("dd").list(e.inclusion()).close("dd");
    }
    if (!e.exclusion().isEmpty()) {
      h.el("dt", "Excluded if").open("dd").list(e.exclusion()).close("dd");
    }
    h.close("dl").nl();
  }

  private void search(Html h) {
    Optional<SearchStrategy> s = review.search();
    if (s.isEmpty()) {
      return;
    }
    SearchStrategy ss = s.get();
    h.open("section", "id", "search").el("h2", "Search").open("dl");
    if (!ss.sources().isEmpty()) {
      term(h, "Databases and registers", String.join("; ", ss.sources()));
    }
    if (!ss.otherMethods().isEmpty()) {
      term(h, "Other methods", String.join("; ", ss.otherMethods()));
    }
    if (ss.publishedFrom().isPresent() || ss.publishedTo().isPresent()) {
      term(h, "Published", ss.publishedFrom().orElse("…") + " to " + ss.publishedTo().orElse("…"));
    }
    if (!ss.languages().isEmpty()) {
      term(h, "Languages", String.join(", ", ss.languages()));
    }
    ss.searchedOn().ifPresent(d -> term(h, "Searched", d));
    h.close("dl").close("section").nl();
  }

  private void prisma(Html h) {
    if (review.prisma().isEmpty()) {
      return;
    }
    h.open("section", "id", "prisma").el("h2", "Study selection (PRISMA 2020)").nl();
    figure(h, PrismaDiagram.of(review).toSvg(), "PRISMA 2020 flow diagram. Counts as the "
        + "review reports them; NR: not reported.", "prisma");
    PrismaCheck check = review.prisma().get().check();
    h.el("h3", "Arithmetic of the flow");
    h.el("p", check.violations().size() + " violation(s), " + check.warnings().size()
        + " warning(s), " + check.notChecked().size() + " rule(s) not checked because counts "
        + "are not reported.", "class", check.consistent() ? "ok" : "bad");
    List<String> findings = new ArrayList<>();
    for (PrismaCheck.Finding f : check.findings()) {
      findings.add(f.kind().label() + " — " + f.rule()
          + ": " + f.message());
    }
    h.list(findings).close("section").nl();
  }

  private void characteristics(Html h) {
    h.open("section", "id", "studies").el("h2", "Characteristics of included studies").nl();
    h.el("p", "Summary of study characteristics, data extraction and quality appraisal, one row "
        + "per study as the review extracted it; grouped by the kind of data.");
    h.open("div", "class", "wide").open("table", "class", "characteristics");
    h.el("caption", "Table 1. Study characteristics (" + review.studies().size()
        + " studies)");
    h.open("colgroup");
    for (String w : new String[] {"11%", "15%", "12%", "9%", "12%", "11%", "8%", "14%", "8%"}) {
      h.raw("<col style=\"width:" + w + "\"/>");
    }
    h.close("colgroup");
    h.open("thead").headerRow(List.of("Study & aim", "Location, sample, characteristics & "
        + "recruitment", "Intervention", "Study design", "Outcome measures", "Data collection",
        "Data analysis", "Findings", "Quality")).close("thead").nl();
    String[][] groups = {{"Quantitative data", "q"}, {"Qualitative data", "l"},
        {"Mixed methods data", "m"}};
    for (String[] g : groups) {
      List<Study> in = review.studies().stream().filter(s -> kind(s).equals(g[1])).toList();
      if (in.isEmpty()) {
        continue;
      }
      h.open("tbody").open("tr", "class", "group").el("th", g[0], "colspan", "9", "scope",
          "colgroup").close("tr").nl();
      for (Study s : in) {
        studyRow(h, s);
      }
      h.close("tbody").nl();
    }
    h.close("table").close("div").nl().close("section").nl();
  }

  private static String kind(Study s) {
    DesignType t = s.design().type();
    if (t == DesignType.MIXED_METHODS) {
      return "m";
    }
    return t == DesignType.QUALITATIVE ? "l" : "q";
  }

  private void studyRow(Html h, Study s) {
    h.open("tr", "id", "study-" + s.id());
    studyAndAim(h, s);
    sample(h, s);
    intervention(h, s);
    design(h, s);
    outcomes(h, s);
    cell(h, s.dataCollection());
    cell(h, s.analysis());
    findings(h, s);
    quality(h, s);
    h.close("tr").nl();
  }

  private void studyAndAim(Html h, Study s) {
    h.open("td").open("p").el("strong", s.label()).close("p");
    s.aim().ifPresent(a -> h.el("p", a));
    if (hasWarnings(s)) {
      h.open("p", "class", "flag").el("a", "see data warnings", "href", "#warnings").close("p");
    }
    h.close("td");
  }

  /** Location, sample, characteristics and recruitment. */
  private static void sample(Html h, Study s) {
    h.open("td");
    s.country().ifPresent(c -> h.el("p", c, "class", "country"));
    Population p = s.population();
    List<String> sample = new ArrayList<>();
    StringBuilder n = new StringBuilder();
    p.n().ifPresent(v -> n.append("n = ").append(v));
    p.nAnalysed().ifPresent(v -> n.append(n.length() > 0 ? ", " : "").append("analysed ")
        .append(v));
    if (n.length() > 0) {
      sample.add(n.toString());
    }
    p.sexGender().ifPresent(v -> sample.add("Sex/gender: " + v));
    p.age().ifPresent(v -> sample.add("Age: " + v));
    p.description().ifPresent(sample::add);
    sample.addAll(p.characteristics());
    s.setting().ifPresent(v -> sample.add("Setting: " + v));
    s.recruitment().ifPresent(v -> sample.add("Recruitment: " + v));
    s.incentives().ifPresent(v -> sample.add("Incentives: " + v));
    h.list(sample).close("td");
  }

  private static void intervention(Html h, Study s) {
    h.open("td");
    Optional<Intervention> iv = s.intervention();
    if (iv.isPresent()) {
      Intervention i = iv.get();
      h.el("p", i.name().orElse(i.category()), "class", "name");
      if (i.name().isPresent()) {
        h.el("p", "Type: " + i.category(), "class", "category");
      }
      i.description().ifPresent(d -> h.el("p", d));
      i.duration().ifPresent(d -> h.el("p", "Duration: " + d));
    } else {
      h.el("p", "Not reported", "class", "missing");
    }
    s.comparator().ifPresent(c -> h.el("p", "Comparator: " + c));
    h.close("td");
  }

  private static void design(Html h, Study s) {
    h.open("td").el("p", s.design().asReported().orElse(s.design().toString()));
    if (s.design().asReported().isPresent() && s.design().type() != DesignType.QUALITATIVE) {
      h.el("p", "(" + s.design() + ")", "class", "coded");
    }
    h.close("td");
  }

  private static void outcomes(Html h, Study s) {
    h.open("td");
    List<String> outcomes = new ArrayList<>();
    for (Outcome o : s.outcomes()) {
      outcomes.add(o.construct() + o.instrument().map(x -> ": " + x).orElse("")
          + (o.timePoints().isEmpty() ? "" : " (" + String.join(", ", o.timePoints()) + ")"));
    }
    if (outcomes.isEmpty()) {
      h.el("p", "—", "class", "missing");
    }
    h.list(outcomes).close("td");
  }

  /** Findings and themes; without either, the 2×2 tables the study reports. */
  private static void findings(Html h, Study s) {
    h.open("td");
    if (s.findings().isEmpty() && s.themes().isEmpty()) {
      List<String> results = new ArrayList<>();
      for (Outcome o : s.outcomes()) {
        for (ReportedResult r : o.results()) {
          if (r instanceof TwoByTwo t) {
            results.add(o.construct() + ": " + t.a() + "/" + (t.a() + t.b()) + " vs " + t.c()
                + "/" + (t.c() + t.d()) + t.label().map(l -> " (" + l + ")").orElse(""));
          }
        }
      }
      if (results.isEmpty()) {
        h.el("p", "Not reported", "class", "missing");
      }
      h.list(results, "class", "findings");
    }
    h.list(s.findings(), "class", "findings");
    if (!s.themes().isEmpty()) {
      h.el("p", "Themes", "class", "themes").list(s.themes(), "class", "findings");
    }
    h.close("td");
  }

  private static void quality(Html h, Study s) {
    h.open("td");
    if (s.appraisals().isEmpty()) {
      h.el("p", "Not appraised", "class", "missing");
    }
    for (StudyAppraisal a : s.appraisals()) {
      h.open("p");
      rating(h, a.overallRating());
      h.text(" " + a.tool() + a.scope().map(x -> " (" + x + ")").orElse("")).close("p");
    }
    h.close("td");
  }


  private boolean hasWarnings(Study s) {
    return review.warnings().stream().anyMatch(w -> w.study().filter(s.id()::equals).isPresent());
  }

  private static void cell(Html h, Optional<String> text) {
    if (text.isPresent()) {
      h.open("td").el("p", text.get()).close("td");
    } else {
      h.open("td").el("p", "Not reported", "class", "missing").close("td");
    }
  }

  private void appraisal(Html h) {
    h.open("section", "id", "appraisal").el("h2", "Quality appraisal").nl();
    figures(h, Placement.APPRAISAL);
    // ratings per tool
    Map<String, List<String[]>> byTool = new LinkedHashMap<>();
    for (Study s : review.studies()) {
      for (StudyAppraisal a : s.appraisals()) {
        byTool.computeIfAbsent(a.tool(), k -> new ArrayList<>())
            .add(new String[] {s.id(), a.scope().orElse("")});
      }
    }
    reproduced.forEach((id, list) -> list.forEach(a -> {
      List<String[]> rows = byTool.computeIfAbsent(a.tool(), k -> new ArrayList<>());
      if (rows.stream().noneMatch(r -> r[0].equals(id) && r[1].equals(a.scope().orElse("")))) {
        rows.add(new String[] {id, a.scope().orElse("")});
      }
    }));
    if (byTool.isEmpty()) {
      h.el("p", "No study is appraised.", "class", "missing");
    }
    for (Map.Entry<String, List<String[]>> e : byTool.entrySet()) {
      ratingsTable(h, e.getKey(), e.getValue());
    }
    differences(h);
    agreement(h);
    h.close("section").nl();
  }

  private void ratingsTable(Html h, String tool, List<String[]> rows) {
    Set<String> components = new LinkedHashSet<>();
    for (String[] r : rows) {
      find(reproducedFor(r[0]), tool, r[1]).ifPresent(a -> components.addAll(
          a.componentRatings().keySet()));
      find(review.study(r[0]).appraisals(), tool, r[1]).ifPresent(a -> components.addAll(
          a.componentRatings().keySet()));
    }
    boolean withReproduced = !reproduced.isEmpty();
    h.el("h3", "Ratings: " + tool);
    h.open("div", "class", "wide").open("table", "class", "ratings");
    h.el("caption", withReproduced ? "Component and overall ratings reproduced from the "
        + "reviewers' recorded answers, and the overall rating the review reports"
        : "Ratings the review reports");
    List<String> header = new ArrayList<>(List.of("Study"));
    header.addAll(components);
    header.add("Overall (reported)");
    if (withReproduced) {
      header.add("Overall (reproduced)");
      header.add("Same?");
    }
    h.open("thead").headerRow(header).close("thead").open("tbody");
    for (String[] r : rows) {
      Study s = review.study(r[0]);
      Optional<StudyAppraisal> rep = find(s.appraisals(), tool, r[1]);
      Optional<StudyAppraisal> rpr = find(reproducedFor(r[0]), tool, r[1]);
      h.open("tr").el("td", s.label() + (r[1].isEmpty() ? "" : " (" + r[1] + ")"));
      for (String c : components) {
        String v = rpr.map(a -> a.componentRatings().get(c))
            .orElse(rep.map(a -> a.componentRatings().get(c)).orElse(null));
        h.open("td");
        if (v == null) {
          h.text("—");
        } else {
          rating(h, v);
        }
        h.close("td");
      }
      h.open("td");
      rep.ifPresentOrElse(a -> rating(h, a.overallRating()), () -> h.text("not reported"));
      h.close("td");
      if (withReproduced) {
        h.open("td");
        rpr.ifPresentOrElse(a -> {
          rating(h, a.overallRating());
          a.decidedBy().ifPresent(d -> h.el("span", " decided by " + d, "class", "note"));
        }, () -> h.text("not recorded"));
        h.close("td");
        boolean same = rep.isPresent() && rpr.isPresent()
            && rep.get().overallRating().equals(rpr.get().overallRating());
        h.el("td", rep.isEmpty() || rpr.isEmpty() ? "—" : same ? "✓ yes" : "✗ no",
            "class", same ? "ok" : "bad");
      }
      h.close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
  }

  private List<StudyAppraisal> reproducedFor(String id) {
    return reproduced.getOrDefault(id, List.of());
  }

  private static Optional<StudyAppraisal> find(List<StudyAppraisal> list, String tool,
      String scope) {
    return list.stream().filter(a -> a.tool().equals(tool)
        && a.scope().orElse("").equals(scope)).findFirst();
  }

  private void differences(Html h) {
    if (dualReviews.isEmpty()) {
      return;
    }
    h.el("h3", "Differences between reviewers and their resolution");
    h.open("table", "class", "differences").el("caption", "Every item, component or global "
        + "rating where two independent appraisals differ, with the consensus record");
    h.open("thead").headerRow(List.of("Study", "Tool", "Reviewers", "Difference", "Resolution"))
        .close("thead").open("tbody");
    int none = 0;
    for (DualReview d : dualReviews) {
      if (d.differences().isEmpty()) {
        none++;
        continue;
      }
      String reviewers = d.first().reviewer().orElse("first") + " vs "
          + d.second().reviewer().orElse("second");
      for (Difference diff : d.differences()) {
        String res = d.resolutions().stream()
            .filter(r -> r.kind() == diff.kind() && r.target().equals(diff.target()))
            .map(r -> r.value() + " (" + r.reason().label() + "; decided by " + r.decidedBy()
                + (r.note().isEmpty() ? "" : "; " + r.note()) + ")")
            .findFirst().orElse(d.unresolved().contains(diff) ? "unresolved"
                : "consensus " + consensusRating(d, diff) + ", from the agreed item answers");
        String what = diff.kind() == Difference.Kind.GLOBAL ? "overall rating"
            : diff.kind().label(diff.target());
        h.row(List.of(review.study(d.study()).label(), d.first().tool(),
            reviewers, what + ": " + diff.first() + " vs " + diff.second(), res));
      }
    }
    h.close("tbody").close("table").nl();
    h.el("p", none + " of " + dualReviews.size() + " dual reviews had no difference.");
  }

  private static String consensusRating(DualReview d, Difference diff) {
    try {
      return diff.kind() == Difference.Kind.GLOBAL ? d.consensus().globalRating().label()
          : d.consensus().rating(diff.target()).label();
    } catch (IllegalStateException | IllegalArgumentException e) {
      return "not determined";
    }
  }

  private void agreement(Html h) {
    if (agreement.isEmpty()) {
      return;
    }
    h.el("h3", "Agreement between reviewers");
    for (Map.Entry<String, ReviewAgreement> e : agreement.entrySet()) {
      ReviewAgreement a = e.getValue();
      h.open("table", "class", "agreement").el("caption", e.getKey() + " (rule set "
          + a.ruleSet() + "): agreement per component before consensus");
      h.open("thead").headerRow(List.of("Component", "Pairs", "Agreement", "Cohen's κ [95% CI]",
          "Linear weighted κ [95% CI]", "Gwet's AC1 [95% CI]", "Note")).close("thead")
          .open("tbody");
      for (String target : a.targets()) {
        TargetAgreement t = a.target(target);
        h.row(List.of(target, t.pairs() + (t.undetermined() > 0 ? " (+" + t.undetermined()
                + " undetermined)" : ""),
            t.percentAgreement().isPresent()
                ? Format.percent(t.percentAgreement().getAsDouble(), 0) : "—",
            t.kappa().map(k -> estimate(k.kappa(), k.ci())).orElse("—"),
            t.linearKappa().map(k -> estimate(k.kappa(), k.ci())).orElse("—"),
            t.ac1().map(k -> estimate(k.ac1(), k.ci())).orElse("—"), agreementNote(t)));
      }
      h.close("tbody").close("table").nl();
    }
  }

  /**
   * The note on one row of the agreement table: why a statistic is absent, and what each
   * interval that is truncated to [−1, 1] or of zero width means, naming the statistics.
   */
  private static String agreementNote(TargetAgreement t) {
    Map<String, List<String>> byNote = new LinkedHashMap<>();
    t.kappa().flatMap(k -> k.ciNote()).ifPresent(n -> byNote.computeIfAbsent(n,
        x -> new ArrayList<>()).add("κ"));
    t.linearKappa().flatMap(k -> k.ciNote()).ifPresent(n -> byNote.computeIfAbsent(n,
        x -> new ArrayList<>()).add("weighted κ"));
    t.ac1().flatMap(k -> k.ciNote()).ifPresent(n -> byNote.computeIfAbsent(n,
        x -> new ArrayList<>()).add("AC1"));
    List<String> notes = new ArrayList<>();
    t.note().ifPresent(notes::add);
    byNote.forEach((note, stats) -> notes.add(joinWords(stats) + ": " + note));
    return String.join("; ", notes);
  }

  private static String joinWords(List<String> words) {
    return words.size() == 1 ? words.get(0) : String.join(", ", words.subList(0,
        words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  private void synthesis(Html h) {
    h.open("section", "id", "synthesis").el("h2", "Synthesis").nl();
    for (PlanSection p : plans) {
      p.writeDecision(h);
    }
    figures(h, Placement.SYNTHESIS);
    for (PlanSection p : plans) {
      p.writeDetails(h);
    }
    for (Analysis a : analyses) {
      h.open("div", "class", "analysis").el("h3", a.heading());
      for (String p : a.paragraphs()) {
        h.el("p", p);
      }
      for (ReportTable t : a.tables()) {
        table(h, t);
      }
      h.close("div").nl();
    }
    if (plans.isEmpty() && analyses.isEmpty()
        && figures.stream().noneMatch(f -> f.placement() == Placement.SYNTHESIS)) {
      h.el("p", "No synthesis is reported with this page.", "class", "missing");
    }
    h.close("section").nl();
  }

  static void table(Html h, ReportTable t) {
    h.open("div", "class", "wide").open("table", "class", "data").el("caption", t.caption());
    h.open("thead").headerRow(t.header()).close("thead").open("tbody");
    for (List<String> row : t.rows()) {
      h.row(row);
    }
    h.close("tbody").close("table").close("div").nl();
  }

  private void warnings(Html h) {
    h.open("section", "id", "warnings").el("h2", "Data warnings").nl();
    List<ValidationWarning> ws = review.warnings();
    if (ws.isEmpty()) {
      h.el("p", "None: the data are consistent as far as they can be checked.", "class", "ok");
    } else {
      h.el("p", ws.size() + " place(s) where the review's data are allowed but suspect: "
          + "sources that disagree, PRISMA arithmetic, reported differences that disagree with "
          + "reported means. Nothing was resolved silently.");
      h.open("table", "class", "warnings").open("thead")
          .headerRow(List.of("Study", "Field", "Warning")).close("thead").open("tbody");
      for (ValidationWarning w : ws) {
        h.row(List.of(w.studyLabel().orElse("review"), w.field(), w.message()));
      }
      h.close("tbody").close("table").nl();
    }
    h.close("section").nl();
  }

  private void figures(Html h, Placement placement) {
    int i = 0;
    for (Figure f : figures) {
      if (f.placement() == placement) {
        figure(h, f.svg(), f.caption(), placement.name().toLowerCase(Locale.ROOT) + "-" + ++i);
      }
    }
  }

  private static void figure(Html h, String svg, String caption, String id) {
    h.open("figure", "id", "figure-" + id).nl().raw(svg.strip()).nl()
        .el("figcaption", caption).close("figure").nl();
  }

  // ---------------------------------------------------------------- helpers

  private static void term(Html h, String term, String value) {
    h.el("dt", term).el("dd", value);
  }

  /** A rating as a coloured label: green for low risk of bias, amber, red, grey otherwise. */
  static void rating(Html h, String label) {
    h.el("span", label, "class", "rating " + ratingClass(label));
  }

  static String ratingClass(String label) {
    switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "strong":
      case "++":
      case "low":
      case "low risk":
        return "good";
      case "moderate":
      case "+":
      case "some concerns":
        return "fair";
      case "weak":
      case "-":
      case "high":
      case "high risk":
      case "serious":
      case "critical":
        return "poor";
      default:
        return "other";
    }
  }

  /**
   * An estimate with its interval as report tables print it, e.g. {@code -0.71 [-1.07, -0.36]}
   * ({@link Format#FIGURE_DECIMALS} decimals, as the figures).
   */
  static String estimate(double estimate, double lower, double upper) {
    return Format.number(estimate, Format.FIGURE_DECIMALS) + " "
        + Format.interval(lower, upper, Format.FIGURE_DECIMALS);
  }

  private static String estimate(double estimate, Interval ci) {
    return estimate(estimate, ci.lower(), ci.upper());
  }

  private static String abbreviate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  private static final String CSS = String.join("\n",
      "",
      ":root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--band:#f6f8fa;--accent:#0b5394}",
      "*{box-sizing:border-box}",
      "body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 -apple-system,"
          + "'Segoe UI',Helvetica,Arial,'Liberation Sans',sans-serif}",
      "main{max-width:1400px;margin:0 auto;padding:24px 32px 48px}",
      "h1{font-size:26px;line-height:1.25;margin:0 0 8px}",
      "h2{font-size:20px;margin:36px 0 12px;padding-bottom:4px;border-bottom:2px solid "
          + "var(--accent);color:var(--accent)}",
      "h3{font-size:16px;margin:24px 0 8px}",
      "p{margin:4px 0}",
      ".authors{color:var(--muted)}",
      "nav{background:var(--band);border:1px solid var(--rule);border-radius:6px;"
          + "padding:8px 16px;margin:16px 0}",
      "nav h2{border:0;margin:4px 0;font-size:15px;color:var(--ink)}",
      "nav ol{margin:0;padding-left:20px;columns:2}",
      "a{color:var(--accent)}",
      "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:8px 0}",
      "dt{font-weight:600}dd{margin:0}dd ul{margin:0;padding-left:18px}",
      "figure{margin:16px 0;padding:12px;border:1px solid var(--rule);border-radius:6px;"
          + "overflow-x:auto}",
      "figure svg{max-width:100%;height:auto;display:block;margin:0 auto}",
      "figcaption{margin-top:8px;color:var(--muted);font-size:13px}",
      ".wide{overflow-x:auto}",
      "table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}",
      "caption{text-align:left;font-weight:600;padding:4px 0;color:var(--muted)}",
      "th,td{border:1px solid var(--rule);padding:4px 8px;vertical-align:top;text-align:left}",
      "thead th{background:var(--band)}",
      // Automatic table layout: the column widths are preferences, and no column is narrower
      // than its longest word, so words are never broken and the Quality column is never
      // clipped. Only a window too narrow for the longest words scrolls the table (.wide).
      "table.characteristics{width:100%;font-size:12px;line-height:1.35}",
      "table.characteristics th,table.characteristics td{padding:4px 6px;overflow-wrap:normal;"
          + "word-break:normal;hyphens:manual}",
      "table.characteristics .rating{white-space:nowrap}",
      "table.characteristics ul{margin:0;padding-left:14px}",
      "table.characteristics tr.group th{background:#e8eef7;color:var(--accent);font-size:13px}",
      "table.characteristics p{margin:0 0 4px}",
      // Ratings tables have a column per component: compact cells keep EPHPP's ten columns
      // inside a 900 px window.
      "table.ratings{font-size:12px}",
      "table.ratings th,table.ratings td{padding:4px 5px}",
      "table.ratings .rating{font-size:11px;min-width:0;padding:0 4px}",
      ".themes{font-weight:600;margin-top:6px}",
      ".name{font-weight:600}.category,.coded,.note{color:var(--muted)}",
      ".country{font-weight:600}",
      ".flag a{color:#9a6700;font-size:11px}",
      ".missing{color:var(--muted);font-style:italic}",
      ".rating{display:inline-block;min-width:2.2em;padding:0 6px;border-radius:10px;"
          + "text-align:center;font-weight:600;font-size:12px}",
      ".rating.good{background:#d1f0d8;color:#0f5323}",
      ".rating.fair{background:#fff1c2;color:#6b4d00}",
      ".rating.poor{background:#ffd8d3;color:#8a1c0e}",
      ".rating.other{background:#eaeef2;color:var(--ink)}",
      "td.ok,p.ok{color:#0f5323}td.bad,p.bad{color:#8a1c0e}",
      ".decision{font-size:16px;font-weight:600}",
      ".blocking{color:#8a1c0e;font-weight:600}",
      ".caveat{color:#6b4d00;font-weight:600}",
      ".supports{color:#0f5323;font-weight:600}",
      "td ul{margin:0;padding-left:16px}",
      ".reasons li{margin-bottom:4px}",
      "footer{margin-top:40px;color:var(--muted);font-size:12px;border-top:1px solid "
          + "var(--rule);padding-top:8px}",
      "@media (max-width:1000px){main{padding:16px 12px 32px}"
          + "table.characteristics{font-size:11px}}",
      "@media print{main{max-width:none;padding:0}nav{display:none}"
          + "figure,table{break-inside:avoid}}",
      "");
}
