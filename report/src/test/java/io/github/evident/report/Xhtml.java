package io.github.evident.examples.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Parses a report page strictly as XML, the check that it is well-formed. */
public final class Xhtml {

  private Xhtml() {}

  /**
   * Parses the page (namespace aware, no external DTD or entities).
   *
   * @param html the page
   * @return the document
   * @throws Exception if the page is not well-formed
   */
  public static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(
        html.getBytes(StandardCharsets.UTF_8)));
  }
}
