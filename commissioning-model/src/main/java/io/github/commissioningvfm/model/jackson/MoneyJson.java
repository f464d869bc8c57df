package io.github.commissioningvfm.model.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.commissioningvfm.model.internal.Decimals;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The object forms of the money types: {@code {"amount":"1234.56","currency":"GBP"}} for
 * {@link Money} (scale 2), the same with the exact plain decimal for {@link BigMoney}, and with a
 * {@code "priceBase"} for {@link Cost}. The amount is a JSON string, so no reader rounds it to a
 * binary float. Reading is strict: every field is required, no other field is allowed, a field
 * may not appear twice, and the amount must be a plain decimal within the library's bounds.
 */
final class MoneyJson {

  private static final String GBP = "GBP";

  private MoneyJson() {
  }

  static StdSerializer<Money> moneySerializer() {
    return new StdSerializer<>(Money.class) {
      @Override
      public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(gen, value.amount(), null);
      }
    };
  }

  static StdSerializer<BigMoney> bigMoneySerializer() {
    return new StdSerializer<>(BigMoney.class) {
      @Override
      public void serialize(BigMoney value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(gen, value.amount(), null);
      }
    };
  }

  static StdSerializer<Cost> costSerializer() {
    return new StdSerializer<>(Cost.class) {
      @Override
      public void serialize(Cost value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(gen, value.amount().amount(), value.priceBase());
      }
    };
  }

  private static void write(JsonGenerator gen, BigDecimal amount, FinancialYear priceBase) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("amount", amount.toPlainString());
    gen.writeStringField("currency", GBP);
    if (priceBase != null) {
      gen.writeStringField("priceBase", priceBase.toString());
    }
    gen.writeEndObject();
  }

  static StdDeserializer<Money> moneyDeserializer() {
    return deserializer(Money.class, List.of("amount", "currency"), "{\"amount\":\"1234.56\",\"currency\":\"GBP\"}",
        f -> Money.of(Decimals.parsePlain(f.get("amount"), "amount", true)));
  }

  static StdDeserializer<BigMoney> bigMoneyDeserializer() {
    return deserializer(BigMoney.class, List.of("amount", "currency"),
        "{\"amount\":\"12.3456\",\"currency\":\"GBP\"}",
        f -> BigMoney.of(Decimals.parsePlain(f.get("amount"), "amount", true)));
  }

  static StdDeserializer<Cost> costDeserializer() {
    return deserializer(Cost.class, List.of("amount", "currency", "priceBase"),
        "{\"amount\":\"280.17\",\"currency\":\"GBP\",\"priceBase\":\"2024/25\"}",
        f -> new Cost(BigMoney.of(Decimals.parsePlain(f.get("amount"), "amount", true)),
            FinancialYear.parse(f.get("priceBase"))));
  }

  private static <T> StdDeserializer<T> deserializer(Class<T> type, List<String> names, String example,
      Function<Map<String, String>, T> build) {
    return new StdDeserializer<>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Map<String, String> f = fields(p, ctxt, type, names, example);
        try {
          return build.apply(f);
        } catch (IllegalArgumentException | ArithmeticException e) {
          return ctxt.reportInputMismatch(type, "%s", e.getMessage());
        }
      }
    };
  }

  /**
   * Reads an object whose fields are exactly the given names, each a JSON string; the currency
   * must be GBP.
   */
  private static Map<String, String> fields(JsonParser p, DeserializationContext ctxt, Class<?> type,
      List<String> names, String example) throws IOException {
    String typeName = type.getSimpleName();
    if (!p.isExpectedStartObjectToken()) {
      return ctxt.reportInputMismatch(type, "%s must be a JSON object such as %s, not %s", typeName, example,
          p.currentToken());
    }
    Map<String, String> fields = new HashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      if (!names.contains(name)) {
        return ctxt.reportInputMismatch(type, "Unrecognized field '%s' in %s; expected %s", Decimals.cut(name),
            typeName, String.join(", ", names));
      }
      if (fields.containsKey(name)) {
        return ctxt.reportInputMismatch(type, "Field '%s' in %s is duplicated", name, typeName);
      }
      JsonToken value = p.nextToken();
      if (value != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(type, "Field '%s' of %s must be a JSON string as in %s, not %s", name,
            typeName, example, value);
      }
      fields.put(name, p.getText());
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      return ctxt.reportInputMismatch(type, "%s must be a JSON object such as %s", typeName, example);
    }
    for (String name : names) {
      if (!fields.containsKey(name)) {
        return ctxt.reportInputMismatch(type, "Missing field '%s' in %s; expected %s", name, typeName, example);
      }
    }
    if (!GBP.equals(fields.get("currency"))) {
      return ctxt.reportInputMismatch(type, "Field 'currency' of %s must be 'GBP', not '%s'", typeName,
          Decimals.cut(fields.get("currency")));
    }
    return fields;
  }
}
