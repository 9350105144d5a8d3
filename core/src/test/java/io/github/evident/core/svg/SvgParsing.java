package io.github.evident.core.svg;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses SVG output with the JDK's XML parser, for tests in any package. */
public final class SvgParsing {

  private SvgParsing() {}

  /**
   * Parses UTF-8 SVG text; fails the test (throws) if it is not well-formed XML.
   *
   * @param svg the text
   * @return the DOM
   */
  public static Document parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  /**
   * The elements with a local name, in document order.
   *
   * @param doc the document
   * @param name the local name, e.g. "rect"
   * @return the elements
   */
  public static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /**
   * The lines of each {@code <text>} element: its tspans' contents, or its own content.
   *
   * @param doc the document
   * @return one list of lines per text element
   */
  public static List<List<String>> textLines(Document doc) {
    List<List<String>> out = new ArrayList<>();
    for (Element t : elements(doc, "text")) {
      List<String> lines = new ArrayList<>();
      NodeList children = t.getChildNodes();
      boolean tspans = false;
      for (int i = 0; i < children.getLength(); i++) {
        Node c = children.item(i);
        if (c instanceof Element e && e.getLocalName().equals("tspan")) {
          lines.add(e.getTextContent());
          tspans = true;
        }
      }
      if (!tspans) {
        lines.add(t.getTextContent());
      }
      out.add(lines);
    }
    return out;
  }

  /**
   * All text of the drawing, lines joined by single spaces (as a reader would read wrapped
   * text).
   *
   * @param doc the document
   * @return the text
   */
  public static String allText(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (List<String> lines : textLines(doc)) {
      for (String line : lines) {
        sb.append(sb.length() == 0 ? "" : " ").append(line);
      }
    }
    return sb.toString();
  }
}
