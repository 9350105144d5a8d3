package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A bibliographic reference: authors, year, title, journal, volume, pages, DOI. */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {

  Citation() {}

  /**
   * The authors, as written (e.g. "Gunn JKL").
   *
   * @return the authors
   */
  public abstract List<String> authors();

  /**
   * The year of publication.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The journal.
   *
   * @return the journal
   */
  public abstract Optional<String> journal();

  /**
   * Volume and issue, e.g. "52(9)".
   *
   * @return the volume
   */
  public abstract Optional<String> volume();

  /**
   * Pages or article number.
   *
   * @return the pages
   */
  public abstract Optional<String> pages();

  /**
   * The DOI, without a resolver prefix (e.g. "10.1007/s10597-015-9844-x").
   *
   * @return the DOI
   */
  public abstract Optional<String> doi();

  @Value.Check
  void check() {
    Checks.nonEmpty("citation.authors", authors());
    for (int i = 0; i < authors().size(); i++) {
      Checks.nonBlank("citation.authors[" + i + "]", authors().get(i));
    }
    if (year() < 1500 || year() > 2200) {
      throw new IllegalArgumentException("citation.year must be a plausible year, was " + year());
    }
    Checks.nonBlank("citation.title", title());
    doi().ifPresent(d -> {
      if (!d.startsWith("10.") || d.indexOf('/') < 0) {
        throw new IllegalArgumentException(
            "citation.doi must look like 10.xxxx/yyyy (no https://doi.org/ prefix), was '" + d
                + "'");
      }
    });
  }

  /**
   * The short form used in tables: "Gunn et al. (2016)", "Wahab (2006)", "Smith and Jones
   * (2001)".
   *
   * @return the short citation
   */
  public String shortForm() {
    String first = surname(authors().get(0));
    String who;
    if (authors().size() == 1) {
      who = first;
    } else if (authors().size() == 2) {
      who = first + " and " + surname(authors().get(1));
    } else {
      who = first + " et al.";
    }
    return who + " (" + year() + ")";
  }

  private static String surname(String author) {
    String a = author.trim();
    int comma = a.indexOf(',');
    if (comma > 0) {
      return a.substring(0, comma);
    }
    int space = a.indexOf(' ');
    return space > 0 ? a.substring(0, space) : a;
  }

  @Override
  public String toString() {
    return shortForm() + " " + title();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}. */
  public static final class Builder extends ImmutableCitation.Builder {}
}
