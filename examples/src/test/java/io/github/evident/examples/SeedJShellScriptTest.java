package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code examples/jshell/seed-review.jsh} in JShell as a user would after
 * {@code examples/jshell/jshell.sh}: from the project root, with the examples on the class
 * path; every snippet must succeed and the report must be written.
 */
class SeedJShellScriptTest {

  @Test
  void scriptRunsAndWritesTheReport(@TempDir Path dir) throws Exception {
    Path script = ReadmeJShellTest.ROOT.resolve("examples/jshell/seed-review.jsh");
    String source = Files.readString(script, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder()
        .remoteVMOptions("-Duser.dir=" + ReadmeJShellTest.ROOT, "-Devident.reports=" + dir)
        .out(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).build()) {
      for (String entry : System.getProperty("java.class.path")
          .split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      ReadmeJShellTest.run(shell, source);
      assertEquals("10", ReadmeJShellTest.run(shell, "review.studies().size();"));
      assertEquals("true", ReadmeJShellTest.run(shell, "Files.exists(file);".replace("Files",
          "java.nio.file.Files")));
    }
    String html = Files.readString(dir.resolve("seed-review.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("Litchfield et al. (2010)"));
  }
}
