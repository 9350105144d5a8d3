package io.github.evident.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.evident.core.internal.Checks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evident's own JSON mappers and its versioned document format.
 *
 * <p>Every Evident document is an object with exactly two properties: a {@code schemaVersion}
 * ({@value #SCHEMA_VERSION}) and one root value under a name that says what it is, for example
 * {@code {"schemaVersion": "1.1", "review": {...}}}. A reader rejects a document whose major
 * version it does not know.
 *
 * <p>The mappers use no default typing and no class-name type ids: polymorphic values are
 * written with {@code @JsonTypeInfo(use = NAME)} and listed subtypes. Stream limits (document
 * length, nesting depth, string and number length) are set on Evident's own factory, never
 * globally. The strict mapper rejects unknown properties, trailing tokens, duplicate keys and
 * {@code null} for primitives; the lenient one accepts unknown properties.
 *
 * <p>Every failure to read is an {@link IllegalArgumentException} whose message gives the JSON
 * path of the bad value and its line and column, for example {@code $.studies[2].population.n
 * (line 41, column 18): n must not be negative, was -3 (study 'gunn2016')}.
 */
public final class EvidentJson {

  /** The schema version written into every document. */
  public static final String SCHEMA_VERSION = "1.1";

  /** The major schema version this reader understands. */
  static final int MAJOR_VERSION = 1;

  /** Longest document accepted, in characters. */
  static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Deepest nesting accepted. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Longest string accepted, in characters. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** A schema version: major.minor, each 0 or an ASCII number without a leading zero. */
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

  private static final ObjectMapper STRICT = build(true);
  private static final ObjectMapper LENIENT = build(false);

  private EvidentJson() {}

  /**
   * A new strict mapper: unknown properties, trailing tokens, duplicate keys and nulls for
   * primitives fail. Each call returns an independent copy, so a caller's configuration never
   * leaks into Evident's.
   *
   * @return a strict mapper
   */
  public static ObjectMapper strictMapper() {
    return STRICT.copy();
  }

  /**
   * A new lenient mapper: as {@link #strictMapper()} but unknown properties are ignored.
   *
   * @return a lenient mapper
   */
  public static ObjectMapper lenientMapper() {
    return LENIENT.copy();
  }

  private static ObjectMapper build(boolean strict) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return StrictTypes.apply(JsonMapper.builder(factory))
        .addModule(new Jdk8Module())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
            JsonInclude.Include.USE_DEFAULTS))
        .build();
  }

  /**
   * Writes a value as a versioned Evident document.
   *
   * @param rootName the name of the root value, such as {@code "review"}
   * @param value the value
   * @return pretty-printed JSON
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static String writeDocument(String rootName, Object value) {
    requireRootName(rootName);
    try {
      StringWriter out = new StringWriter();
      try (JsonGenerator gen = STRICT.createGenerator(out)) {
        gen.useDefaultPrettyPrinter();
        gen.writeStartObject();
        gen.writeStringField("schemaVersion", SCHEMA_VERSION);
        gen.writeFieldName(rootName);
        STRICT.writeValue(gen, value);
        gen.writeEndObject();
      }
      return out.toString() + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write '" + rootName + "' as JSON: "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a versioned Evident document with the strict mapper.
   *
   * @param json the document
   * @param rootName the expected name of the root value, such as {@code "review"}
   * @param type the type of the root value
   * @param <T> the type of the root value
   * @return the root value
   * @throws IllegalArgumentException if the document is malformed, has an unknown major schema
   *     version, an unknown property, or a value that fails validation; the message gives the
   *     JSON path and the line and column
   */
  public static <T> T readDocument(String json, String rootName, Class<T> type) {
    requireRootName(rootName);
    Checks.notNull("json", json);
    checkVersion(json);
    try (JsonParser p = STRICT.createParser(json)) {
      return readRoot(p, rootName, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe(e, "$." + rootName), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T readRoot(JsonParser p, String rootName, Class<T> type)
      throws IOException {
    try {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, "$", "an Evident document (a JSON object)");
      T root = null;
      boolean seenRoot = false;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if ("schemaVersion".equals(name)) {
          continue;
        } else if (rootName.equals(name)) {
          root = STRICT.readerFor(type)
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(p);
          seenRoot = true;
        } else {
          throw new IllegalArgumentException(
              "$." + name + at(p.currentTokenLocation()) + ": unknown property '" + name
                  + "'; an Evident document has only 'schemaVersion' and '" + rootName + "'");
        }
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException(
            "$" + at(p.currentTokenLocation()) + ": trailing content after the document");
      }
      if (!seenRoot || root == null) {
        throw new IllegalArgumentException(
            "$: the document has no '" + rootName + "' (expected {\"schemaVersion\": \""
                + SCHEMA_VERSION + "\", \"" + rootName + "\": {...}})");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe(e, "$." + rootName, p.currentLocation()), e);
    }
  }

  /**
   * Reads a versioned Evident document from a UTF-8 file.
   *
   * @param file the file
   * @param rootName the expected name of the root value
   * @param type the type of the root value
   * @param <T> the type of the root value
   * @return the root value
   * @throws IllegalArgumentException as {@link #readDocument(String, String, Class)}, with the
   *     file name in front of the message
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T readDocument(Path file, String rootName, Class<T> type) {
    return readFile(file, json -> readDocument(json, rootName, type));
  }

  /**
   * Reads a UTF-8 file of at most {@value #MAX_DOCUMENT_LENGTH} characters and parses it with
   * {@code reader}, putting the file name in front of the message of an
   * {@link IllegalArgumentException}. The file is decoded as it is read, so a longer file is
   * refused without being held in memory, and a byte that is not UTF-8 is reported with its
   * position.
   */
  static <T> T readFile(Path file, Function<String, T> reader) {
    Checks.notNull("file", file);
    String json;
    try {
      json = Utf8Files.read(file, MAX_DOCUMENT_LENGTH);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    try {
      return reader.apply(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a plain value (not an Evident document) as pretty-printed JSON with the strict
   * mapper. Used for results such as a meta-analysis fit.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static String write(Object value) {
    try {
      return STRICT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write value as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a plain value (not an Evident document) with the strict mapper.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type to read
   * @return the value
   * @throws IllegalArgumentException if the JSON is malformed or does not fit the type; the
   *     message gives the JSON path and the line and column
   */
  public static <T> T read(String json, Class<T> type) {
    Checks.notNull("json", json);
    Checks.notNull("type", type);
    T value;
    try {
      value = STRICT.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe(e), e);
    }
    if (value == null) {
      throw new IllegalArgumentException("$: expected " + type.getSimpleName()
          + " (a JSON object), found null");
    }
    return value;
  }

  /** Scans the top level for {@code schemaVersion} before binding anything. */
  private static void checkVersion(String json) {
    try (JsonParser p = STRICT.createParser(json)) {
      try {
        checkVersion(p);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(describe(e, "$", p.currentLocation()), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkVersion(JsonParser p) throws IOException {
    String version = null;
    JsonLocation where = null;
    expect(p, p.nextToken(), JsonToken.START_OBJECT, "$", "an Evident document (a JSON object)");
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if ("schemaVersion".equals(name)) {
        where = p.currentTokenLocation();
        if (value != JsonToken.VALUE_STRING) {
          throw new IllegalArgumentException("$.schemaVersion" + at(where)
              + ": schemaVersion must be a string such as \"" + SCHEMA_VERSION + "\", was "
              + p.getText());
        }
        version = p.getText();
      } else {
        p.skipChildren();
      }
    }
    if (version == null) {
      throw new IllegalArgumentException(
          "$: the document has no schemaVersion (this reader understands " + MAJOR_VERSION
              + ".x)");
    }
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw new IllegalArgumentException("$.schemaVersion" + at(where)
          + ": schemaVersion must look like \"" + SCHEMA_VERSION + "\" (major.minor in ASCII "
          + "digits, no sign or leading zero), was \"" + version + "\"");
    }
    long major = m.group(1).length() > 9 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
    if (major != MAJOR_VERSION) {
      throw new IllegalArgumentException("$.schemaVersion" + at(where)
          + ": unsupported schemaVersion \"" + version + "\"; this reader understands "
          + MAJOR_VERSION + ".x");
    }
  }

  /**
   * Where the value at a path of object keys and array indices starts, as
   * {@code " (line L, column C)"}, or {@code ""} if the document has no such value.
   *
   * @param json a well-formed document
   * @param steps the path below the document's root object, e.g. "review", "studies", "3", "id"
   */
  static String locate(String json, String... steps) {
    try (JsonParser p = STRICT.createParser(json)) {
      p.nextToken();
      for (String step : steps) {
        if (!enter(p, step)) {
          return "";
        }
      }
      return at(p.currentTokenLocation());
    } catch (IOException e) {
      return "";
    }
  }

  /** Moves from a container's start token to the start of its member {@code step}. */
  private static boolean enter(JsonParser p, String step) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals(step)) {
          return true;
        }
        p.skipChildren();
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY && step.matches("[0-9]{1,9}")) {
      int index = Integer.parseInt(step);
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        if (i == index) {
          return true;
        }
        p.skipChildren();
      }
    }
    return false;
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken wanted, String path,
      String what) {
    if (actual != wanted) {
      throw new IllegalArgumentException(path + at(p.currentTokenLocation()) + ": expected "
          + what + ", found " + (actual == null ? "end of input" : actual.asString() == null
              ? actual.name() : actual.asString()));
    }
  }

  /** A message with JSON path, line and column, and the most specific reason. */
  static String describe(JsonProcessingException e) {
    return describe(e, "$");
  }

  static String describe(JsonProcessingException e, String root) {
    return describe(e, root, null);
  }

  /**
   * As {@link #describe(JsonProcessingException, String)}; {@code where} stands in for the
   * location of an exception that has none (a stream limit).
   */
  private static String describe(JsonProcessingException e, String root, JsonLocation where) {
    String path = root;
    if (e instanceof JsonMappingException) {
      path = root + path(((JsonMappingException) e).getPath()).substring(1);
    }
    String reason = e.getOriginalMessage();
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      List<String> known = new ArrayList<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      }
      Collections.sort(known);
      reason = "unknown property '" + u.getPropertyName() + "'"
          + (known.isEmpty() ? "" : "; known properties are " + known);
    } else if (e instanceof InvalidNullException) {
      reason = "must not be null";
    } else if (e instanceof InvalidTypeIdException) {
      reason = "unknown type '" + ((InvalidTypeIdException) e).getTypeId() + "'";
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IllegalArgumentException && c.getMessage() != null) {
        reason = c.getMessage();
        break;
      }
    }
    if (reason != null) {
      // Jackson appends a long source excerpt in some messages; keep the first line.
      int nl = reason.indexOf('\n');
      if (nl > 0) {
        reason = reason.substring(0, nl);
      }
    }
    return path + at(e.getLocation() != null ? e.getLocation() : where) + ": " + reason;
  }

  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      }
    }
    return sb.toString();
  }

  private static String at(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 0) {
      return "";
    }
    return String.format(Locale.ROOT, " (line %d, column %d)", loc.getLineNr(), loc.getColumnNr());
  }

  private static void requireRootName(String rootName) {
    if (rootName == null || rootName.isBlank() || "schemaVersion".equals(rootName)) {
      throw new IllegalArgumentException("rootName must be a non-blank name other than "
          + "'schemaVersion', was " + (rootName == null ? "null" : "'" + rootName + "'"));
    }
  }
}
