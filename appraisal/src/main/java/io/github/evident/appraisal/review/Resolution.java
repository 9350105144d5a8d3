package io.github.evident.appraisal.review;

import io.github.evident.appraisal.Ruling;
import io.github.evident.core.internal.Checks;

/**
 * The consensus record for one difference: why the reviewers differed, the agreed answer or
 * rating, and who decided (the two reviewers, or a third reviewer who resolved it).
 *
 * @param kind what is resolved
 * @param target the item id, component id or {@code "global"}
 * @param value the agreed answer code (for an item) or rating (for a component or global)
 * @param reason why the reviewers differed
 * @param decidedBy who decided
 * @param note a free-text note, may be empty; null (or absent in JSON) reads as empty
 */
public record Resolution(Difference.Kind kind, String target, String value, Reason reason,
    String decidedBy, String note) {

  /**
   * Validates the record.
   *
   * @throws IllegalArgumentException if a field other than the note is null or blank
   */
  public Resolution {
    if (kind == null || reason == null) {
      throw new IllegalArgumentException("kind and reason of a resolution must not be null, "
          + "were " + kind + ", " + reason);
    }
    note = note == null ? "" : note;
    Checks.nonBlank("target of a resolution", target);
    Checks.nonBlank("value of a resolution", value);
    Checks.nonBlank("decidedBy of a resolution", decidedBy);
    if (kind == Difference.Kind.GLOBAL && !Ruling.GLOBAL.equals(target)) {
      throw new IllegalArgumentException("a global resolution's target must be '"
          + Ruling.GLOBAL + "', was '" + target + "'");
    }
  }

  /**
   * The agreed answer to an item.
   *
   * @param itemId the item
   * @param code the agreed code
   * @param reason why the reviewers differed
   * @param decidedBy who decided
   * @return the record
   */
  public static Resolution item(String itemId, String code, Reason reason, String decidedBy) {
    return new Resolution(Difference.Kind.ITEM, itemId, code, reason, decidedBy, "");
  }

  /**
   * The agreed rating of a component.
   *
   * @param componentId the component
   * @param rating the agreed rating
   * @param reason why the reviewers differed
   * @param decidedBy who decided
   * @return the record
   */
  public static Resolution component(String componentId, String rating, Reason reason,
      String decidedBy) {
    return new Resolution(Difference.Kind.COMPONENT, componentId, rating, reason, decidedBy,
        "");
  }

  /**
   * The agreed global rating.
   *
   * @param rating the agreed rating
   * @param reason why the reviewers differed
   * @param decidedBy who decided
   * @return the record
   */
  public static Resolution global(String rating, Reason reason, String decidedBy) {
    return new Resolution(Difference.Kind.GLOBAL, Ruling.GLOBAL, rating, reason, decidedBy, "");
  }

  /**
   * This record with a note.
   *
   * @param note the note
   * @return a new record
   */
  public Resolution withNote(String note) {
    return new Resolution(kind, target, value, reason, decidedBy, note);
  }

  @Override
  public String toString() {
    return kind.label(target) + " := " + value
        + " (" + reason.code() + " " + reason.label() + ", by " + decidedBy
        + (note.isEmpty() ? "" : "; " + note) + ")";
  }
}
