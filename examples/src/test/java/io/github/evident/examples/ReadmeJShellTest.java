package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code jshell} blocks of the README in JShell, from the project root, as a user
 * would after {@code examples/jshell/jshell.sh}. A line commented {@code // IllegalArgumentException:
 * message} must fail with that exception and message; every other snippet must succeed.
 */
class ReadmeJShellTest {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static JShell shell;

  @BeforeAll
  static void start() {
    shell = JShell.builder().remoteVMOptions("-Duser.dir=" + ROOT)
        .out(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).build();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
  }

  @AfterAll
  static void stop() {
    shell.close();
  }

  static List<String> blocks(String lang) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * Evaluates source snippet by snippet, cut as the {@code jshell} tool cuts what it reads line
   * by line: a line that completes a statement ends the snippet even without a semicolon, so a
   * chained call continued on the next line ({@code .toSvg();}) fails here as it does for a
   * user. Returns the last value.
   */
  static String run(JShell shell, String source) {
    SourceCodeAnalysis sca = shell.sourceCodeAnalysis();
    List<String> lines = source.lines().toList();
    String value = null;
    String buffer = "";
    for (int i = 0; i < lines.size(); i++) {
      buffer += lines.get(i) + "\n";
      String following = String.join("\n", lines.subList(i + 1, lines.size()));
      SourceCodeAnalysis.CompletionInfo ci = sca.analyzeCompletion(buffer);
      while (ci.completeness().isComplete()
          || ci.completeness() == SourceCodeAnalysis.Completeness.UNKNOWN) {
        String snippet = ci.source() == null ? buffer : ci.source();
        buffer = ci.source() == null ? "" : ci.remaining();
        String v = eval(shell, snippet, buffer.isBlank() ? following : buffer + "\n" + following);
        value = v == null ? value : v;
        if (buffer.isBlank()) {
          break;
        }
        ci = sca.analyzeCompletion(buffer);
      }
      if (ci.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        buffer = "";
      }
    }
    if (!buffer.isBlank()) {
      fail("README snippet is incomplete: " + buffer);
    }
    return value;
  }

  /** Evaluates one snippet; {@code rest} is the text after it. Returns its value, if any. */
  private static String eval(JShell shell, String snippet, String rest) {
    Pattern expected = Pattern.compile("//\\s*([A-Za-z.]+Exception): (.*)");
    String value = null;
    Matcher want = expected.matcher(snippet + "\n" + rest.lines().findFirst().orElse(""));
    for (SnippetEvent e : shell.eval(snippet)) {
      if (e.status() == Snippet.Status.REJECTED) {
        fail("README snippet does not compile: " + snippet + "\n"
            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
      }
      if (want.find()) {
        assertNotNull(e.exception(), "README says this fails: " + snippet);
        EvalException x = (EvalException) e.exception();
        assertTrue(x.getExceptionClassName().endsWith(want.group(1)), x.getExceptionClassName());
        assertEquals(want.group(2).trim(), x.getMessage());
      } else if (e.exception() != null) {
        fail("README snippet fails: " + snippet + "\n" + e.exception());
      }
      if (e.value() != null) {
        value = e.value();
        String code = snippet.strip().replaceAll("^(//[^\\n]*\\n\\s*)+", "");
        String comment = rest.lines().findFirst().orElse("").strip();
        checkDocumentedValue(comment.startsWith("//") ? code + "  " + comment : code, value);
      }
    }
    return value;
  }

  private static final Pattern DOCUMENTED =
      Pattern.compile("^[^/]*;\\s*//\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?)(?=\\s*$|\\s*\\(|,)");

  private static final Pattern DOCUMENTED_CONSTANT =
      Pattern.compile("^[^/]*;\\s*//\\s*([A-Z][A-Z_]+|true|false)(?=$|[,:(\\s])");

  /**
   * A snippet commented with a bare number ({@code x.kappa();  // 0.7876}) must evaluate to that
   * number at the precision written; one commented with a constant ({@code // NARRATIVE, as the
   * paper concluded}, {@code // true}) must evaluate to that constant.
   */
  static void checkDocumentedValue(String snippet, String value) {
    checkDocumentedText(snippet, value);
    Matcher c = DOCUMENTED_CONSTANT.matcher(snippet.strip());
    if (c.find()) {
      assertEquals(c.group(1), value.trim(),
          () -> "README documents " + c.group(1) + " but " + snippet.strip() + " gives " + value);
      return;
    }
    Matcher m = DOCUMENTED.matcher(snippet.strip());
    if (!m.find()) {
      return;
    }
    java.math.BigDecimal documented = new java.math.BigDecimal(m.group(1));
    java.math.BigDecimal actual = new java.math.BigDecimal(value.trim())
        .round(new java.math.MathContext(documented.precision()));
    assertEquals(0, documented.compareTo(actual),
        () -> "README documents " + m.group(1) + " but " + snippet.strip() + " gives " + value);
  }

  /**
   * A comment that shows printed text must be what JShell prints: one that opens with a bracket
   * ({@code // [0.5049, 0.8255]}, {@code // Optional[[0.1197, 1.1115]]}) up to its balanced
   * closing bracket, and one that begins as the printed value does (a {@code toString} shown on
   * the next line, at least its first 16 characters) in full.
   */
  static void checkDocumentedText(String snippet, String value) {
    int at = snippet.indexOf("//", snippet.lastIndexOf(';') + 1);
    if (at < 0 || !snippet.substring(0, at).strip().endsWith(";")) {
      return;
    }
    String comment = snippet.substring(at + 2).strip();
    String printed = value.strip();
    if (comment.startsWith("[") || comment.startsWith("Optional[")) {
      String shown = bracketed(comment);
      assertEquals(printed, shown,
          () -> "README shows " + shown + " but " + snippet.strip() + " prints " + printed);
    } else if (printed.length() >= 16 && comment.regionMatches(0, printed, 0, 16)) {
      assertEquals(printed, comment,
          () -> "README shows " + comment + " but " + snippet.strip() + " prints " + printed);
    }
  }

  /** The text up to the bracket that closes the first opening one. */
  private static String bracketed(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      depth += ch == '[' ? 1 : ch == ']' ? -1 : 0;
      if (ch == ']' && depth == 0) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  @Test
  void documentedTextIsChecked() {
    checkDocumentedValue("x.ci();  // [0.5049, 0.8255] (kappa 0.6652)", "[0.5049, 0.8255]");
    checkDocumentedValue("r.tau2Ci();  // Optional[[0.1197, 1.1115]], as confint(res)",
        "Optional[[0.1197, 1.1115]]");
    checkDocumentedValue("f(0.01);\n// Fisher: statistic = 20.8286, p = 0.0076",
        "Fisher: statistic = 20.8286, p = 0.0076");
    checkDocumentedValue("x.studies();  // the seed review's studies", "[a, b]");
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> checkDocumentedValue("x.ci();  // [-1.1080, -0.3206]", "[-1.1084, -0.3206]"));
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> checkDocumentedValue("f(0.01);\n// Fisher: statistic = 20.83, p = 0.0076",
            "Fisher: statistic = 20.8286, p = 0.0076"));
  }

  @Test
  void documentedValuesAreChecked() {
    checkDocumentedValue("x.kappa();   // 0.7876", "0.78761061946");
    checkDocumentedValue("t.pValue();  // 4.598e-05", "4.59755749891893E-5");
    checkDocumentedValue("x.ci();      // [3.855, 6.645]", "[3.855, 6.645]");
    checkDocumentedValue("p.conclusion();  // NARRATIVE, as the paper concluded", "NARRATIVE");
    checkDocumentedValue("p.has(x);  // true", "true");
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> checkDocumentedValue("k.rating(\"A\");  // UNDETERMINED: a gap", "MODERATE"));
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> checkDocumentedValue("x.tau2();  // 0.3133", "0.31319"));
  }

  @Test
  void snippetsAreCutAsTheJShellToolCutsThem() {
    assertEquals("\"a b\"", run(shell, "String joined = String.join(\" \",\n    \"a\", \"b\");"));
    assertEquals("3", run(shell, "int three = 3  // no semicolon needed\n"));
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> run(shell, "String chained = \"a\"\n    .trim();"));
  }

  @Test
  void quickStartRuns() throws IOException {
    List<String> blocks = blocks("jshell");
    assertFalse(blocks.isEmpty());
    for (String b : blocks) {
      run(shell, b);
    }
    assertEquals("10", run(shell, "review.studies().size();"));
  }
}
