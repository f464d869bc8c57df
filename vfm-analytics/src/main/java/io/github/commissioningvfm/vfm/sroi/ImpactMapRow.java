package io.github.commissioningvfm.vfm.sroi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an SROI impact map. Build with {@link #builder(String, String)}.
 *
 * @param stakeholder who experiences the outcome
 * @param outcome what changes
 * @param indicator how the change is measured
 * @param quantity how many experience it, not negative
 * @param financialProxy the value of one unit of the outcome, with its source
 * @param durationYears how many years the outcome lasts, at least 1
 * @param deadweight share that would have happened anyway
 * @param displacement share that displaces other outcomes
 * @param attribution share due to others
 * @param dropOff yearly fall after the first year
 * @since 0.1.0
 */
public record ImpactMapRow(String stakeholder, String outcome, String indicator, BigDecimal quantity,
    SourcedCost financialProxy, int durationYears, Proportion deadweight, Proportion displacement,
    Proportion attribution, Proportion dropOff) {

  /** Validates. */
  public ImpactMapRow {
    Args.notBlank(stakeholder, "stakeholder");
    Args.notBlank(outcome, "outcome");
    Args.notNull(indicator, "indicator");
    Args.notNegative(quantity, "quantity");
    Args.notNull(financialProxy, "financialProxy");
    Args.positive(durationYears, "durationYears");
    Args.notNull(deadweight, "deadweight");
    Args.notNull(displacement, "displacement");
    Args.notNull(attribution, "attribution");
    Args.notNull(dropOff, "dropOff");
  }

  /**
   * {@code quantity x proxy x (1 - deadweight) x (1 - displacement) x (1 - attribution)}.
   *
   * @return the first year's impact
   */
  public Cost impact() {
    return financialProxy.cost().multipliedBy(quantity.multiply(deadweight.complement().fraction())
        .multiply(displacement.complement().fraction()).multiply(attribution.complement().fraction()));
  }

  /**
   * The value in each year {@code k = 1..duration}: {@code impact x (1 - dropOff)^(k-1)}.
   *
   * @return the yearly values, year 1 first
   */
  public List<Cost> yearlyValues() {
    List<Cost> out = new ArrayList<>(durationYears);
    Cost impact = impact();
    for (int k = 1; k <= durationYears; k++) {
      out.add(impact.multipliedBy(dropOff.complement().fraction().pow(k - 1, MathContext.DECIMAL128)));
    }
    return out;
  }

  /**
   * Starts a builder; the adjustments default to zero and the duration to one year.
   *
   * @param stakeholder who experiences the outcome
   * @param outcome what changes
   * @return the builder
   */
  public static Builder builder(String stakeholder, String outcome) {
    return new Builder(stakeholder, outcome);
  }

  /** Builds a row. */
  public static final class Builder {
    private final String stakeholder;
    private final String outcome;
    private String indicator = "";
    private BigDecimal quantity;
    private SourcedCost proxy;
    private int duration = 1;
    private Proportion deadweight = Proportion.NONE;
    private Proportion displacement = Proportion.NONE;
    private Proportion attribution = Proportion.NONE;
    private Proportion dropOff = Proportion.NONE;

    private Builder(String stakeholder, String outcome) {
      this.stakeholder = stakeholder;
      this.outcome = outcome;
    }

    /**
     * Sets the indicator.
     *
     * @param value the indicator
     * @return this builder
     */
    public Builder indicator(String value) {
      this.indicator = value;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param value the quantity
     * @return this builder
     */
    public Builder quantity(String value) {
      this.quantity = new BigDecimal(Args.notBlank(value, "quantity"));
      return this;
    }

    /**
     * Sets the financial proxy.
     *
     * @param value the proxy with its source
     * @return this builder
     */
    public Builder financialProxy(SourcedCost value) {
      this.proxy = value;
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param years the number of years
     * @return this builder
     */
    public Builder durationYears(int years) {
      this.duration = years;
      return this;
    }

    /**
     * Sets the adjustments.
     *
     * @param deadweightFraction deadweight
     * @param displacementFraction displacement
     * @param attributionFraction attribution
     * @param dropOffFraction drop-off
     * @return this builder
     */
    public Builder adjustments(String deadweightFraction, String displacementFraction, String attributionFraction,
        String dropOffFraction) {
      this.deadweight = Proportion.of(deadweightFraction);
      this.displacement = Proportion.of(displacementFraction);
      this.attribution = Proportion.of(attributionFraction);
      this.dropOff = Proportion.of(dropOffFraction);
      return this;
    }

    /**
     * Builds the row.
     *
     * @return the row
     */
    public ImpactMapRow build() {
      return new ImpactMapRow(stakeholder, outcome, indicator, quantity, proxy, duration, deadweight, displacement,
          attribution, dropOff);
    }
  }
}
