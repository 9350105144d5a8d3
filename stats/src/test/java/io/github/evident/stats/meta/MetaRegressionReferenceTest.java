package io.github.evident.stats.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.evident.core.json.EvidentJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every meta-regression on numeric moderators in {@code metafor-2/bcg_moderators.json} and
 * {@code metafor-regression/regression_extra.json} (metafor 3.8-1, default control; see the
 * folders' READMEs), to 1e-6 relative or 1e-9 absolute; the regressions on
 * {@code factor(alloc)} with {@link Moderators#categorical} against metafor's reference level
 * (the first in sorted order, {@code alternate}).
 */
class MetaRegressionReferenceTest {

  private static final double REL = 1e-6;
  private static final double ABS = 1e-9;

  /** The allocation of each BCG trial, from the file's inputs. */
  private static final List<String> ALLOCATION = allocation();

  private static List<String> allocation() {
    List<String> out = new ArrayList<>();
    MetaforReferenceTest.reference("metafor-2/bcg_moderators.json").get("inputs")
        .forEach(t -> out.add(t.get("alloc").asText()));
    return out;
  }

  /** One regression of a file with the data it was fitted to. */
  record Case(String data, double[] yi, double[] vi, JsonNode columns, JsonNode fit) {
    @Override
    public String toString() {
      return data + ": rma(mods = " + fit.get("moderators") + ", method = "
          + fit.get("method").asText() + ", test = " + fit.get("test").asText()
          + (fit.has("level") ? ", level = " + fit.get("level").asInt() : "") + ")";
    }
  }

  static Stream<Case> regressions() {
    JsonNode root = MetaforReferenceTest.reference("metafor-2/bcg_moderators.json");
    double[] yi = doubles(root.get("yi"));
    double[] vi = doubles(root.get("vi"));
    List<Case> out = new ArrayList<>();
    for (JsonNode fit : root.get("regressions")) {
      out.add(new Case("bcg", yi, vi, fit.get("columns"), fit));
    }
    for (JsonNode data : MetaforReferenceTest.reference(
        "metafor-regression/regression_extra.json").get("datasets")) {
      for (JsonNode fit : data.get("regressions")) {
        out.add(new Case(data.get("name").asText(), doubles(data.get("yi")),
            doubles(data.get("vi")), data.get("columns"), fit));
      }
    }
    return out.stream();
  }

  @Test
  void everyNumericRegressionIsCompared() {
    assertEquals(3 * 8 * 2 + 10 * 2 * (2 + 1 + 1), regressions().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressions")
  void agreesWithMetafor(Case c) {
    JsonNode fit = c.fit();
    RegressionResult r = regression(fit).fit(c.yi(), c.vi(), moderators(fit, c.columns()));
    assertEquals(c.yi().length, r.k(), "k");
    JsonNode coefs = fit.get("coefficients");
    assertEquals(coefs.size(), r.coefficients().size(), "number of coefficients");
    for (int j = 0; j < coefs.size(); j++) {
      JsonNode e = coefs.get(j);
      String name = e.get("name").asText();
      Coefficient a = r.coefficient(name.equals("intrcpt") ? RegressionResult.INTERCEPT
          : name.replace("factor(alloc)", "alloc="));
      assertEquals(a, r.coefficients().get(j), "order of " + name);
      near(name + " estimate", e.get("estimate"), a.estimate());
      near(name + " se", e.get("se"), a.standardError());
      near(name + " stat", e.get("stat"), a.statistic());
      near(name + " pval", e.get("pval"), a.pValue());
      near(name + " ci_lb", e.get("ci_lb"), a.ci().lower());
      near(name + " ci_ub", e.get("ci_ub"), a.ci().upper());
    }
    near("tau2", fit.get("tau2"), r.tau2());
    if (fit.get("se_tau2").isNull()) {
      assertTrue(r.tau2StandardError().isEmpty(), "se_tau2 is NA");
    } else {
      near("se_tau2", fit.get("se_tau2"), r.tau2StandardError().orElseThrow());
    }
    near("I2", fit.get("I2"), r.i2());
    near("H2", fit.get("H2"), r.h2());
    near("R2", fit.get("R2"), r.r2().orElseThrow());
    near("QE", fit.get("QE"), r.qe());
    near("QEp", fit.get("QEp"), r.qePValue());
    near("QM", fit.get("QM"), r.qm());
    near("QMp", fit.get("QMp"), r.qmPValue());
    assertEquals(fit.get("QMdf").get(0).asInt(), r.qmDf(), "QMdf[1]");
    JsonNode df2 = fit.get("QMdf").get(1);
    assertEquals(df2.isNull(), r.qmDenominatorDf().isEmpty(), "QMdf[2] NA");
    if (!df2.isNull()) {
      assertEquals(df2.asInt(), r.qmDenominatorDf().getAsInt(), "QMdf[2]");
    }
    if (fit.hasNonNull("predict")) {
      predictions(fit.get("predict"), r);
    }
  }

  private static void predictions(JsonNode pr, RegressionResult r) {
    JsonNode at = pr.get("at");
    for (int i = 0; i < at.size(); i++) {
      double[] values = at.get(i).isArray() ? doubles(at.get(i))
          : new double[] {at.get(i).asDouble()};
      Prediction p = r.predict(values);
      String row = "predict " + at.get(i) + " ";
      near(row + "pred", pr.get("pred").get(i), p.estimate());
      near(row + "se", pr.get("se").get(i), p.standardError());
      near(row + "ci_lb", pr.get("ci_lb").get(i), p.ci().lower());
      near(row + "ci_ub", pr.get("ci_ub").get(i), p.ci().upper());
      if (pr.get("pi_lb").isNull()) {
        assertTrue(p.predictionInterval().isEmpty(), row + "pi is NA");
      } else {
        near(row + "pi_lb", pr.get("pi_lb").get(i), p.predictionInterval().orElseThrow().lower());
        near(row + "pi_ub", pr.get("pi_ub").get(i), p.predictionInterval().orElseThrow().upper());
      }
    }
  }

  private static MetaRegression regression(JsonNode fit) {
    String method = fit.get("method").asText();
    MetaRegression reg = method.equals("EE") ? MetaRegression.commonEffect()
        : MetaRegression.randomEffects(estimator(method));
    if (fit.has("level")) {
      reg = reg.withLevel(fit.get("level").asDouble() / 100);
    }
    return fit.get("test").asText().equals("knha") ? reg.withKnappHartung() : reg;
  }

  private static Tau2Estimator estimator(String metaforName) {
    for (Tau2Estimator e : Tau2Estimator.values()) {
      if (e.metaforName().equals(metaforName)) {
        return e;
      }
    }
    throw new IllegalStateException("unknown method " + metaforName);
  }

  private static Moderators moderators(JsonNode fit, JsonNode columnsByName) {
    if (fit.path("formula").asText().equals("~ factor(alloc)")) {
      return Moderators.categorical("alloc", ALLOCATION, "alternate");
    }
    JsonNode names = fit.get("moderators");
    List<String> n = new ArrayList<>();
    if (names.isArray()) {
      names.forEach(x -> n.add(x.asText()));
    } else {
      n.add(names.asText());
    }
    double[][] columns = new double[n.size()][];
    for (int j = 0; j < n.size(); j++) {
      columns[j] = doubles(columnsByName.get(n.get(j)));
    }
    return Moderators.of(n, columns);
  }

  private static void near(String field, JsonNode expected, double actual) {
    double e = expected.asDouble();
    assertEquals(e, actual, Math.max(ABS, REL * Math.abs(e)), field);
  }

  static double[] doubles(JsonNode array) {
    return EvidentJson.lenientMapper().convertValue(array, double[].class);
  }
}
