package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spot purchase: placements bought one at a time, each kind at the price negotiated for it, with
 * no volume committed in advance. The provider carries every empty place.
 *
 * <p>Sheaff et al. (2024), HSDR 12(39), ch. 4 "Agreements and payments" (source line 1284):
 * ad hoc spot purchases "were not prepriced", quick and flexible for the provider "but were also
 * unpredictable"; ch. 6 (line 2030): moving from block to spot contracts shifted the cost of vacant
 * capacity to the provider.
 *
 * <pre>
 *   payment = sum over placement kinds k of  v(k) x price(k)     (in arrears)
 * </pre>
 * Activity in a kind with no negotiated price is refused, naming the kind.
 *
 * @param placementPrices the price negotiated for each kind of placement, at least one; none negative
 * @since 0.1.0
 */
public record SpotPurchase(Map<CurrencyCode, Money> placementPrices) implements PaymentMechanism {

  /**
   * Creates the arrangement.
   *
   * @param placementPrices the price of each kind of placement; none negative
   */
  public SpotPurchase {
    placementPrices = Lines.prices(placementPrices, "placementPrices");
  }

  /**
   * Spot purchase of one kind of placement counted in local units.
   *
   * @param price the negotiated price per placement
   * @return the arrangement
   */
  public static SpotPurchase of(Money price) {
    return new SpotPurchase(Map.of(CurrencyCode.LOCAL_UNIT, price));
  }

  @Override
  public String name() {
    return "spot purchase";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    Lines.requirePriced(placementPrices, actual);
    List<PaymentLine> lines = new ArrayList<>();
    for (Map.Entry<CurrencyCode, Money> e : placementPrices.entrySet()) {
      long v = actual.volume(e.getKey());
      lines.add(Lines.line("placements " + e.getKey(), e.getValue().amount().multiply(BigDecimal.valueOf(v)),
          PaymentTiming.IN_ARREARS, v + " x " + e.getValue()));
    }
    return PaymentStatement.of(name(), lines);
  }
}
