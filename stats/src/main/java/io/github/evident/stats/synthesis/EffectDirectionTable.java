package io.github.evident.stats.synthesis;

import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An effect direction table (Thomson and Thomas 2013, revised by Boon and Thomson 2021): studies
 * by outcome domains, each cell the direction of the domain in that study.
 *
 * <p>Each study reports outcomes grouped into domains; each outcome has a direction ({@link
 * EffectDirection#IMPROVEMENT}, {@link EffectDirection#DETERIORATION} or {@link
 * EffectDirection#NO_CHANGE}). A domain takes a direction when at least the threshold share (70%
 * by default) of its outcomes in that study point that way, otherwise it is {@link
 * EffectDirection#CONFLICTING} (see {@link EffectDirection#ofDomain}). The 2021 revision uses
 * direction only, not statistical significance. Studies are classed by the final sample size of
 * the intervention group ({@link SampleSizeClass}). Across studies, each domain gets a two-sided
 * sign test of improvement against deterioration, studies with no change or conflicting findings
 * excluded ({@link VoteCounting}, 95% intervals).
 *
 * <p>The table is immutable; {@link #withThreshold(double)} returns a new one.
 *
 * <pre>{@code
 * EffectDirectionTable t = EffectDirectionTable.builder()
 *     .study("Gunn 2016", 42)
 *     .study("Rash 2017", 320)
 *     .outcomes("Gunn 2016", "mental health", IMPROVEMENT, IMPROVEMENT, NO_CHANGE)
 *     .outcomes("Rash 2017", "mental health", IMPROVEMENT)
 *     .build();
 * String plot = t.summary();
 * }</pre>
 */
public final class EffectDirectionTable {

  private final List<String> studies;
  private final int[] sizes;
  private final List<String> domains;
  // outcomes.get(study).get(domain), insertion-ordered and unmodifiable
  private final Map<String, Map<String, List<EffectDirection>>> outcomes;
  private final double threshold;
  // directions[study][domain], null when the study has no outcome in the domain
  private final EffectDirection[][] directions;

  private EffectDirectionTable(
      List<String> studies,
      int[] sizes,
      List<String> domains,
      Map<String, Map<String, List<EffectDirection>>> outcomes,
      double threshold) {
    this.studies = studies;
    this.sizes = sizes;
    this.domains = domains;
    this.outcomes = outcomes;
    this.threshold = threshold;
    this.directions = new EffectDirection[studies.size()][domains.size()];
    for (int s = 0; s < studies.size(); s++) {
      Map<String, List<EffectDirection>> byDomain = outcomes.get(studies.get(s));
      for (int d = 0; d < domains.size(); d++) {
        List<EffectDirection> list = byDomain.get(domains.get(d));
        if (list != null) {
          directions[s][d] = EffectDirection.ofDomain(list, threshold);
        }
      }
    }
  }

  /**
   * A new builder with the default threshold {@link EffectDirection#DEFAULT_THRESHOLD}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same outcomes classified with another threshold.
   *
   * @param newThreshold the share of outcomes that must agree, in {@code (0.5, 1]}
   * @return a new table
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public EffectDirectionTable withThreshold(double newThreshold) {
    EffectDirection.checkThreshold(newThreshold);
    return new EffectDirectionTable(studies, sizes, domains, outcomes, newThreshold);
  }

  /**
   * The share of a domain's outcomes that must agree for the domain to take their direction.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Study ids in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<String> studies() {
    return studies;
  }

  /**
   * Outcome domains in the order they were first used.
   *
   * @return an unmodifiable list
   */
  public List<String> domains() {
    return domains;
  }

  /**
   * The final intervention-group sample size of a study.
   *
   * @param studyId the study
   * @return its size
   * @throws IllegalArgumentException if the study is unknown
   */
  public int interventionGroupSize(String studyId) {
    return sizes[studyIndex(studyId)];
  }

  /**
   * The size class of a study.
   *
   * @param studyId the study
   * @return its class
   * @throws IllegalArgumentException if the study is unknown
   */
  public SampleSizeClass sampleSizeClass(String studyId) {
    return SampleSizeClass.of(interventionGroupSize(studyId));
  }

  /**
   * The outcome directions a study reported in a domain, in the order they were added.
   *
   * @param studyId the study
   * @param domain the domain
   * @return an unmodifiable list, empty when the study has no outcome in the domain
   * @throws IllegalArgumentException if the study is unknown
   */
  public List<EffectDirection> outcomes(String studyId, String domain) {
    studyIndex(studyId);
    return outcomes.get(studyId).getOrDefault(domain, List.of());
  }

  /**
   * The direction of a domain in a study, by the threshold rule.
   *
   * @param studyId the study
   * @param domain the domain
   * @return the direction, empty when the study has no outcome in the domain
   * @throws IllegalArgumentException if the study is unknown
   */
  public Optional<EffectDirection> direction(String studyId, String domain) {
    int s = studyIndex(studyId);
    int d = domains.indexOf(domain);
    return d < 0 ? Optional.empty() : Optional.ofNullable(directions[s][d]);
  }

  /**
   * The sign test for a domain across studies: improvement counts as favourable, deterioration
   * as unfavourable, no change and conflicting are excluded; 95% intervals.
   *
   * @param domain the domain
   * @return the vote count, empty when no study has an improvement or a deterioration there
   * @throws IllegalArgumentException if the domain is unknown
   */
  public Optional<VoteCount> signTest(String domain) {
    int d = domains.indexOf(domain);
    if (d < 0) {
      throw new IllegalArgumentException("unknown domain '" + domain + "', known: " + domains);
    }
    int up = 0;
    int down = 0;
    int other = 0;
    for (EffectDirection[] row : directions) {
      EffectDirection e = row[d];
      if (e == EffectDirection.IMPROVEMENT) {
        up++;
      } else if (e == EffectDirection.DETERIORATION) {
        down++;
      } else if (e != null) {
        other++;
      }
    }
    if (up + down == 0) {
      return Optional.empty();
    }
    return Optional.of(VoteCounting.withDefaults().count(up, down, other));
  }

  /**
   * A multi-line table: one row per study with its size class and the symbol of each domain
   * ({@code ▲} improvement, {@code ▼} deterioration, {@code ◄►} no change, mixed or conflicting,
   * blank when not reported), then the per-domain sign tests.
   *
   * @return the table as text
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    appendLegend(sb);
    String testLabel = "sign test, ▲ of ▲▼";
    int idWidth = testLabel.length();
    for (String s : studies) {
      idWidth = Math.max(idWidth, s.length());
    }
    int nWidth = "n".length();
    for (int n : sizes) {
      nWidth = Math.max(nWidth, Integer.toString(n).length());
    }
    String[] tests = signTestTexts();
    int[] widths = new int[domains.size()];
    for (int d = 0; d < domains.size(); d++) {
      widths[d] = Math.max(domains.get(d).length(), tests[d].length());
    }
    String rowFormat = "%-" + idWidth + "s  %" + nWidth + "s  %-6s";
    sb.append(String.format(Locale.ROOT, rowFormat, "study", "n", "size"));
    appendCells(sb, domains.toArray(new String[0]), widths);
    for (int s = 0; s < studies.size(); s++) {
      appendStudyRow(sb, s, rowFormat, widths);
    }
    sb.append(String.format(Locale.ROOT, rowFormat, testLabel, "", ""));
    appendCells(sb, tests, widths);
    return stripTrailingSpaces(sb.toString());
  }

  /** The first two lines of {@link #summary()}: counts, threshold and the symbols. */
  private void appendLegend(StringBuilder sb) {
    sb.append("Effect direction: ").append(Format.count(studies.size(), "study", "studies"))
        .append(", ").append(Format.count(domains.size(), "domain", "domains"))
        .append("; a domain takes a direction when at least ").append(Format.level(threshold))
        .append("% of its outcomes agree\n");
    sb.append(
        "▲ improvement, ▼ deterioration, ◄► no change, mixed or conflicting;"
            + " size: intervention group n, large > 300, medium 50-300, small < 50")
        .append('\n');
  }

  /** Each domain's sign test as {@code favourable/n, p}, or {@code no test}. */
  private String[] signTestTexts() {
    String[] tests = new String[domains.size()];
    for (int d = 0; d < domains.size(); d++) {
      Optional<VoteCount> test = signTest(domains.get(d));
      tests[d] =
          test.map(v -> v.favourable() + "/" + v.n() + ", " + Format.p(v.signTestP()))
              .orElse("no test");
    }
    return tests;
  }

  /** One study's row: id, n, size class and the symbol of each domain. */
  private void appendStudyRow(StringBuilder sb, int s, String rowFormat, int[] widths) {
    sb.append(
        String.format(
            Locale.ROOT,
            rowFormat,
            studies.get(s),
            sizes[s],
            SampleSizeClass.of(sizes[s]).label()));
    String[] symbols = new String[domains.size()];
    for (int d = 0; d < domains.size(); d++) {
      EffectDirection e = directions[s][d];
      symbols[d] = e == null ? "" : e.symbol();
    }
    appendCells(sb, symbols, widths);
  }

  /** One cell per domain, each padded to its column width, and the end of the line. */
  private static void appendCells(StringBuilder sb, String[] cells, int[] widths) {
    for (int d = 0; d < cells.length; d++) {
      sb.append("  ").append(pad(cells[d], widths[d]));
    }
    sb.append('\n');
  }

  private static String stripTrailingSpaces(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /**
   * One line, for example {@code effect direction table: 6 studies, 3 domains, threshold 70%}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return "effect direction table: " + Format.count(studies.size(), "study", "studies") + ", "
        + Format.count(domains.size(), "domain", "domains") + ", threshold " + Format.level(threshold)
        + "%";
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }

  private int studyIndex(String studyId) {
    int s = studies.indexOf(studyId);
    if (s < 0) {
      throw new IllegalArgumentException("unknown study '" + studyId + "', known: " + studies);
    }
    return s;
  }

  /**
   * Collects studies and their outcome directions. Not thread-safe; {@link #build()} copies
   * everything, so a builder can be reused.
   */
  public static final class Builder {

    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private final Map<String, Map<String, List<EffectDirection>>> outcomes = new LinkedHashMap<>();
    private final List<String> domains = new ArrayList<>();
    private double threshold = EffectDirection.DEFAULT_THRESHOLD;

    private Builder() {}

    /**
     * Adds a study.
     *
     * @param studyId a unique, non-blank id
     * @param interventionGroupSize the final sample size of its intervention group, positive
     * @return this builder
     * @throws IllegalArgumentException if the id is blank or already added, or the size is not
     *     positive
     */
    public Builder study(String studyId, int interventionGroupSize) {
      Checks.nonBlank("studyId", studyId);
      if (sizes.containsKey(studyId)) {
        throw new IllegalArgumentException("study '" + studyId + "' was already added");
      }
      Checks.positive("study '" + studyId + "': interventionGroupSize", interventionGroupSize);
      sizes.put(studyId, interventionGroupSize);
      outcomes.put(studyId, new LinkedHashMap<>());
      return this;
    }

    /**
     * Adds outcome directions of a study in a domain (appended to any added before).
     *
     * @param studyId a study added with {@link #study(String, int)}
     * @param domain the outcome domain, non-blank
     * @param directions one direction per outcome, at least one
     * @return this builder
     * @throws IllegalArgumentException if the study is unknown, the domain blank, or a direction
     *     missing or null
     */
    public Builder outcomes(String studyId, String domain, EffectDirection... directions) {
      Map<String, List<EffectDirection>> byDomain = outcomes.get(studyId);
      if (byDomain == null) {
        throw new IllegalArgumentException(
            "unknown study '" + studyId + "': add it with study(id, n) first");
      }
      Checks.nonBlank("study '" + studyId + "': domain", domain);
      if (directions == null || directions.length == 0) {
        throw new IllegalArgumentException(
            "at least one outcome direction is needed (study '" + studyId + "', domain '"
                + domain + "')");
      }
      for (int i = 0; i < directions.length; i++) {
        if (directions[i] == null) {
          throw new IllegalArgumentException(
              "outcome direction at index " + i + " is null (study '" + studyId + "', domain '"
                  + domain + "')");
        }
      }
      if (!domains.contains(domain)) {
        domains.add(domain);
      }
      byDomain.computeIfAbsent(domain, x -> new ArrayList<>()).addAll(Arrays.asList(directions));
      return this;
    }

    /**
     * Sets the share of outcomes that must agree.
     *
     * @param newThreshold the threshold, in {@code (0.5, 1]}
     * @return this builder
     * @throws IllegalArgumentException if the threshold is out of range
     */
    public Builder threshold(double newThreshold) {
      EffectDirection.checkThreshold(newThreshold);
      this.threshold = newThreshold;
      return this;
    }

    /**
     * Builds the immutable table.
     *
     * @return the table
     * @throws IllegalArgumentException if no study was added
     */
    public EffectDirectionTable build() {
      if (sizes.isEmpty()) {
        throw new IllegalArgumentException("an effect direction table needs at least one study");
      }
      List<String> ids = List.copyOf(sizes.keySet());
      int[] n = new int[ids.size()];
      Map<String, Map<String, List<EffectDirection>>> copy = new LinkedHashMap<>();
      for (int s = 0; s < ids.size(); s++) {
        String id = ids.get(s);
        n[s] = sizes.get(id);
        Map<String, List<EffectDirection>> byDomain = new LinkedHashMap<>();
        for (Map.Entry<String, List<EffectDirection>> e : outcomes.get(id).entrySet()) {
          byDomain.put(e.getKey(), List.copyOf(e.getValue()));
        }
        copy.put(id, Collections.unmodifiableMap(byDomain));
      }
      return new EffectDirectionTable(
          ids, n, List.copyOf(domains), Collections.unmodifiableMap(copy), threshold);
    }
  }
}
