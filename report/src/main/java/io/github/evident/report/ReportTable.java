package io.github.evident.report;

import java.util.List;

/**
 * A table for an {@link EvidenceReport}: a caption, column headings and rows of plain text
 * (escaped when written). A cell of several lines, separated by {@code \n}, is shown as a
 * bulleted list of them.
 *
 * @param caption the caption
 * @param header the column headings
 * @param rows the rows, each as wide as {@code header}
 */
public record ReportTable(String caption, List<String> header, List<List<String>> rows) {

  /**
   * Copies the lists and checks the shape.
   *
   * @throws IllegalArgumentException if a part is null, the header is empty or a row's width
   *     differs from the header's (the message names the row)
   */
  public ReportTable {
    if (caption == null || header == null || rows == null) {
      throw new IllegalArgumentException("caption, header and rows must not be null");
    }
    if (header.isEmpty()) {
      throw new IllegalArgumentException("header must name at least one column");
    }
    header = List.copyOf(header);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == null || rows.get(i).size() != header.size()) {
        throw new IllegalArgumentException("rows[" + i + "] must have " + header.size()
            + " cells like the header, had " + (rows.get(i) == null ? "null" : rows.get(i).size()));
      }
    }
    rows = rows.stream().map(List::copyOf).toList();
  }

  @Override
  public String toString() {
    return "ReportTable[" + caption + ", " + header.size() + " columns, " + rows.size() + " rows]";
  }
}
