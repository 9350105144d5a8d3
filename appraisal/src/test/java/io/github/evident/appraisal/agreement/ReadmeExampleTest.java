package io.github.evident.appraisal.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the usage example of the README and checks it against R psych (see README.md). */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    // --- README example starts ---
    List<String> levels = List.of("STRONG", "MODERATE", "WEAK"); // ordered: weights use the order
    List<String> reviewer1 = List.of("STRONG", "WEAK", "MODERATE", "WEAK", "MODERATE",
        "STRONG", "MODERATE", "STRONG", "WEAK", "MODERATE");
    List<String> reviewer2 = List.of("STRONG", "MODERATE", "MODERATE", "WEAK", "WEAK",
        "STRONG", "MODERATE", "MODERATE", "WEAK", "MODERATE");
    ContingencyTable<String> table = ContingencyTable.of(reviewer1, reviewer2, levels);
    double percent = Agreement.percentAgreement(table);                    // 70.0
    KappaResult kappa = Agreement.cohensKappa(table);                      // 0.538
    KappaResult weighted = Agreement.weightedKappa(table, KappaWeights.QUADRATIC); // 0.727
    Interval ci = kappa.ci();                                              // [0.0962, 0.9807]
    GwetAc1Result ac1 = Agreement.gwetAc1(table);
    System.out.println(kappa + "\n" + weighted + "\n" + ac1 + "\n" + table.summary());
    // --- README example ends ---

    JsonNode ref = References.read("psych-cohen-kappa.json");
    assertArrayEquals(References.table(ref.get("table")), table.counts());
    assertEquals(70.0, percent, 1e-12); // 7 of 10 subjects on the diagonal
    assertEquals(ref.get("kappa").asDouble(), kappa.kappa(), 1e-9);
    assertEquals(ref.get("var_kappa").asDouble(), Math.pow(kappa.standardError(), 2), 1e-9);
    assertEquals(ref.get("weighted_kappa_quadratic").asDouble(), weighted.kappa(), 1e-9);
    double half = 1.959963984540054 * Math.sqrt(ref.get("var_kappa").asDouble());
    assertEquals(ref.get("kappa").asDouble() - half, ci.lower(), 1e-9);
    // AC1 of the same table by gwet-ac1.R (Gwet 2008 formulas in R; see README.md)
    JsonNode gwet = References.read("gwet-ac1.json").get("cases").get(5);
    assertEquals("readme_example", gwet.get("name").asText());
    assertEquals(gwet.get("ac1").asDouble(), ac1.ac1(), 1e-9);
    assertEquals(gwet.get("se").asDouble(), ac1.standardError(), 1e-9);
  }
}
