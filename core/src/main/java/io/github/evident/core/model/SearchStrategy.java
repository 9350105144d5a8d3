package io.github.evident.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How a review searched: the databases and registers, other methods, the publication date
 * range, languages and when the search was run. Dates are ISO dates, year-months or years
 * ("2020-01-31", "2020-01", "2020").
 */
@Value.Immutable
@EvidentStyle
@JsonSerialize(as = ImmutableSearchStrategy.class)
@JsonDeserialize(as = ImmutableSearchStrategy.class)
public abstract class SearchStrategy {

  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  SearchStrategy() {}

  /**
   * Databases and registers searched.
   *
   * @return the sources
   */
  public abstract List<String> sources();

  /**
   * Other methods, e.g. "reference lists", "contacting experts".
   *
   * @return the other methods
   */
  public abstract List<String> otherMethods();

  /**
   * Earliest publication date searched.
   *
   * @return the date
   */
  public abstract Optional<String> publishedFrom();

  /**
   * Latest publication date searched.
   *
   * @return the date
   */
  public abstract Optional<String> publishedTo();

  /**
   * Languages included.
   *
   * @return the languages
   */
  public abstract List<String> languages();

  /**
   * When the search was run.
   *
   * @return the date
   */
  public abstract Optional<String> searchedOn();

  @Value.Check
  void check() {
    publishedFrom().ifPresent(d -> partialDate("search.publishedFrom", d));
    publishedTo().ifPresent(d -> partialDate("search.publishedTo", d));
    searchedOn().ifPresent(d -> partialDate("search.searchedOn", d));
    if (publishedFrom().isPresent() && publishedTo().isPresent()
        && publishedFrom().get().compareTo(publishedTo().get()) > 0) {
      throw new IllegalArgumentException("search.publishedFrom must not be after "
          + "search.publishedTo, was " + publishedFrom().get() + " > " + publishedTo().get());
    }
  }

  private static void partialDate(String field, String value) {
    if (!PARTIAL_DATE.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be an ISO date, year-month or year "
          + "(e.g. 2020-01-31, 2020-01, 2020), was '" + value + "'");
    }
  }

  /**
   * One line, for example {@code searched MEDLINE, PsycINFO; other methods: reference lists;
   * published 2000 to 2020; languages English; searched on 2020-08-01}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("searched ").append(sources().isEmpty() ? "no database"
        : String.join(", ", sources()));
    if (!otherMethods().isEmpty()) {
      sb.append("; other methods: ").append(String.join(", ", otherMethods()));
    }
    if (publishedFrom().isPresent() || publishedTo().isPresent()) {
      sb.append("; published ").append(publishedFrom().orElse("any time")).append(" to ")
          .append(publishedTo().orElse("the search"));
    }
    if (!languages().isEmpty()) {
      sb.append("; languages ").append(String.join(", ", languages()));
    }
    searchedOn().ifPresent(d -> sb.append("; searched on ").append(d));
    return sb.toString();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SearchStrategy}. */
  public static final class Builder extends ImmutableSearchStrategy.Builder {}
}
