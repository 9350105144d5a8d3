package io.github.evident.appraisal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.evident.core.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers recorded for one study: item ids mapped to option codes, in the order given.
 * Immutable; items not asked or not yet answered are simply absent.
 */
public final class Answers {

  private static final Answers NONE = new Answers(Map.of());

  private final Map<String, String> codes;

  private Answers(Map<String, String> codes) {
    this.codes = codes;
  }

  /**
   * No answers.
   *
   * @return the empty answers
   */
  public static Answers none() {
    return NONE;
  }

  /**
   * Answers from a map of item ids to codes (copied; iteration order kept).
   *
   * @param codes item id to code
   * @return the answers
   * @throws IllegalArgumentException if a key or value is null or blank
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Answers of(Map<String, String> codes) {
    Checks.notNull("codes", codes);
    Map<String, String> copy = new LinkedHashMap<>();
    codes.forEach((k, v) -> {
      Checks.nonBlank("item id", k);
      copy.put(k, Checks.nonBlank("code of item '" + k + "'", v));
    });
    return new Answers(Collections.unmodifiableMap(copy));
  }

  /**
   * Answers from alternating item ids and codes, such as {@code of("A1", "1", "A2", "1")}.
   *
   * @param idsAndCodes id, code, id, code, ...
   * @return the answers
   * @throws IllegalArgumentException if the number of strings is odd or an id repeats
   */
  public static Answers of(String... idsAndCodes) {
    if (idsAndCodes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "idsAndCodes must alternate item ids and codes, had " + idsAndCodes.length + " strings");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndCodes.length; i += 2) {
      if (m.put(idsAndCodes[i], idsAndCodes[i + 1]) != null) {
        throw new IllegalArgumentException("item '" + idsAndCodes[i] + "' is answered twice");
      }
    }
    return of(m);
  }

  /**
   * The code recorded for an item.
   *
   * @param itemId the item id
   * @return the code, or empty if the item is not answered
   */
  public Optional<String> get(String itemId) {
    return Optional.ofNullable(codes.get(itemId));
  }

  /**
   * These answers with one more (or a changed) answer.
   *
   * @param itemId the item id
   * @param code the code
   * @return new answers
   */
  public Answers with(String itemId, String code) {
    Map<String, String> m = new LinkedHashMap<>(codes);
    m.put(itemId, code);
    return of(m);
  }

  /**
   * These answers without the answer to an item.
   *
   * @param itemId the item id
   * @return new answers
   */
  public Answers without(String itemId) {
    if (!codes.containsKey(itemId)) {
      return this;
    }
    Map<String, String> m = new LinkedHashMap<>(codes);
    m.remove(itemId);
    return new Answers(Collections.unmodifiableMap(m));
  }

  /**
   * The answers as an unmodifiable map from item id to code.
   *
   * @return the map
   */
  @JsonValue
  public Map<String, String> asMap() {
    return codes;
  }

  /**
   * The number of answered items.
   *
   * @return the count
   */
  public int size() {
    return codes.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Answers && ((Answers) o).codes.equals(codes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(codes);
  }

  /** One line such as {@code (A1=1, A2=4)}. */
  @Override
  public String toString() {
    // Parenthesised so that a list of answer sets (a verification's uncovered combinations)
    // reads as one combination per element: [(A1=1, A2=4), (A1=2, A2=1)].
    StringBuilder sb = new StringBuilder("(");
    codes.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(k).append('=')
        .append(v));
    return sb.length() == 1 ? "(no answers)" : sb.append(')').toString();
  }
}
