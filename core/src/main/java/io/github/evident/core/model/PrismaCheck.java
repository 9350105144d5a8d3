package io.github.evident.core.model;

import java.util.List;

/**
 * What {@link PrismaFlow#check()} found: every violated rule, every warning, and every rule that
 * could not be checked because a count is not reported.
 *
 * @param findings the findings, in rule order
 */
public record PrismaCheck(List<Finding> findings) {

  /** The kind of a finding. */
  public enum Kind {
    /** An arithmetic rule of the flow diagram is violated. */
    VIOLATION,
    /** A relation that usually holds does not; not necessarily an error. */
    WARNING,
    /** A rule could not be checked because counts are missing. */
    NOT_CHECKED;

    /**
     * The label used in text: {@code violation}, {@code warning} or {@code not checked}.
     *
     * @return the label
     */
    public String label() {
      return switch (this) {
        case VIOLATION -> "violation";
        case WARNING -> "warning";
        case NOT_CHECKED -> "not checked";
      };
    }
  }

  /**
   * One finding.
   *
   * @param kind the kind
   * @param rule the rule's id, e.g. "screened"
   * @param message what is wrong, with the numbers
   */
  public record Finding(Kind kind, String rule, String message) {

    /**
     * One line, for example {@code violation: records screened (90) ≠ records identified (100) −
     * removed before screening (5) = 95}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return kind.label() + ": " + message;
    }
  }

  /**
   * Copies the findings.
   *
   * @throws NullPointerException if findings is null
   */
  public PrismaCheck {
    findings = List.copyOf(findings);
  }

  /**
   * The violated rules.
   *
   * @return the violations
   */
  public List<Finding> violations() {
    return of(Kind.VIOLATION);
  }

  /**
   * The warnings.
   *
   * @return the warnings
   */
  public List<Finding> warnings() {
    return of(Kind.WARNING);
  }

  /**
   * The rules that could not be checked.
   *
   * @return the unchecked rules
   */
  public List<Finding> notChecked() {
    return of(Kind.NOT_CHECKED);
  }

  /**
   * Whether no rule is violated (warnings and unchecked rules allowed).
   *
   * @return true if there is no violation
   */
  public boolean consistent() {
    return violations().isEmpty();
  }

  private List<Finding> of(Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * One line per finding.
   *
   * @return a multi-line summary
   */
  public String summary() {
    if (findings.isEmpty()) {
      return "PRISMA flow: all rules hold";
    }
    StringBuilder sb = new StringBuilder("PRISMA flow: ")
        .append(count(violations().size(), "violation", "violations")).append(", ")
        .append(count(warnings().size(), "warning", "warnings")).append(", ")
        .append(count(notChecked().size(), "rule", "rules")).append(" not checked");
    findings.forEach(f -> sb.append("\n  ").append(f));
    return sb.toString();
  }

  /**
   * One line, for example {@code PRISMA flow check: 1 violation, 0 warnings, 2 rules not
   * checked}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PRISMA flow check: " + count(violations().size(), "violation", "violations") + ", "
        + count(warnings().size(), "warning", "warnings") + ", "
        + count(notChecked().size(), "rule", "rules") + " not checked";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
