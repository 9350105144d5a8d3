package io.github.evident.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PValueTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "p < .001    | LESS_THAN    | 0.001  | <0.001",
      "P=0.04      | EQUAL        | 0.04   | 0.04",
      "<0.0001     | LESS_THAN    | 0.0001 | <0.0001",
      "0.3         | EQUAL        | 0.3    | 0.3",
      "p ≤ .05     | AT_MOST      | 0.05   | ≤0.05",
      "p <= .05    | AT_MOST      | 0.05   | ≤0.05",
      "p > .05     | GREATER_THAN | 0.05   | >0.05",
      "p >= 0.1    | AT_LEAST     | 0.1    | ≥0.1",
      "p = 6.2e-07 | EQUAL        | 6.2e-7 | 0.00000062",
      "1           | EQUAL        | 1      | 1"})
  void readsTheFormsPapersUse(String text, PValue.Relation relation, double value, String out) {
    PValue p = PValue.parse(text);
    assertEquals(relation, p.relation());
    assertEquals(value, p.value());
    assertEquals(out, p.text());
    assertEquals(p, PValue.parse(p.text()));
  }

  @org.junit.jupiter.api.Test
  void printsLikeAPaper() {
    assertEquals("p < 0.001", PValue.lessThan(0.001).toString());
  }
}
