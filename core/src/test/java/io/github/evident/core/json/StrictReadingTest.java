package io.github.evident.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Citation;
import io.github.evident.core.model.Design;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.Population;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import io.github.evident.core.model.TwoByTwo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict reader accepts exactly the JSON types the schema names, and nothing else. */
class StrictReadingTest {

  private static final Review REVIEW = Review.builder().title("BCG")
      .addAuthors("Colditz GA")
      .addStudies(Study.builder().id("trial01")
          .citation(Citation.builder().addAuthors("Aronson").year(1948).title("t").build())
          .design(Design.of(DesignType.RANDOMIZED_TRIAL))
          .population(Population.builder().n(262).build())
          .addOutcomes(Outcome.builder().construct("tuberculosis")
              .addResults(TwoByTwo.of(4, 119, 11, 128)).build())
          .build())
      .build();

  private static final String JSON = ReviewJson.write(REVIEW);

  private static String message(String json) {
    return assertThrows(IllegalArgumentException.class, () -> ReviewJson.read(json))
        .getMessage();
  }

  private static String replaced(String from, String to) {
    assertTrue(JSON.contains(from), from);
    return JSON.replace(from, to);
  }

  @Test
  void theDocumentReadsBack() {
    assertEquals(REVIEW, ReviewJson.read(JSON));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"a\" : 4|\"a\" : 6.9|$.review.studies[0].outcomes[0].results[0].a",
      "\"a\" : 4|\"a\" : 1e-300|$.review.studies[0].outcomes[0].results[0].a",
      "\"n\" : 262|\"n\" : 262.9|$.review.studies[0].population.n",
      "\"year\" : 1948|\"year\" : 1948.9|$.review.studies[0].citation.year",
      "\"a\" : 4|\"a\" : \"12\"|$.review.studies[0].outcomes[0].results[0].a",
      "\"n\" : 262|\"n\" : \" \"|$.review.studies[0].population.n",
      "\"n\" : 262|\"n\" : \"\"|$.review.studies[0].population.n",
      "\"id\" : \"trial01\"|\"id\" : 1e309|$.review.studies[0].id",
      "\"id\" : \"trial01\"|\"id\" : 12|$.review.studies[0].id",
      "\"title\" : \"BCG\"|\"title\" : true|$.review.title",
      "\"Colditz GA\"|7|$.review.authors[0]"})
  void valuesOfTheWrongJsonTypeAreRejectedNotCoerced(String from, String to, String path) {
    String m = message(replaced(from, to));
    assertTrue(m.contains(path + " (line "), m);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\tRANDOMIZED_TRIAL", "RANDOMIZED_TRIAL\\u0000", " RANDOMIZED_TRIAL",
      "randomized_trial"})
  void enumValuesMustBeSpelledExactly(String spelled) {
    String m = message(replaced("\"RANDOMIZED_TRIAL\"", "\"" + spelled + "\""));
    assertTrue(m.contains("$.review.studies[0].design.type (line "), m);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1.0", "01.0", "\u0661.0", "1", "1.", ".0", "1.0.0", " 1.0", "1.-1",
      "1.0 "})
  void schemaVersionMustBeMajorDotMinor(String version) {
    String m = message(replaced("\"1.1\"", "\"" + version + "\""));
    assertTrue(m.startsWith("$.schemaVersion (line 2, column 21): schemaVersion must look like"),
        m);
  }

  @Test
  void nullElementsAreRejectedWithTheirPath() {
    String m = message(replaced("\"Colditz GA\"", "null"));
    assertTrue(m.startsWith("$.review.authors[0] (line "), m);
    assertTrue(m.endsWith("must not be null"), m);
    assertFalse(m.contains("Immutable"), m);
  }

  @Test
  void nullRootIsRejected() {
    String m = message("{\"schemaVersion\":\"1.0\",\"review\":null}");
    assertTrue(m.contains("no 'review'"), m);
  }

  @Test
  void loneSurrogatesAreRejectedWhenRead() {
    String m = message(replaced("\"title\" : \"BCG\"", "\"title\" : \"B\\ud800CG\""));
    assertTrue(m.startsWith("$.review.title (line "), m);
    assertTrue(m.contains("unpaired surrogate"), m);
  }

  @Test
  void loneSurrogatesCannotBeWritten() {
    Review bad = Review.builder().from(REVIEW).title("B\ud800CG").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReviewJson.write(bad));
    assertTrue(e.getMessage().contains("surrogate"), e.getMessage());
  }

  @Test
  void aNullPathIsAnIllegalArgument() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReviewJson.read((Path) null));
    assertEquals("file must not be null", e.getMessage());
  }

  @Test
  void invalidUtf8GivesItsPosition(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("review.json");
    byte[] good = replaced("\"title\" : \"BCG\"", "\"title\" : \"B?G\"")
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(good, StandardCharsets.UTF_8).indexOf("B?G") + 1;
    good[at] = (byte) 0xC3;
    Files.write(file, good);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReviewJson.read(file));
    assertTrue(e.getMessage().startsWith(file + ": not valid UTF-8 at byte " + at + " (line 4,"),
        e.getMessage());
  }

  @Test
  void utf16IsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("review.json");
    Files.write(file, ("\uFEFF" + JSON).getBytes(StandardCharsets.UTF_16LE));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReviewJson.read(file));
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void aFileLongerThanTheLimitIsRejectedWithoutReadingItAll(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("huge.json");
    String head = JSON.substring(0, JSON.length() - 3) + ", \"x\" : \"";
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(head);
      char[] chunk = new char[1 << 20];
      java.util.Arrays.fill(chunk, 'x');
      for (long written = 0; written <= EvidentJson.MAX_DOCUMENT_LENGTH; written += chunk.length) {
        out.write(chunk);
      }
      out.write("\" } }");
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReviewJson.read(file));
    assertTrue(e.getMessage().contains("longer than"), e.getMessage());
  }

  @Test
  void limitErrorsGiveLineAndColumn() {
    String deep = "[".repeat(200) + "]".repeat(200);
    String m = message("{\"schemaVersion\":\"1.0\",\n\"review\":" + deep + "}");
    assertTrue(m.contains("(line 2, column "), m);
  }

  @Test
  void aDuplicateStudyIdIsPointedAtWhereItIs() {
    Review two = Review.builder().from(REVIEW).addStudies(Study.builder()
        .from(REVIEW.studies().get(0)).id("trial02").build()).build();
    String json = ReviewJson.write(two).replace("\"trial02\"", "\"trial01\"");
    String m = message(json);
    int line = json.substring(0, json.lastIndexOf("\"trial01\"")).split("\n", -1).length;
    assertTrue(m.startsWith("study 'trial01' at $.review.studies[1].id (line " + line
        + ", column "), m);
    assertTrue(m.endsWith("id 'trial01' duplicates the id of studies[0]; study ids must be "
        + "unique"), m);
  }
}
