package io.github.evident.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.evident.core.model.Citation;
import io.github.evident.core.model.Design;
import io.github.evident.core.model.DesignType;
import io.github.evident.core.model.Review;
import io.github.evident.core.model.Study;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Whatever text a review holds, the page stays well-formed and shows the text as written. */
class EvidenceReportProperties {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }

  /**
   * What an XML parser gives back for a text: unpaired surrogates and other characters XML
   * cannot carry become U+FFFD, line ends are normalised.
   */
  private static String asParsed(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
          || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
      sb.appendCodePoint(ok ? cp : 0xFFFD);
    }
    return sb.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  @Property(tries = 60)
  void anyTextIsEscapedAndRoundTrips(@ForAll("text") String title, @ForAll("text") String aim,
      @ForAll("text") String finding) throws Exception {
    Review review = Review.builder().title(title)
        .addStudies(Study.builder().id("s1").citation(Citation.builder().addAuthors("A")
            .year(2000).title("t").build()).aim(aim).design(Design.of(DesignType.QUALITATIVE))
            .addFindings(finding).build())
        .build();
    String html = EvidenceReport.of(review).withAnalysis(new EvidenceReport.Analysis(title,
        List.of(aim), List.of(new ReportTable(finding, List.of(aim), List.of(List.of(title))))))
        .toHtml();
    Document d = Xhtml.parse(html);
    NodeList h1 = d.getElementsByTagNameNS(XHTML, "h1");
    assertEquals(asParsed(title), h1.item(0).getTextContent());
    assertEquals(0, d.getElementsByTagNameNS(XHTML, "script").getLength());
    String body = d.getDocumentElement().getTextContent();
    assertTrue(body.contains(asParsed(aim)), aim);
    assertTrue(body.contains(asParsed(finding)), finding);
  }
}
