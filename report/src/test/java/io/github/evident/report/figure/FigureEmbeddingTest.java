package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.evident.report.EvidenceReport;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The funnel plot, the RevMan-style forest plot and the leave-one-out plot are figures the
 * evidence report takes as they are (self-contained SVG, nothing active).
 */
class FigureEmbeddingTest {

  @Test
  void theReportTakesTheNewFigures() throws IOException {
    FunnelPlotTest.load();
    SensitivityPlotTest.load();
    BinaryForestPlotTest.Case bcg = BinaryForestPlotTest.cases().findFirst().orElseThrow();
    List<String> svgs = List.of(
        FunnelPlotTest.hackshaw().withContours(0.9, 0.95, 0.99).toSvg(),
        BinaryForestPlot.of(bcg.labels(), bcg.tables(), bcg.pooled()).toSvg(),
        SensitivityPlot.of(SensitivityPlotTest.labels, LeaveOneOut.of(
            MetaAnalysis.randomEffects()).fit(SensitivityPlotTest.yi, SensitivityPlotTest.vi))
            .toSvg());
    for (String svg : svgs) {
      EvidenceReport.Figure f = new EvidenceReport.Figure(EvidenceReport.Placement.SYNTHESIS,
          "Figure", svg);
      assertEquals(svg.strip(), f.svg().strip());
    }
  }
}
