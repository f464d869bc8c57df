package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.organisation.ProviderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole relationship between one provider and one commissioner, which is what the NHS
 * Payment Scheme assigns a mechanism to (not a single service within it). Build with
 * {@link #builder(ProviderType, CommissionerType)}.
 *
 * @param providerType the provider's type
 * @param commissionerType the commissioner's type
 * @param annualValue the relationship's annual value on the edition's own basis (2023/25: a
 *     three-year rolling average; 2025/26: the expected value of annual activity); not negative
 * @param lvaValueMandated whether NHS England has set (mandated) an LVA value for this relationship
 * @param lvaExclusionIds the edition's LVA exclusions this relationship falls under, e.g.
 *     {@link LvaExclusion#MH_LEAD_PROVIDER_COLLABORATIVE}
 * @param hasUnitPrices whether the services have NHSPS unit prices (matters for non-NHS providers)
 * @param excludedActivity activity excluded from the core mechanisms, paid locally; may be empty
 * @since 0.1.0
 */
public record Relationship(ProviderType providerType, CommissionerType commissionerType, Money annualValue,
    boolean lvaValueMandated, Set<String> lvaExclusionIds, boolean hasUnitPrices,
    List<ExcludedActivity> excludedActivity) {

  /**
   * Creates a relationship.
   *
   * @param providerType the provider's type
   * @param commissionerType the commissioner's type
   * @param annualValue the annual value
   * @param lvaValueMandated whether an LVA value is mandated
   * @param lvaExclusionIds the exclusions it falls under
   * @param hasUnitPrices whether unit prices exist
   * @param excludedActivity excluded activity
   */
  public Relationship {
    Args.notNull(providerType, "providerType");
    Args.notNull(commissionerType, "commissionerType");
    Args.notNull(annualValue, "annualValue");
    Args.check(!annualValue.isNegative(), "annualValue", "not be negative", annualValue);
    lvaExclusionIds = Set.copyOf(new TreeSet<>(Args.noNullElements(lvaExclusionIds, "lvaExclusionIds")));
    excludedActivity = List.copyOf(Args.noNullElements(excludedActivity, "excludedActivity"));
  }

  /**
   * Starts a relationship between a provider and a commissioner.
   *
   * @param providerType the provider's type
   * @param commissionerType the commissioner's type
   * @return a builder, with zero value, no LVA value mandated, no exclusions and no unit prices
   */
  public static Builder builder(ProviderType providerType, CommissionerType commissionerType) {
    return new Builder(providerType, commissionerType);
  }

  /** Builds a {@link Relationship}. */
  public static final class Builder {
    private final ProviderType providerType;
    private final CommissionerType commissionerType;
    private Money annualValue = Money.ZERO;
    private boolean lvaValueMandated;
    private final Set<String> exclusions = new TreeSet<>();
    private boolean hasUnitPrices;
    private final List<ExcludedActivity> excluded = new ArrayList<>();

    private Builder(ProviderType providerType, CommissionerType commissionerType) {
      this.providerType = Args.notNull(providerType, "providerType");
      this.commissionerType = Args.notNull(commissionerType, "commissionerType");
    }

    /**
     * Sets the annual value on the edition's basis.
     *
     * @param value the value
     * @return this builder
     */
    public Builder annualValue(Money value) {
      this.annualValue = Args.notNull(value, "annualValue");
      return this;
    }

    /**
     * Records that NHS England has set an LVA value for this relationship.
     *
     * @param mandated whether mandated
     * @return this builder
     */
    public Builder lvaValueMandated(boolean mandated) {
      this.lvaValueMandated = mandated;
      return this;
    }

    /**
     * Records that the relationship falls under one of the edition's LVA exclusions.
     *
     * @param exclusionId e.g. {@link LvaExclusion#MH_LEAD_PROVIDER_COLLABORATIVE}
     * @return this builder
     */
    public Builder lvaExclusion(String exclusionId) {
      exclusions.add(Args.notBlank(exclusionId, "exclusionId"));
      return this;
    }

    /**
     * Records whether the services have NHSPS unit prices.
     *
     * @param value whether they do
     * @return this builder
     */
    public Builder hasUnitPrices(boolean value) {
      this.hasUnitPrices = value;
      return this;
    }

    /**
     * Adds activity excluded from the core mechanisms.
     *
     * @param activity the activity
     * @return this builder
     */
    public Builder excludedActivity(ExcludedActivity activity) {
      excluded.add(Args.notNull(activity, "activity"));
      return this;
    }

    /**
     * Builds the relationship.
     *
     * @return the relationship
     */
    public Relationship build() {
      return new Relationship(providerType, commissionerType, annualValue, lvaValueMandated, exclusions,
          hasUnitPrices, excluded);
    }
  }
}
