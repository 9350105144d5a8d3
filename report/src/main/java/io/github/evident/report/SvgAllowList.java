package io.github.evident.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Figure markup a caller hands to {@link EvidenceReport}, checked against an allow-list and
 * written anew, so the page stays inert and self-contained whatever the markup held.
 *
 * <p>The markup is parsed as XML (no DTD). Only drawing elements of the SVG namespace are
 * allowed (no {@code script}, {@code style}, {@code foreignObject}, {@code a}, {@code image},
 * {@code animate} or {@code set}, nor any HTML element), only presentation, geometry and
 * accessibility attributes (no event handlers), links only to {@code #fragments} of the page,
 * {@code url(...)} only as {@code url(#id)}, and inline styles without escapes. The markup is
 * then serialised again from the parsed tree with every text and attribute value escaped, so a
 * browser's HTML parser (which reads {@code <title>} and {@code <desc>} inside SVG as HTML) sees
 * exactly the checked tree: CDATA sections become escaped text; comments and processing
 * instructions are left out.
 */
final class SvgAllowList {

  static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

  private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use",
      "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
      "text", "tspan", "textPath", "clipPath", "mask", "pattern", "marker", "linearGradient",
      "radialGradient", "stop");

  private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform",
      "viewBox", "preserveAspectRatio", "width", "height", "x", "y", "x1", "x2", "y1", "y2",
      "cx", "cy", "r", "rx", "ry", "d", "points", "pathLength", "dx", "dy", "rotate",
      "textLength", "lengthAdjust", "startOffset", "text-anchor", "dominant-baseline",
      "alignment-baseline", "baseline-shift", "font-family", "font-size", "font-style",
      "font-weight", "font-variant", "font-stretch", "letter-spacing", "word-spacing",
      "text-decoration", "writing-mode", "fill", "fill-opacity", "fill-rule", "stroke",
      "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-dashoffset",
      "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "opacity", "color",
      "visibility", "display", "overflow", "clip-path", "clip-rule", "mask", "marker-start",
      "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY",
      "orient", "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color",
      "stop-opacity", "fx", "fy", "fr", "patternUnits", "patternContentUnits",
      "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "shape-rendering",
      "text-rendering", "vector-effect", "paint-order", "role", "lang", "focusable", "version",
      "href");

  /** A {@code url(} that does not point into the page. */
  private static final Pattern EXTERNAL_URL = Pattern.compile("(?i)url\\(\\s*+(?![\"']?\\s*#)");

  /** What an inline style must not hold: escapes, at-rules, markup, script. */
  private static final Pattern UNSAFE_STYLE =
      Pattern.compile("(?i)[\\\\@<>]|expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding");

  private SvgAllowList() {}

  /**
   * The checked markup, written anew.
   *
   * @param caption the figure's caption, for messages
   * @param svg one {@code <svg>} element
   * @return the markup as the page will hold it
   * @throws IllegalArgumentException if the markup is not well-formed or holds anything outside
   *     the allow-list; the message names the element or attribute
   */
  static String clean(String caption, String svg) {
    Element root = parse(caption, svg).getDocumentElement();
    StringBuilder out = new StringBuilder(svg.length());
    write(caption, root, out);
    return out.toString();
  }

  private static Document parse(String caption, String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler() {
        @Override
        public void fatalError(SAXParseException x) throws SAXException {
          throw x;
        }
      });
      return b.parse(new InputSource(new StringReader(svg)));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalArgumentException("figure '" + caption + "': svg is not well-formed: "
          + e.getMessage(), e);
    }
  }

  private static void write(String caption, Element e, StringBuilder out) {
    String name = e.getLocalName();
    // without a namespace declaration an HTML page reads the elements as SVG all the same
    boolean svgNamespace = e.getNamespaceURI() == null || SVG_NS.equals(e.getNamespaceURI());
    if (!svgNamespace || !ELEMENTS.contains(name)) {
      throw new IllegalArgumentException("figure '" + caption + "': svg must not hold <"
          + e.getNodeName() + ">" + (svgNamespace ? "" : " (outside the SVG namespace)"));
    }
    out.append('<').append(name);
    if (e.getParentNode() instanceof Document) {
      out.append(" xmlns=\"").append(SVG_NS).append('"');
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      writeAttribute(caption, (Attr) attrs.item(i), out);
    }
    out.append('>');
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        write(caption, (Element) c, out);
      } else if (c.getNodeType() == Node.TEXT_NODE
          || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        escape(c.getNodeValue(), out);
      }
    }
    out.append("</").append(name).append('>');
  }

  private static void writeAttribute(String caption, Attr a, StringBuilder out) {
    String ns = a.getNamespaceURI();
    String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
    String value = a.getValue();
    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
      if (!SVG_NS.equals(value) && !XLINK_NS.equals(value)) {
        throw refused(caption, a.getName(), value);
      }
      return;
    }
    boolean allowed = ns == null ? ATTRIBUTES.contains(name) || name.startsWith("aria-")
        : XLINK_NS.equals(ns) && name.equals("href")
            || XMLConstants.XML_NS_URI.equals(ns) && (name.equals("lang")
                || name.equals("space"));
    if (!allowed || !safeValue(name, value)) {
      throw refused(caption, a.getName(), value);
    }
    out.append(' ').append(ns == null ? name : XLINK_NS.equals(ns) ? "href" : "xml:" + name)
        .append("=\"");
    escape(value, out);
    out.append('"');
  }

  private static boolean safeValue(String name, String value) {
    if (name.equals("href")) {
      return value.startsWith("#");
    }
    if (name.equals("style") && UNSAFE_STYLE.matcher(value).find()) {
      return false;
    }
    return !EXTERNAL_URL.matcher(value).find();
  }

  private static IllegalArgumentException refused(String caption, String name, String value) {
    String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
    return new IllegalArgumentException("figure '" + caption + "': svg attribute " + name
        + "=\"" + shown + "\" is not allowed in a self-contained page");
  }

  private static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
