package io.github.evident.core.svg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Test support for figures drawn with the SVG writer, shipped in the {@code evident-core}
 * test-jar: parses figure SVG and checks its layout (text boxes do not overlap, all lies inside).
 */
public final class SvgCheck {

  public static final String NS = "http://www.w3.org/2000/svg";

  private SvgCheck() {}

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

  public static List<Element> elements(Node root, String name) {
    NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS(NS, name)
        : ((Element) root).getElementsByTagNameNS(NS, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** Groups with a CSS class (exact token). */
  public static List<Element> groups(Document doc, String cssClass) {
    List<Element> out = new ArrayList<>();
    for (Element g : elements(doc, "g")) {
      if (List.of(g.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(g);
      }
    }
    return out;
  }

  public static double num(Element e, String attr) {
    return Double.parseDouble(e.getAttribute(attr));
  }

  /** The lines of a text element. */
  public static List<String> lines(Element t) {
    List<String> out = new ArrayList<>();
    for (Element s : elements(t, "tspan")) {
      out.add(s.getTextContent());
    }
    if (out.isEmpty()) {
      out.add(t.getTextContent());
    }
    return out;
  }

  /** Every line of text in the figure, in document order. */
  public static List<String> allLines(Node root) {
    List<String> out = new ArrayList<>();
    for (Element t : elements(root, "text")) {
      out.addAll(lines(t));
    }
    return out;
  }

  public static String inherited(Element e, String attr, String dflt) {
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (el.hasAttribute(attr)) {
        return el.getAttribute(attr);
      }
    }
    return dflt;
  }

  public record Box(double x0, double y0, double x1, double y1, String text) {
    boolean overlaps(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
  }

  /** Estimated boxes of every non-empty line of text (cap height above, 0.2 em below). */
  public static List<Box> textBoxes(Document doc) {
    List<Box> out = new ArrayList<>();
    for (Element t : elements(doc, "text")) {
      double fs = Double.parseDouble(inherited(t, "font-size", "16"));
      String anchor = inherited(t, "text-anchor", "start");
      boolean bold = inherited(t, "font-weight", "normal").equals("bold");
      double x = num(t, "x");
      double y = num(t, "y");
      List<Element> spans = elements(t, "tspan");
      List<String> ls = lines(t);
      for (int i = 0; i < ls.size(); i++) {
        if (i > 0) {
          y += num(spans.get(i), "dy");
        }
        String line = ls.get(i);
        if (line.isEmpty()) {
          continue;
        }
        double w = TextMetrics.width(line, fs, bold);
        double x0 = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
        out.add(new Box(x0, y - TextMetrics.capHeight(fs), x0 + w, y + 0.2 * fs, line));
      }
    }
    return out;
  }

  /**
   * Legible: text lines do not overlap one another; text, rectangles, circles, lines and
   * polygons lie inside the canvas.
   */
  public static void assertLegible(Document doc) {
    Element root = doc.getDocumentElement();
    double width = num(root, "width");
    double height = num(root, "height");
    List<Box> boxes = textBoxes(doc);
    for (int i = 0; i < boxes.size(); i++) {
      Box b = boxes.get(i);
      assertTrue(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height,
          () -> b + " outside " + width + " x " + height);
      for (int j = 0; j < i; j++) {
        Box o = boxes.get(j);
        assertFalse(b.overlaps(o), () -> b + " overlaps " + o);
      }
    }
    for (Element r : elements(doc, "rect")) {
      inside(num(r, "x"), num(r, "y"), width, height, r);
      inside(num(r, "x") + num(r, "width"), num(r, "y") + num(r, "height"), width, height, r);
    }
    for (Element c : elements(doc, "circle")) {
      double rr = num(c, "r");
      inside(num(c, "cx") - rr, num(c, "cy") - rr, width, height, c);
      inside(num(c, "cx") + rr, num(c, "cy") + rr, width, height, c);
    }
    for (Element l : elements(doc, "line")) {
      inside(num(l, "x1"), num(l, "y1"), width, height, l);
      inside(num(l, "x2"), num(l, "y2"), width, height, l);
    }
    for (Element p : elements(doc, "polygon")) {
      for (double[] pt : points(p)) {
        inside(pt[0], pt[1], width, height, p);
      }
    }
  }

  public static List<double[]> points(Element polygon) {
    List<double[]> out = new ArrayList<>();
    for (String pair : polygon.getAttribute("points").trim().split("\\s+")) {
      String[] xy = pair.split(",");
      out.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return out;
  }

  private static void inside(double x, double y, double w, double h, Element e) {
    assertTrue(x >= 0 && y >= 0 && x <= w && y <= h,
        () -> e.getLocalName() + " point (" + x + ", " + y + ") outside " + w + " x " + h);
  }
}
