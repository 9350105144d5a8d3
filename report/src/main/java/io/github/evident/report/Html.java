package io.github.evident.report;

import java.util.List;

/**
 * Writes XHTML-compatible HTML: every element closed, attributes double-quoted, text escaped,
 * characters XML 1.0 cannot carry replaced by U+FFFD, so the page also parses as XML.
 */
final class Html {

  private final StringBuilder sb = new StringBuilder(1 << 16);

  /** Escapes text for element content and double-quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (xmlChar(cp)) {
            out.appendCodePoint(cp);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean xmlChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
  }

  /** Opens an element; {@code attrs} are name, value pairs. */
  Html open(String tag, String... attrs) {
    sb.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      sb.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
    }
    sb.append('>');
    return this;
  }

  /** Closes an element. */
  Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding escaped text. */
  Html el(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** Escaped text. */
  Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  /** Markup written as is: only for markup this package or the SVG writer generated. */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** A line break in the source, for readable output. */
  Html nl() {
    sb.append('\n');
    return this;
  }

  /** A bulleted list of escaped items; nothing for an empty list. */
  Html list(List<String> items, String... attrs) {
    if (items.isEmpty()) {
      return this;
    }
    open("ul", attrs);
    for (String item : items) {
      el("li", item);
    }
    return close("ul");
  }

  /** A table header row. */
  Html headerRow(List<String> cells) {
    open("tr");
    for (String c : cells) {
      el("th", c, "scope", "col");
    }
    return close("tr");
  }

  /**
   * A table row of escaped cells; a cell of several lines (separated by {@code \n}) is a
   * bulleted list of them, so separate notes never run together.
   */
  Html row(List<String> cells) {
    open("tr");
    for (String c : cells) {
      if (c.indexOf('\n') >= 0) {
        open("td").list(List.of(c.split("\n"))).close("td");
      } else {
        el("td", c);
      }
    }
    return close("tr").nl();
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
