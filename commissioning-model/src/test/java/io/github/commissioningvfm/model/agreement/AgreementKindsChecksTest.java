package io.github.commissioningvfm.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every kind of agreement checks its history against its term; amounts may not be negative. */
class AgreementKindsChecksTest {

  @Test
  void everyKindRefusesAChangeOutsideItsTerm() {
    AgreementDetails details = AgreementTest.details(Money.ofPounds(200_000));
    AgreementHistory late = AgreementHistory.EMPTY.with(new Variation(LocalDate.parse("2027-01-01"), "too late",
        Optional.empty()));
    List<Function<AgreementHistory, Agreement>> kinds = List.of(
        h -> new NhsStandardContract(details, h, ContractForm.FULL_LENGTH),
        h -> new GrantAgreement(details, h, "peer support"),
        h -> new SubContract(details, h, "HEAD-1"),
        h -> new GpContract(details, h, GpContractType.PMS),
        h -> new EnhancedService(details, h, EnhancedServiceType.DIRECTED, "Network Contract DES"),
        h -> new ServiceLevelAgreement(details, h),
        h -> new Section75Agreement(details, h, List.of(new PartnerContribution(OrganisationCode.of("QWE"),
            Money.ofPounds(200_000)))),
        h -> new AllianceAgreement(details, h, List.of(new AllianceMember(OrganisationCode.of("RXX"),
            Proportion.ALL))));
    for (Function<AgreementHistory, Agreement> kind : kinds) {
      assertEquals(details, kind.apply(AgreementHistory.EMPTY).details());
      String message = assertThrows(IllegalArgumentException.class, () -> kind.apply(late)).getMessage();
      assertTrue(message.startsWith("Argument 'history' must date every change within the term in effect ("),
          message);
      assertTrue(message.endsWith(": 2027-01-01"), message);
    }
  }

  @Test
  void amountsMayNotBeNegative() {
    assertEquals("Argument 'newAnnualValue' must not be negative: -\u00a31.00",
        assertThrows(IllegalArgumentException.class, () -> new Variation(LocalDate.parse("2025-10-01"), "cut",
            Optional.of(Money.of("-1")))).getMessage());
    assertEquals("Argument 'amount' must not be negative: -\u00a31.00",
        assertThrows(IllegalArgumentException.class, () -> new GrantAward(FinancialYear.parse("2025/26"),
            Money.of("-1"))).getMessage());
    assertEquals("Argument 'annualContribution' must not be negative: -\u00a31.00",
        assertThrows(IllegalArgumentException.class, () -> new PartnerContribution(OrganisationCode.of("QWE"),
            Money.of("-1"))).getMessage());
  }
}
