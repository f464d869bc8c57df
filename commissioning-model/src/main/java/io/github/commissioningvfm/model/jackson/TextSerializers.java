package io.github.commissioningvfm.model.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.commissioningvfm.model.internal.Decimals;
import java.io.IOException;
import java.util.function.Function;

/** Serializers for value types written as a single string, read back with a parse function. */
final class TextSerializers {

  private TextSerializers() {
  }

  static <T> StdSerializer<T> serializer(Class<T> type, Function<T, String> format) {
    return new StdSerializer<>(type) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format.apply(value));
      }
    };
  }

  static <T> StdDeserializer<T> deserializer(Class<T> type, Function<String, T> parse, String example) {
    return new StdDeserializer<>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p.currentToken(), p, "%s must be a JSON string such as "
              + "'%s', not %s", type.getSimpleName(), example, p.currentToken()));
        }
        String text = p.getText();
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
          return type.cast(ctxt.reportInputMismatch(type, "Cannot read %s from '%s': %s", type.getSimpleName(),
              Decimals.cut(text), e.getMessage()));
        }
      }
    };
  }

  static KeyDeserializer keyDeserializer(Function<String, ?> parse) {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return parse.apply(key);
        } catch (IllegalArgumentException e) {
          return ctxt.reportInputMismatch(Object.class, "Cannot read map key '%s': %s", Decimals.cut(key),
              e.getMessage());
        }
      }
    };
  }
}
