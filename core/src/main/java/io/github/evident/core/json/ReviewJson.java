package io.github.evident.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.model.Review;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes a {@link Review} as a versioned Evident document:
 *
 * <pre>{@code
 * {
 *   "schemaVersion" : "1.1",
 *   "review" : { "title" : "...", "studies" : [ ... ] }
 * }
 * }</pre>
 *
 * <p>Reading is strict: an unknown major version, an unknown property, a malformed document or a
 * value that fails the model's validation is an {@link IllegalArgumentException} whose message
 * gives the JSON path, line and column and, inside a study, the study's id. Writing then reading
 * gives an equal review.
 *
 * <pre>{@code
 * Review review = ReviewJson.read(Path.of("examples/data/seed-review.json"));
 * String json = ReviewJson.write(review);
 * }</pre>
 */
public final class ReviewJson {

  /** The name of the root value in a review document. */
  public static final String ROOT = "review";

  private static final Pattern REVIEW_CHECK = Pattern.compile(
      "^\\$\\.review \\(line \\d+, column \\d+\\): studies\\[(\\d+)]\\.(\\w+)(.*)$",
      Pattern.DOTALL);

  private static final Pattern STUDY_PATH = Pattern.compile("^\\$\\.review\\.studies\\[(\\d+)]");

  private ReviewJson() {}

  /**
   * Reads a review document.
   *
   * @param json the document
   * @return the review
   * @throws IllegalArgumentException if the document is not a valid review document
   */
  public static Review read(String json) {
    try {
      return EvidentJson.readDocument(json, ROOT, Review.class);
    } catch (IllegalArgumentException e) {
      IllegalArgumentException placed = placeStudyCheck(json, e);
      String study = studyAt(json, placed.getMessage());
      if (study == null) {
        throw placed;
      }
      throw new IllegalArgumentException("study '" + study + "' at " + placed.getMessage(), e);
    }
  }

  /**
   * A review-wide check that names one study's field (a duplicate id, say) is found only once
   * the whole review is read; this points its message at that field instead of the review's end.
   */
  private static IllegalArgumentException placeStudyCheck(String json,
      IllegalArgumentException e) {
    Matcher m = REVIEW_CHECK.matcher(e.getMessage());
    if (!m.matches()) {
      return e;
    }
    String field = m.group(2);
    String where = EvidentJson.locate(json, ROOT, "studies", m.group(1), field);
    return new IllegalArgumentException("$.review.studies[" + m.group(1) + "]." + field + where
        + ": " + field + m.group(3), e);
  }

  /**
   * Reads a review document from a UTF-8 file.
   *
   * @param file the file
   * @return the review
   * @throws IllegalArgumentException if the document is not a valid review document; the
   *     message starts with the file name
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Review read(Path file) {
    return EvidentJson.readFile(file, ReviewJson::read);
  }

  /**
   * Writes a review document.
   *
   * @param review the review
   * @return the pretty-printed document
   */
  public static String write(Review review) {
    return EvidentJson.writeDocument(ROOT, review);
  }

  /**
   * Writes a review document to a UTF-8 file, replacing it.
   *
   * @param review the review
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Review review, Path file) {
    try {
      Files.writeString(file, write(review), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The id of the study an error path points into, if the document has one there. */
  private static String studyAt(String json, String message) {
    Matcher m = STUDY_PATH.matcher(message);
    if (!m.find()) {
      return null;
    }
    try {
      JsonNode id = EvidentJson.lenientMapper().readTree(json)
          .path(ROOT).path("studies").path(Integer.parseInt(m.group(1))).path("id");
      return id.isTextual() ? id.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
