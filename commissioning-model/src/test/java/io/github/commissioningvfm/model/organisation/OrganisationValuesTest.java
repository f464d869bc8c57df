package io.github.commissioningvfm.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ordering and text of the organisation identifiers, and the facts of commissioner kinds. */
class OrganisationValuesTest {

  @Test
  void identifiersOrderByTheirText() {
    assertTrue(OrganisationCode.of("RXX").compareTo(OrganisationCode.of("RAA")) > 0);
    assertTrue(OrganisationCode.of("RAA").compareTo(OrganisationCode.of("RXX")) < 0);
    assertEquals("RXX", OrganisationCode.of("RXX").toString());
    assertTrue(CharityNumber.of("1234567").compareTo(CharityNumber.of("1000000")) > 0);
    assertTrue(CharityNumber.of("1000000").compareTo(CharityNumber.of("1234567")) < 0);
    assertTrue(CompanyNumber.of("01234567").compareTo(CompanyNumber.of("00000001")) > 0);
    assertTrue(CompanyNumber.of("00000001").compareTo(CompanyNumber.of("01234567")) < 0);
  }

  @Test
  void commissionerKindsCarryTheirDates() {
    // Clinical commissioning groups: established 1 April 2013, abolished 1 July 2022 (Health and Care Act 2022).
    assertEquals("clinical commissioning group", CommissionerType.CLINICAL_COMMISSIONING_GROUP.label());
    assertEquals(Optional.of(LocalDate.of(2013, 4, 1)), CommissionerType.CLINICAL_COMMISSIONING_GROUP.validFrom());
    assertEquals(Optional.of(LocalDate.of(2022, 6, 30)), CommissionerType.CLINICAL_COMMISSIONING_GROUP.validUntil());
    assertEquals(Optional.empty(), CommissionerType.LOCAL_AUTHORITY.validFrom());
    assertEquals(Optional.empty(), CommissionerType.INTEGRATED_CARE_BOARD.validUntil());
  }

  @Test
  void incomeBandsStartAtTheirLowerBound() {
    assertEquals(Money.ofPounds(0), IncomeBand.MICRO.lowerBound());
    assertEquals(Money.ofPounds(100_000), IncomeBand.MEDIUM.lowerBound());
  }
}
