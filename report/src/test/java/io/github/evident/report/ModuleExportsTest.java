package io.github.evident.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report module exports exactly its public API: the report and its figures. */
class ModuleExportsTest {

  @Test
  void exportsExactlyTheReportAndItsFigures() throws Exception {
    // the tests run on the class path, with the module's classes in target/classes
    URL classes = EvidenceReport.class.getProtectionDomain().getCodeSource().getLocation();
    Path path = Path.of(classes.toURI());
    try (InputStream in = Files.newInputStream(path.resolve("module-info.class"))) {
      ModuleDescriptor d = ModuleDescriptor.read(in);
      assertEquals("io.github.evident.report", d.name());
      assertEquals(Set.of("io.github.evident.report", "io.github.evident.report.figure"),
          d.exports().stream().map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toSet()));
      assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
      assertEquals(Set.of(), d.opens(), "nothing opened for reflection");
    }
  }
}
