package io.github.evident.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.core.ModuleDescriptors;
import io.github.evident.stats.meta.MetaAnalysis;
import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins what the stats module exports: every API package, to everyone. */
class ModuleExportsTest {

  @Test
  void exportsExactlyTheApiPackages() {
    ModuleDescriptor stats = ModuleDescriptors.of(MetaAnalysis.class);
    assertEquals("io.github.evident.stats", stats.name());
    assertEquals(Map.of(
        "io.github.evident.stats.binary", Set.of(),
        "io.github.evident.stats.effect", Set.of(),
        "io.github.evident.stats.meta", Set.of(),
        "io.github.evident.stats.plan", Set.of(),
        "io.github.evident.stats.sensitivity", Set.of(),
        "io.github.evident.stats.synthesis", Set.of(),
        "io.github.evident.stats.ttest", Set.of()), ModuleDescriptors.exports(stats));
  }
}
