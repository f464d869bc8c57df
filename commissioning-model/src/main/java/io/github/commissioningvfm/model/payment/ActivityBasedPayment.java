package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Activity-based payment: each unit of activity paid at its unit price adjusted by the provider's
 * market forces factor. Under the NHS Payment Scheme this applies to services with NHSPS unit
 * prices delivered by non-NHS providers, paid at 100% of the unit price (2023/25 NHSPS, Table 1;
 * 2025/26 "NHS provider payment mechanisms" guidance, Table 1; NHS England, "About the NHS
 * Payment Scheme"); the market forces factor payment index adjusts unit prices for each
 * provider (2025/26 NHSPS, "A guide to the market forces factor", section 1). The factor and the
 * unit prices are inputs: the library does not ship the published price workbooks.
 *
 * <pre>
 *   line(c) = unit price(c) x market forces factor x volume(c)     for each priced currency c
 *   payment = sum of line(c)
 * </pre>
 * A reported currency code with no unit price is refused.
 *
 * @param unitPrices the unit price per currency code; at least one, none negative
 * @param marketForcesFactor the provider's market forces factor (payment index); positive
 * @since 0.1.0
 */
public record ActivityBasedPayment(Map<CurrencyCode, Money> unitPrices, BigDecimal marketForcesFactor)
    implements PaymentMechanism {

  /**
   * Creates an activity-based payment.
   *
   * @param unitPrices the unit price per currency code
   * @param marketForcesFactor the provider's market forces factor
   */
  public ActivityBasedPayment {
    unitPrices = Lines.prices(unitPrices, "unitPrices");
    Args.positive(marketForcesFactor, "marketForcesFactor");
  }

  @Override
  public String name() {
    return "activity-based payment";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    Lines.requirePriced(unitPrices, actual);
    List<PaymentLine> lines = new ArrayList<>();
    new TreeMap<>(unitPrices).forEach((code, price) -> {
      long v = actual.volume(code);
      lines.add(Lines.line("activity " + code,
          price.amount().multiply(marketForcesFactor).multiply(BigDecimal.valueOf(v)), PaymentTiming.IN_ARREARS,
          price + " x MFF " + Lines.plain(marketForcesFactor) + " x " + v));
    });
    return PaymentStatement.of(name(), lines);
  }
}
