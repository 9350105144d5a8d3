package io.github.evident.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.ArmSummary;
import io.github.evident.core.model.Citation;
import io.github.evident.core.model.Design;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Outcome;
import io.github.evident.core.model.PValue;
import io.github.evident.core.model.PairedChange;
import io.github.evident.core.model.Population;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import org.junit.jupiter.api.Test;

class ReviewJsonTest {

  private static final Review REVIEW = Review.builder().title("A review")
      .addStudies(Study.builder().id("litchfield2010")
          .citation(Citation.builder().addAuthors("Litchfield J").year(2010).title("t").build())
          .design(Design.of(DesignType.SINGLE_GROUP_PRE_POST))
          .population(Population.builder().n(34).nAnalysed(34).build())
          .addOutcomes(Outcome.builder().construct("quality of life")
              .addTimePoints("entry", "1 year")
              .addResults(PairedChange.builder().from("entry").to("1 year").meanBefore(12.05)
                  .meanAfter(8.97).p(PValue.parse("p < .001")).build(),
                  ArmSummary.builder().timePoint("entry").mean(12.05).build())
              .build())
          .build())
      .build();

  private static String json() {
    return ReviewJson.write(REVIEW);
  }

  private static IllegalArgumentException fails(String json) {
    return assertThrows(IllegalArgumentException.class, () -> ReviewJson.read(json));
  }

  @Test
  void documentHasVersionAndTypedResults() {
    String json = json();
    assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"1.1\",\n  \"review\" : {"), json);
    assertTrue(json.contains("\"type\" : \"pairedChange\""), json);
    assertTrue(json.contains("\"p\" : \"<0.001\""), json);
    assertEquals(REVIEW, ReviewJson.read(json));
  }

  @Test
  void unknownMajorVersionIsRejected() {
    IllegalArgumentException e = fails(json().replace("\"1.1\"", "\"2.0\""));
    assertEquals("$.schemaVersion (line 2, column 21): unsupported schemaVersion \"2.0\"; "
        + "this reader understands 1.x", e.getMessage());
  }

  @Test
  void newerMinorVersionIsRead() {
    assertEquals(REVIEW, ReviewJson.read(json().replace("\"1.1\"", "\"1.7\"")));
  }

  @Test
  void missingVersionIsRejected() {
    IllegalArgumentException e = fails(json().replace("\"schemaVersion\" : \"1.1\",", ""));
    assertTrue(e.getMessage().contains("no schemaVersion"), e.getMessage());
  }

  @Test
  void unknownPropertyGivesPathLineColumnAndStudy() {
    IllegalArgumentException e = fails(json().replace("\"nAnalysed\"", "\"nAnalyzed\""));
    assertTrue(e.getMessage().startsWith("study 'litchfield2010' at "
        + "$.review.studies[0].population.nAnalyzed (line "), e.getMessage());
    assertTrue(e.getMessage().contains("unknown property 'nAnalyzed'"), e.getMessage());
    assertTrue(e.getMessage().contains("nAnalysed"), "lists the known properties");
    assertTrue(!e.getMessage().contains("Immutable"), "no generated class names");
  }

  @Test
  void validationFailureInsideAStudyNamesStudyFieldAndValue() {
    IllegalArgumentException e = fails(json().replace("\"nAnalysed\" : 34",
        "\"nAnalysed\" : 35"));
    assertTrue(e.getMessage().startsWith("study 'litchfield2010' at $.review.studies[0]"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(
        "population.nAnalysed must not exceed population.n, was 35 > 34"), e.getMessage());
  }

  @Test
  void unknownResultTypeIsRejected() {
    IllegalArgumentException e = fails(json().replace("\"armSummary\"", "\"armSumary\""));
    assertTrue(e.getMessage().contains("unknown type 'armSumary'"), e.getMessage());
    assertTrue(e.getMessage().contains("results[1]"), e.getMessage());
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    IllegalArgumentException e = fails("{\n  \"schemaVersion\" : \"1.0\",\n  \"review\" : {\n"
        + "    \"title\" : \"x\",,\n  }\n}");
    assertTrue(e.getMessage().contains("(line 4, column"), e.getMessage());
  }

  @Test
  void trailingContentAndExtraTopLevelPropertiesAreRejected() {
    assertTrue(fails(json() + "{}").getMessage().contains("trailing"));
    IllegalArgumentException e = fails(json().replace("\"schemaVersion\" : \"1.1\",",
        "\"schemaVersion\" : \"1.1\", \"extra\" : 1,"));
    assertTrue(e.getMessage().contains("unknown property 'extra'"), e.getMessage());
  }

  @Test
  void wrongTypeOfValueNamesThePath() {
    IllegalArgumentException e = fails(json().replace("\"n\" : 34", "\"n\" : \"many\""));
    assertTrue(e.getMessage().contains("$.review.studies[0].population.n (line"),
        e.getMessage());
  }

  @Test
  void duplicateKeysAreRejected() {
    IllegalArgumentException e = fails(json().replace("\"title\" : \"A review\",",
        "\"title\" : \"A review\", \"title\" : \"B\","));
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }

  @Test
  void deepNestingIsRejectedByOurOwnLimits() {
    String deep = "[".repeat(200) + "]".repeat(200);
    IllegalArgumentException e = fails("{\"schemaVersion\":\"1.0\",\"review\":" + deep + "}");
    assertTrue(e.getMessage().toLowerCase().contains("nesting"), e.getMessage());
  }
}
