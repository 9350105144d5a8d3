package io.github.evident.stats.synthesis;

import static io.github.evident.stats.synthesis.References.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Upper tails and quantiles against R's qnorm, pnorm, pt and pchisq with lower.tail = FALSE. */
class DistributionsTest {

  private static final JsonNode REF = References.read("tails.json");

  @Test
  void normalUpperQuantileMatchesQnorm() {
    for (JsonNode c : REF.get("normalQuantile")) {
      double p = c.get("p").asDouble();
      // below the normal range the double p itself carries fewer digits
      double tol = p < Double.MIN_NORMAL ? 1e-6 : 1e-13;
      assertClose(c.get("z").asDouble(), Distributions.normalUpperQuantile(p), tol, "z(" + p + ")");
    }
  }

  @Test
  void normalUpperMatchesPnorm() {
    for (JsonNode c : REF.get("normalUpper")) {
      double z = c.get("z").asDouble();
      assertClose(c.get("p").asDouble(), Distributions.normalUpper(z), 1e-12, "Q(" + z + ")");
    }
  }

  @Test
  void studentTUpperMatchesPt() {
    for (JsonNode c : REF.get("studentTUpper")) {
      double t = c.get("t").asDouble();
      double df = c.get("df").asDouble();
      assertClose(c.get("p").asDouble(), Distributions.studentTUpper(t, df), 1e-10,
          "t = " + t + ", df = " + df);
    }
  }

  @Test
  void chiSquaredUpperMatchesPchisq() {
    for (JsonNode c : REF.get("chiSquaredUpper")) {
      double x = c.get("x").asDouble();
      double df = c.get("df").asDouble();
      assertClose(c.get("p").asDouble(), Distributions.chiSquaredUpper(x, df), 1e-10,
          "x = " + x + ", df = " + df);
    }
  }

  @Test
  void irwinHallExtremes() {
    // P(S <= s) = s^k / k! for s <= 1 (metap::sump uses the same single term):
    // R: exp(3 * log(0.3) - lgamma(4)) = 0.0045
    assertClose(0.0045, Distributions.irwinHallLower(new BigDecimal("0.3"), 3), 1e-12, "k=3");
    // by symmetry, P(S <= 2.7) for k = 3 is 1 - 0.0045
    assertClose(0.9955, Distributions.irwinHallLower(new BigDecimal("2.7"), 3), 1e-12, "upper");
  }
}
