package io.github.commissioningvfm.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The VCSE profile: register numbers, income by source, dependency and volunteers. Amounts illustrative. */
class VcseProfileTest {

  @Test
  void charityNumbersAreSixDigitsOrSevenBeginningWithOneWithAnOptionalSubsidiary() {
    // Charity Commission register: e.g. 202918 (first series), 1089464, 1053467-2 (a linked charity).
    for (String ok : List.of("202918", "1089464", "1053467-2")) {
      assertEquals(ok, CharityNumber.of(ok).value());
    }
    for (String bad : List.of("2089464", "12345", "SC002327", "1089464-")) {
      assertEquals("Argument 'value' must be a Charity Commission number: 6 digits, or 7 digits beginning with 1, "
          + "optionally '-n' for a linked charity: '" + bad + "'", assertThrows(IllegalArgumentException.class,
              () -> CharityNumber.of(bad)).getMessage());
    }
  }

  @Test
  void companyNumbersAreEightCharacters() {
    // Companies House: 00445790 (England and Wales), SC123456 (Scotland), OC123456 (an LLP), IP012345 (a society
    // in the index of company names), R1234567 (an older Northern Irish company).
    for (String ok : List.of("00445790", "SC123456", "OC123456", "IP012345", "R1234567")) {
      assertEquals(ok, CompanyNumber.of(ok).value());
    }
    for (String bad : List.of("445790", "XX123456", "sc123456", "SC1234567", "RS007654")) {
      assertEquals("Argument 'value' must be a Companies House number of 8 characters: 8 digits, a prefix such as "
          + "SC, NI or OC and 6 digits, or R and 7 digits: '" + bad + "'", assertThrows(
              IllegalArgumentException.class, () -> CompanyNumber.of(bad)).getMessage());
    }
  }

  static VcseProfile profile() {
    return VcseProfile.builder(VcseLegalForm.CHARITABLE_COMPANY).charityNumber("1089464").companyNumber("01234567")
        .income(IncomeSource.from("crisis contract", IncomeSourceKind.STATUTORY_CONTRACT, "QWE", Money.ofPounds(300_000)))
        .income(IncomeSource.from("council grant", IncomeSourceKind.STATUTORY_GRANT, "LAX01", Money.ofPounds(50_000)))
        .income(IncomeSource.of("donations", IncomeSourceKind.DONATIONS, Money.ofPounds(150_000)))
        .people(12, 30).build();
  }

  @Test
  void incomeSharesShowDependencyOnEachFunder() {
    VcseProfile p = profile();
    // total 500,000 -> medium band; statutory 350,000 = 70%; QWE 60%, LAX01 10%.
    assertEquals(Money.ofPounds(500_000), p.totalIncome());
    assertEquals(IncomeBand.MEDIUM, p.incomeBand());
    assertEquals(Optional.of(Proportion.ofPercent("70")), p.statutoryShare());
    assertEquals(List.of(new FunderShare(OrganisationCode.of("QWE"), Money.ofPounds(300_000), Proportion.ofPercent("60")),
        new FunderShare(OrganisationCode.of("LAX01"), Money.ofPounds(50_000), Proportion.ofPercent("10"))),
        p.funderShares());
    // 30 volunteers for 12 staff: 2.5 a head, inside the 1.5 to 5 that Sheaff et al. (2024), HSDR 12(39),
    // ch. 6 (source line 2271) report.
    assertEquals(Optional.of(new BigDecimal("2.50")), p.volunteersPerEmployee());
    assertEquals(Optional.empty(), new VcseProfile(VcseLegalForm.CHARITABLE_TRUST, IncomeBand.SMALL).statutoryShare());
  }

  @Test
  void registerNumbersMustFitTheLegalForm() {
    assertEquals("Argument 'charityNumber' must be absent for a COMMUNITY_INTEREST_COMPANY, which is not registered "
        + "with the Charity Commission: Optional[1089464]", assertThrows(IllegalArgumentException.class,
            () -> VcseProfile.builder(VcseLegalForm.COMMUNITY_INTEREST_COMPANY).incomeBand(IncomeBand.SMALL)
                .charityNumber("1089464").build()).getMessage());
    assertEquals("Argument 'companyNumber' must be absent for a CHARITABLE_INCORPORATED_ORGANISATION, which is not "
        + "on the Companies House register: Optional[01234567]", assertThrows(IllegalArgumentException.class,
            () -> VcseProfile.builder(VcseLegalForm.CHARITABLE_INCORPORATED_ORGANISATION).incomeBand(IncomeBand.SMALL)
                .companyNumber("01234567").build()).getMessage());
    assertEquals("Argument 'incomeBand' must be the band of the total income £500,000.00 (MEDIUM): LARGE",
        assertThrows(IllegalArgumentException.class, () -> new VcseProfile(VcseLegalForm.CHARITABLE_COMPANY,
            IncomeBand.LARGE, Optional.empty(), Optional.empty(), profile().income(), 0, 0)).getMessage());
  }

  @Test
  void eachLegalFormAppearsOnTheRegistersItCan() {
    // CIOs and trusts are not companies; CICs and non-charitable companies limited by guarantee are not charities.
    assertEquals(List.of(true, false), List.of(VcseLegalForm.CHARITABLE_INCORPORATED_ORGANISATION.canHaveCharityNumber(),
        VcseLegalForm.CHARITABLE_INCORPORATED_ORGANISATION.canHaveCompanyNumber()));
    assertEquals(List.of(true, true), List.of(VcseLegalForm.CHARITABLE_COMPANY.canHaveCharityNumber(),
        VcseLegalForm.CHARITABLE_COMPANY.canHaveCompanyNumber()));
    assertEquals(List.of(false, true), List.of(VcseLegalForm.COMMUNITY_INTEREST_COMPANY.canHaveCharityNumber(),
        VcseLegalForm.COMMUNITY_INTEREST_COMPANY.canHaveCompanyNumber()));
    assertEquals(List.of(false, true), List.of(VcseLegalForm.COMPANY_LIMITED_BY_GUARANTEE.canHaveCharityNumber(),
        VcseLegalForm.COMPANY_LIMITED_BY_GUARANTEE.canHaveCompanyNumber()));
    assertEquals(List.of(true, false), List.of(VcseLegalForm.UNINCORPORATED_ASSOCIATION.canHaveCharityNumber(),
        VcseLegalForm.UNINCORPORATED_ASSOCIATION.canHaveCompanyNumber()));
  }
}
