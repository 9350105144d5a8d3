package io.github.evident.core.svg;

import io.github.evident.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An SVG element: an immutable value that {@link Svg.Builder#add(Element)} places in a
 * document. Create elements with the static factories here and style them with
 * {@link #withStyle(Style)}; every coordinate is in user units (the document's viewBox) and
 * must be finite.
 *
 * <pre>{@code
 * Style thin = Style.stroke("black", 1);
 * Element whisker = Element.line(40, 20, 160, 20).withStyle(thin);
 * Element box = Element.rect(95, 15, 10, 10).withStyle(Style.fill("black"));
 * Element label = Element.text(8, 24, "Smith 2019")
 *     .withStyle(Style.NONE.withFontSize(12));
 * Element row = Element.group(label, whisker, box).withTitle("Smith 2019: 0.42 [0.10, 0.74]");
 * }</pre>
 *
 * <p>Elements are plain records (equality by value), so figure code can build them in
 * functions, test them, and reuse them in several documents; a {@link Group} moved with
 * {@link Group#withTranslation(double, double)} is the unit of composition.
 */
public sealed interface Element permits Element.Rect, Element.Line, Element.Polyline,
    Element.Polygon, Element.Circle, Element.Path, Element.Text, Element.Group {

  /**
   * The element's presentation attributes.
   *
   * @return the style, {@link Style#NONE} by default
   */
  Style style();

  /**
   * The same element with another style.
   *
   * @param style the style
   * @return a new element
   * @throws IllegalArgumentException if style is null
   */
  Element withStyle(Style style);

  /**
   * A rectangle ({@code <rect>}).
   *
   * @param x left edge
   * @param y top edge
   * @param width width, {@code >= 0}
   * @param height height, {@code >= 0}
   * @return the rectangle, unstyled (SVG then fills it black)
   * @throws IllegalArgumentException if a coordinate is not finite or a size is negative
   */
  static Rect rect(double x, double y, double width, double height) {
    return new Rect(x, y, width, height, 0, Style.NONE);
  }

  /**
   * A straight line ({@code <line>}); give it a stroke to make it visible.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @return the line
   * @throws IllegalArgumentException if a coordinate is not finite
   */
  static Line line(double x1, double y1, double x2, double y2) {
    return new Line(x1, y1, x2, y2, Style.NONE);
  }

  /**
   * An open polyline ({@code <polyline>}) through at least two points.
   *
   * @param xy the coordinates {@code x0, y0, x1, y1, ...}; copied
   * @return the polyline
   * @throws IllegalArgumentException if the number of coordinates is odd or below 4, or one is
   *     not finite
   */
  static Polyline polyline(double... xy) {
    return new Polyline(points("polyline", xy, 2), Style.NONE);
  }

  /**
   * A closed polygon ({@code <polygon>}) through at least three points, e.g. a diamond or a
   * triangle marker.
   *
   * @param xy the coordinates {@code x0, y0, x1, y1, ...}; copied
   * @return the polygon
   * @throws IllegalArgumentException if the number of coordinates is odd or below 6, or one is
   *     not finite
   */
  static Polygon polygon(double... xy) {
    return new Polygon(points("polygon", xy, 3), Style.NONE);
  }

  /**
   * A circle ({@code <circle>}).
   *
   * @param cx centre x
   * @param cy centre y
   * @param r radius, {@code >= 0}
   * @return the circle
   * @throws IllegalArgumentException if a coordinate is not finite or the radius is negative
   */
  static Circle circle(double cx, double cy, double r) {
    return new Circle(cx, cy, r, Style.NONE);
  }

  /**
   * An empty path ({@code <path>}) to extend with {@link Path#moveTo(double, double)},
   * {@link Path#lineTo(double, double)}, ... and {@link Path#close()}.
   *
   * @return the empty path
   */
  static Path path() {
    return new Path("", Style.NONE);
  }

  /**
   * A path from ready-made SVG path data, written as given (escaped).
   *
   * @param data the {@code d} attribute, e.g. {@code "M 0 0 L 10 10"}
   * @return the path
   * @throws IllegalArgumentException if data is null or blank
   */
  static Path path(String data) {
    Checks.nonBlank("path data", data);
    return new Path(data, Style.NONE);
  }

  /**
   * One line of text ({@code <text>}) whose anchor point (alphabetic baseline, and the start,
   * middle or end per {@link Style.Anchor}) is at (x, y).
   *
   * @param x anchor x
   * @param y baseline y
   * @param text the text; escaped on output
   * @return the text
   * @throws IllegalArgumentException if a coordinate is not finite or text is null
   */
  static Text text(double x, double y, String text) {
    return new Text(x, y, List.of(Checks.notNull("text", text)), 0, 0, Style.NONE);
  }

  /**
   * Several lines of text, e.g. from {@link TextMetrics#wrap(String, double, double)}: the
   * first baseline at y, each next one {@code lineHeight} lower, all anchored at x.
   *
   * @param x anchor x
   * @param y first baseline y
   * @param lines the lines, at least one; copied
   * @param lineHeight distance between baselines, {@code > 0} (e.g. 1.25 × font size)
   * @return the text
   * @throws IllegalArgumentException if lines is empty or holds null, or a number is invalid
   */
  static Text text(double x, double y, List<String> lines, double lineHeight) {
    return new Text(x, y, lines, Checks.positive("lineHeight", lineHeight), 0, Style.NONE);
  }

  /**
   * A group ({@code <g>}) of elements, which share the group's style (inherited) and
   * transform.
   *
   * @param children the children, in drawing order (later ones on top); copied
   * @return the group
   * @throws IllegalArgumentException if a child is null
   */
  static Group group(Element... children) {
    return group(Arrays.asList(Checks.notNull("children", children)));
  }

  /**
   * A group ({@code <g>}) of elements.
   *
   * @param children the children, in drawing order (later ones on top); copied
   * @return the group
   * @throws IllegalArgumentException if a child is null
   */
  static Group group(List<? extends Element> children) {
    return new Group(List.copyOf(checkChildren(children)), Style.NONE, 0, 0, 1, "");
  }

  /**
   * A point.
   *
   * @param x x coordinate
   * @param y y coordinate
   */
  record Point(double x, double y) {

    /**
     * Validates the coordinates.
     *
     * @throws IllegalArgumentException if a coordinate is not finite
     */
    public Point {
      Checks.finite("x", x);
      Checks.finite("y", y);
    }
  }

  /**
   * A rectangle; see {@link Element#rect(double, double, double, double)}.
   *
   * @param x left edge
   * @param y top edge
   * @param width width
   * @param height height
   * @param cornerRadius radius of rounded corners, 0 for square corners
   * @param style the style
   */
  record Rect(double x, double y, double width, double height, double cornerRadius, Style style)
      implements Element {

    /**
     * Validates the rectangle.
     *
     * @throws IllegalArgumentException if a coordinate is not finite, a size is negative or
     *     style is null
     */
    public Rect {
      Checks.finite("rect.x", x);
      Checks.finite("rect.y", y);
      Checks.nonNegative("rect.width", width);
      Checks.nonNegative("rect.height", height);
      Checks.nonNegative("rect.cornerRadius", cornerRadius);
      Checks.notNull("style", style);
    }

    @Override
    public Rect withStyle(Style style) {
      return new Rect(x, y, width, height, cornerRadius, style);
    }

    /**
     * The same rectangle with rounded corners ({@code rx}).
     *
     * @param radius the corner radius, {@code >= 0}
     * @return a new rectangle
     * @throws IllegalArgumentException if the radius is negative or not finite
     */
    public Rect withCornerRadius(double radius) {
      return new Rect(x, y, width, height, radius, style);
    }
  }

  /**
   * A straight line; see {@link Element#line(double, double, double, double)}.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param style the style
   */
  record Line(double x1, double y1, double x2, double y2, Style style) implements Element {

    /**
     * Validates the line.
     *
     * @throws IllegalArgumentException if a coordinate is not finite or style is null
     */
    public Line {
      Checks.finite("line.x1", x1);
      Checks.finite("line.y1", y1);
      Checks.finite("line.x2", x2);
      Checks.finite("line.y2", y2);
      Checks.notNull("style", style);
    }

    @Override
    public Line withStyle(Style style) {
      return new Line(x1, y1, x2, y2, style);
    }
  }

  /**
   * An open polyline; see {@link Element#polyline(double...)}.
   *
   * @param points the points, at least two
   * @param style the style
   */
  record Polyline(List<Point> points, Style style) implements Element {

    /**
     * Validates and copies the points.
     *
     * @throws IllegalArgumentException if there are fewer than two points, one is null, or
     *     style is null
     */
    public Polyline {
      points = checkPoints("polyline", points, 2);
      Checks.notNull("style", style);
    }

    @Override
    public Polyline withStyle(Style style) {
      return new Polyline(points, style);
    }
  }

  /**
   * A closed polygon; see {@link Element#polygon(double...)}.
   *
   * @param points the points, at least three
   * @param style the style
   */
  record Polygon(List<Point> points, Style style) implements Element {

    /**
     * Validates and copies the points.
     *
     * @throws IllegalArgumentException if there are fewer than three points, one is null, or
     *     style is null
     */
    public Polygon {
      points = checkPoints("polygon", points, 3);
      Checks.notNull("style", style);
    }

    @Override
    public Polygon withStyle(Style style) {
      return new Polygon(points, style);
    }
  }

  /**
   * A circle; see {@link Element#circle(double, double, double)}.
   *
   * @param cx centre x
   * @param cy centre y
   * @param r radius
   * @param style the style
   */
  record Circle(double cx, double cy, double r, Style style) implements Element {

    /**
     * Validates the circle.
     *
     * @throws IllegalArgumentException if a coordinate is not finite, the radius is negative or
     *     style is null
     */
    public Circle {
      Checks.finite("circle.cx", cx);
      Checks.finite("circle.cy", cy);
      Checks.nonNegative("circle.r", r);
      Checks.notNull("style", style);
    }

    @Override
    public Circle withStyle(Style style) {
      return new Circle(cx, cy, r, style);
    }
  }

  /**
   * A path; build its data with the methods below (numbers are formatted like every other
   * coordinate), each returning a new path.
   *
   * <pre>{@code
   * Path arrowHead = Element.path().moveTo(0, 0).lineTo(8, 4).lineTo(0, 8).close();
   * }</pre>
   *
   * @param data the path data ({@code d} attribute)
   * @param style the style
   */
  record Path(String data, Style style) implements Element {

    /**
     * Validates the path.
     *
     * @throws IllegalArgumentException if data or style is null
     */
    public Path {
      Checks.notNull("data", data);
      Checks.notNull("style", style);
    }

    @Override
    public Path withStyle(Style style) {
      return new Path(data, style);
    }

    /**
     * Starts a new subpath at (x, y) ({@code M}).
     *
     * @param x x
     * @param y y
     * @return a new path
     * @throws IllegalArgumentException if a coordinate is not finite
     */
    public Path moveTo(double x, double y) {
      return append(false, "M", x, y);
    }

    /**
     * A straight line to (x, y) ({@code L}).
     *
     * @param x x
     * @param y y
     * @return a new path
     * @throws IllegalArgumentException if a coordinate is not finite or the path has no
     *     {@link #moveTo(double, double)} yet
     */
    public Path lineTo(double x, double y) {
      return append(true, "L", x, y);
    }

    /**
     * A quadratic Bézier curve to (x, y) with control point (cx, cy) ({@code Q}).
     *
     * @param cx control x
     * @param cy control y
     * @param x end x
     * @param y end y
     * @return a new path
     * @throws IllegalArgumentException if a coordinate is not finite or the path has no
     *     {@link #moveTo(double, double)} yet
     */
    public Path quadTo(double cx, double cy, double x, double y) {
      return append(true, "Q", cx, cy, x, y);
    }

    /**
     * A cubic Bézier curve to (x, y) with control points (c1x, c1y) and (c2x, c2y)
     * ({@code C}).
     *
     * @param c1x first control x
     * @param c1y first control y
     * @param c2x second control x
     * @param c2y second control y
     * @param x end x
     * @param y end y
     * @return a new path
     * @throws IllegalArgumentException if a coordinate is not finite or the path has no
     *     {@link #moveTo(double, double)} yet
     */
    public Path cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
      return append(true, "C", c1x, c1y, c2x, c2y, x, y);
    }

    /**
     * An elliptical arc to (x, y) ({@code A}).
     *
     * @param rx x radius, {@code >= 0}
     * @param ry y radius, {@code >= 0}
     * @param rotation rotation of the ellipse's x axis, degrees
     * @param largeArc whether to take the arc larger than 180°
     * @param sweep whether to draw in the positive-angle (clockwise on screen) direction
     * @param x end x
     * @param y end y
     * @return a new path
     * @throws IllegalArgumentException if a number is invalid or the path has no
     *     {@link #moveTo(double, double)} yet
     */
    public Path arcTo(double rx, double ry, double rotation, boolean largeArc, boolean sweep,
        double x, double y) {
      Checks.nonNegative("rx", rx);
      Checks.nonNegative("ry", ry);
      Checks.finite("rotation", rotation);
      Checks.finite("x", x);
      Checks.finite("y", y);
      requireStarted("A");
      return new Path(data + (data.isEmpty() ? "" : " ") + "A " + Xml.num(rx) + " "
          + Xml.num(ry) + " " + Xml.num(rotation) + " " + (largeArc ? 1 : 0) + " "
          + (sweep ? 1 : 0) + " " + Xml.num(x) + " " + Xml.num(y), style);
    }

    /**
     * Closes the current subpath ({@code Z}).
     *
     * @return a new path
     * @throws IllegalArgumentException if the path has no {@link #moveTo(double, double)} yet
     */
    public Path close() {
      requireStarted("Z");
      return new Path(data + " Z", style);
    }

    private Path append(boolean needsStart, String command, double... coords) {
      for (int i = 0; i < coords.length; i++) {
        Checks.finite("path " + command + " coordinate " + i, coords[i]);
      }
      if (needsStart) {
        requireStarted(command);
      }
      StringBuilder sb = new StringBuilder(data);
      sb.append(data.isEmpty() ? "" : " ").append(command);
      for (double c : coords) {
        sb.append(' ').append(Xml.num(c));
      }
      return new Path(sb.toString(), style);
    }

    private void requireStarted(String command) {
      if (data.isBlank()) {
        throw new IllegalArgumentException("path command " + command
            + " needs a moveTo first, path data was empty");
      }
    }
  }

  /**
   * Text, one or more lines; see {@link Element#text(double, double, String)} and
   * {@link Element#text(double, double, List, double)}.
   *
   * @param x anchor x
   * @param y first baseline y
   * @param lines the lines, at least one
   * @param lineHeight distance between baselines (unused for one line)
   * @param rotation rotation in degrees about (x, y), clockwise on screen; -90 reads upwards
   * @param style the style
   */
  record Text(double x, double y, List<String> lines, double lineHeight, double rotation,
      Style style) implements Element {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a number is invalid, lines is empty or holds null,
     *     several lines have no positive line height, or style is null
     */
    public Text {
      Checks.finite("text.x", x);
      Checks.finite("text.y", y);
      Checks.nonEmpty("text lines", lines);
      for (int i = 0; i < lines.size(); i++) {
        Checks.notNull("text line " + i, lines.get(i));
      }
      lines = List.copyOf(lines);
      Checks.nonNegative("lineHeight", lineHeight);
      if (lines.size() > 1 && lineHeight == 0) {
        throw new IllegalArgumentException("lineHeight must be > 0 for " + lines.size()
            + " lines, was 0");
      }
      Checks.finite("rotation", rotation);
      Checks.notNull("style", style);
    }

    @Override
    public Text withStyle(Style style) {
      return new Text(x, y, lines, lineHeight, rotation, style);
    }

    /**
     * The same text rotated about its anchor point.
     *
     * @param degrees the angle, clockwise on screen; -90 for text reading upwards
     * @return a new text
     * @throws IllegalArgumentException if the angle is not finite
     */
    public Text withRotation(double degrees) {
      return new Text(x, y, lines, lineHeight, degrees, style);
    }
  }

  /**
   * A group; see {@link Element#group(Element...)}. Its transform is
   * {@code translate(translateX translateY) scale(scale)}: children are scaled about the
   * group's origin, then moved.
   *
   * @param children the children, in drawing order
   * @param style the style, inherited by the children
   * @param translateX horizontal shift
   * @param translateY vertical shift
   * @param scale scale factor, {@code > 0}
   * @param title a tooltip and accessible name ({@code <title>}), empty for none
   */
  record Group(List<Element> children, Style style, double translateX, double translateY,
      double scale, String title) implements Element {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a child, the style or the title is null, or a number
     *     is invalid
     */
    public Group {
      children = List.copyOf(checkChildren(children));
      Checks.notNull("style", style);
      Checks.finite("translateX", translateX);
      Checks.finite("translateY", translateY);
      Checks.positive("scale", scale);
      Checks.notNull("title", title);
    }

    @Override
    public Group withStyle(Style style) {
      return new Group(children, style, translateX, translateY, scale, title);
    }

    /**
     * The same group moved by (dx, dy).
     *
     * @param dx horizontal shift
     * @param dy vertical shift
     * @return a new group
     * @throws IllegalArgumentException if a shift is not finite
     */
    public Group withTranslation(double dx, double dy) {
      return new Group(children, style, dx, dy, scale, title);
    }

    /**
     * The same group scaled about its origin.
     *
     * @param scale the factor, {@code > 0}
     * @return a new group
     * @throws IllegalArgumentException if the factor is not positive and finite
     */
    public Group withScale(double scale) {
      return new Group(children, style, translateX, translateY, scale, title);
    }

    /**
     * The same group with a title, shown as a tooltip and read by screen readers.
     *
     * @param title the title, empty for none
     * @return a new group
     * @throws IllegalArgumentException if title is null
     */
    public Group withTitle(String title) {
      return new Group(children, style, translateX, translateY, scale, title);
    }

    /**
     * The same group with more children drawn after (on top of) the present ones.
     *
     * @param more the children to append
     * @return a new group
     * @throws IllegalArgumentException if a child is null
     */
    public Group add(Element... more) {
      List<Element> all = new ArrayList<>(children);
      all.addAll(checkChildren(Arrays.asList(Checks.notNull("children", more))));
      return new Group(all, style, translateX, translateY, scale, title);
    }

    /**
     * A short description: child count, transform and style.
     *
     * @return e.g. {@code Group[3 children, translate=(10, 20), scale=1, Style[fill="red"]]}
     */
    @Override
    public String toString() {
      return "Group[" + children.size() + " children, translate=(" + Xml.num(translateX) + ", "
          + Xml.num(translateY) + "), scale=" + Xml.num(scale) + ", " + style
          + (title.isEmpty() ? "" : ", title=\"" + title + "\"") + "]";
    }
  }

  private static List<Point> points(String what, double[] xy, int min) {
    Checks.notNull(what + " coordinates", xy);
    if (xy.length % 2 != 0) {
      throw new IllegalArgumentException(what + " needs x, y pairs, got " + xy.length
          + " coordinates");
    }
    List<Point> pts = new ArrayList<>(xy.length / 2);
    for (int i = 0; i < xy.length; i += 2) {
      Checks.finite(what + " x[" + i / 2 + "]", xy[i]);
      Checks.finite(what + " y[" + i / 2 + "]", xy[i + 1]);
      pts.add(new Point(xy[i], xy[i + 1]));
    }
    return checkPoints(what, pts, min);
  }

  private static List<Point> checkPoints(String what, List<Point> points, int min) {
    Checks.notNull(what + " points", points);
    if (points.size() < min) {
      throw new IllegalArgumentException(what + " needs at least " + min + " points, got "
          + points.size());
    }
    for (int i = 0; i < points.size(); i++) {
      Checks.notNull(what + " point " + i, points.get(i));
    }
    return List.copyOf(points);
  }

  private static List<? extends Element> checkChildren(List<? extends Element> children) {
    Checks.notNull("children", children);
    for (int i = 0; i < children.size(); i++) {
      Checks.notNull("child " + i, children.get(i));
    }
    return children;
  }
}
