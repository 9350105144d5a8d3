package io.github.evident.stats.sensitivity;

import java.util.List;

/** A right-aligned text table, columns two spaces apart, as metafor prints its lists. */
final class Table {

  private Table() {}

  /**
   * The header line and one line per row, each ending in a newline.
   *
   * @param head the column headers
   * @param rows the formatted cells, one array per row, as many cells as headers
   * @return the table
   */
  static String of(String[] head, List<String[]> rows) {
    int[] width = new int[head.length];
    for (int c = 0; c < head.length; c++) {
      width[c] = head[c].length();
      for (String[] row : rows) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, head, width);
    rows.forEach(row -> line(sb, row, width));
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      line.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - cells[c].length()))
          .append(cells[c]);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
