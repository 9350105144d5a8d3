package io.github.evident.core.svg;

import io.github.evident.core.internal.Checks;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Presentation attributes of an SVG element: paint ({@code fill}, {@code stroke},
 * {@code stroke-width}, {@code stroke-dasharray}, {@code opacity}), a CSS {@code class}, and font
 * attributes ({@code font-family}, {@code font-size}, {@code font-weight}, {@code text-anchor},
 * {@code dominant-baseline}).
 *
 * <p>Immutable: every {@code withX} returns a new style, so styles can be kept in constants and
 * shared. An attribute that is not set is not written, and the element inherits it from its
 * group or the document (SVG inheritance), so a document-level style can set the font family
 * once. Attributes are written in a fixed order.
 *
 * <pre>{@code
 * Style box = Style.fill("white").withStroke("black").withStrokeWidth(1);
 * Style label = Style.NONE.withFontSize(12).withFontWeight(Style.FontWeight.BOLD)
 *     .withAnchor(Style.Anchor.MIDDLE);
 * }</pre>
 *
 * <p>Colours are any SVG/CSS colour string ({@code "#1f77b4"}, {@code "black"},
 * {@code "none"}); they are written escaped and not otherwise checked.
 */
public final class Style {

  /** The style that sets nothing. */
  public static final Style NONE = new Style(null, null, Double.NaN, null, Double.NaN, null,
      null, Double.NaN, null, null, null);

  /** Horizontal alignment of text on its x coordinate ({@code text-anchor}). */
  public enum Anchor {
    /** Text starts at x (left-aligned for left-to-right scripts). */
    START("start"),
    /** Text is centred on x. */
    MIDDLE("middle"),
    /** Text ends at x (right-aligned). */
    END("end");

    private final String svg;

    Anchor(String svg) {
      this.svg = svg;
    }

    /**
     * The attribute value.
     *
     * @return e.g. {@code "middle"}
     */
    public String svg() {
      return svg;
    }
  }

  /**
   * Vertical alignment of text on its y coordinate ({@code dominant-baseline}). Renderers
   * differ in support (some ignore it); for placement that must hold everywhere keep the
   * default alphabetic baseline and offset y with {@link TextMetrics#capHeight(double)}.
   */
  public enum Baseline {
    /** The renderer's default (alphabetic for Latin text). */
    AUTO("auto"),
    /** The alphabetic baseline. */
    ALPHABETIC("alphabetic"),
    /** The ideographic baseline. */
    IDEOGRAPHIC("ideographic"),
    /** Halfway up the x-height. */
    MIDDLE("middle"),
    /** Centred on the em box. */
    CENTRAL("central"),
    /** The mathematical baseline. */
    MATHEMATICAL("mathematical"),
    /** The hanging baseline (text hangs below y). */
    HANGING("hanging"),
    /** The top of the em box. */
    TEXT_TOP("text-top"),
    /** The bottom of the em box. */
    TEXT_BOTTOM("text-bottom");

    private final String svg;

    Baseline(String svg) {
      this.svg = svg;
    }

    /**
     * The attribute value.
     *
     * @return e.g. {@code "central"}
     */
    public String svg() {
      return svg;
    }
  }

  /** Font weight ({@code font-weight}). */
  public enum FontWeight {
    /** Regular weight. */
    NORMAL("normal"),
    /** Bold weight. */
    BOLD("bold");

    private final String svg;

    FontWeight(String svg) {
      this.svg = svg;
    }

    /**
     * The attribute value.
     *
     * @return e.g. {@code "bold"}
     */
    public String svg() {
      return svg;
    }
  }

  private final String fill;
  private final String stroke;
  private final double strokeWidth;
  private final double[] dash;
  private final double opacity;
  private final String cssClass;
  private final String fontFamily;
  private final double fontSize;
  private final FontWeight fontWeight;
  private final Anchor anchor;
  private final Baseline baseline;

  private Style(String fill, String stroke, double strokeWidth, double[] dash, double opacity,
      String cssClass, String fontFamily, double fontSize, FontWeight fontWeight, Anchor anchor,
      Baseline baseline) {
    this.fill = fill;
    this.stroke = stroke;
    this.strokeWidth = strokeWidth;
    this.dash = dash;
    this.opacity = opacity;
    this.cssClass = cssClass;
    this.fontFamily = fontFamily;
    this.fontSize = fontSize;
    this.fontWeight = fontWeight;
    this.anchor = anchor;
    this.baseline = baseline;
  }

  /**
   * A style with only a fill colour.
   *
   * @param color the fill colour, e.g. {@code "#dbe8f5"} or {@code "none"}
   * @return the style
   * @throws IllegalArgumentException if the colour is null or blank
   */
  public static Style fill(String color) {
    return NONE.withFill(color);
  }

  /**
   * A style with only a stroke colour and width.
   *
   * @param color the stroke colour
   * @param width the stroke width, {@code >= 0}
   * @return the style
   * @throws IllegalArgumentException if the colour is null or blank or the width is negative or
   *     not finite
   */
  public static Style stroke(String color, double width) {
    return NONE.withStroke(color).withStrokeWidth(width);
  }

  /**
   * Sets the fill colour ({@code fill}).
   *
   * @param color the colour, e.g. {@code "none"}
   * @return a new style
   * @throws IllegalArgumentException if the colour is null or blank
   */
  public Style withFill(String color) {
    return new Style(color("fill", color), stroke, strokeWidth, dash, opacity, cssClass,
        fontFamily, fontSize, fontWeight, anchor, baseline);
  }

  /**
   * Sets the stroke colour ({@code stroke}).
   *
   * @param color the colour
   * @return a new style
   * @throws IllegalArgumentException if the colour is null or blank
   */
  public Style withStroke(String color) {
    return new Style(fill, color("stroke", color), strokeWidth, dash, opacity, cssClass,
        fontFamily, fontSize, fontWeight, anchor, baseline);
  }

  /**
   * Sets the stroke width ({@code stroke-width}).
   *
   * @param width the width in user units, {@code >= 0}
   * @return a new style
   * @throws IllegalArgumentException if the width is negative or not finite
   */
  public Style withStrokeWidth(double width) {
    return new Style(fill, stroke, Checks.nonNegative("strokeWidth", width), dash, opacity,
        cssClass, fontFamily, fontSize, fontWeight, anchor, baseline);
  }

  /**
   * Sets a dash pattern ({@code stroke-dasharray}): alternating dash and gap lengths. No
   * lengths removes the pattern (a solid line).
   *
   * @param lengths dash and gap lengths, each {@code >= 0}, not all zero; copied
   * @return a new style
   * @throws IllegalArgumentException if a length is negative or not finite, or all are zero
   */
  public Style withDash(double... lengths) {
    Checks.notNull("dash", lengths);
    double[] copy = lengths.clone();
    boolean positive = false;
    for (int i = 0; i < copy.length; i++) {
      Checks.nonNegative("dash[" + i + "]", copy[i]);
      positive |= copy[i] > 0;
    }
    if (copy.length > 0 && !positive) {
      throw new IllegalArgumentException("dash lengths must not all be zero, was "
          + Arrays.toString(copy));
    }
    return new Style(fill, stroke, strokeWidth, copy.length == 0 ? null : copy, opacity,
        cssClass, fontFamily, fontSize, fontWeight, anchor, baseline);
  }

  /**
   * Sets the opacity of the whole element ({@code opacity}).
   *
   * @param opacity between 0 (transparent) and 1 (opaque)
   * @return a new style
   * @throws IllegalArgumentException if the opacity is outside [0, 1] or NaN
   */
  public Style withOpacity(double opacity) {
    Checks.probability("opacity", opacity);
    return new Style(fill, stroke, strokeWidth, dash, opacity, cssClass, fontFamily, fontSize,
        fontWeight, anchor, baseline);
  }

  /**
   * Sets the CSS class ({@code class}), so that an embedding page can restyle the element.
   *
   * @param cssClass one or more class names separated by spaces
   * @return a new style
   * @throws IllegalArgumentException if the class is null or blank
   */
  public Style withCssClass(String cssClass) {
    return new Style(fill, stroke, strokeWidth, dash, opacity, text("cssClass", cssClass),
        fontFamily, fontSize, fontWeight, anchor, baseline);
  }

  /**
   * Sets the font family ({@code font-family}).
   *
   * @param family a CSS font family list, e.g. {@code "Helvetica, Arial, sans-serif"}
   * @return a new style
   * @throws IllegalArgumentException if the family is null or blank
   */
  public Style withFontFamily(String family) {
    return new Style(fill, stroke, strokeWidth, dash, opacity, cssClass,
        text("fontFamily", family), fontSize, fontWeight, anchor, baseline);
  }

  /**
   * Sets the font size ({@code font-size}) in user units.
   *
   * @param size the size, {@code > 0}
   * @return a new style
   * @throws IllegalArgumentException if the size is not positive and finite
   */
  public Style withFontSize(double size) {
    return new Style(fill, stroke, strokeWidth, dash, opacity, cssClass, fontFamily,
        Checks.positive("fontSize", size), fontWeight, anchor, baseline);
  }

  /**
   * Sets the font weight ({@code font-weight}).
   *
   * @param weight the weight
   * @return a new style
   * @throws IllegalArgumentException if the weight is null
   */
  public Style withFontWeight(FontWeight weight) {
    return new Style(fill, stroke, strokeWidth, dash, opacity, cssClass, fontFamily, fontSize,
        Checks.notNull("fontWeight", weight), anchor, baseline);
  }

  /**
   * Sets the horizontal text alignment ({@code text-anchor}).
   *
   * @param anchor the anchor
   * @return a new style
   * @throws IllegalArgumentException if the anchor is null
   */
  public Style withAnchor(Anchor anchor) {
    return new Style(fill, stroke, strokeWidth, dash, opacity, cssClass, fontFamily, fontSize,
        fontWeight, Checks.notNull("anchor", anchor), baseline);
  }

  /**
   * Sets the vertical text alignment ({@code dominant-baseline}).
   *
   * @param baseline the baseline
   * @return a new style
   * @throws IllegalArgumentException if the baseline is null
   */
  public Style withBaseline(Baseline baseline) {
    return new Style(fill, stroke, strokeWidth, dash, opacity, cssClass, fontFamily, fontSize,
        fontWeight, anchor, Checks.notNull("baseline", baseline));
  }

  /**
   * Combines two styles: the attributes set in {@code other} win, the others are kept.
   *
   * @param other the style laid over this one
   * @return a new style
   * @throws IllegalArgumentException if other is null
   */
  public Style with(Style other) {
    Checks.notNull("other", other);
    return new Style(
        other.fill != null ? other.fill : fill,
        other.stroke != null ? other.stroke : stroke,
        Double.isNaN(other.strokeWidth) ? strokeWidth : other.strokeWidth,
        other.dash != null ? other.dash : dash,
        Double.isNaN(other.opacity) ? opacity : other.opacity,
        other.cssClass != null ? other.cssClass : cssClass,
        other.fontFamily != null ? other.fontFamily : fontFamily,
        Double.isNaN(other.fontSize) ? fontSize : other.fontSize,
        other.fontWeight != null ? other.fontWeight : fontWeight,
        other.anchor != null ? other.anchor : anchor,
        other.baseline != null ? other.baseline : baseline);
  }

  /**
   * The fill colour.
   *
   * @return the colour, if set
   */
  public Optional<String> fillColor() {
    return Optional.ofNullable(fill);
  }

  /**
   * The stroke colour.
   *
   * @return the colour, if set
   */
  public Optional<String> strokeColor() {
    return Optional.ofNullable(stroke);
  }

  /**
   * The stroke width.
   *
   * @return the width, if set
   */
  public OptionalDouble strokeWidth() {
    return optional(strokeWidth);
  }

  /**
   * The dash pattern.
   *
   * @return a copy of the dash and gap lengths; empty for a solid line
   */
  public double[] dash() {
    return dash == null ? new double[0] : dash.clone();
  }

  /**
   * The opacity.
   *
   * @return the opacity, if set
   */
  public OptionalDouble opacity() {
    return optional(opacity);
  }

  /**
   * The CSS class.
   *
   * @return the class, if set
   */
  public Optional<String> cssClass() {
    return Optional.ofNullable(cssClass);
  }

  /**
   * The font family.
   *
   * @return the family, if set
   */
  public Optional<String> fontFamily() {
    return Optional.ofNullable(fontFamily);
  }

  /**
   * The font size.
   *
   * @return the size, if set
   */
  public OptionalDouble fontSize() {
    return optional(fontSize);
  }

  /**
   * The font weight.
   *
   * @return the weight, if set
   */
  public Optional<FontWeight> fontWeight() {
    return Optional.ofNullable(fontWeight);
  }

  /**
   * The text anchor.
   *
   * @return the anchor, if set
   */
  public Optional<Anchor> anchor() {
    return Optional.ofNullable(anchor);
  }

  /**
   * The dominant baseline.
   *
   * @return the baseline, if set
   */
  public Optional<Baseline> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** Appends the set attributes, in a fixed order, each as {@code  name="value"}. */
  void appendAttributes(StringBuilder sb) {
    if (cssClass != null) {
      Xml.attr(sb, "class", cssClass);
    }
    if (fill != null) {
      Xml.attr(sb, "fill", fill);
    }
    if (stroke != null) {
      Xml.attr(sb, "stroke", stroke);
    }
    if (!Double.isNaN(strokeWidth)) {
      Xml.attr(sb, "stroke-width", strokeWidth);
    }
    if (dash != null) {
      Xml.attr(sb, "stroke-dasharray", dashText());
    }
    if (!Double.isNaN(opacity)) {
      Xml.attr(sb, "opacity", opacity);
    }
    if (fontFamily != null) {
      Xml.attr(sb, "font-family", fontFamily);
    }
    if (!Double.isNaN(fontSize)) {
      Xml.attr(sb, "font-size", fontSize);
    }
    if (fontWeight != null) {
      Xml.attr(sb, "font-weight", fontWeight.svg());
    }
    if (anchor != null) {
      Xml.attr(sb, "text-anchor", anchor.svg());
    }
    if (baseline != null) {
      Xml.attr(sb, "dominant-baseline", baseline.svg());
    }
  }

  private String dashText() {
    StringBuilder sb = new StringBuilder();
    for (double d : dash) {
      sb.append(sb.length() == 0 ? "" : " ").append(Xml.num(d));
    }
    return sb.toString();
  }

  private static OptionalDouble optional(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private static String color(String name, String color) {
    return text(name, color);
  }

  private static String text(String name, String value) {
    return Checks.nonBlank(name, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Style s && Objects.equals(fill, s.fill) && Objects.equals(stroke, s.stroke)
        && Double.compare(strokeWidth, s.strokeWidth) == 0 && Arrays.equals(dash, s.dash)
        && Double.compare(opacity, s.opacity) == 0 && Objects.equals(cssClass, s.cssClass)
        && Objects.equals(fontFamily, s.fontFamily) && Double.compare(fontSize, s.fontSize) == 0
        && fontWeight == s.fontWeight && anchor == s.anchor && baseline == s.baseline;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fill, stroke, strokeWidth, Arrays.hashCode(dash), opacity, cssClass,
        fontFamily, fontSize, fontWeight, anchor, baseline);
  }

  /**
   * The set attributes as they are written, e.g.
   * {@code Style[fill="white" stroke="black" stroke-width="1"]}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    appendAttributes(sb);
    return "Style[" + sb.toString().trim() + "]";
  }
}
