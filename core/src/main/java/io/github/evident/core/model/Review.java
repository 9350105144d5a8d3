package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import io.github.evident.core.internal.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A systematic review: its question, registration, search, eligibility criteria, PRISMA 2020
 * counts and included studies.
 *
 * <p>Validation on construction: study ids are unique and every study a study names as related
 * exists. What is allowed but suspect (PRISMA arithmetic, sources that disagree) is listed by
 * {@link #warnings()}.
 *
 * <p>Read and write reviews as JSON with {@link io.github.evident.core.json.ReviewJson}.
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public abstract class Review {

  Review() {}

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The authors.
   *
   * @return the authors
   */
  public abstract List<String> authors();

  /**
   * The question in PICO form.
   *
   * @return the question
   */
  public abstract Optional<ReviewQuestion> question();

  /**
   * The protocol registration.
   *
   * @return the registration
   */
  public abstract Optional<Registration> registration();

  /**
   * The search.
   *
   * @return the search
   */
  public abstract Optional<SearchStrategy> search();

  /**
   * The eligibility criteria.
   *
   * @return the criteria
   */
  public abstract Optional<Eligibility> eligibility();

  /**
   * The PRISMA 2020 flow counts.
   *
   * @return the counts
   */
  public abstract Optional<PrismaFlow> prisma();

  /**
   * The included studies.
   *
   * @return the studies
   */
  public abstract List<Study> studies();

  /**
   * The study characteristics the protocol names in advance for subgroup analyses or
   * meta-regression (Cochrane Handbook 10.11.5: pre-specified, few, with a rationale), e.g.
   * {@code ["ablat", "alloc"]}. Analyses of other characteristics are post hoc.
   *
   * @return the names, each recorded by at least one study
   */
  public abstract List<String> prespecifiedCharacteristics();

  @Value.Check
  void check() {
    Checks.nonBlank("review.title", title());
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < studies().size(); i++) {
      String id = studies().get(i).id();
      Integer before = index.putIfAbsent(id, i);
      if (before != null) {
        throw new IllegalArgumentException("studies[" + i + "].id '" + id
            + "' duplicates the id of studies[" + before + "]; study ids must be unique");
      }
    }
    for (Study s : studies()) {
      for (String ref : s.relatedStudies()) {
        if (!index.containsKey(ref)) {
          throw new IllegalArgumentException("study '" + s.id() + "': relatedStudies references "
              + "unknown study '" + ref + "'; known ids are " + index.keySet());
        }
      }
    }
    checkCharacteristicKinds();
    for (String name : prespecifiedCharacteristics()) {
      if (studies().stream().noneMatch(st -> st.characteristics().containsKey(name))) {
        throw new IllegalArgumentException("review.prespecifiedCharacteristics names '" + name
            + "', which no study records");
      }
    }
  }

  /** A characteristic is numeric in every study that records it, or categorical in every one. */
  private void checkCharacteristicKinds() {
    Map<String, Study> first = new LinkedHashMap<>();
    for (Study s : studies()) {
      s.characteristics().forEach((name, c) -> {
        Study seen = first.putIfAbsent(name, s);
        if (seen != null && seen.characteristics().get(name).isNumeric() != c.isNumeric()) {
          throw new IllegalArgumentException("study '" + s.id() + "': characteristic '" + name
              + "' is " + kind(c) + " (" + c + ") but " + kind(seen.characteristics().get(name))
              + " in study '" + seen.id() + "'; a characteristic is numeric in every study or "
              + "categorical in every one");
        }
      });
    }
  }

  private static String kind(Characteristic c) {
    return c.isNumeric() ? "numeric" : "categorical";
  }

  /**
   * The values of a numeric characteristic, one per study in the order of {@link #studies()},
   * ready for {@code Moderators.of(name, column)}.
   *
   * @param name the characteristic's name
   * @return the values
   * @throws IllegalArgumentException if a study does not record it (naming the study) or it
   *     is categorical
   */
  public double[] numericCharacteristic(String name) {
    double[] out = new double[studies().size()];
    for (int i = 0; i < out.length; i++) {
      Characteristic c = recorded(studies().get(i), name);
      if (!(c instanceof Characteristic.Numeric n)) {
        throw new IllegalArgumentException("characteristic '" + name + "' is categorical ("
            + c + " in study '" + studies().get(i).id() + "'), not numeric");
      }
      out[i] = n.value();
    }
    return out;
  }

  /**
   * The levels of a categorical characteristic, one per study in the order of
   * {@link #studies()}, ready for {@code Moderators.categorical(name, levels, reference)}.
   *
   * @param name the characteristic's name
   * @return the levels
   * @throws IllegalArgumentException if a study does not record it (naming the study) or it
   *     is numeric
   */
  public List<String> categoricalCharacteristic(String name) {
    List<String> out = new ArrayList<>();
    for (Study s : studies()) {
      Characteristic c = recorded(s, name);
      if (!(c instanceof Characteristic.Categorical l)) {
        throw new IllegalArgumentException("characteristic '" + name + "' is numeric (" + c
            + " in study '" + s.id() + "'), not categorical");
      }
      out.add(l.level());
    }
    return out;
  }

  private static Characteristic recorded(Study s, String name) {
    return s.characteristic(name).orElseThrow(() -> new IllegalArgumentException("study '"
        + s.id() + "' does not record the characteristic '" + name + "'; it records "
        + s.characteristics().keySet()));
  }

  /**
   * The study with an id.
   *
   * @param id the id
   * @return the study
   * @throws IllegalArgumentException if no study has that id
   */
  public Study study(String id) {
    return studies().stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no study with id '" + id + "'"));
  }

  /**
   * Everything allowed but suspect: PRISMA violations and warnings, a PRISMA study count that
   * differs from the studies listed, discrepancies recorded in studies, reported mean
   * differences that disagree with the reported means, and reported proportions that disagree
   * with their events and n by more than rounding to whole percent.
   *
   * @return the warnings, in review order
   */
  public List<ValidationWarning> warnings() {
    List<ValidationWarning> out = new ArrayList<>();
    prisma().ifPresent(p -> {
      PrismaCheck check = p.check();
      check.violations().forEach(f -> out.add(ValidationWarning.ofReview(
          "prisma." + f.rule(), "PRISMA flow: " + f.message())));
      check.warnings().forEach(f -> out.add(ValidationWarning.ofReview(
          "prisma." + f.rule(), "PRISMA flow: " + f.message())));
      p.studiesIncluded().ifPresent(n -> {
        if (n != studies().size()) {
          out.add(ValidationWarning.ofReview("prisma.studiesIncluded",
              "PRISMA reports " + n + " included studies but the review lists "
                  + studies().size()));
        }
      });
    });
    for (Study s : studies()) {
      for (Discrepancy d : s.discrepancies()) {
        out.add(ValidationWarning.ofStudy(s, d.field(), "sources disagree on " + d));
      }
      for (int o = 0; o < s.outcomes().size(); o++) {
        List<ReportedResult> rs = s.outcomes().get(o).results();
        for (int r = 0; r < rs.size(); r++) {
          if (rs.get(r) instanceof PairedChange pc && pc.differenceDisagreesWithMeans()) {
            out.add(ValidationWarning.ofStudy(s, "outcomes[" + o + "].results[" + r + "]",
                where(s, o, r) + "reported mean difference "
                    + Format.significant(pc.meanDifference().getAsDouble(), 6)
                    + " ≠ mean after − mean before = " + Format.significant(
                        pc.meanAfter().getAsDouble() - pc.meanBefore().getAsDouble(), 6)));
          } else if (rs.get(r) instanceof Proportion p && p.disagreesWithCounts()) {
            out.add(ValidationWarning.ofStudy(s, "outcomes[" + o + "].results[" + r + "]",
                where(s, o, r) + "reported proportion "
                    + Format.significant(p.proportion(), 6) + " ≠ events / n = "
                    + p.events().getAsInt() + " / " + p.n().getAsInt() + " = " + Format.estimate(
                        (double) p.events().getAsInt() / p.n().getAsInt())));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Where a result is, in words: {@code outcome 'knowledge', result 2: }. */
  private static String where(Study s, int outcome, int result) {
    return "outcome '" + s.outcomes().get(outcome).construct() + "', result " + (result + 1)
        + ": ";
  }

  /**
   * One line, for example {@code review 'Interventions for ...': 10 studies}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "review '" + title() + "': " + Format.count(studies().size(), "study", "studies");
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}. */
  public static final class Builder extends ImmutableReview.Builder {}
}
