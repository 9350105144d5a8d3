package io.github.evident.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.report.EvidenceReport;
import io.github.evident.stats.meta.MetaAnalysis;
import io.github.evident.stats.sensitivity.LeaveOneOut;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The funnel plot, the RevMan-style forest plot and the leave-one-out plot are figures the
 * evidence report takes with their element tree unchanged (self-contained SVG, nothing active).
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
      assertTrue(tree(svg).isEqualNode(tree(f.svg())), "the report keeps the figure's tree");
      assertEquals(f.svg(), new EvidenceReport.Figure(EvidenceReport.Placement.SYNTHESIS,
          "Figure", f.svg()).svg(), "checking is idempotent");
    }
  }

  /** The element tree of SVG markup (attribute order does not matter to it). */
  private static org.w3c.dom.Element tree(String svg) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e);
    }
  }
}
