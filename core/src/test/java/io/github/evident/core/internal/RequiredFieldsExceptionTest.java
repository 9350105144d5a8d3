package io.github.evident.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequiredFieldsExceptionTest {

  @Test
  void namesEveryMissingField() {
    assertEquals("study.id is required", RequiredFieldsException.message("study.", "id"));
    assertEquals("study.id, study.citation and study.design are required",
        RequiredFieldsException.message("study.", "id", "citation", "design"));
  }

  @Test
  void withoutFieldsOrBuilderItStillHasAMessage() {
    assertEquals("a required field is missing", new RequiredFieldsException().getMessage());
    assertEquals("study: a required field is missing", RequiredFieldsException.message("study."));
  }
}
