package io.github.evident.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Finds what a reader of a report page should never see: enum constant names
 * ({@code SINGLE_GROUP_PRE_POST}), Java {@code toString}s ({@code Optional[...]},
 * {@code MetaAnalysis[...]}, {@code Foo[x=...]}, {@code [WEAK, -, High]}) and study ids where
 * the study's label belongs. Reads the text of the page's body, figures included (their
 * titles and descriptions too); attributes such as CSS classes and HTML ids are not text.
 */
public final class ReaderText {

  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*\\b");
  private static final Pattern OPTIONAL = Pattern.compile("\\bOptional(Int|Double|Long)?\\b");
  private static final Pattern TO_STRING = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\[");
  private static final Pattern FIELDS = Pattern.compile("\\[[^\\]\\n]*\\b[a-z][A-Za-z0-9]*=");
  private static final Pattern ENUM_LIST = Pattern.compile("\\[[A-Z]{2,}, ");

  private ReaderText() {}

  /**
   * Every offending token of the page, with some text around it.
   *
   * @param html the page
   * @param studyIds the ids of the review's studies, which the page must name by label
   * @return the offences, empty for a readable page
   * @throws Exception if the page is not well-formed
   */
  public static List<String> offences(String html, Collection<String> studyIds)
      throws Exception {
    Document d = Xhtml.parse(html);
    StringBuilder sb = new StringBuilder();
    texts(d.getElementsByTagNameNS(Xhtml.XHTML, "body").item(0), sb);
    String text = sb.toString();
    Set<String> out = new LinkedHashSet<>();
    for (Pattern p : List.of(CONSTANT, OPTIONAL, TO_STRING, FIELDS, ENUM_LIST)) {
      find(p, text, "", out);
    }
    for (String id : studyIds) {
      find(Pattern.compile("\\b" + Pattern.quote(id) + "\\b"), text, "study id ", out);
    }
    return new ArrayList<>(out);
  }

  /** The text nodes under a node, one per line, so that words of adjacent elements stay apart. */
  private static void texts(Node n, StringBuilder sb) {
    if (n.getNodeType() == Node.TEXT_NODE) {
      sb.append(n.getNodeValue()).append('\n');
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      texts(c, sb);
    }
  }

  private static void find(Pattern p, String text, String what, Set<String> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 40);
      int to = Math.min(text.length(), m.end() + 40);
      out.add(what + "'" + m.group() + "' in: …" + text.substring(from, to).replace('\n', ' ')
          + "…");
    }
  }

  /**
   * A message listing the offences, one per line.
   *
   * @param page which page
   * @param offences the offences
   * @return the message
   */
  public static String message(String page, List<String> offences) {
    return page + " shows " + offences.size() + " token(s) a reader should not see:\n  "
        + String.join("\n  ", offences);
  }
}
