package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Event counts of two groups, in metafor's layout: {@code a} events and {@code b} non-events in
 * group 1 (treatment), {@code c} events and {@code d} non-events in group 2 (control).
 */
@Value.Immutable
@EvidentStyle
@JsonTypeName("twoByTwo")
@JsonSerialize(as = ImmutableTwoByTwo.class)
@JsonDeserialize(as = ImmutableTwoByTwo.class)
public abstract non-sealed class TwoByTwo implements ReportedResult {

  @Override
  public final Form form() {
    return Form.TWO_BY_TWO;
  }

  TwoByTwo() {}

  /**
   * Events in group 1.
   *
   * @return a
   */
  public abstract int a();

  /**
   * Non-events in group 1.
   *
   * @return b
   */
  public abstract int b();

  /**
   * Events in group 2.
   *
   * @return c
   */
  public abstract int c();

  /**
   * Non-events in group 2.
   *
   * @return d
   */
  public abstract int d();

  @Override
  public abstract Optional<String> label();

  @Override
  public abstract Optional<PValue> p();

  @Value.Check
  void check() {
    Checks.nonNegative("twoByTwo.a", a());
    Checks.nonNegative("twoByTwo.b", b());
    Checks.nonNegative("twoByTwo.c", c());
    Checks.nonNegative("twoByTwo.d", d());
  }

  /**
   * A table of counts.
   *
   * @param a events in group 1
   * @param b non-events in group 1
   * @param c events in group 2
   * @param d non-events in group 2
   * @return the table
   */
  public static TwoByTwo of(int a, int b, int c, int d) {
    return new Builder().a(a).b(b).c(c).d(d).build();
  }

  /**
   * One line with the counts, for example {@code 2x2 table: events 4 of 123 and 11 of 139}
   * (a of a + b in the first group, c of c + d in the second).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return ReportedText.of(this).text("2x2 table: events " + a() + " of " + (a() + b())
        + " and " + c() + " of " + (c() + d())).end(this);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TwoByTwo}. */
  public static final class Builder extends ImmutableTwoByTwo.Builder {}
}
