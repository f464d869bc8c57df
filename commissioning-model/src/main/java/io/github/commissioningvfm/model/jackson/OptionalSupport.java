package io.github.commissioningvfm.model.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * {@link Optional} as a reference type: an empty optional is written as JSON {@code null} and read
 * back from it. A missing property is not an empty optional: it is reported as missing.
 */
final class OptionalSupport {

  private OptionalSupport() {
  }

  /** Makes Jackson treat {@code Optional<T>} as a reference to {@code T}. */
  static final class OptionalTypeModifier extends TypeModifier {
    @Override
    public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory typeFactory) {
      if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Optional.class) {
        return type;
      }
      return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
    }
  }

  /** Finds the optional serializer. */
  static final class OptionalSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType refType,
        BeanDescription beanDesc, TypeSerializer contentTypeSerializer, JsonSerializer<Object> contentValueSerializer) {
      if (refType.getRawClass() == Optional.class) {
        return new OptionalSerializer(refType, contentTypeSerializer, contentValueSerializer);
      }
      return null;
    }
  }

  /** Finds the optional deserializer. */
  static final class OptionalDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findReferenceDeserializer(ReferenceType refType, DeserializationConfig config,
        BeanDescription beanDesc, TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) {
      if (refType.getRawClass() == Optional.class) {
        return new OptionalDeserializer(refType, null, contentTypeDeserializer, contentDeserializer);
      }
      return null;
    }
  }

  /** Writes an optional's value, or null when empty. */
  static final class OptionalSerializer extends ReferenceTypeSerializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalSerializer(ReferenceType fullType, TypeSerializer vts, JsonSerializer<Object> valueSer) {
      super(fullType, true, vts, valueSer);
    }

    private OptionalSerializer(OptionalSerializer base, BeanProperty property, TypeSerializer vts,
        JsonSerializer<?> valueSer, NameTransformer unwrapper, Object suppressableValue, boolean suppressNulls) {
      super(base, property, vts, valueSer, unwrapper, suppressableValue, suppressNulls);
    }

    @Override
    protected ReferenceTypeSerializer<Optional<?>> withResolved(BeanProperty prop, TypeSerializer vts,
        JsonSerializer<?> valueSer, NameTransformer unwrapper) {
      return new OptionalSerializer(this, prop, vts, valueSer, unwrapper, _suppressableValue, _suppressNulls);
    }

    @Override
    public ReferenceTypeSerializer<Optional<?>> withContentInclusion(Object suppressableValue, boolean suppressNulls) {
      return new OptionalSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
          suppressableValue, suppressNulls);
    }

    @Override
    protected boolean _isValuePresent(Optional<?> value) {
      return value.isPresent();
    }

    @Override
    protected Object _getReferenced(Optional<?> value) {
      return value.get();
    }

    @Override
    protected Object _getReferencedIfPresent(Optional<?> value) {
      return value.orElse(null);
    }
  }

  /** Reads null as an empty optional and anything else as its value. */
  static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(JavaType fullType, ValueInstantiator inst, TypeDeserializer typeDeser,
        JsonDeserializer<?> deser) {
      super(fullType, inst, typeDeser, deser);
    }

    @Override
    public OptionalDeserializer withResolved(TypeDeserializer typeDeser, JsonDeserializer<?> valueDeser) {
      return new OptionalDeserializer(_fullType, _valueInstantiator, typeDeser, valueDeser);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.CONSTANT;
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return Optional.ofNullable(contents);
    }
  }
}
