package io.github.evident.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Pins what the core module exports: its API to everyone, its internals to Evident only. */
class ModuleExportsTest {

  @Test
  void exportsTheApiAndTheInternalsOnlyToEvidentModules() {
    ModuleDescriptor core = ModuleDescriptors.of(Interval.class);
    assertEquals("io.github.evident.core", core.name());
    Map<String, Set<String>> expected = new TreeMap<>(Map.of(
        "io.github.evident.core", Set.of(),
        "io.github.evident.core.json", Set.of(),
        "io.github.evident.core.model", Set.of(),
        "io.github.evident.core.svg", Set.of(),
        "io.github.evident.core.internal", Set.of("io.github.evident.appraisal",
            "io.github.evident.stats", "io.github.evident.report")));
    assertEquals(expected, ModuleDescriptors.exports(core));
  }

  @Test
  void opensTheModelAndJsonPackagesToJacksonOnly() {
    ModuleDescriptor core = ModuleDescriptors.of(Interval.class);
    Map<String, Set<String>> opens = new TreeMap<>();
    core.opens().forEach(o -> opens.put(o.source(), o.targets()));
    assertEquals(Map.of(
        "io.github.evident.core.json", Set.of("com.fasterxml.jackson.databind"),
        "io.github.evident.core.model", Set.of("com.fasterxml.jackson.databind")), opens);
  }
}
