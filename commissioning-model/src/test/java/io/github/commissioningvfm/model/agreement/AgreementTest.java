package io.github.commissioningvfm.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.Commissioner;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.organisation.IncomeBand;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.organisation.Provider;
import io.github.commissioningvfm.model.organisation.VcseLegalForm;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.rate.Proportion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementTest {

  static final Commissioner ICB =
      Commissioner.of("QWE", "An integrated care board", CommissionerType.INTEGRATED_CARE_BOARD);
  static final Provider CHARITY = Provider.vcse("NL1234", "A crisis charity", VcseLegalForm.CHARITABLE_COMPANY,
      IncomeBand.LARGE);

  static AgreementDetails details(Money value) {
    return AgreementDetails.builder()
        .reference("ICB-MH-2025-014")
        .party(new Party(ICB, PartyRole.COMMISSIONER))
        .party(new Party(CHARITY, PartyRole.PROVIDER))
        .term(Term.of("2025-04-01", "2026-03-31"))
        .annualValue(value)
        .payment(new Block(value))
        .kpi(new Kpi("KPI-1", "contacts answered within 60 seconds", "90%"))
        .outcomeMeasure("SWEMWBS")
        .build();
  }

  static NhsStandardContract contract() {
    return new NhsStandardContract(details(Money.ofPounds(200_000)), AgreementHistory.EMPTY, ContractForm.SHORTER_FORM);
  }

  @Test
  void extensionsAndRollOversMoveTheEndAndVariationsTheValue() {
    Agreement a = contract()
        .withChange(new Variation(LocalDate.parse("2025-10-01"), "extra evening cover",
            Optional.of(Money.ofPounds(230_000))))
        .withChange(new Extension(LocalDate.parse("2026-03-25"), LocalDate.parse("2027-03-31"), "option to extend"))
        .withChange(new RollOver(LocalDate.parse("2027-03-30"), LocalDate.parse("2028-03-31"), "confirmed late"));
    assertEquals(Term.of("2025-04-01", "2028-03-31"), a.currentTerm());
    assertEquals(Money.ofPounds(200_000), a.annualValueOn(LocalDate.parse("2025-09-30")));
    assertEquals(Money.ofPounds(230_000), a.annualValueOn(LocalDate.parse("2025-10-01")));
    assertEquals(3, a.history().changes().size());
    // The original is unchanged.
    assertEquals(0, contract().history().changes().size());
  }

  @Test
  void variationOutsideTheTermIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> contract().withChange(
        new Variation(LocalDate.parse("2026-05-01"), "late change", Optional.empty())));
    assertEquals("Argument 'history' must date every change within the term in effect (2025-04-01..2026-03-31), "
        + "but Variation is effective: 2026-05-01", e.getMessage());
  }

  @Test
  void overlappingExtensionIsRefused() {
    Agreement extended = contract().withChange(new Extension(LocalDate.parse("2026-03-01"),
        LocalDate.parse("2027-03-31"), "first"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extended.withChange(
        new Extension(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-09-30"), "second")));
    assertEquals("Argument 'history' must not overlap: each extension or roll-over must end after the current end "
        + "(2027-03-31), but Extension ends: 2026-09-30", e.getMessage());
  }

  @Test
  void changesOutOfDateOrderAreRefused() {
    Agreement a = contract().withChange(new Variation(LocalDate.parse("2025-10-01"), "x", Optional.empty()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.withChange(
        new Variation(LocalDate.parse("2025-09-01"), "y", Optional.empty())));
    assertEquals("Argument 'changes' must be in order of effective date, but change 1 is dated before 2025-10-01: "
        + "2025-09-01", e.getMessage());
  }

  @Test
  void termEndingBeforeItStartsIsRefused() {
    assertEquals("Argument 'end' must be after the start (2025-04-01): 2025-03-31", assertThrows(
        IllegalArgumentException.class, () -> Term.of("2025-04-01", "2025-03-31")).getMessage());
    assertEquals("Argument 'end' must be after the start (2025-04-01): 2025-04-01", assertThrows(
        IllegalArgumentException.class, () -> Term.of("2025-04-01", "2025-04-01")).getMessage());
    assertEquals(365, Term.of("2025-04-01", "2026-03-31").days());
  }

  @Test
  void section75ContributionsMustSumToThePooledBudget() {
    AgreementDetails d = details(Money.ofPounds(1_000_000));
    Section75Agreement s75 = new Section75Agreement(d, AgreementHistory.EMPTY, List.of(
        new PartnerContribution(OrganisationCode.of("QWE"), Money.ofPounds(600_000)),
        new PartnerContribution(OrganisationCode.of("E08000035"), Money.ofPounds(400_000))));
    assertEquals(2, s75.contributions().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Section75Agreement(d,
        AgreementHistory.EMPTY, List.of(new PartnerContribution(OrganisationCode.of("QWE"), Money.ofPounds(600_000)))));
    assertEquals("Argument 'contributions' must sum to the annual value (£1,000,000.00): £600,000.00",
        e.getMessage());
  }

  @Test
  void allianceSharesMustSumToOneHundredPercent() {
    AgreementDetails d = details(Money.ofPounds(500_000));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AllianceAgreement(d,
        AgreementHistory.EMPTY, List.of(new AllianceMember(OrganisationCode.of("RXX"), Proportion.ofPercent("60")),
            new AllianceMember(OrganisationCode.of("NL1234"), Proportion.ofPercent("30")))));
    assertEquals("Argument 'members' must have risk and gain shares adding up to 100%, they add up to: 90%",
        e.getMessage());
  }

  @Test
  void everyKindOfAgreementKeepsItsHistory() {
    AgreementDetails d = details(Money.ofPounds(50_000));
    Extension ext = new Extension(LocalDate.parse("2026-01-15"), LocalDate.parse("2027-03-31"), "extend");
    List<Agreement> all = List.of(
        new GrantAgreement(d, AgreementHistory.EMPTY, "peer support groups"),
        new SubContract(d, AgreementHistory.EMPTY, "ICB-MH-2023-002"),
        new GpContract(d, AgreementHistory.EMPTY, GpContractType.APMS),
        new EnhancedService(d, AgreementHistory.EMPTY, EnhancedServiceType.LOCAL, "mental health review LES"),
        new ServiceLevelAgreement(d, AgreementHistory.EMPTY));
    for (Agreement a : all) {
      Agreement changed = a.withChange(ext);
      assertEquals(a.getClass(), changed.getClass());
      assertEquals(LocalDate.parse("2027-03-31"), changed.currentTerm().end());
    }
  }

  @Test
  void detailsNeedTwoPartiesAndDistinctKpis() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgreementDetails.builder()
        .reference("X").party(new Party(ICB, PartyRole.COMMISSIONER)).term(Term.of("2025-04-01", "2026-03-31"))
        .annualValue(Money.ofPounds(1)).payment(new Block(Money.ofPounds(1))).build());
    assertEquals("Argument 'parties' must name at least two parties, found: 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> AgreementDetails.builder()
        .reference("X").party(new Party(ICB, PartyRole.COMMISSIONER)).party(new Party(CHARITY, PartyRole.PROVIDER))
        .term(Term.of("2025-04-01", "2026-03-31")).annualValue(Money.ofPounds(1)).payment(new Block(Money.ofPounds(1)))
        .kpi(new Kpi("K", "a", "b")).kpi(new Kpi("K", "c", "d")).build());
    assertEquals("Argument 'kpis' must have distinct ids, duplicate: 'K'", e.getMessage());
  }
}
