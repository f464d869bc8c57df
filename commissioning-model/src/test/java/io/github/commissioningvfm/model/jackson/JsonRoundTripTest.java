package io.github.commissioningvfm.model.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.commissioningvfm.foreign.ForeignPojo;
import io.github.commissioningvfm.model.agreement.Term;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.procurement.ProcurementRoute;
import io.github.commissioningvfm.model.procurement.RouteDecision;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.time.LocalDate;
import java.util.Optional;
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

  /**
   * A fresh mapper for every test (JUnit makes a new instance per test), so that each test also
   * checks the module as it is built and registered, not a mapper cached by an earlier test.
   */
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void moduleIsFoundThroughTheServiceFile() {
    List<Module> found = ObjectMapper.findModules();
    assertTrue(found.stream().anyMatch(m -> m instanceof CommissioningVfmModule), found.toString());
  }

  @Test
  void everySampleRoundTripsExactly() throws JsonProcessingException {
    for (Object sample : Samples.all()) {
      String json = mapper.writeValueAsString(sample);
      Object back = mapper.readValue(json, sample.getClass());
      assertEquals(sample, back, json);
      Class<?> family = family(sample);
      if (family != null) {
        assertEquals(sample, mapper.readValue(json, family), json);
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
  void moneyIsWrittenAsAnObjectWithADecimalString() throws JsonProcessingException {
    assertEquals("{\"kind\":\"block\",\"annualValue\":{\"amount\":\"200000.00\",\"currency\":\"GBP\"}}",
        mapper.writeValueAsString(new Block(Money.ofPounds(200_000))));
    assertEquals("{\"amount\":\"12.3456\",\"currency\":\"GBP\"}", mapper.writeValueAsString(BigMoney.of("12.34560")));
    assertEquals("{\"amount\":\"1291152.97633022746461188411347941768\",\"currency\":\"GBP\",\"priceBase\":\"2024/25\"}",
        mapper.writeValueAsString(Cost.of("1291152.97633022746461188411347941768", "2024/25")));
    assertEquals(Cost.of(100_000, "2024/25"), mapper.readValue(
        "{\"amount\":\"100000\",\"currency\":\"GBP\",\"priceBase\":\"2024/25\"}", Cost.class));
  }

  @Test
  void datesAreIsoStringsWhateverTheHostsDateSetting() throws JsonProcessingException {
    ObjectMapper explicit = new ObjectMapper().registerModule(new CommissioningVfmModule());
    assertTrue(explicit.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
    assertEquals("{\"start\":\"2025-04-01\",\"end\":\"2026-03-31\"}",
        explicit.writeValueAsString(Term.of("2025-04-01", "2026-03-31")));
  }

  @Test
  void theHostMappersFeaturesAreLeftAloneForForeignTypes() throws JsonProcessingException {
    ObjectMapper explicit = new ObjectMapper().registerModule(new CommissioningVfmModule());
    ObjectMapper plain = new ObjectMapper();
    for (DeserializationFeature f : DeserializationFeature.values()) {
      assertEquals(plain.isEnabled(f), explicit.isEnabled(f), f.name());
    }
    // Jackson's defaults for a foreign type: a fraction is truncated and a missing int is 0. The
    // model's own types refuse both (tests below).
    assertEquals(new ForeignPojo(1, "b"), explicit.readValue("{\"count\":1.5,\"name\":\"b\"}",
        ForeignPojo.class));
    assertEquals(new ForeignPojo(0, "a"), explicit.readValue("{\"name\":\"a\"}", ForeignPojo.class));
  }

  @Test
  void aFractionForAWholeNumberIsRefused() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"capitation\",\"population\":12.5,\"annualRatePerHead\":{\"amount\":\"1.00\","
            + "\"currency\":\"GBP\"}}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Fractional number 12.5 for a whole-number field is refused"), e.getMessage());
    e = assertThrows(DatabindException.class, () -> mapper.readValue("{\"volumes\":{\"WF01A\":1.5},"
        + "\"outcomesMet\":[],\"qualityAchieved\":\"0%\"}", ActivityReport.class));
    assertTrue(e.getMessage().startsWith("Fractional number 1.5 for a whole-number field is refused"), e.getMessage());
  }

  @Test
  void aDuplicatedKeyIsRefusedSayingSo() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"block\",\"annualValue\":{\"amount\":\"1.00\",\"currency\":\"GBP\"},"
            + "\"annualValue\":{\"amount\":\"2.00\",\"currency\":\"GBP\"}}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Key 'annualValue' in Block is duplicated"), e.getMessage());
    e = assertThrows(DatabindException.class, () -> mapper.readValue("{\"volumes\":{\"WF01A\":1,\"WF01A\":2},"
        + "\"outcomesMet\":[],\"qualityAchieved\":\"0%\"}", ActivityReport.class));
    assertTrue(e.getMessage().startsWith("Key 'WF01A' in ActivityReport is duplicated"), e.getMessage());
    e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"amount\":\"1.00\",\"amount\":\"2.00\",\"currency\":\"GBP\"}", Money.class));
    assertTrue(e.getMessage().startsWith("Field 'amount' in Money is duplicated"), e.getMessage());
  }

  @Test
  void aNullIsRefusedExceptForAnOptional() throws JsonProcessingException {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"block\",\"annualValue\":null}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Invalid `null` value encountered for property \"annualValue\""),
        e.getMessage());
    assertEquals(new RouteDecision(ProcurementRoute.COMPETITIVE_PROCESS, LocalDate.parse("2024-06-01"),
        Optional.empty()), mapper.readValue("{\"route\":\"COMPETITIVE_PROCESS\",\"decided\":\"2024-06-01\","
        + "\"justification\":null}", RouteDecision.class));
  }

  @Test
  void hugeExponentsAreRefusedBeforeAnyArithmetic() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"amount\":\"1e100000000\",\"currency\":\"GBP\",\"priceBase\":\"2024/25\"}", Cost.class));
    assertTrue(e.getMessage().startsWith("Argument 'amount' is not a plain decimal number: '1e100000000'"),
        e.getMessage());
    e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"activity-based-payment\",\"prices\":{},\"marketForcesFactor\":1e100000000}",
        PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Argument 'number' has an exponent outside -200..200: '1e100000000'"),
        e.getMessage());
  }

  @Test
  void theCurrencyMustBeSterling() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"amount\":\"1.00\",\"currency\":\"EUR\"}", Money.class));
    assertTrue(e.getMessage().startsWith("Field 'currency' of Money must be 'GBP', not 'EUR'"), e.getMessage());
  }

  @Test
  void mapsAndSetsAreWrittenInKeyOrder() throws JsonProcessingException {
    ActivityReport report = ActivityReport.ofVolumes(Map.of(CurrencyCode.of("WF02B"), 2L, CurrencyCode.of("WF01A"), 1L))
        .withOutcomesMet(Set.of("waits", "recovery"));
    assertEquals("{\"volumes\":{\"WF01A\":1,\"WF02B\":2},\"outcomesMet\":[\"recovery\",\"waits\"],"
        + "\"qualityAchieved\":\"0%\"}", mapper.writeValueAsString(report));
  }

  @Test
  void moneyAsANumberIsRefused() {
    DatabindException e = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"kind\":\"block\",\"annualValue\":200000.0}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Money must be a JSON object such as {\"amount\":\"1234.56\","
        + "\"currency\":\"GBP\"}, not VALUE_NUMBER_FLOAT"), e.getMessage());
    e = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"amount\":1234.56,\"currency\":\"GBP\"}", Money.class));
    assertTrue(e.getMessage().startsWith("Field 'amount' of Money must be a JSON string"), e.getMessage());
  }

  @Test
  void unknownFieldIsRefusedNamingIt() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"block\",\"annualValue\":{\"amount\":\"1.00\",\"currency\":\"GBP\"},\"bonus\":1}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Unrecognized field \"bonus\""), e.getMessage());
  }

  @Test
  void missingFieldIsRefusedNamingIt() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"capitation\",\"annualRatePerHead\":{\"amount\":\"1.00\",\"currency\":\"GBP\"}}",
        PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Missing required creator property 'population'"), e.getMessage());
  }

  @Test
  void unknownKindIsRefused() {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"java.lang.Runtime\"}", PaymentMechanism.class));
    assertTrue(e.getMessage().startsWith("Could not resolve type id 'java.lang.Runtime'"), e.getMessage());
  }

  @Test
  void invalidValuesAreRefusedWithTheModelsMessage() throws JsonProcessingException {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"kind\":\"block\",\"annualValue\":{\"amount\":\"-1.00\",\"currency\":\"GBP\"}}",
        PaymentMechanism.class));
    assertTrue(e.getMessage().contains("Argument 'annualValue' must not be negative: -£1.00"), e.getMessage());
    e = assertThrows(DatabindException.class, () -> mapper.readValue(
        "{\"amount\":\"1.234\",\"currency\":\"GBP\"}", Money.class));
    assertTrue(e.getMessage().startsWith("Argument 'amount' has more than two decimal places: 1.234"), e.getMessage());
    e = assertThrows(DatabindException.class, () -> mapper.readValue("\"2024/26\"", FinancialYear.class));
    assertTrue(e.getMessage().startsWith("Cannot read FinancialYear from '2024/26': Argument 'text' is not a "
        + "financial year"), e.getMessage());
    assertFalse(mapper.writeValueAsString(Money.of("1.50")).contains("1.5\""));
  }
}
