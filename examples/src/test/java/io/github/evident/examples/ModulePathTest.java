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
import io.github.evident.report.EvidenceReport;
import io.github.evident.stats.meta.MetaAnalysis;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.numbers.core.Precision;
import org.apache.commons.numbers.fraction.Fraction;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.FDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evident on the module path: the four modules and their dependencies (Jackson, and Apache
 * Commons Statistics and Numbers, which are named modules) resolve in a module layer of their
 * own, Jackson reads the review model, meta-analysis results and synthesis plans through
 * the packages opened to it, stats and report use core's internals, and nothing else can.
 */
class ModulePathTest {

  private static ModuleLayer layer;

  @BeforeAll
  static void defineTheModules() {
    ModuleFinder finder = ModuleFinder.of(Stream.of(Interval.class, RuleSet.class,
        MetaAnalysis.class, EvidenceReport.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class,
        Jdk8Module.class, FDistribution.class, Erfc.class, LogBinomialCoefficient.class,
        Precision.class, Fraction.class, BrentSolver.class, UniformRandomProvider.class,
        ContinuousSampler.class).map(ModulePathTest::location).toArray(Path[]::new));
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder,
        ModuleFinder.of(), Set.of("io.github.evident.core", "io.github.evident.appraisal",
            "io.github.evident.stats", "io.github.evident.report"));
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
  void jacksonWritesAndReadsMetaResultsAndPlans() throws Exception {
    Class<?> analysis = load("io.github.evident.stats.meta.MetaAnalysis");
    Object fitter = analysis.getMethod("commonEffect").invoke(null);
    Object result = analysis.getMethod("fit", double[].class, double[].class)
        .invoke(fitter, new double[] {0.1, 0.5, 0.9}, new double[] {0.04, 0.09, 0.16});
    Class<?> json = load("io.github.evident.core.json.EvidentJson");
    String written = (String) json.getMethod("write", Object.class).invoke(null, result);
    Object read = json.getMethod("read", String.class, Class.class)
        .invoke(null, written, result.getClass());
    assertEquals(result.getClass().getMethod("estimate").invoke(result),
        read.getClass().getMethod("estimate").invoke(read));

    Object review = load("io.github.evident.core.json.ReviewJson").getMethod("read", String.class)
        .invoke(null, Files.readString(Path.of("data/bcg-review.json")));
    Class<?> planner = load("io.github.evident.stats.plan.SynthesisPlanner");
    Object plan = planner.getMethod("plan", review.getClass().getSuperclass())
        .invoke(planner.getMethod("withDefaults").invoke(null), review);
    String planJson = (String) json.getMethod("write", Object.class).invoke(null, plan);
    assertEquals(planJson, json.getMethod("write", Object.class)
        .invoke(null, json.getMethod("read", String.class, Class.class)
            .invoke(null, planJson, plan.getClass())));
  }

  @Test
  void reportDrawsWithCoreInternals() throws Exception {
    Class<?> effectSize = load("io.github.evident.stats.effect.EffectSize");
    List<Object> effects = List.of(
        effectSize.getMethod("of", double.class, double.class).invoke(null, -0.5, 0.04),
        effectSize.getMethod("of", double.class, double.class).invoke(null, 0.25, 0.09));
    Class<?> forest = load("io.github.evident.report.figure.ForestPlot");
    Object plot = forest.getMethod("of", List.class, List.class)
        .invoke(null, List.of("A (2001)", "B (2002)"), effects);
    String svg = (String) forest.getMethod("toSvg").invoke(plot);
    assertTrue(svg.contains("\u22120.50"), "the estimate printed by core's Format");
    assertEquals("io.github.evident.report", forest.getModule().getName());
  }

  @Test
  void coreReadsCommonsStatisticsAndNumbersAsNamedModules() {
    Module core = layer.findModule("io.github.evident.core").orElseThrow();
    for (String name : List.of("org.apache.commons.statistics.distribution",
        "org.apache.commons.numbers.gamma", "org.apache.commons.numbers.combinatorics")) {
      Module library = layer.findModule(name).orElseThrow();
      assertFalse(library.getDescriptor().isAutomatic(), name + " declares its own module-info");
      assertTrue(core.canRead(library), "core reads " + name);
    }
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
    assertTrue(core.isExported(internal,
        layer.findModule("io.github.evident.report").orElseThrow()));
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
