package io.github.evident.core.svg;

import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An SVG document: size, viewBox, accessible title and description, a document-level style and
 * the {@link Element elements}, written by {@link #toSvg()}.
 *
 * <pre>{@code
 * Svg svg = Svg.builder(200, 40)
 *     .title("Effect of X on Y")
 *     .style(Style.NONE.withFontFamily(TextMetrics.FONT_FAMILY).withFontSize(12))
 *     .add(Element.line(20, 20, 180, 20).withStyle(Style.stroke("black", 1)))
 *     .add(Element.text(100, 36, "favours X")
 *         .withStyle(Style.NONE.withAnchor(Style.Anchor.MIDDLE)))
 *     .build();
 * String text = svg.toSvg();
 * }</pre>
 *
 * <p>The output is deterministic: the same document always gives the same characters (no
 * timestamps, no generated ids, attributes in a fixed order, {@code \n} line ends on every
 * platform, numbers rounded to 2 decimals with {@link java.util.Locale#ROOT} conventions,
 * trailing zeros dropped and never {@code -0}). All text and attribute values are XML-escaped,
 * and characters XML 1.0 cannot carry become U+FFFD, so the output is always well-formed. It
 * has no XML declaration, so it can be inlined in HTML as is; save it as UTF-8.
 *
 * <p>Immutable once built; the {@link Builder} is not thread-safe.
 */
public final class Svg {

  private static final String NS = "http://www.w3.org/2000/svg";

  private final double width;
  private final double height;
  private final double[] viewBox;
  private final String title;
  private final String desc;
  private final Style style;
  private final List<Element> elements;

  private Svg(Builder b) {
    this.width = b.width;
    this.height = b.height;
    this.viewBox = b.viewBox.clone();
    this.title = b.title;
    this.desc = b.desc;
    this.style = b.style;
    this.elements = List.copyOf(b.elements);
  }

  /**
   * Starts a document of the given size, with viewBox {@code 0 0 width height} (one user unit
   * per pixel) unless {@link Builder#viewBox(double, double, double, double)} says otherwise.
   *
   * @param width the width, {@code > 0}
   * @param height the height, {@code > 0}
   * @return a builder
   * @throws IllegalArgumentException if a size is not positive and finite
   */
  public static Builder builder(double width, double height) {
    return new Builder(Checks.positive("width", width), Checks.positive("height", height));
  }

  /**
   * The width attribute.
   *
   * @return the width
   */
  public double width() {
    return width;
  }

  /**
   * The height attribute.
   *
   * @return the height
   */
  public double height() {
    return height;
  }

  /**
   * The viewBox {@code minX, minY, width, height}.
   *
   * @return a copy of the four numbers
   */
  public double[] viewBox() {
    return viewBox.clone();
  }

  /**
   * The title ({@code <title>}), the figure's accessible name.
   *
   * @return the title, if set
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * The description ({@code <desc>}), a longer text alternative.
   *
   * @return the description, if set
   */
  public Optional<String> desc() {
    return Optional.ofNullable(desc);
  }

  /**
   * The document-level style, inherited by every element.
   *
   * @return the style
   */
  public Style style() {
    return style;
  }

  /**
   * The top-level elements in drawing order.
   *
   * @return an unmodifiable list
   */
  public List<Element> elements() {
    return elements;
  }

  /**
   * Writes the document as SVG 1.1 text, one element per line, indented by two spaces.
   *
   * @return the SVG text, ending with a line feed
   */
  public String toSvg() {
    StringBuilder sb = new StringBuilder(256 + 96 * elements.size());
    sb.append("<svg");
    Xml.attr(sb, "xmlns", NS);
    Xml.attr(sb, "width", width);
    Xml.attr(sb, "height", height);
    Xml.attr(sb, "viewBox", Xml.num(viewBox[0]) + " " + Xml.num(viewBox[1]) + " "
        + Xml.num(viewBox[2]) + " " + Xml.num(viewBox[3]));
    Xml.attr(sb, "role", "img");
    style.appendAttributes(sb);
    sb.append(">\n");
    if (title != null) {
      sb.append("  <title>");
      Xml.escape(sb, title);
      sb.append("</title>\n");
    }
    if (desc != null) {
      sb.append("  <desc>");
      Xml.escape(sb, desc);
      sb.append("</desc>\n");
    }
    for (Element e : elements) {
      write(sb, e, 1);
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static void write(StringBuilder sb, Element e, int depth) {
    sb.append("  ".repeat(depth));
    if (e instanceof Element.Rect r) {
      writeShape(sb, "rect", r.style(), a -> {
        Xml.attr(a, "x", r.x());
        Xml.attr(a, "y", r.y());
        Xml.attr(a, "width", r.width());
        Xml.attr(a, "height", r.height());
        if (r.cornerRadius() > 0) {
          Xml.attr(a, "rx", r.cornerRadius());
        }
      });
    } else if (e instanceof Element.Line l) {
      writeShape(sb, "line", l.style(), a -> {
        Xml.attr(a, "x1", l.x1());
        Xml.attr(a, "y1", l.y1());
        Xml.attr(a, "x2", l.x2());
        Xml.attr(a, "y2", l.y2());
      });
    } else if (e instanceof Element.Polyline p) {
      writeShape(sb, "polyline", p.style(), a -> Xml.attr(a, "points", points(p.points())));
    } else if (e instanceof Element.Polygon p) {
      writeShape(sb, "polygon", p.style(), a -> Xml.attr(a, "points", points(p.points())));
    } else if (e instanceof Element.Circle c) {
      writeShape(sb, "circle", c.style(), a -> {
        Xml.attr(a, "cx", c.cx());
        Xml.attr(a, "cy", c.cy());
        Xml.attr(a, "r", c.r());
      });
    } else if (e instanceof Element.Path p) {
      writeShape(sb, "path", p.style(), a -> Xml.attr(a, "d", p.data()));
    } else if (e instanceof Element.Text t) {
      writeText(sb, t);
    } else if (e instanceof Element.Group g) {
      writeGroup(sb, g, depth);
    } else {
      throw new IllegalStateException("unknown element " + e);
    }
  }

  /** An empty element {@code <tag …/>}: its own attributes, then the style's. */
  private static void writeShape(StringBuilder sb, String tag, Style style,
      Consumer<StringBuilder> attributes) {
    sb.append('<').append(tag);
    attributes.accept(sb);
    style.appendAttributes(sb);
    sb.append("/>\n");
  }

  private static void writeText(StringBuilder sb, Element.Text t) {
    sb.append("<text");
    Xml.attr(sb, "x", t.x());
    Xml.attr(sb, "y", t.y());
    if (t.rotation() != 0) {
      Xml.attr(sb, "transform", "rotate(" + Xml.num(t.rotation()) + " " + Xml.num(t.x()) + " "
          + Xml.num(t.y()) + ")");
    }
    t.style().appendAttributes(sb);
    sb.append('>');
    List<String> lines = t.lines();
    if (lines.size() == 1) {
      Xml.escape(sb, lines.get(0));
    } else {
      String x = Xml.num(t.x());
      for (int i = 0; i < lines.size(); i++) {
        sb.append("<tspan x=\"").append(x).append('"');
        if (i > 0) {
          Xml.attr(sb, "dy", t.lineHeight());
        }
        sb.append('>');
        Xml.escape(sb, lines.get(i));
        sb.append("</tspan>");
      }
    }
    sb.append("</text>\n");
  }

  private static void writeGroup(StringBuilder sb, Element.Group g, int depth) {
    sb.append("<g");
    boolean move = g.translateX() != 0 || g.translateY() != 0;
    boolean scale = g.scale() != 1;
    if (move || scale) {
      String transform = (move ? "translate(" + Xml.num(g.translateX()) + " "
          + Xml.num(g.translateY()) + ")" : "")
          + (move && scale ? " " : "")
          + (scale ? "scale(" + Xml.num(g.scale()) + ")" : "");
      Xml.attr(sb, "transform", transform);
    }
    g.style().appendAttributes(sb);
    if (g.children().isEmpty() && g.title().isEmpty()) {
      sb.append("/>\n");
      return;
    }
    sb.append(">\n");
    if (!g.title().isEmpty()) {
      sb.append("  ".repeat(depth + 1)).append("<title>");
      Xml.escape(sb, g.title());
      sb.append("</title>\n");
    }
    for (Element child : g.children()) {
      write(sb, child, depth + 1);
    }
    sb.append("  ".repeat(depth)).append("</g>\n");
  }

  private static String points(List<Element.Point> points) {
    StringBuilder sb = new StringBuilder();
    for (Element.Point p : points) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Xml.num(p.x())).append(',').append(Xml.num(p.y()));
    }
    return sb.toString();
  }

  /**
   * A short description, e.g. {@code Svg[600 x 400, 12 elements, title="Forest plot"]}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "Svg[" + Xml.num(width) + " x " + Xml.num(height) + ", " + elements.size()
        + " elements" + (title == null ? "" : ", title=\"" + title + "\"") + "]";
  }

  /** Collects a document's parts; {@link #build()} makes the immutable {@link Svg}. */
  public static final class Builder {

    private final double width;
    private final double height;
    private double[] viewBox;
    private String title;
    private String desc;
    private Style style = Style.NONE;
    private final List<Element> elements = new ArrayList<>();

    private Builder(double width, double height) {
      this.width = width;
      this.height = height;
      this.viewBox = new double[] {0, 0, width, height};
    }

    /**
     * Sets the viewBox: the user-unit rectangle drawn into the width × height viewport.
     *
     * @param minX left edge
     * @param minY top edge
     * @param width width, {@code > 0}
     * @param height height, {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if a number is not finite or a size not positive
     */
    public Builder viewBox(double minX, double minY, double width, double height) {
      this.viewBox = new double[] {Checks.finite("viewBox.minX", minX),
          Checks.finite("viewBox.minY", minY), Checks.positive("viewBox.width", width),
          Checks.positive("viewBox.height", height)};
      return this;
    }

    /**
     * Sets the title: a short accessible name, shown as a tooltip by browsers.
     *
     * @param title the title
     * @return this builder
     * @throws IllegalArgumentException if title is null
     */
    public Builder title(String title) {
      this.title = Checks.notNull("title", title);
      return this;
    }

    /**
     * Sets the description: a text alternative for readers who cannot see the figure.
     *
     * @param desc the description
     * @return this builder
     * @throws IllegalArgumentException if desc is null
     */
    public Builder desc(String desc) {
      this.desc = Checks.notNull("desc", desc);
      return this;
    }

    /**
     * Sets the document-level style on the root element (e.g. font family and size), which
     * every element inherits unless it sets its own.
     *
     * @param style the style
     * @return this builder
     * @throws IllegalArgumentException if style is null
     */
    public Builder style(Style style) {
      this.style = Checks.notNull("style", style);
      return this;
    }

    /**
     * Appends an element; later elements are drawn on top.
     *
     * @param element the element
     * @return this builder
     * @throws IllegalArgumentException if element is null
     */
    public Builder add(Element element) {
      elements.add(Checks.notNull("element", element));
      return this;
    }

    /**
     * Appends elements in order.
     *
     * @param more the elements
     * @return this builder
     * @throws IllegalArgumentException if an element is null
     */
    public Builder addAll(List<? extends Element> more) {
      Checks.notNull("elements", more);
      for (int i = 0; i < more.size(); i++) {
        Checks.notNull("element " + i, more.get(i));
      }
      elements.addAll(more);
      return this;
    }

    /**
     * Makes the document.
     *
     * @return the immutable document
     */
    public Svg build() {
      return new Svg(this);
    }
  }
}
