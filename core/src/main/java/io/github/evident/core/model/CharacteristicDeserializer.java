package io.github.evident.core.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a characteristic from a JSON number (numeric) or a JSON string (a level). */
final class CharacteristicDeserializer extends StdDeserializer<Characteristic> {

  private static final long serialVersionUID = 1L;

  CharacteristicDeserializer() {
    super(Characteristic.class);
  }

  @Override
  public Characteristic deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
      return Characteristic.of(p.getDoubleValue());
    }
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      return Characteristic.of(p.getText());
    }
    return (Characteristic) ctxt.handleUnexpectedToken(Characteristic.class, p);
  }
}
