package io.github.commissioningvfm.model.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.commissioningvfm.model.internal.Decimals;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reading of the model's own types, without touching the host mapper's features: every
 * setting here applies only to properties declared by classes in {@code io.github.commissioningvfm.model}.
 *
 * <ul>
 * <li>every creator property is required (a missing field is an error) and, unless it is an
 * {@link Optional}, may not be {@code null};</li>
 * <li>a whole-number field (or a whole-number value of a map or collection field) refuses a
 * fractional number, and every JSON number is checked by the library's bounded decimal parser
 * before Jackson converts it, so no huge exponent is ever expanded;</li>
 * <li>a key that appears twice in one of our objects, or in any object or map nested in it, is
 * refused with a message saying it is duplicated;</li>
 * <li>{@link LocalDate} properties are written as ISO strings whatever the host's date settings.</li>
 * </ul>
 */
final class StrictReading {

  private static final String MODEL = "io.github.commissioningvfm.model.";

  private StrictReading() {
  }

  static boolean ours(Class<?> type) {
    return type != null && type.getName().startsWith(MODEL);
  }

  /** Marks our types' properties as required, non-null and strictly numeric. */
  static final class Introspector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Version version() {
      return Version.unknownVersion();
    }

    private static boolean ours(Annotated a) {
      return a instanceof AnnotatedMember m && StrictReading.ours(m.getDeclaringClass());
    }

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember m) {
      return ours(m) ? Boolean.TRUE : null;
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated a) {
      if (!ours(a) || a.getRawType() == Optional.class) {
        return JsonSetter.Value.empty();
      }
      return JsonSetter.Value.forValueNulls(Nulls.FAIL);
    }

    @Override
    public JsonFormat.Value findFormat(Annotated a) {
      if (!ours(a)) {
        return null;
      }
      JavaType type = a.getType();
      boolean date = type.hasRawClass(LocalDate.class)
          || (type.isReferenceType() && type.getReferencedType().hasRawClass(LocalDate.class));
      return date ? JsonFormat.Value.forShape(JsonFormat.Shape.STRING) : null;
    }
  }

  /** Wraps the bean deserializers of our types so that a duplicated key is refused. */
  static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      if (ours(beanDesc.getBeanClass()) && deserializer instanceof BeanDeserializerBase) {
        return new NoDuplicateKeys(deserializer);
      }
      return deserializer;
    }
  }

  /**
   * Copies one object into a buffer, refusing a key that appears twice at any depth, then lets the
   * bean deserializer read the buffer. Numbers with a fraction or exponent are buffered as their
   * literal text, so nothing is rounded or expanded on the way.
   */
  static final class NoDuplicateKeys extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    NoDuplicateKeys(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new NoDuplicateKeys(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.START_ARRAY && ctxt.isEnabled(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)) {
        return unwrapSingleValue(p, ctxt);
      }
      if (token != JsonToken.START_OBJECT && token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
        return _delegatee.deserialize(p, ctxt);
      }
      TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
      buffer.writeStartObject();
      if (token == JsonToken.START_OBJECT) {
        p.nextToken();
      }
      copyRefusingDuplicates(p, ctxt, buffer);
      buffer.writeEndObject();
      JsonParser buffered = buffer.asParserOnFirstToken();
      return _delegatee.deserialize(buffered, ctxt);
    }

    /**
     * The host's {@code UNWRAP_SINGLE_VALUE_ARRAYS}, with Jackson's rules for an empty or nested
     * array, applied here rather than by the bean deserializer so that the object inside the array
     * is checked like any other.
     */
    private Object unwrapSingleValue(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken first = p.nextToken();
      if (first == JsonToken.END_ARRAY) {
        CoercionAction action = _findCoercionFromEmptyArray(ctxt);
        if (action == CoercionAction.AsEmpty) {
          return getEmptyValue(ctxt);
        }
        if (action == CoercionAction.AsNull || action == CoercionAction.TryConvert) {
          return getNullValue(ctxt);
        }
        return ctxt.handleUnexpectedToken(handledType(), JsonToken.START_ARRAY, p, null);
      }
      if (first == JsonToken.START_ARRAY) {
        return ctxt.handleUnexpectedToken(handledType(), JsonToken.START_ARRAY, p,
            "Cannot deserialize value of type %s from deeply-nested Array: only single wrapper allowed with "
                + "`DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS`", handledType().getName());
      }
      Object value = deserialize(p, ctxt);
      if (p.nextToken() != JsonToken.END_ARRAY) {
        handleMissingEndArrayForSingle(p, ctxt);
      }
      return value;
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      return typeDeserializer.deserializeTypedFromObject(p, ctxt);
    }

    /**
     * Copies the object's fields, refusing a duplicated key at any depth, a fractional number for a
     * whole-number property (or a whole-number element of a map or collection property), and a
     * number outside the bounded decimal parser's limits.
     */
    private void copyRefusingDuplicates(JsonParser p, DeserializationContext ctxt, TokenBuffer buffer)
        throws IOException {
      Deque<Set<String>> objects = new ArrayDeque<>();
      objects.push(new HashSet<>());
      int depth = 1;
      JavaType field = null;
      for (JsonToken t = p.currentToken(); ; t = p.nextToken()) {
        if (t == null) {
          ctxt.reportInputMismatch(this, "Unexpected end of input inside %s", typeName());
        } else if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (!objects.peek().add(name)) {
            ctxt.reportInputMismatch(this, "Key '%s' in %s is duplicated", Decimals.cut(name), typeName());
          }
          if (depth == 1) {
            field = propertyType(name);
          }
          buffer.writeFieldName(name);
        } else if (t.isStructStart()) {
          depth++;
          if (t == JsonToken.START_OBJECT) {
            objects.push(new HashSet<>());
            buffer.writeStartObject();
          } else {
            buffer.writeStartArray();
          }
        } else if (t.isStructEnd()) {
          depth--;
          if (t == JsonToken.END_OBJECT) {
            objects.pop();
            if (depth == 0) {
              return;
            }
            buffer.writeEndObject();
          } else {
            buffer.writeEndArray();
          }
        } else if (t.isNumeric()) {
          JavaType expected = depth == 1 ? field
              : depth == 2 && field != null && field.isContainerType() ? field.getContentType() : null;
          if (t == JsonToken.VALUE_NUMBER_FLOAT && expected != null && isWholeNumber(expected.getRawClass())) {
            ctxt.reportInputMismatch(this, "Fractional number %s for a whole-number field is refused",
                Decimals.cut(p.getText()));
          }
          String text = p.getText();
          try {
            Decimals.parse(text, "number");
          } catch (IllegalArgumentException e) {
            ctxt.reportInputMismatch(this, "%s", e.getMessage());
          }
          if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            buffer.writeNumber(text);
          } else {
            buffer.copyCurrentEvent(p);
          }
        } else {
          buffer.copyCurrentEvent(p);
        }
      }
    }

    private String typeName() {
      return handledType() == null ? "object" : handledType().getSimpleName();
    }

    private JavaType propertyType(String name) {
      if (_delegatee instanceof BeanDeserializerBase bean) {
        SettableBeanProperty property = bean.findProperty(name);
        return property == null ? null : property.getType();
      }
      return null;
    }

    private static boolean isWholeNumber(Class<?> raw) {
      return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
          || raw == short.class || raw == Short.class || raw == java.math.BigInteger.class;
    }
  }
}
