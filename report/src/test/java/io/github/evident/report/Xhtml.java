package io.github.evident.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses a report page strictly as XML, the check that it is well-formed, and finds its parts. */
public final class Xhtml {

  /** The XHTML namespace. */
  public static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** The SVG namespace. */
  public static final String SVG = "http://www.w3.org/2000/svg";

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

  /**
   * The elements with a namespace and local name, in document order.
   *
   * @param d the document
   * @param ns the namespace, or {@code "*"}
   * @param tag the local name, or {@code "*"}
   * @return the elements
   */
  public static List<Element> elements(Document d, String ns, String tag) {
    NodeList nl = d.getElementsByTagNameNS(ns, tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  /**
   * The element with an id.
   *
   * @param d the document
   * @param id the id
   * @return the element
   * @throws AssertionError if there is none
   */
  public static Element byId(Document d, String id) {
    for (Element e : elements(d, "*", "*")) {
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  /**
   * Whether a node lies inside an element.
   *
   * @param n the node
   * @param ancestor the element
   * @return true if the element is an ancestor of the node
   */
  public static boolean isInside(Node n, Element ancestor) {
    for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
