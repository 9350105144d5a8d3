package io.github.evident.core.model;

import io.github.evident.core.internal.Checks;

/**
 * A protocol registration, e.g. PROSPERO CRD42020204592.
 *
 * @param registry the registry, e.g. "PROSPERO"
 * @param id the registration id in that registry
 */
public record Registration(String registry, String id) {

  /**
   * Validates the registration.
   *
   * @throws IllegalArgumentException if registry or id is blank
   */
  public Registration {
    Checks.nonBlank("registration.registry", registry);
    Checks.nonBlank("registration.id", id);
  }

  /**
   * A PROSPERO registration.
   *
   * @param id the id, e.g. "CRD42020204592"
   * @return the registration
   */
  public static Registration prospero(String id) {
    return new Registration("PROSPERO", id);
  }

  @Override
  public String toString() {
    return registry + " " + id;
  }
}
