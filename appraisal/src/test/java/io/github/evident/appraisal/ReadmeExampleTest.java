package io.github.evident.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.appraisal.export.RobvisCsv;
import io.github.evident.appraisal.tools.Ephpp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the usage example given in the README, line for line. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    // --- README example start
    Answers answers = Answers.of("A1", "2", "A2", "1", "B", "5", "C1", "3", "C2", "4",
        "D1", "3", "D2", "3", "E1", "1", "E2", "1", "F1", "1", "F2", "1");
    Appraisal kt = Ephpp.dictionary().appraise("KT", answers);
    kt.rating("A");                       // UNDETERMINED: (A1=2, A2=1) is a dictionary gap
    kt.globalRating();                    // UNDETERMINED: depends on the open component [A]
    Appraisal decided = kt.withRuling("A", "MODERATE", "KT", "somewhat representative");
    decided.globalRating();               // MODERATE (C is WEAK), trace: dictionary-global
    Ephpp.dictionary().verify().uncovered("A");   // the six documented gaps of A
    String csv = RobvisCsv.withDefaults()
        .write(List.of(RobvisCsv.Row.of("Gunn 2016", decided, 1)));
    // --- README example end
    assertEquals(Rating.UNDETERMINED, kt.rating("A").label());
    assertEquals(Rating.UNDETERMINED, kt.globalRating().label());
    assertEquals("MODERATE", decided.globalRating().label());
    assertEquals("dictionary-global", decided.globalRating().trace().ruleId());
    assertEquals(6, Ephpp.dictionary().verify().uncovered("A").size());
    assertEquals("Study,D1,D2,D3,D4,D5,D6,Overall,Weight\n"
        + "Gunn 2016,Some concerns,Some concerns,High,Some concerns,Low,Low,Some concerns,1\n",
        csv);
  }
}
