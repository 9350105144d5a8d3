package io.github.evident.appraisal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.tools.Ephpp;
import io.github.evident.appraisal.tools.Rob2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of robvis' generic template: Study, D1..Dn, Overall, Weight. */
class RobvisCsvTest {

  static final Answers STRONG = Answers.of("A1", "1", "A2", "1", "B", "1", "C1", "2",
      "D1", "2", "D2", "2", "E1", "1", "E2", "1", "F1", "1", "F2", "1");

  @Test
  void writesTheGenericTemplateWithTheDefaultLabels() {
    Appraisal strong = Ephpp.dictionary().appraise(STRONG);
    // B other: WEAK; F2=2: MODERATE; global MODERATE (one WEAK).
    Appraisal mixed = Ephpp.dictionary().appraise(STRONG.with("B", "7").with("F2", "2"));
    // A1=2, A2=1 is a dictionary gap: No information; global open as well.
    Appraisal gap = Ephpp.dictionary().appraise(STRONG.with("A1", "2"));
    String csv = RobvisCsv.withDefaults().write(List.of(
        RobvisCsv.Row.of("Gunn, 2016", strong, 1),
        RobvisCsv.Row.of("Litchfield 2010", mixed, 2.5),
        RobvisCsv.Row.of("Decker \"2018\"", gap, 0)));
    assertEquals("Study,D1,D2,D3,D4,D5,D6,Overall,Weight\n"
        + "\"Gunn, 2016\",Low,Low,Low,Low,Low,Low,Low,1\n"
        + "Litchfield 2010,Low,High,Low,Low,Low,Some concerns,Some concerns,2.5\n"
        + "\"Decker \"\"2018\"\"\",No information,Low,Low,Low,Low,Low,No information,0\n", csv);
  }

  @Test
  void labelsAreConfigurable() {
    Appraisal mixed = Ephpp.dictionary().appraise(STRONG.with("F2", "2"));
    String csv = RobvisCsv.withDefaults().withLabel("MODERATE", "Low")
        .write(List.of(RobvisCsv.Row.of("s", mixed, 1)));
    assertTrue(csv.endsWith("s,Low,Low,Low,Low,Low,Low,Low,1\n"), csv);
    assertThrows(IllegalArgumentException.class,
        () -> RobvisCsv.withDefaults().withLabel("MODERATE", "Medium"));
  }

  @Test
  void rob2RatingsPassThrough() {
    Answers low = Answers.of("1.1", "Y", "1.2", "Y", "1.3", "N", "2.1", "N", "2.2", "N", "2.6",
        "Y", "3.1", "Y", "4.1", "N", "4.2", "N", "4.3", "N", "5.1", "Y", "5.2", "N", "5.3",
        "N");
    Appraisal a = Rob2.ruleSet().appraise(low.with("5.3", "PY"));
    assertEquals("Study,D1,D2,D3,D4,D5,Overall,Weight\nTrial,Low,Low,Low,Low,High,High,1\n",
        RobvisCsv.withDefaults().write(List.of(RobvisCsv.Row.of("Trial", a, 1))));
  }

  @Test
  void rejectsMismatchedRowsRepeatedLabelsAndUnknownRatings() {
    Appraisal e = Ephpp.dictionary().appraise(STRONG);
    Appraisal r = Rob2.ruleSet().appraise(Answers.of("1.1", "Y"));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> RobvisCsv.withDefaults().write(List.of(RobvisCsv.Row.of("a", e, 1),
            RobvisCsv.Row.of("b", r, 1))));
    assertTrue(x.getMessage().contains("'b'"), x::getMessage);
    assertThrows(IllegalArgumentException.class, () -> RobvisCsv.withDefaults().write(
        List.of(RobvisCsv.Row.of("a", e, 1), RobvisCsv.Row.of("a", e, 1))));
    assertThrows(IllegalArgumentException.class, () -> RobvisCsv.Row.of("a", e, -1));
    assertThrows(IllegalArgumentException.class, () -> RobvisCsv.Row.of("a", e, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> RobvisCsv.withDefaults().write(List.of()));
  }

  @Test
  void rejectsRowsWhoseComponentsDifferEvenInTheSameNumber() {
    // two components, like NICE appendix F, but other ones: D1 and D2 would mean different things
    io.github.evident.appraisal.Scale scale = io.github.evident.appraisal.Scale.of("s", "Low",
        "High");
    io.github.evident.appraisal.Checklist checklist = io.github.evident.appraisal.Checklist.of(
        "T", "1", List.of(io.github.evident.appraisal.Item.of("q1", "q1?", "y", "yes"),
            io.github.evident.appraisal.Item.of("q2", "q2?", "y", "yes")),
        List.of(io.github.evident.appraisal.Component.of("X", "x", "q1"),
            io.github.evident.appraisal.Component.of("Y", "y", "q2")));
    Appraisal custom = io.github.evident.appraisal.RuleSet.of("custom", checklist, scale,
        List.of(io.github.evident.appraisal.TableRule.of("x", "X", "Low", "q1=y"),
            io.github.evident.appraisal.TableRule.of("y", "Y", "Low", "q2=y")),
        io.github.evident.appraisal.WorstOf.of("w", "worst", scale))
        .appraise(Answers.of("q1", "y", "q2", "y"));
    Appraisal nice = io.github.evident.appraisal.tools.Nice.intervention().appraise(
        Answers.of());
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> RobvisCsv.withDefaults().write(List.of(RobvisCsv.Row.of("a", nice, 1),
            RobvisCsv.Row.of("b", custom, 1))));
    assertTrue(x.getMessage().contains("[X, Y]"), x::getMessage);
  }
}
