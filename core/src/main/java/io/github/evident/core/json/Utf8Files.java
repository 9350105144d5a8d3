package io.github.evident.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a UTF-8 text file as it decodes it: at most a given number of characters are held, a
 * byte sequence that is not UTF-8 is reported by its byte offset, line and column, and a file in
 * UTF-16 or UTF-32 (recognised by its byte-order mark) is named as such. A UTF-8 byte-order mark
 * is skipped.
 */
final class Utf8Files {

  private static final int CHUNK = 1 << 16;

  private Utf8Files() {}

  /**
   * The text of {@code file}.
   *
   * @throws IllegalArgumentException if the file is not UTF-8 or longer than {@code maxChars}
   * @throws IOException if it cannot be read
   */
  static String read(Path file, long maxChars) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return decode(in, maxChars);
    }
  }

  private static String decode(InputStream in, long maxChars) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    CharBuffer chars = CharBuffer.allocate(CHUNK);
    StringBuilder text = new StringBuilder();
    long consumed = 0;
    boolean first = true;
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      if (n > 0) {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      if (first && (bytes.remaining() >= 4 || end)) {
        consumed += skipByteOrderMark(bytes);
        first = false;
      } else if (first) {
        bytes.compact();
        continue;
      }
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, chars, end);
      if (r.isError()) {
        throw malformed(consumed + bytes.position(), text.append(chars.flip()));
      }
      consumed += bytes.position() - before;
      text.append(chars.flip());
      chars.clear();
      if (text.length() > maxChars) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the document is longer than %,d characters, the most an Evident document may "
                + "have", maxChars));
      }
      bytes.compact();
    }
    decoder.flush(chars);
    return text.append(chars.flip()).toString();
  }

  /** Skips a UTF-8 byte-order mark; refuses UTF-16 and UTF-32 ones. */
  private static int skipByteOrderMark(ByteBuffer b) {
    int b0 = b.remaining() > 0 ? b.get(0) & 0xff : -1;
    int b1 = b.remaining() > 1 ? b.get(1) & 0xff : -1;
    int b2 = b.remaining() > 2 ? b.get(2) & 0xff : -1;
    if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
      b.position(3);
      return 3;
    }
    if ((b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe)
        || (b0 == 0 && b1 == 0 && b2 == 0xfe)) {
      throw new IllegalArgumentException("the file is in UTF-16 or UTF-32 (it starts with "
          + "that byte-order mark); Evident documents are UTF-8");
    }
    return 0;
  }

  private static IllegalArgumentException malformed(long byteOffset, CharSequence before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "not valid UTF-8 at byte %d (line %d, column %d); Evident documents are UTF-8",
        byteOffset, line, before.length() - lineStart + 1));
  }
}
