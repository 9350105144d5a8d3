package io.github.evident.core.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * The strict reader's type rules: a value is read only from the JSON type the schema names.
 *
 * <ul>
 *   <li>No coercion between scalars: no {@code 6.9} or {@code 1e-300} for an integer, no
 *       {@code "12"} for a number, no number or boolean for a string, no number for a boolean,
 *       no {@code ""} or {@code " "} read as an absent value.</li>
 *   <li>No {@code null} inside an array or an object's values.</li>
 *   <li>Enum values spelled exactly: Jackson would otherwise trim whitespace and control
 *       characters around them.</li>
 *   <li>Text is well-formed Unicode: a string with an unpaired UTF-16 surrogate is neither read
 *       nor written (it has no UTF-8 encoding).</li>
 * </ul>
 */
final class StrictTypes {

  private StrictTypes() {}

  /** Applies the rules to a mapper builder. */
  static JsonMapper.Builder apply(JsonMapper.Builder builder) {
    builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .withCoercionConfigDefaults(c -> c
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setAcceptBlankAsEmpty(false));
    for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean, LogicalType.Textual, LogicalType.Enum}) {
      builder.withCoercionConfig(t, c -> c
          .setCoercion(CoercionInputShape.String, t == LogicalType.Textual
              || t == LogicalType.Enum ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer
              || t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, t == LogicalType.Float
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean
              ? CoercionAction.TryConvert : CoercionAction.Fail));
    }
    return builder.addModule(module());
  }

  private static SimpleModule module() {
    SimpleModule m = new SimpleModule("evident-strict-types");
    m.addDeserializer(String.class, new TextDeserializer());
    m.addSerializer(String.class, new TextSerializer());
    m.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config,
          JavaType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new ExactEnum(deserializer);
      }
    });
    return m;
  }

  /**
   * The index of the first unpaired surrogate in {@code s}, or −1 if it is well-formed UTF-16.
   */
  static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String surrogateMessage(String s, int at) {
    return String.format("text must be well-formed Unicode, was a string with an unpaired "
        + "surrogate \\u%04x at character %d", (int) s.charAt(at), at);
  }

  /** Reads strings only from JSON strings, and only well-formed ones. */
  private static final class TextDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    TextDeserializer() {
      super(String.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String s = StringDeserializer.instance.deserialize(p, ctxt);
      int bad = unpairedSurrogate(s);
      if (bad >= 0) {
        throw JsonMappingException.from(p, surrogateMessage(s, bad));
      }
      return s;
    }
  }

  /** Writes strings, refusing those that have no UTF-8 encoding. */
  private static final class TextSerializer extends StdScalarSerializer<String> {
    private static final long serialVersionUID = 1L;

    TextSerializer() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      int bad = unpairedSurrogate(value);
      if (bad >= 0) {
        throw JsonMappingException.from(gen, surrogateMessage(value, bad));
      }
      gen.writeString(value);
    }
  }

  /** Refuses enum names with characters around them that Jackson would trim away. */
  private static final class ExactEnum extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    ExactEnum(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new ExactEnum(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String s = p.getText();
        if (!s.isEmpty() && (s.charAt(0) <= ' ' || s.charAt(s.length() - 1) <= ' ')) {
          return ctxt.handleWeirdStringValue(handledType(), s,
              "not one of the values accepted (no spaces or control characters around it)");
        }
      }
      return super.deserialize(p, ctxt);
    }
  }
}
