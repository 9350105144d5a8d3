package io.github.evident.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins what the appraisal module exports: every API package, to everyone. */
class ModuleExportsTest {

  @Test
  void exportsExactlyTheApiPackages() {
    ModuleDescriptor appraisal = ModuleDescriptors.of(RuleSet.class);
    assertEquals("io.github.evident.appraisal", appraisal.name());
    assertEquals(Map.of(
        "io.github.evident.appraisal", Set.of(),
        "io.github.evident.appraisal.agreement", Set.of(),
        "io.github.evident.appraisal.export", Set.of(),
        "io.github.evident.appraisal.review", Set.of(),
        "io.github.evident.appraisal.tools", Set.of()), ModuleDescriptors.exports(appraisal));
  }
}
