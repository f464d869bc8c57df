package io.github.commissioningvfm.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  @Test
  void incomeBandsFollowTheNcvoBoundaries() {
    // NCVO Almanac bands: micro < 10k, small 10k-100k, medium 100k-1m, large 1m-10m, major > 10m.
    assertEquals(IncomeBand.MICRO, IncomeBand.of(Money.of("9999.99")));
    assertEquals(IncomeBand.SMALL, IncomeBand.of(Money.ofPounds(10_000)));
    assertEquals(IncomeBand.MEDIUM, IncomeBand.of(Money.ofPounds(999_999)));
    assertEquals(IncomeBand.LARGE, IncomeBand.of(Money.ofPounds(1_000_000)));
    assertEquals(IncomeBand.MAJOR, IncomeBand.of(Money.ofPounds(10_000_000)));
    assertEquals(Optional.empty(), IncomeBand.MAJOR.upperBound());
    assertEquals("Argument 'annualIncome' must not be negative: -£1.00",
        assertThrows(IllegalArgumentException.class, () -> IncomeBand.of(Money.ofPounds(-1))).getMessage());
  }

  @Test
  void onlyTrustsAndFoundationTrustsAreNhsProviders() {
    assertTrue(ProviderType.NHS_TRUST.isNhsProvider());
    assertTrue(ProviderType.NHS_FOUNDATION_TRUST.isNhsProvider());
    assertFalse(ProviderType.VCSE.isNhsProvider());
    assertFalse(ProviderType.GP_PRACTICE.isNhsProvider());
    assertFalse(ProviderType.INDEPENDENT_SECTOR.isNhsProvider());
  }

  @Test
  void vcseProfileIsRequiredExactlyForVcseProviders() {
    Provider charity = Provider.vcse("NL123", "Crisis charity", VcseLegalForm.CHARITABLE_INCORPORATED_ORGANISATION,
        IncomeBand.MEDIUM);
    assertEquals(IncomeBand.MEDIUM, charity.vcse().orElseThrow().incomeBand());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Provider.of("NL123", "Crisis charity", ProviderType.VCSE));
    assertEquals("Argument 'vcse' must be present exactly when the provider type is VCSE (type VCSE): "
        + "Optional.empty", e.getMessage());
  }

  @Test
  void commissionersWorkAtTheirUsualLevel() {
    assertEquals(SpatialLevel.NEIGHBOURHOOD,
        Commissioner.of("U12345", "A PCN", CommissionerType.PRIMARY_CARE_NETWORK).level());
    assertEquals(SpatialLevel.PLACE,
        Commissioner.of("E08000035", "A council", CommissionerType.LOCAL_AUTHORITY).level());
  }

  @Test
  void badCodesAreRefused() {
    assertEquals("Argument 'value' must be 3 to 10 upper-case letters or digits (ODS style): 'rx1'",
        assertThrows(IllegalArgumentException.class, () -> OrganisationCode.of("rx1")).getMessage());
    assertEquals("Argument 'name' must not be blank: ' '",
        assertThrows(IllegalArgumentException.class, () -> Provider.of("RXX", " ", ProviderType.NHS_TRUST))
            .getMessage());
  }
}
