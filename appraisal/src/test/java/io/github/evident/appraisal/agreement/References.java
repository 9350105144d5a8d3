package io.github.evident.appraisal.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads reference JSON files from {@code src/test/resources/agreement}. */
final class References {

  private References() {}

  static JsonNode read(String file) {
    try (InputStream in = References.class.getResourceAsStream("/agreement/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource agreement/" + file);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int[][] table(JsonNode node) {
    int[][] t = new int[node.size()][];
    for (int i = 0; i < t.length; i++) {
      JsonNode row = node.get(i);
      t[i] = new int[row.size()];
      for (int j = 0; j < t[i].length; j++) {
        t[i][j] = row.get(j).asInt();
      }
    }
    return t;
  }
}
