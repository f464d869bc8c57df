package io.github.commissioningvfm.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.rate.Proportion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Section 75 and alliance agreements keep their partners when the agreement changes. */
class PartnershipAgreementsTest {

  private static final Variation MORE = new Variation(LocalDate.parse("2025-10-01"), "extra evening cover",
      Optional.of(Money.ofPounds(230_000)));

  @Test
  void aSection75AgreementKeepsItsContributionsThroughAChange() {
    List<PartnerContribution> partners = List.of(new PartnerContribution(OrganisationCode.of("QWE"),
        Money.ofPounds(120_000)), new PartnerContribution(OrganisationCode.of("E08000035"), Money.ofPounds(80_000)));
    Section75Agreement pooled = new Section75Agreement(AgreementTest.details(Money.ofPounds(200_000)),
        AgreementHistory.EMPTY, partners);
    Section75Agreement varied = pooled.withChange(MORE);
    assertEquals(partners, varied.contributions());
    assertEquals(List.of(MORE), varied.history().changes());
    assertEquals(Money.ofPounds(230_000), varied.annualValueOn(LocalDate.parse("2025-10-01")));
  }

  @Test
  void anAllianceKeepsItsMembersThroughAChange() {
    List<AllianceMember> members = List.of(new AllianceMember(OrganisationCode.of("RXX"), Proportion.ofPercent("70")),
        new AllianceMember(OrganisationCode.of("NL123"), Proportion.ofPercent("30")));
    AllianceAgreement alliance = new AllianceAgreement(AgreementTest.details(Money.ofPounds(200_000)),
        AgreementHistory.EMPTY, members);
    AllianceAgreement varied = alliance.withChange(MORE);
    assertEquals(members, varied.members());
    assertEquals(List.of(MORE), varied.history().changes());
  }
}
