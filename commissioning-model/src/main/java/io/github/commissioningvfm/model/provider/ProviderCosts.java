package io.github.commissioningvfm.model.provider;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A provider's full cost basis for one service in one year, with its fixed and variable parts.
 * Build with {@link #builder()}.
 *
 * <p>Full cost recovery, as Sheaff et al. (2024), HSDR 12(39), ch. 6 (source line 2271) describe
 * it, covers "the total cost of delivering a service or an activity, including proportionate
 * overhead costs and invisible costs such as those of administering volunteer labour (e.g.
 * training, insurance)", and backfill "for VCSE members attending co-commissioning and other
 * meetings". At a volume v:
 * <pre>
 *   direct(v)         = fixed direct cost + v x variable cost per case
 *   overhead(v)       = round(direct(v) x overhead rate)              (half up, to the penny)
 *   volunteer support = volunteers x support cost per volunteer
 *   backfill          = round(backfill hours x backfill rate)         (half up, to the penny)
 *   full cost(v)      = direct(v) + overhead(v) + volunteer support + backfill
 * </pre>
 * The overhead rate is applied to direct costs, so central costs grow with the service.
 *
 * @param fixedDirectCost direct costs that do not depend on volume (staff establishment, premises); not negative
 * @param variableCostPerCase direct cost of each further case (sessional staff, materials); not negative
 * @param overheadRate central costs as a share of direct costs
 * @param volunteers the number of volunteers the service relies on; not negative
 * @param supportCostPerVolunteer the annual cost of supporting one volunteer; not negative
 * @param backfillHours staff hours a year spent in commissioner meetings and on reporting; not negative
 * @param backfillRate the cost of an hour of that staff time; not negative
 * @since 0.1.0
 */
public record ProviderCosts(Money fixedDirectCost, Money variableCostPerCase, Proportion overheadRate,
    int volunteers, Money supportCostPerVolunteer, BigDecimal backfillHours, Money backfillRate) {

  /**
   * Creates a cost basis; prefer {@link #builder()}.
   *
   * @param fixedDirectCost fixed direct costs
   * @param variableCostPerCase variable direct cost per case
   * @param overheadRate overhead as a share of direct costs
   * @param volunteers volunteers
   * @param supportCostPerVolunteer annual support cost per volunteer
   * @param backfillHours annual backfill hours
   * @param backfillRate hourly cost of backfill
   */
  public ProviderCosts {
    notNegative(fixedDirectCost, "fixedDirectCost");
    notNegative(variableCostPerCase, "variableCostPerCase");
    Args.notNull(overheadRate, "overheadRate");
    Args.notNegative(volunteers, "volunteers");
    notNegative(supportCostPerVolunteer, "supportCostPerVolunteer");
    Args.notNegative(backfillHours, "backfillHours");
    notNegative(backfillRate, "backfillRate");
  }

  static Money notNegative(Money amount, String name) {
    Args.notNull(amount, name);
    Args.check(!amount.isNegative(), name, "not be negative", amount);
    return amount;
  }

  /**
   * A builder with every cost zero.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The full cost at a volume, by component (formula in the class description).
   *
   * @param volume the cases delivered in the year; not negative
   * @return the full cost
   */
  public FullCost fullCost(long volume) {
    Args.notNegative(volume, "volume");
    Money direct = fixedDirectCost.plus(variableCostPerCase.multipliedBy(volume));
    Money overhead = direct.multipliedBy(overheadRate.fraction(), RoundingMode.HALF_UP);
    Money volunteer = supportCostPerVolunteer.multipliedBy(volunteers);
    Money backfill = backfillRate.multipliedBy(backfillHours, RoundingMode.HALF_UP);
    return new FullCost(volume, direct, overhead, volunteer, backfill,
        direct.plus(overhead).plus(volunteer).plus(backfill));
  }

  /**
   * The full cost that does not depend on volume.
   *
   * @return full cost(0)
   */
  public Money fixedCost() {
    return fullCost(0).total();
  }

  /**
   * What one more case adds to the full cost, before rounding.
   *
   * @return variable cost per case x (1 + overhead rate)
   */
  public BigDecimal variableCostPerCaseWithOverhead() {
    return variableCostPerCase.amount().multiply(BigDecimal.ONE.add(overheadRate.fraction()));
  }

  /** Builds {@link ProviderCosts}; every cost starts at zero. */
  public static final class Builder {
    private Money fixedDirectCost = Money.ZERO;
    private Money variableCostPerCase = Money.ZERO;
    private Proportion overheadRate = Proportion.NONE;
    private int volunteers;
    private Money supportCostPerVolunteer = Money.ZERO;
    private BigDecimal backfillHours = BigDecimal.ZERO;
    private Money backfillRate = Money.ZERO;

    private Builder() {
    }

    /**
     * Sets the direct costs.
     *
     * @param fixed direct costs that do not depend on volume
     * @param perCase direct cost of each case
     * @return this builder
     */
    public Builder direct(Money fixed, Money perCase) {
      this.fixedDirectCost = fixed;
      this.variableCostPerCase = perCase;
      return this;
    }

    /**
     * Sets the overhead (central cost) rate on direct costs.
     *
     * @param rate the rate, e.g. 15%
     * @return this builder
     */
    public Builder overheadRate(Proportion rate) {
      this.overheadRate = rate;
      return this;
    }

    /**
     * Sets the volunteers and the annual cost of supporting each.
     *
     * @param count volunteers
     * @param costEach annual support cost per volunteer
     * @return this builder
     */
    public Builder volunteers(int count, Money costEach) {
      this.volunteers = count;
      this.supportCostPerVolunteer = costEach;
      return this;
    }

    /**
     * Sets the staff time spent in meetings and on reporting, and its hourly cost.
     *
     * @param hours hours a year
     * @param rate cost per hour
     * @return this builder
     */
    public Builder backfill(BigDecimal hours, Money rate) {
      this.backfillHours = hours;
      this.backfillRate = rate;
      return this;
    }

    /**
     * Builds the cost basis.
     *
     * @return the cost basis
     */
    public ProviderCosts build() {
      return new ProviderCosts(fixedDirectCost, variableCostPerCase, overheadRate, volunteers,
          supportCostPerVolunteer, backfillHours, backfillRate);
    }
  }
}
