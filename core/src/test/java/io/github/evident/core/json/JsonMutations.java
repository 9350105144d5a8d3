package io.github.evident.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Seeded fuzzing of Evident's readers: valid documents mutated token by token (hostile scalars
 * put in place of values, tokens dropped, repeated, swapped, documents cut short). A reader
 * must answer every mutant with a value that reads back unchanged after writing, or an
 * {@link IllegalArgumentException} with a message; anything else (a foreign or unchecked
 * exception, an error, a hang) fails the property that uses this.
 */
public final class JsonMutations {

  /** JSON tokens: strings, numbers, literals, punctuation; whitespace kept between them. */
  private static final Pattern TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null|[\\[\\]{}:,]|\\s+");

  /** Values a careless or hostile writer puts where another belongs. */
  private static final List<String> HOSTILE = List.of("null", "\"\"", "\" \"", "0", "-1",
      "6.9", "1e-300", "1e309", "-1e309", "2147483648", "-2147483649", "9223372036854775808",
      "\"12\"", "\"NaN\"", "\"\\ud800\"", "\"\\u0000\"", "\"\\tRANDOMIZED_TRIAL\"", "true",
      "[]", "{}", "[null]", "{\"\":null}", "\"x\"", "0.0", "-0.0", "1e-320", "\"+1.0\"",
      "\"٣\"", "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]", "\"a\\\"b\"", "1.0000000000000002");

  private JsonMutations() {}

  /**
   * Mutants of the given valid documents, one to three mutations each.
   *
   * @param documents valid documents to start from
   * @return the mutants
   */
  public static Arbitrary<String> of(List<String> documents) {
    Arbitrary<List<String>> tokens = Arbitraries.of(documents).map(JsonMutations::tokens);
    return Combinators.combine(tokens, Arbitraries.longs().list().ofMinSize(1).ofMaxSize(3))
        .as((t, seeds) -> {
          List<String> out = new ArrayList<>(t);
          for (long seed : seeds) {
            mutate(out, seed);
          }
          return String.join("", out);
        });
  }

  /**
   * Checks the reader contract on one document: a value that reads back unchanged after
   * writing, or an {@link IllegalArgumentException} with a message.
   *
   * @param json the document
   * @param read the reader
   * @param write the writer
   * @param <T> the type read
   */
  public static <T> void readsBackOrRejects(String json, Function<String, T> read,
      Function<T, String> write) {
    T value;
    try {
      value = read.apply(json);
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage(), "an error needs a message");
      return;
    }
    assertNotNull(value, "a reader never returns null");
    String written = write.apply(value);
    assertEquals(written, write.apply(read.apply(written)), "what was read reads back unchanged");
  }

  static List<String> tokens(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(json);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(json.substring(at, m.start()));
      }
      out.add(m.group());
      at = m.end();
    }
    if (at < json.length()) {
      out.add(json.substring(at));
    }
    return out;
  }

  private static void mutate(List<String> t, long seed) {
    if (t.isEmpty()) {
      t.add(HOSTILE.get(0));
      return;
    }
    int i = (int) Math.floorMod(seed >>> 8, (long) t.size());
    int j = (int) Math.floorMod(seed >>> 32, (long) t.size());
    String hostile = HOSTILE.get((int) Math.floorMod(seed >>> 16, (long) HOSTILE.size()));
    switch ((int) Math.floorMod(seed, 6L)) {
      case 0, 1 -> t.set(scalarAtOrAfter(t, i), hostile);
      case 2 -> t.remove(i);
      case 3 -> t.add(i, t.get(j));
      case 4 -> {
        String a = t.get(i);
        t.set(i, t.get(j));
        t.set(j, a);
      }
      default -> t.subList(i, t.size()).clear();
    }
  }

  /** The first string, number or literal at or after {@code i} (or {@code i} if none). */
  private static int scalarAtOrAfter(List<String> t, int i) {
    for (int k = i; k < t.size(); k++) {
      char c = t.get(k).charAt(0);
      if (c == '"' || c == '-' || Character.isDigit(c) || c == 't' || c == 'f' || c == 'n') {
        return k;
      }
    }
    return i;
  }
}
