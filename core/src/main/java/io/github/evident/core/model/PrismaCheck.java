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
    NOT_CHECKED
  }

  /**
   * One finding.
   *
   * @param kind the kind
   * @param rule the rule's id, e.g. "screened"
   * @param message what is wrong, with the numbers
   */
  public record Finding(Kind kind, String rule, String message) {

    @Override
    public String toString() {
      return kind + " " + rule + ": " + message;
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
    StringBuilder sb = new StringBuilder("PRISMA flow: ").append(violations().size())
        .append(" violation(s), ").append(warnings().size()).append(" warning(s), ")
        .append(notChecked().size()).append(" rule(s) not checked");
    findings.forEach(f -> sb.append(System.lineSeparator()).append("  ").append(f));
    return sb.toString();
  }

  @Override
  public String toString() {
    return "PrismaCheck[" + violations().size() + " violations, " + warnings().size()
        + " warnings, " + notChecked().size() + " not checked]";
  }
}
