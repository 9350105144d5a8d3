package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizes;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.meta.MetaResult;
import io.github.evident.stats.synthesis.EffectDirection;
import io.github.evident.stats.synthesis.EffectDirectionTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The usage example proposed for the README, run as written. */
class PlotUsageExampleTest {

  @Test
  void readmeExample() {
    List<String> labels = List.of("Aronson 1948", "Ferguson & Simes 1949", "Rosenthal 1960");
    List<EffectSize> rr = List.of(EffectSizes.logRiskRatio(4, 119, 11, 128),
        EffectSizes.logRiskRatio(6, 300, 29, 274), EffectSizes.logRiskRatio(3, 228, 11, 209));
    MetaResult res = MetaAnalysis.randomEffects().fit(rr);
    String forest = ForestPlot.of(labels, rr).pooled(res).withTransform(Transform.EXP)
        .withXLabel("Risk ratio (log scale)")
        .withFavours("Favours vaccine", "Favours control").toSvg();

    EffectDirectionTable table = EffectDirectionTable.builder()
        .study("Gunn 2016", 42).study("Rash 2017", 320)
        .outcomes("Gunn 2016", "mental health", EffectDirection.IMPROVEMENT)
        .outcomes("Rash 2017", "mental health", EffectDirection.DETERIORATION).build();
    String directions = EffectDirectionPlot.of(table)
        .withQuality(Map.of("Gunn 2016", "WEAK", "Rash 2017", "MODERATE"),
            List.of("STRONG", "MODERATE", "WEAK")).toSvg();

    assertTrue(forest.startsWith("<svg") && forest.contains("Random-effects model"), forest);
    assertTrue(directions.contains("1 of 2 improved"), directions);
  }
}
