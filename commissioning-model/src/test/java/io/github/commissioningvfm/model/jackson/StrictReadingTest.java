package io.github.commissioningvfm.model.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.github.commissioningvfm.foreign.ForeignHolder;
import io.github.commissioningvfm.foreign.ForeignPojo;
import io.github.commissioningvfm.model.agreement.Term;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The strict reading of the model's own types, each rule against a freshly built mapper. */
class StrictReadingTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new CommissioningVfmModule());

  @Test
  void anOptionalDateIsAnIsoStringWhateverTheHostsDateSetting() throws JsonProcessingException {
    Finding finding = new Finding(FindingKind.START_AFTER_END, "2024/25", Optional.of(LocalDate.of(2025, 4, 1)),
        "starts after it ends");
    String json = mapper.writeValueAsString(finding);
    assertTrue(json.contains("\"date\":\"2025-04-01\""), json);
    assertEquals(finding, mapper.readValue(json, Finding.class));
  }

  @Test
  void theIntrospectorHasNoVersionOfItsOwn() {
    assertEquals(Version.unknownVersion(), new StrictReading.Introspector().version());
  }

  @Test
  void aModelObjectGivenAsAnArrayIsRefusedByJackson() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue("[\"2025-04-01\"]",
        Term.class));
    assertTrue(e.getMessage().startsWith("Cannot deserialize value of type `io.github.commissioningvfm.model."
        + "agreement.Term` from Array value"), e.getMessage());
  }

  @Test
  void theHostsArrayUnwrappingStillApplies() throws JsonProcessingException {
    ObjectMapper unwrapping = new ObjectMapper().registerModule(new CommissioningVfmModule())
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
    assertEquals(Term.of("2025-04-01", "2026-03-31"), unwrapping.readValue(
        "[{\"start\":\"2025-04-01\",\"end\":\"2026-03-31\"}]", Term.class));
  }

  @Test
  void anObjectUnwrappedFromAnArrayIsStillCheckedForDuplicatedKeys() {
    ObjectMapper unwrapping = new ObjectMapper().registerModule(new CommissioningVfmModule())
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
    DatabindException e = assertThrows(DatabindException.class, () -> unwrapping.readValue(
        "[{\"start\":\"2025-04-01\",\"start\":\"2025-05-01\",\"end\":\"2026-03-31\"}]", Term.class));
    assertTrue(e.getMessage().startsWith("Key 'start' in Term is duplicated"), e.getMessage());
  }

  @Test
  void unwrappingFollowsJacksonsRulesForOtherArrays() throws JsonProcessingException {
    ObjectMapper unwrapping = new ObjectMapper().registerModule(new CommissioningVfmModule())
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
    String term = "{\"start\":\"2025-04-01\",\"end\":\"2026-03-31\"}";
    DatabindException two = assertThrows(DatabindException.class,
        () -> unwrapping.readValue("[" + term + "," + term + "]", Term.class));
    assertTrue(two.getMessage().startsWith("Unexpected token (START_OBJECT), expected END_ARRAY: Attempted to unwrap 'io.github.commissioningvfm.model.agreement.Term' "
        + "value from an array (with `DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS`) but it contains more than "
        + "one value"), two.getMessage());
    DatabindException nested = assertThrows(DatabindException.class,
        () -> unwrapping.readValue("[[" + term + "]]", Term.class));
    assertTrue(nested.getMessage().startsWith("Cannot deserialize value of type io.github.commissioningvfm.model."
        + "agreement.Term from deeply-nested Array: only single wrapper allowed with "
        + "`DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS`"), nested.getMessage());
    DatabindException empty = assertThrows(DatabindException.class, () -> unwrapping.readValue("[]", Term.class));
    assertTrue(empty.getMessage().startsWith("Cannot deserialize value of type `io.github.commissioningvfm.model."
        + "agreement.Term` from Array value"), empty.getMessage());
    ObjectMapper emptyAsNull = new ObjectMapper().registerModule(new CommissioningVfmModule())
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);
    assertNull(emptyAsNull.readValue("[]", Term.class));
  }

  @Test
  void aPropertyThatIgnoresFieldsStillRefusesDuplicatedKeys() throws JsonProcessingException {
    ForeignHolder holder = mapper.readValue(
        "{\"term\":{\"start\":\"2025-04-01\",\"end\":\"2026-03-31\",\"note\":\"draft\"}}", ForeignHolder.class);
    assertEquals(Term.of("2025-04-01", "2026-03-31"), holder.term());
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"term\":{\"start\":\"2025-04-01\",\"start\":\"2025-05-01\",\"end\":\"2026-03-31\"}}",
        ForeignHolder.class));
    assertTrue(e.getMessage().startsWith("Key 'start' in Term is duplicated"), e.getMessage());
  }

  @Test
  void aForeignTypeKeepsTheHostsRuleForDuplicatedKeys() throws JsonProcessingException {
    // Jackson's default for a foreign type: the last value of a repeated key wins.
    assertEquals(new ForeignPojo(2, "a"), mapper.readValue("{\"count\":1,\"count\":2,\"name\":\"a\"}",
        ForeignPojo.class));
  }

  @Test
  void theHostsProblemHandlerMaySupplyAValueForAWrongToken() throws JsonProcessingException {
    ObjectMapper lenient = new ObjectMapper().registerModule(new CommissioningVfmModule())
        .addHandler(new DeserializationProblemHandler() {
          @Override
          public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
              JsonParser p, String failureMsg) throws IOException {
            return FinancialYear.ofStartYear(p.getIntValue());
          }
        });
    assertEquals(FinancialYear.parse("2024/25"), lenient.readValue("2024", FinancialYear.class));
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue("2024", FinancialYear.class));
    assertTrue(e.getMessage().startsWith("FinancialYear must be a JSON string such as '2024/25', not VALUE_NUMBER_INT"),
        e.getMessage());
  }

  @Test
  void aMissingOrNullFieldOfAModelTypeIsRefused() {
    DatabindException missing = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"start\":\"2025-04-01\"}", Term.class));
    assertTrue(missing.getMessage().startsWith("Missing required creator property 'end'"), missing.getMessage());
    DatabindException nul = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"start\":\"2025-04-01\",\"end\":null}", Term.class));
    assertTrue(nul.getMessage().startsWith("Invalid `null` value encountered for property \"end\""),
        nul.getMessage());
  }
}
