package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aligned payment and incentive (API), the NHS Payment Scheme mechanism for NHS providers above
 * the LVA threshold: a fixed element for the expected activity, a variable element that moves
 * payment with elective activity above or below the agreed baseline, and a quality / incentive
 * element. Under the 2023/25 and 2025/26 schemes the variable element pays elective activity at
 * 100% of NHSPS unit prices (NHS England, "About the NHS Payment Scheme"); that rate is an input
 * here, read from the scheme edition.
 *
 * <pre>
 *   fixed     = fixed element
 *   variable(c) = (actual(c) - baseline(c)) x unit price(c) x MFF x variable rate   for each priced c
 *   quality   = quality element x share achieved
 *   payment   = fixed + sum of variable(c) + quality
 * </pre>
 *
 * @param fixedElement the fixed element; not negative
 * @param unitPrices unit prices of the elective currencies in the variable element
 * @param baseline the agreed baseline volume per priced currency (missing codes count as zero)
 * @param marketForcesFactor the provider's market forces factor; positive
 * @param variableRate the share of the unit price paid per unit above or below baseline
 * @param qualityElement the value of the quality / incentive element if fully earned; not negative
 * @since 0.1.0
 */
public record AlignedPaymentAndIncentive(Money fixedElement, Map<CurrencyCode, Money> unitPrices,
    Map<CurrencyCode, Long> baseline, BigDecimal marketForcesFactor, Proportion variableRate,
    Money qualityElement) implements PaymentMechanism {

  /**
   * Creates an API arrangement; prefer {@link #builder()}.
   *
   * @param fixedElement the fixed element
   * @param unitPrices unit prices of the elective currencies
   * @param baseline the baseline volume per currency
   * @param marketForcesFactor the market forces factor
   * @param variableRate the variable rate
   * @param qualityElement the quality element
   */
  public AlignedPaymentAndIncentive {
    Lines.notNegative(fixedElement, "fixedElement");
    unitPrices = Lines.prices(unitPrices, "unitPrices");
    Args.noNullEntries(baseline, "baseline");
    for (Map.Entry<CurrencyCode, Long> e : baseline.entrySet()) {
      Args.notNegative(e.getValue().longValue(), "baseline[" + e.getKey() + "]");
      Args.check(unitPrices.containsKey(e.getKey()), "baseline", "name only priced currency codes "
          + new TreeMap<>(unitPrices).keySet() + ", unknown", "'" + e.getKey() + "'");
    }
    baseline = Lines.sorted(baseline);
    Args.positive(marketForcesFactor, "marketForcesFactor");
    Args.notNull(variableRate, "variableRate");
    Lines.notNegative(qualityElement, "qualityElement");
  }

  /**
   * A builder.
   *
   * @return an empty builder (MFF 1, variable rate 100%, no quality element)
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "aligned payment and incentive";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    Lines.requirePriced(unitPrices, actual);
    List<PaymentLine> lines = new ArrayList<>();
    lines.add(Lines.line("fixed element", fixedElement, PaymentTiming.SPREAD_EVENLY, "agreed " + fixedElement));
    new TreeMap<>(unitPrices).forEach((code, price) -> {
      long base = baseline.getOrDefault(code, 0L);
      long v = actual.volume(code);
      BigDecimal amount = price.amount().multiply(BigDecimal.valueOf(v - base)).multiply(marketForcesFactor)
          .multiply(variableRate.fraction());
      lines.add(Lines.line("variable element " + code, amount, PaymentTiming.IN_ARREARS, "(" + v + " - baseline "
          + base + ") x " + price + " x MFF " + Lines.plain(marketForcesFactor) + " x " + variableRate));
    });
    lines.add(Lines.line("quality element", qualityElement.amount().multiply(actual.qualityAchieved().fraction()),
        PaymentTiming.AFTER_YEAR_END, qualityElement + " x " + actual.qualityAchieved() + " achieved"));
    return PaymentStatement.of(name(), lines);
  }

  /** Builds an {@link AlignedPaymentAndIncentive}. */
  public static final class Builder {
    private Money fixedElement;
    private final Map<CurrencyCode, Money> unitPrices = new TreeMap<>();
    private final Map<CurrencyCode, Long> baseline = new TreeMap<>();
    private BigDecimal marketForcesFactor = BigDecimal.ONE;
    private Proportion variableRate = Proportion.ALL;
    private Money qualityElement = Money.ZERO;

    private Builder() {
    }

    /**
     * Sets the fixed element.
     *
     * @param value the fixed element
     * @return this builder
     */
    public Builder fixedElement(Money value) {
      this.fixedElement = value;
      return this;
    }

    /**
     * Adds an elective currency to the variable element.
     *
     * @param code the currency code
     * @param unitPrice its unit price
     * @param baselineVolume its agreed baseline volume
     * @return this builder
     */
    public Builder elective(CurrencyCode code, Money unitPrice, long baselineVolume) {
      unitPrices.put(Args.notNull(code, "code"), unitPrice);
      baseline.put(code, baselineVolume);
      return this;
    }

    /**
     * Sets the market forces factor (default 1).
     *
     * @param value the factor
     * @return this builder
     */
    public Builder marketForcesFactor(BigDecimal value) {
      this.marketForcesFactor = value;
      return this;
    }

    /**
     * Sets the variable rate, normally the scheme edition's
     * (default 100%).
     *
     * @param value the rate
     * @return this builder
     */
    public Builder variableRate(Proportion value) {
      this.variableRate = value;
      return this;
    }

    /**
     * Sets the quality / incentive element (default zero).
     *
     * @param value the element if fully earned
     * @return this builder
     */
    public Builder qualityElement(Money value) {
      this.qualityElement = value;
      return this;
    }

    /**
     * Builds the arrangement.
     *
     * @return the arrangement
     */
    public AlignedPaymentAndIncentive build() {
      return new AlignedPaymentAndIncentive(fixedElement, unitPrices, baseline, marketForcesFactor, variableRate,
          qualityElement);
    }
  }
}
