package io.github.commissioningvfm.examples.payment;

import static io.github.commissioningvfm.examples.ReportAssertions.assertMoney;
import static io.github.commissioningvfm.examples.ReportAssertions.assertReportFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.payment.nhsps.SchemeMechanism;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentOptionsExampleTest {

  @TempDir
  static Path reports;
  static JsonNode result;

  @BeforeAll
  static void runMain() throws IOException {
    PaymentOptionsExample.main(new String[] {reports.toString()});
    result = assertReportFolder(reports.resolve("payment-options"), List.of("item", "value", "unit", "note"));
    io.github.commissioningvfm.examples.ReportAssertions.assertBoardReady(reports.resolve("payment-options"));
  }

  @Test
  void everyPaymentInResultJsonIsTheMechanismsStatementTotal() {
    List<PaymentOption> options = PaymentOptionsExample.options();
    ActivityScenarios scenarios = PaymentOptionsExample.scenarios();
    assertEquals(options.size(), result.get("options").size());
    for (int i = 0; i < options.size(); i++) {
      JsonNode json = result.get("options").get(i);
      PaymentMechanism mechanism = options.get(i).mechanism();
      assertEquals(options.get(i).label(), json.get("label").asText());
      JsonNode pays = json.get("commissioner_pays");
      assertMoney(mechanism.statement(scenarios.low()).total(), pays.get("low"), options.get(i).label() + " low");
      assertMoney(mechanism.statement(scenarios.expected()).total(), pays.get("expected"),
          options.get(i).label() + " expected");
      assertMoney(mechanism.statement(scenarios.high()).total(), pays.get("high"), options.get(i).label() + " high");
      QuarterlyCashFlow flow = QuarterlyCashFlow.of(mechanism.statement(scenarios.expected()), PaymentOptionsExample.YEAR);
      for (int q = 0; q < flow.quarters().size(); q++) {
        JsonNode quarter = json.get("cash_flow_expected").get(q);
        assertEquals(flow.quarters().get(q).quarter().toString(), quarter.get("quarter").asText());
        assertMoney(flow.quarters().get(q).amount(), quarter.get("amount"), "quarter " + q);
      }
      assertMoney(flow.receivedInYear(), json.get("received_in_year"), "received in year");
    }
  }

  @Test
  void paymentsMatchTheArrangementsRulesWorkedByHand() {
    JsonNode options = result.get("options");
    // Block: GBP 480,000 whatever the activity.
    assertMoney(Money.of("480000"), options.get(0).get("commissioner_pays").get("high"), "block high");
    // Cap and collar, band 2,100-2,700 at GBP 150 a contact, limit GBP 60,000:
    // low 1,800 is 300 below the collar -> 480,000 - 300 x 150 = 435,000; high 3,000 -> 480,000 + 45,000.
    assertMoney(Money.of("435000"), options.get(1).get("commissioner_pays").get("low"), "cap-and-collar low");
    assertMoney(Money.of("525000"), options.get(1).get("commissioner_pays").get("high"), "cap-and-collar high");
    // Cost per case: 1,800 x 200 = 360,000.
    assertMoney(Money.of("360000"), options.get(2).get("commissioner_pays").get("low"), "cost per case low");
    // Outcome-based: 20% of 480,000 = 96,000 withheld, half released per outcome; at low activity one
    // outcome is met -> 384,000 + 48,000 = 432,000, all of it after the year end for the outcome part.
    assertMoney(Money.of("432000"), options.get(3).get("commissioner_pays").get("low"), "outcome-based low");
    assertMoney(Money.of("96000"), options.get(3).get("paid_after_year_end"), "outcome-based paid later");
    // Blended: 336,000 + 3,000 x 60 = 516,000 at high activity.
    assertMoney(Money.of("516000"), options.get(4).get("commissioner_pays").get("high"), "blended high");
  }

  @Test
  void theSameServiceFromAnNhsTrustSitsInsideItsHostIcbRelationshipsApi() {
    // 2025/26 NHS Payment Scheme (and 2023/25, Table 1): mechanisms apply to the whole
    // provider-commissioner relationship; LVA only where NHS England has mandated an LVA value.
    // The GBP 480,000 service from a trust sits inside the trust's GBP 85m relationship with its
    // host ICB, with no LVA value mandated, so it is paid under that relationship's API, not LVA.
    JsonNode scheme = result.get("nhs_payment_scheme");
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE.name(), scheme.get("nhs_trust").get("mechanism").asText());
    assertMoney(PaymentOptionsExample.HOST_RELATIONSHIP_VALUE, scheme.get("nhs_trust").get("relationship_value"),
        "host relationship value");
    assertEquals(PaymentOptionsExample.schemeSelection(ProviderType.NHS_TRUST).explanation(),
        scheme.get("nhs_trust").get("explanation").asText());
    assertEquals(SchemeMechanism.LOCAL_PAYMENT_ARRANGEMENT.name(),
        scheme.get("vcse_provider").get("mechanism").asText());
  }

  @Test
  void scenariosAreTheDeclaredActivityLevels() {
    ActivityScenarios scenarios = PaymentOptionsExample.scenarios();
    List<ActivityReport> reports = List.of(scenarios.low(), scenarios.expected(), scenarios.high());
    for (int i = 0; i < 3; i++) {
      assertEquals(PaymentOptionsExample.CONTACTS.get(i), reports.get(i).totalVolume());
      assertEquals(reports.get(i).totalVolume(), result.get("scenarios").get(i).get("contacts").asLong());
    }
    assertTrue(result.get("price_base").asText().equals("2024/25"));
  }
}
