package io.github.evident.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.core.Interval;
import io.github.evident.stats.meta.MetaAnalysis;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evident on the module path: the three modules and their dependencies resolve in a module layer
 * of their own, Jackson reads the review model through the packages core opens to it, stats uses
 * core's internals, and nothing else can.
 */
class ModulePathTest {

  private static ModuleLayer layer;

  @BeforeAll
  static void defineTheModules() {
    ModuleFinder finder = ModuleFinder.of(Stream.of(Interval.class, RuleSet.class,
        MetaAnalysis.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class,
        Jdk8Module.class, Erf.class).map(ModulePathTest::location).toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder,
        ModuleFinder.of(), Set.of("io.github.evident.core", "io.github.evident.appraisal",
            "io.github.evident.stats"));
    layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
  }

  @Test
  void jacksonReadsTheReviewModelThroughTheOpenedPackages() throws Exception {
    Class<?> reviewJson = load("io.github.evident.core.json.ReviewJson");
    assertEquals("io.github.evident.core", reviewJson.getModule().getName());
    Object review = reviewJson.getMethod("read", String.class)
        .invoke(null, Files.readString(Path.of("data/seed-review.json")));
    List<?> studies = (List<?>) load("io.github.evident.core.model.Review").getMethod("studies")
        .invoke(review);
    assertEquals(10, studies.size());
  }

  @Test
  void jacksonReadsTheRecordedDualReviewsOfAppraisal() throws Exception {
    Class<?> recorded = load("io.github.evident.appraisal.review.RecordedDualReview");
    List<?> reviews = (List<?>) recorded.getMethod("read", String.class)
        .invoke(null, Files.readString(Path.of("data/seed-appraisals.json")));
    assertEquals(11, reviews.size()); // the file's eleven "dualReviews" entries
  }

  @Test
  void statsComputesWithCoreInternals() throws Exception {
    Class<?> effectSize = load("io.github.evident.stats.effect.EffectSize");
    Object effect = effectSize.getMethod("of", double.class, double.class).invoke(null, 0.5, 0.04);
    Object ci = effectSize.getMethod("ci", double.class).invoke(effect, 0.95);
    // R: 0.5 - qnorm(0.975) * 0.2
    double lower = (double) ci.getClass().getMethod("lower").invoke(ci);
    assertEquals(0.1080072030919892, lower, 1e-12);
  }

  @Test
  void coreInternalsAreExportedOnlyToEvidentModules() {
    Module core = layer.findModule("io.github.evident.core").orElseThrow();
    String internal = "io.github.evident.core.internal";
    assertFalse(core.isExported(internal));
    assertFalse(core.isExported(internal, getClass().getModule()));
    assertTrue(core.isExported(internal, layer.findModule("io.github.evident.stats").orElseThrow()));
    assertTrue(core.isExported(internal,
        layer.findModule("io.github.evident.appraisal").orElseThrow()));
    assertTrue(core.isExported("io.github.evident.core.model"));
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    return layer.findLoader("io.github.evident.core").loadClass(name);
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
