package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One included study as a review extracts it: citation, setting, design, population,
 * intervention, outcomes and results, qualitative findings, and the appraisals attached to it.
 *
 * <pre>{@code
 * Study s = Study.builder()
 *     .id("litchfield2010")
 *     .citation(Citation.builder().addAuthors("Litchfield J", "Maronge A").year(2010)
 *         .title("Can a targeted GP-led clinic improve outcomes ...").build())
 *     .country("UK")
 *     .design(Design.of(DesignType.SINGLE_GROUP_PRE_POST))
 *     .population(Population.builder().n(34).sexGender("female").build())
 *     .intervention(Intervention.of("drug treatment", "Prescribed maintenance treatment"))
 *     .build();
 * }</pre>
 *
 * <p>Validation on construction: the id is not blank; a result's n does not exceed the
 * population's n; a study does not name itself as related; one tool appraises one scope once.
 * Messages name the study.
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableStudy.class)
@JsonDeserialize(as = ImmutableStudy.class)
public abstract class Study {

  Study() {}

  /**
   * The study's id within the review, e.g. "gunn2016".
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The citation.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * The study's aim as the review summarises it.
   *
   * @return the aim
   */
  public abstract Optional<String> aim();

  /**
   * The country or countries, e.g. "USA".
   *
   * @return the country
   */
  public abstract Optional<String> country();

  /**
   * The setting, e.g. "primary care clinic", "street outreach".
   *
   * @return the setting
   */
  public abstract Optional<String> setting();

  /**
   * The design.
   *
   * @return the design
   */
  public abstract Design design();

  /**
   * How participants were recruited.
   *
   * @return the recruitment method
   */
  public abstract Optional<String> recruitment();

  /**
   * Incentives offered to participants, e.g. "$40 honorarium per session".
   *
   * @return the incentives
   */
  public abstract Optional<String> incentives();

  /**
   * The participants.
   *
   * @return the population
   */
  @Value.Default
  public Population population() {
    return Population.builder().build();
  }

  /**
   * The intervention, if the study evaluates one.
   *
   * @return the intervention
   */
  public abstract Optional<Intervention> intervention();

  /**
   * The comparator, e.g. "usual care", "none (single group)".
   *
   * @return the comparator
   */
  public abstract Optional<String> comparator();

  /**
   * The outcomes measured, with their results.
   *
   * @return the outcomes
   */
  public abstract List<Outcome> outcomes();

  /**
   * How data were collected, e.g. "semi-structured interviews".
   *
   * @return the data collection
   */
  public abstract Optional<String> dataCollection();

  /**
   * How data were analysed, e.g. "paired t-tests", "thematic analysis".
   *
   * @return the analysis
   */
  public abstract Optional<String> analysis();

  /**
   * Findings as the review summarises them, one per entry.
   *
   * @return the findings
   */
  public abstract List<String> findings();

  /**
   * Qualitative findings: the themes, one per entry.
   *
   * @return the themes
   */
  public abstract List<String> themes();

  /**
   * Appraisals of the study, one per tool and scope.
   *
   * @return the appraisals
   */
  public abstract List<StudyAppraisal> appraisals();

  /**
   * Ids of other studies in the review that report on the same participants or project.
   *
   * @return the related study ids
   */
  public abstract List<String> relatedStudies();

  /**
   * Places where sources disagree about this study.
   *
   * @return the discrepancies
   */
  public abstract List<Discrepancy> discrepancies();

  /**
   * Characteristics that may explain heterogeneity, by name: numbers such as {@code ablat}
   * (absolute latitude) or {@code year}, and levels such as {@code alloc = random}. A name is
   * numeric in every study of a review or categorical in every one.
   *
   * @return the characteristics, in the order given
   */
  public abstract Map<String, Characteristic> characteristics();

  /**
   * One characteristic.
   *
   * @param name its name
   * @return the characteristic, if the study records it
   */
  public Optional<Characteristic> characteristic(String name) {
    return Optional.ofNullable(characteristics().get(name));
  }

  @Value.Check
  void check() {
    Checks.nonBlank("study.id", id());
    String who = "study '" + id() + "': ";
    OptionalInt n = population().n();
    for (int o = 0; o < outcomes().size(); o++) {
      List<ReportedResult> results = outcomes().get(o).results();
      for (int r = 0; r < results.size(); r++) {
        OptionalInt rn = resultN(results.get(r));
        if (n.isPresent() && rn.isPresent() && rn.getAsInt() > n.getAsInt()) {
          throw new IllegalArgumentException(who + "outcomes[" + o + "].results[" + r
              + "].n must not exceed population.n " + n.getAsInt() + ", was " + rn.getAsInt());
        }
      }
    }
    characteristics().keySet().forEach(name -> Checks.nonBlank(who + "characteristic name",
        name));
    if (relatedStudies().contains(id())) {
      throw new IllegalArgumentException(who + "relatedStudies must not name the study itself");
    }
    Set<String> tools = new HashSet<>();
    for (int i = 0; i < appraisals().size(); i++) {
      StudyAppraisal a = appraisals().get(i);
      String key = a.tool() + "|" + a.scope().orElse("");
      if (!tools.add(key)) {
        throw new IllegalArgumentException(who + "appraisals[" + i + "] appraises with '"
            + a.tool() + "'" + a.scope().map(s -> " (" + s + ")").orElse("")
            + " a second time; record one appraisal per tool and scope");
      }
    }
  }

  private static OptionalInt resultN(ReportedResult r) {
    return switch (r.form()) {
      case ARM_SUMMARY -> ((ArmSummary) r).n();
      case PAIRED_CHANGE -> ((PairedChange) r).n();
      case CORRELATION -> ((CorrelationResult) r).n();
      case PROPORTION -> ((Proportion) r).n();
      case TWO_BY_TWO, TEST_STATISTIC, EFFECT_ESTIMATE -> OptionalInt.empty();
    };
  }

  /**
   * The label a reader knows the study by, the same in every table, figure and sentence: the
   * citation's {@linkplain Citation#shortForm() short form}, e.g. {@code Gunn et al. (2016)}.
   * The {@link #id()} stays the key in data (JSON, reasons, lists of contributing studies).
   *
   * @return the label
   */
  public String label() {
    return citation().shortForm();
  }

  /**
   * The appraisals made with a tool.
   *
   * @param tool the tool, e.g. "EPHPP"
   * @return the appraisals with that tool, possibly empty
   */
  public List<StudyAppraisal> appraisalsWith(String tool) {
    return appraisals().stream().filter(a -> a.tool().equals(tool)).toList();
  }

  /**
   * One line, for example {@code study gunn2016: Gunn et al. (2016), single-group pre-post,
   * n = 24}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "study " + id() + ": " + label() + ", " + design()
        + population().n().stream().mapToObj(v -> ", n = " + v).findFirst().orElse("");
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Study}. */
  public static final class Builder extends ImmutableStudy.Builder {}
}
