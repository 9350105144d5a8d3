package io.github.evident.stats.plan;

import io.github.evident.core.model.DesignType;
import java.util.EnumSet;
import java.util.List;

/**
 * A class of study designs whose results may be combined in one comparison (Cochrane Handbook,
 * section 10.10.1 and ch. 24: results from different designs are analysed separately).
 *
 * @param name a short name, for example "two-group comparative"
 * @param designs the design types in the class, in enum order, without repeats
 */
public record DesignClass(String name, List<DesignType> designs) {

  /** The default classes (see {@link #defaults()}). */
  static final List<DesignClass> DEFAULTS = List.of(
      of("two-group comparative", DesignType.RANDOMIZED_TRIAL,
          DesignType.CONTROLLED_CLINICAL_TRIAL, DesignType.COHORT_ANALYTIC),
      of("single-group pre-post", DesignType.SINGLE_GROUP_PRE_POST),
      of("interrupted time series", DesignType.INTERRUPTED_TIME_SERIES),
      of("case-control", DesignType.CASE_CONTROL),
      of("cross-sectional", DesignType.CROSS_SECTIONAL));

  /**
   * Validates and normalises the components.
   *
   * @throws IllegalArgumentException if the name is blank or the designs are empty, contain
   *     null, {@code QUALITATIVE} or {@code MIXED_METHODS}
   */
  public DesignClass {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("designClass.name must not be blank, was '" + name + "'");
    }
    if (designs == null || designs.isEmpty()
        || designs.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("designClass.designs of '" + name
          + "' must be non-empty without null, was " + designs);
    }
    if (designs.contains(DesignType.QUALITATIVE) || designs.contains(DesignType.MIXED_METHODS)) {
      throw new IllegalArgumentException("designClass.designs of '" + name + "' must not contain "
          + "QUALITATIVE or MIXED_METHODS (a mixed-methods study is classed by its quantitative "
          + "component), was " + designs);
    }
    designs = List.copyOf(EnumSet.copyOf(designs));
  }

  /**
   * A design class.
   *
   * @param name the name
   * @param designs the design types
   * @return the class
   */
  public static DesignClass of(String name, DesignType... designs) {
    return new DesignClass(name, designs == null ? null : List.of(designs));
  }

  /**
   * The default classes: two-group comparative {RANDOMIZED_TRIAL, CONTROLLED_CLINICAL_TRIAL,
   * COHORT_ANALYTIC}; single-group pre-post {SINGLE_GROUP_PRE_POST}; {INTERRUPTED_TIME_SERIES};
   * {CASE_CONTROL}; {CROSS_SECTIONAL}. A mixed-methods study counts through its quantitative
   * component.
   *
   * @return the default classes
   */
  public static List<DesignClass> defaults() {
    return DEFAULTS;
  }

  /**
   * Whether the class contains the design type.
   *
   * @param type the design type
   * @return true if it does
   */
  public boolean contains(DesignType type) {
    return designs.contains(type);
  }

  @Override
  public String toString() {
    return name + " " + designs;
  }
}
