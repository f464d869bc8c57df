package io.github.commissioningvfm.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A provider's margin, break-even volumes and the spread of its outcomes, each with its checks. */
class ProviderValuesTest {

  private static final ProviderBreakEven NEVER = new ProviderBreakEven(Optional.empty(), Optional.empty(), 1_000);

  private static Margin net(long pounds) {
    // A full cost of GBP 100 and a payment that leaves the given net.
    return Margin.of(Money.ofPounds(100 + pounds), Money.ofPounds(100));
  }

  @Test
  void marginSplitsIntoSurplusOrHiddenSubsidy() {
    Margin subsidised = Margin.of(Money.ofPounds(80), Money.ofPounds(100));
    assertEquals(Money.ofPounds(-20), subsidised.net());
    assertEquals(Money.ofPounds(80), subsidised.commissionerFunded());
    assertEquals(Optional.of(Proportion.of("0.2")), subsidised.ownFundsShare());
    assertFalse(subsidised.fullCostRecovered());
    assertEquals("Margin[payment \u00a380.00 - full cost \u00a3100.00 = hidden subsidy \u00a320.00]",
        subsidised.toString());
    Margin surplus = Margin.of(Money.ofPounds(120), Money.ofPounds(100));
    assertTrue(surplus.fullCostRecovered());
    assertEquals(Optional.of(Proportion.NONE), surplus.ownFundsShare());
    assertEquals("Margin[payment \u00a3120.00 - full cost \u00a3100.00 = surplus \u00a320.00]", surplus.toString());
    assertEquals(Optional.empty(), Margin.of(Money.ZERO, Money.ZERO).ownFundsShare());
  }

  @Test
  void marginRefusesInconsistentParts() {
    IllegalArgumentException surplus = assertThrows(IllegalArgumentException.class, () -> new Margin(
        Money.ofPounds(120), Money.ofPounds(100), Money.ofPounds(10), Money.ZERO));
    assertEquals("Argument 'surplus' must be max(0, payment - full cost) = \u00a320.00: \u00a310.00",
        surplus.getMessage());
    IllegalArgumentException subsidy = assertThrows(IllegalArgumentException.class, () -> new Margin(
        Money.ofPounds(80), Money.ofPounds(100), Money.ZERO, Money.ofPounds(10)));
    assertEquals("Argument 'subsidy' must be max(0, full cost - payment) = \u00a320.00: \u00a310.00",
        subsidy.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Margin.of(Money.ofPounds(-1), Money.ofPounds(100)));
    assertEquals("Argument 'payment' must not be negative: -\u00a31.00", negative.getMessage());
  }

  @Test
  void rangeAndWorstWhateverTheOrderOfTheScenarios() {
    for (List<Long> nets : List.of(List.of(-5L, 3L, 10L), List.of(10L, 3L, -5L), List.of(3L, -5L, 10L),
        List.of(3L, 10L, -5L), List.of(10L, -5L, 3L), List.of(-5L, 10L, 3L))) {
      ProviderRiskRow row = new ProviderRiskRow("option", "block", net(nets.get(0)), net(nets.get(1)),
          net(nets.get(2)), NEVER);
      assertEquals(Money.ofPounds(15), row.range(), nets.toString());
      assertEquals(Money.ofPounds(-5), row.worst(), nets.toString());
    }
  }

  @Test
  void breakEvenVolumesAreChecked() {
    ProviderBreakEven single = new ProviderBreakEven(Optional.of(1_000L), Optional.of(1_000L), 1_000);
    assertEquals("ProviderBreakEven[covers full cost from 1,000 to 1,000 cases (searched to 1,000)]",
        single.toString());
    assertEquals("ProviderBreakEven[never covers full cost up to 1,000 cases]", NEVER.toString());
    assertEquals("Argument 'highest' must be present exactly when lowest is (lowest Optional[5]): Optional.empty",
        assertThrows(IllegalArgumentException.class,
            () -> new ProviderBreakEven(Optional.of(5L), Optional.empty(), 10)).getMessage());
    assertEquals("Argument 'lowest' must not exceed highest (Optional[5]): Optional[6]",
        assertThrows(IllegalArgumentException.class,
            () -> new ProviderBreakEven(Optional.of(6L), Optional.of(5L), 10)).getMessage());
    assertEquals("Argument 'highest' must not exceed the search limit (10): Optional[11]",
        assertThrows(IllegalArgumentException.class,
            () -> new ProviderBreakEven(Optional.of(5L), Optional.of(11L), 10)).getMessage());
    assertEquals("Argument 'searchedTo' must not be negative: -1",
        assertThrows(IllegalArgumentException.class,
            () -> new ProviderBreakEven(Optional.empty(), Optional.empty(), -1)).getMessage());
  }
}
