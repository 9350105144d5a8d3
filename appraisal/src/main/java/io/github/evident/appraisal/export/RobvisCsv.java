package io.github.evident.appraisal.export;

import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.Rating;
import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the ratings of a set of appraisals as CSV in the layout of robvis' generic template
 * (McGuinness and Higgins, 2021, Res Synth Methods 12(1):55-61): columns {@code Study},
 * {@code D1} ... {@code Dn} (the components in checklist order), {@code Overall} and
 * {@code Weight}, with judgements {@code Low}, {@code Some concerns}, {@code High},
 * {@code Critical} or {@code No information}.
 *
 * <p>Final ratings are translated by a label map. The default maps EPHPP STRONG, MODERATE,
 * WEAK and NICE ++, +, - to Low, Some concerns, High; RoB 2 labels to themselves; ROBINS-I
 * Moderate to Some concerns and Serious to High; and {@code UNDETERMINED} (a rating still to be
 * decided) to No information. Immutable; {@link #withLabel} returns a new writer.
 *
 * <pre>{@code
 * String csv = RobvisCsv.withDefaults().withLabel("MODERATE", "Low")
 *     .write(List.of(RobvisCsv.Row.of("Gunn 2016", gunn, 1.0)));
 * }</pre>
 */
public final class RobvisCsv {

  /** The judgements robvis' generic template accepts. */
  public static final List<String> JUDGEMENTS =
      List.of("Low", "Some concerns", "High", "Critical", "No information");

  /**
   * One study's row.
   *
   * @param study the study label (robvis expects labels that do not repeat)
   * @param appraisal the appraisal whose final ratings are written
   * @param weight the study's weight, finite and not negative
   */
  public record Row(String study, Appraisal appraisal, double weight) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if the study is blank, the appraisal null, or the weight
     *     negative or not finite
     */
    public Row {
      Checks.nonBlank("study", study);
      Checks.notNull("appraisal of study '" + study + "'", appraisal);
      Checks.nonNegative("weight of study '" + study + "'", weight);
    }

    /**
     * A row.
     *
     * @param study the study label
     * @param appraisal the appraisal
     * @param weight the weight
     * @return the row
     */
    public static Row of(String study, Appraisal appraisal, double weight) {
      return new Row(study, appraisal, weight);
    }

    @Override
    public String toString() {
      return study + ": " + appraisal + " (weight " + RobvisCsv.weight(weight) + ")";
    }
  }

  private final Map<String, String> labels;

  private RobvisCsv(Map<String, String> labels) {
    this.labels = Collections.unmodifiableMap(labels);
  }

  /**
   * The writer with the default label map.
   *
   * @return the writer
   */
  public static RobvisCsv withDefaults() {
    Map<String, String> m = new LinkedHashMap<>();
    String[] pairs = {"STRONG", "Low", "MODERATE", "Some concerns", "WEAK", "High",
        "++", "Low", "+", "Some concerns", "-", "High",
        "Low", "Low", "Some concerns", "Some concerns", "High", "High",
        "Moderate", "Some concerns", "Serious", "High", "Critical", "Critical",
        "No information", "No information", Rating.UNDETERMINED, "No information"};
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return new RobvisCsv(m);
  }

  /**
   * This writer with one more (or a changed) translation.
   *
   * @param from a rating label, such as {@code "MODERATE"}
   * @param to a robvis judgement, such as {@code "Low"}
   * @return a new writer
   * @throws IllegalArgumentException if {@code to} is not one of {@link #JUDGEMENTS}
   */
  public RobvisCsv withLabel(String from, String to) {
    Checks.nonBlank("from", from);
    if (!JUDGEMENTS.contains(to)) {
      throw new IllegalArgumentException("to must be one of " + JUDGEMENTS + ", was " + to);
    }
    Map<String, String> m = new LinkedHashMap<>(labels);
    m.put(from, to);
    return new RobvisCsv(m);
  }

  /**
   * The label map.
   *
   * @return rating label to robvis judgement
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * The CSV text: a header and one line per row, lines ending in {@code \n}.
   *
   * @param rows the rows; every appraisal must have the same components, in the same order
   * @return the CSV
   * @throws IllegalArgumentException if there are no rows, the components differ,
   *     a study label repeats, or a rating has no translation (naming the study)
   */
  public String write(List<Row> rows) {
    Checks.nonEmpty("rows", rows);
    List<String> components = List.copyOf(rows.get(0).appraisal().ratings().keySet());
    int n = components.size();
    StringBuilder sb = new StringBuilder("Study");
    for (int i = 1; i <= n; i++) {
      sb.append(",D").append(i);
    }
    sb.append(",Overall,Weight\n");
    List<String> seen = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      if (seen.contains(row.study())) {
        throw new IllegalArgumentException("study label '" + row.study() + "' repeats (row "
            + r + "); robvis needs distinct labels");
      }
      seen.add(row.study());
      Map<String, String> ratings = row.appraisal().ratings();
      if (!List.copyOf(ratings.keySet()).equals(components)) {
        throw new IllegalArgumentException("study '" + row.study() + "' (row " + r + ") has "
            + "components " + ratings.keySet() + ", the first row " + components
            + "; write one file per tool");
      }
      sb.append(quote(row.study()));
      for (Map.Entry<String, String> e : ratings.entrySet()) {
        sb.append(',').append(quote(translate(row, e.getKey(), e.getValue())));
      }
      sb.append(',').append(quote(translate(row, "overall",
          row.appraisal().globalRating().label())));
      sb.append(',').append(weight(row.weight())).append('\n');
    }
    return sb.toString();
  }

  private String translate(Row row, String target, String label) {
    String out = labels.get(label);
    if (out == null) {
      throw new IllegalArgumentException("study '" + row.study() + "': " + target + " rating '"
          + label + "' has no robvis judgement; add one with withLabel(\"" + label
          + "\", ...)");
    }
    return out;
  }

  private static String weight(double w) {
    return w == Math.rint(w) && Math.abs(w) < 1e15 ? Long.toString((long) w)
        : String.format(Locale.ROOT, "%s", w);
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** One line: the number of translations. */
  @Override
  public String toString() {
    return "robvis CSV export (" + labels.size() + " labels)";
  }
}
