package io.github.evident.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.json.EvidentJson;
import io.github.evident.core.json.ReviewJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A builder missing a required field throws an {@code IllegalArgumentException} naming the value
 * and every missing field, as the README promises.
 */
class RequiredFieldsTest {

  /** Every builder of the model with required fields, built empty, and the message expected. */
  static Stream<Arguments> emptyBuilders() {
    return Stream.of(
        Arguments.of((Executable) () -> ArmSummary.builder().build(),
            "armSummary.mean is required"),
        Arguments.of((Executable) () -> Citation.builder().build(),
            "citation.year and citation.title are required"),
        Arguments.of((Executable) () -> CorrelationResult.builder().build(),
            "correlationResult.r is required"),
        Arguments.of((Executable) () -> Design.builder().build(), "design.type is required"),
        Arguments.of((Executable) () -> EffectEstimate.builder().build(),
            "effectEstimate.measure and effectEstimate.estimate are required"),
        Arguments.of((Executable) () -> Intervention.builder().build(),
            "intervention.category is required"),
        Arguments.of((Executable) () -> Outcome.builder().build(),
            "outcome.construct is required"),
        Arguments.of((Executable) () -> PairedChange.builder().build(),
            "pairedChange.from and pairedChange.to are required"),
        Arguments.of((Executable) () -> Proportion.builder().build(),
            "proportion.proportion is required"),
        Arguments.of((Executable) () -> Review.builder().build(), "review.title is required"),
        Arguments.of((Executable) () -> ReviewQuestion.builder().build(),
            "reviewQuestion.population and reviewQuestion.intervention are required"),
        Arguments.of((Executable) () -> Study.builder().build(),
            "study.id, study.citation and study.design are required"),
        Arguments.of((Executable) () -> StudyAppraisal.builder().build(),
            "studyAppraisal.tool and studyAppraisal.overallRating are required"),
        Arguments.of((Executable) () -> TestStatistic.builder().build(),
            "testStatistic.kind and testStatistic.value are required"),
        Arguments.of((Executable) () -> TwoByTwo.builder().build(),
            "twoByTwo.a, twoByTwo.b, twoByTwo.c and twoByTwo.d are required"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("emptyBuilders")
  void anEmptyBuilderNamesEveryRequiredField(Executable build, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void buildersWithoutRequiredFieldsBuildEmpty() {
    assertTrue(Population.builder().build().n().isEmpty());
    assertTrue(PrismaFlow.builder().build().recordsIdentified().isEmpty());
    assertTrue(SearchStrategy.builder().build().sources().isEmpty());
  }

  /** Whatever required fields of a study are left out, the message names exactly those. */
  @Property(tries = 50)
  void theMessageNamesExactlyTheFieldsLeftOut(
      @ForAll @Size(max = 3) @UniqueElements List<@net.jqwik.api.constraints.IntRange(max = 2)
          Integer> set) {
    Study.Builder b = Study.builder();
    if (set.contains(0)) {
      b.id("gunn2016");
    }
    if (set.contains(1)) {
      b.citation(Citation.builder().addAuthors("Gunn JKL").year(2016).title("t").build());
    }
    if (set.contains(2)) {
      b.design(Design.of(DesignType.SINGLE_GROUP_PRE_POST));
    }
    List<String> missing = new ArrayList<>();
    String[] fields = {"study.id", "study.citation", "study.design"};
    for (int i = 0; i < fields.length; i++) {
      if (!set.contains(i)) {
        missing.add(fields[i]);
      }
    }
    if (missing.isEmpty()) {
      assertEquals("gunn2016", b.build().id());
      return;
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    String expected = missing.size() == 1 ? missing.get(0) + " is required"
        : String.join(", ", missing.subList(0, missing.size() - 1)) + " and "
            + missing.get(missing.size() - 1) + " are required";
    assertEquals(expected, e.getMessage());
  }

  @Test
  void aDocumentWithoutARequiredFieldNamesItAndItsPath() {
    String json = "{\"schemaVersion\": \"1.0\", \"review\": {\"title\": \"t\", \"studies\": "
        + "[{\"citation\": {\"authors\": [\"Gunn JKL\"], \"year\": 2016, \"title\": \"t\"}, "
        + "\"design\": {\"type\": \"SINGLE_GROUP_PRE_POST\"}}]}}";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReviewJson.read(json));
    assertTrue(e.getMessage().contains("study.id is required"), e::getMessage);
    assertTrue(e.getMessage().contains("studies[0]"), e::getMessage);
    e = assertThrows(IllegalArgumentException.class,
        () -> EvidentJson.read("{\"year\": 2016}", Citation.class));
    assertTrue(e.getMessage().contains("citation.title is required"), e::getMessage);
  }
}
