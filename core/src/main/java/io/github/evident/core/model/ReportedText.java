package io.github.evident.core.model;

import io.github.evident.core.internal.Format;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a {@link ReportedResult} prints: its label, the values as reported (to six significant
 * digits, so a reported 0.289 stays 0.289) and its p value, for example
 * {@code avoidance: mean 3.1 (SD 0.9), n = 25, baseline, p < 0.05}.
 */
final class ReportedText {

  private final StringBuilder sb = new StringBuilder();

  private ReportedText() {}

  /** Starts the text of {@code r} with its label, if any. */
  static ReportedText of(ReportedResult r) {
    ReportedText t = new ReportedText();
    r.label().ifPresent(l -> t.sb.append(l).append(": "));
    return t;
  }

  /** A reported value as text. */
  static String value(double x) {
    return Format.significant(x, 6);
  }

  /** Appends text as it is. */
  ReportedText text(String s) {
    sb.append(s);
    return this;
  }

  /** Appends {@code , name value} when the value is reported. */
  ReportedText optional(String name, OptionalDouble x) {
    x.ifPresent(v -> sb.append(", ").append(name).append(' ').append(value(v)));
    return this;
  }

  /** Appends {@code , name = n} when the count is reported. */
  ReportedText count(String name, OptionalInt n) {
    n.ifPresent(v -> sb.append(", ").append(name).append(" = ").append(v));
    return this;
  }

  /** Appends {@code , s} when {@code s} is present. */
  ReportedText optional(Optional<String> s) {
    s.ifPresent(v -> sb.append(", ").append(v));
    return this;
  }

  /** The text, ending with the p value of {@code r} if one is reported. */
  String end(ReportedResult r) {
    r.p().ifPresent(p -> sb.append(", ").append(p));
    return sb.toString();
  }
}
