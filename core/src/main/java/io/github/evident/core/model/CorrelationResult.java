package io.github.evident.core.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.evident.core.EvidentStyle;
import io.github.evident.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A correlation coefficient with its sample size. */
@Value.Immutable
@EvidentStyle
@JsonTypeName("correlation")
@JsonSerialize(as = ImmutableCorrelationResult.class)
@JsonDeserialize(as = ImmutableCorrelationResult.class)
public abstract non-sealed class CorrelationResult implements ReportedResult {

  @Override
  public final Form form() {
    return Form.CORRELATION;
  }

  CorrelationResult() {}

  /**
   * The correlation, in [-1, 1].
   *
   * @return r
   */
  public abstract double r();

  /**
   * The sample size.
   *
   * @return n
   */
  public abstract OptionalInt n();

  @Override
  public abstract Optional<String> label();

  @Override
  public abstract Optional<PValue> p();

  @Value.Check
  void check() {
    Checks.correlation("correlation.r", r());
    n().ifPresent(v -> Checks.positive("correlation.n", v));
  }

  /**
   * A correlation with its sample size.
   *
   * @param r the correlation
   * @param n the sample size
   * @return the result
   */
  public static CorrelationResult of(double r, int n) {
    return new Builder().r(r).n(n).build();
  }

  /**
   * One line with the values as reported, for example {@code r = 0.34, n = 40}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return ReportedText.of(this).text("r = " + ReportedText.value(r())).count("n", n())
        .end(this);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CorrelationResult}. */
  public static final class Builder extends ImmutableCorrelationResult.Builder {}
}
