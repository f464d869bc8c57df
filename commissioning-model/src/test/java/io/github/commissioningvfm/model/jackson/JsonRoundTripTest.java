package io.github.commissioningvfm.model.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.agreement.Agreement;
import io.github.commissioningvfm.model.agreement.AgreementChange;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.Organisation;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CurrencyCode;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Test
  void moduleIsFoundThroughTheServiceFile() {
    List<Module> found = ObjectMapper.findModules();
    assertTrue(found.stream().anyMatch(m -> m instanceof CommissioningVfmModule), found.toString());
  }

  @Test
  void everySampleRoundTripsExactly() throws JsonProcessingException {
    for (Object sample : Samples.all()) {
      String json = MAPPER.writeValueAsString(sample);
      Object back = MAPPER.readValue(json, sample.getClass());
      assertEquals(sample, back, json);
      Class<?> family = family(sample);
      if (family != null) {
        assertEquals(sample, MAPPER.readValue(json, family), json);
      }
    }
  }

  private static Class<?> family(Object sample) {
    for (Class<?> f : List.of(PaymentMechanism.class, Agreement.class, AgreementChange.class, Organisation.class)) {
      if (f.isInstance(sample)) {
        return f;
      }
    }
    return null;
  }

  @Test
  void everyPublicRecordAndEnumHasASample() throws IOException, URISyntaxException, ClassNotFoundException {
    Set<Class<?>> sampled = new HashSet<>();
    Samples.all().forEach(s -> sampled.add(s.getClass().isAnonymousClass() ? s.getClass().getSuperclass()
        : s.getClass()));
    Path root = Paths.get(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/github/commissioningvfm/model");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = "io.github.commissioningvfm.model." + name.substring(0, name.length() - ".class".length());
        if (name.contains(".internal.") || name.contains(".jackson.")) {
          continue;
        }
        Class<?> type = Class.forName(name);
        boolean publicApi = java.lang.reflect.Modifier.isPublic(type.getModifiers());
        if (publicApi && (type.isRecord() || type.isEnum()) && !sampled.contains(type)) {
          missing.add(name);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void moneyIsWrittenAsAString() throws JsonProcessingException {
    assertEquals("{\"kind\":\"block\",\"annualValue\":\"GBP 200000.00\"}",
        MAPPER.writeValueAsString(new Block(Money.ofPounds(200_000))));
  }

  @Test
  void mapsAndSetsAreWrittenInKeyOrder() throws JsonProcessingException {
    ActivityReport report = ActivityReport.ofVolumes(Map.of(CurrencyCode.of("WF02B"), 2L, CurrencyCode.of("WF01A"), 1L))
        .withOutcomesMet(Set.of("waits", "recovery"));
    assertEquals("{\"volumes\":{\"WF01A\":1,\"WF02B\":2},\"outcomesMet\":[\"recovery\",\"waits\"],"
        + "\"qualityAchieved\":\"0%\"}", MAPPER.writeValueAsString(report));
  }

  @Test
  void moneyAsANumberIsRefused() {
    DatabindException e = assertThrows(DatabindException.class,
        () -> MAPPER.readValue("{\"kind\":\"block\",\"annualValue\":200000.0}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Money must be a JSON string such as 'GBP 1234.56', not VALUE_NUMBER_FLOAT"),
        e.getMessage());
  }

  @Test
  void unknownFieldIsRefusedNamingIt() {
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(
        "{\"kind\":\"block\",\"annualValue\":\"GBP 1.00\",\"bonus\":\"GBP 5.00\"}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Unrecognized field \"bonus\""), e.getMessage());
  }

  @Test
  void missingFieldIsRefusedNamingIt() {
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(
        "{\"kind\":\"capitation\",\"annualRatePerHead\":\"GBP 1.00\"}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Missing creator property 'population'"), e.getMessage());
  }

  @Test
  void unknownKindIsRefused() {
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(
        "{\"kind\":\"java.lang.Runtime\"}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Could not resolve type id 'java.lang.Runtime'"), e.getMessage());
  }

  @Test
  void invalidValuesAreRefusedWithTheModelsMessage() throws JsonProcessingException {
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(
        "{\"kind\":\"block\",\"annualValue\":\"GBP -1.00\"}", PaymentMechanism.class));
    assertTrue(e.getMessage().contains("Argument 'annualValue' must not be negative: -£1.00"), e.getMessage());
    e = assertThrows(DatabindException.class, () -> MAPPER.readValue("\"GBP 1.234\"", Money.class));
    assertTrue(e.getMessage().contains("Argument 'text' is not an amount of money: 'GBP 1.234'"), e.getMessage());
    assertFalse(MAPPER.writeValueAsString(Money.of("1.50")).contains("1.5\""));
  }
}
