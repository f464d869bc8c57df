package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.Optional;
import java.util.Set;

/**
 * A proposed modification of a contract for relevant health care services during its term: the
 * facts regulation 13 of the Health Care Services (Provider Selection Regime) Regulations 2023 (SI
 * 2023/1348, as made) and NHS England's "Provider Selection Regime: contract modifications" turn
 * on. Build with {@link #builder(ProcurementRoute)}; every answer defaults to "no" and values to
 * zero.
 *
 * <p>Values are changes in the contract's lifetime value: positive for a rise, negative for a fall.
 * The lifetime value after all modifications, {@code originalLifetimeValue + cumulativeChange},
 * cannot be negative.
 *
 * @param originalProcess the route on which the contract was awarded; a contract awarded before the
 *     regime came into force is described by its nearest route (only processes A and B change the
 *     answer); not a grant, an on-grant or a section 256 transfer, which are not contracts with a
 *     provider
 * @param providedForInContract the modification is clearly and unambiguously provided for in the
 *     contract documents (regulation 13(1)(a))
 * @param providerSuccession the modification is solely a change in the provider's identity by
 *     succession after a takeover, merger, acquisition or insolvency (regulation 13(1)(b))
 * @param basicSelectionCriteriaMet the authority is satisfied that the succeeding provider meets the
 *     basic selection criteria (regulation 13(1)(b)); only meaningful for a succession
 * @param externalFactors the modification responds to external factors beyond the control of the
 *     authority and the provider, such as patient or service-user volume or prices set by a formula
 *     in the contract (regulation 13(1)(c))
 * @param attributableToAuthority the modification is attributable to a decision of the authority
 *     (regulation 13(1)(d))
 * @param materiallyDifferentInCharacter the modification renders the contract materially different
 *     in character (regulation 13(1)(c) and 13(2)(a); NHS England's flowchart for processes A and B)
 * @param originalLifetimeValue the contract's lifetime value when it was entered into; not negative
 * @param cumulativeChange the change in lifetime value since the contract was entered into, this
 *     modification included (regulation 13(2)(b))
 * @param modificationValue the change in lifetime value this modification makes, which decides the
 *     transparency notice (NHS England's flowchart)
 * @since 0.1.0
 */
public record PsrModification(ProcurementRoute originalProcess, boolean providedForInContract,
    boolean providerSuccession, boolean basicSelectionCriteriaMet, boolean externalFactors,
    boolean attributableToAuthority, boolean materiallyDifferentInCharacter, Money originalLifetimeValue,
    Money cumulativeChange, Money modificationValue) {

  private static final Set<ProcurementRoute> NOT_CONTRACTS = Set.of(ProcurementRoute.GRANT_OPEN_ROUND,
      ProcurementRoute.GRANT_DIRECT_OFFER, ProcurementRoute.INTERMEDIARY_ON_GRANT,
      ProcurementRoute.SECTION_256_TRANSFER);

  /**
   * Creates the circumstances of a modification.
   *
   * @param originalProcess see the record description
   * @param providedForInContract see the record description
   * @param providerSuccession see the record description
   * @param basicSelectionCriteriaMet see the record description
   * @param externalFactors see the record description
   * @param attributableToAuthority see the record description
   * @param materiallyDifferentInCharacter see the record description
   * @param originalLifetimeValue see the record description
   * @param cumulativeChange see the record description
   * @param modificationValue see the record description
   * @throws IllegalArgumentException naming the field and value when the facts contradict each other
   */
  public PsrModification {
    Args.notNull(originalProcess, "originalProcess");
    Args.check(!NOT_CONTRACTS.contains(originalProcess), "originalProcess", "be a route to a contract, not a grant "
        + "or transfer", originalProcess);
    Args.check(providerSuccession || !basicSelectionCriteriaMet, "basicSelectionCriteriaMet",
        "be false unless the modification is a change in the provider's identity by succession",
        basicSelectionCriteriaMet);
    Args.notNull(originalLifetimeValue, "originalLifetimeValue");
    Args.notNull(cumulativeChange, "cumulativeChange");
    Args.notNull(modificationValue, "modificationValue");
    Args.check(!originalLifetimeValue.isNegative(), "originalLifetimeValue", "not be negative",
        originalLifetimeValue);
    Args.check(!originalLifetimeValue.plus(cumulativeChange).isNegative(), "cumulativeChange",
        "not take the lifetime value of " + originalLifetimeValue.format() + " below zero", cumulativeChange);
  }

  /**
   * Starts a description of a modification of a contract awarded on a route.
   *
   * @param originalProcess the route on which the contract was awarded
   * @return a builder; every answer "no", every value zero
   */
  public static Builder builder(ProcurementRoute originalProcess) {
    return new Builder(Args.notNull(originalProcess, "originalProcess"));
  }

  /** Builds {@link PsrModification}. */
  public static final class Builder {
    private final ProcurementRoute originalProcess;
    private boolean providedForInContract;
    private boolean providerSuccession;
    private boolean basicSelectionCriteriaMet;
    private boolean externalFactors;
    private boolean attributableToAuthority;
    private boolean materiallyDifferentInCharacter;
    private Money originalLifetimeValue = Money.ZERO;
    private Money cumulativeChange = Money.ZERO;
    private Optional<Money> modificationValue = Optional.empty();

    private Builder(ProcurementRoute originalProcess) {
      this.originalProcess = originalProcess;
    }

    /**
     * The modification is clearly and unambiguously provided for in the contract documents.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder providedForInContract(boolean value) {
      providedForInContract = value;
      return this;
    }

    /**
     * The modification is solely a change in the provider's identity by succession, and whether
     * the authority is satisfied that the provider meets the basic selection criteria.
     *
     * @param criteriaMet the succeeding provider meets the basic selection criteria
     * @return this builder
     */
    public Builder providerSuccession(boolean criteriaMet) {
      providerSuccession = true;
      basicSelectionCriteriaMet = criteriaMet;
      return this;
    }

    /**
     * The modification responds to external factors beyond the control of both parties.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder externalFactors(boolean value) {
      externalFactors = value;
      return this;
    }

    /**
     * The modification is attributable to a decision of the authority.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder attributableToAuthority(boolean value) {
      attributableToAuthority = value;
      return this;
    }

    /**
     * The modification renders the contract materially different in character.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder materiallyDifferentInCharacter(boolean value) {
      materiallyDifferentInCharacter = value;
      return this;
    }

    /**
     * The lifetime value when the contract was entered into and its cumulative change since.
     *
     * @param original the original lifetime value
     * @param cumulative the change since, this modification included; negative for a fall
     * @return this builder
     */
    public Builder lifetimeValue(Money original, Money cumulative) {
      originalLifetimeValue = Args.notNull(original, "original");
      cumulativeChange = Args.notNull(cumulative, "cumulative");
      return this;
    }

    /**
     * The change this modification alone makes to the lifetime value. If not set, the cumulative
     * change is taken, as for the first modification of a contract.
     *
     * @param value the change; negative for a fall
     * @return this builder
     */
    public Builder modificationValue(Money value) {
      modificationValue = Optional.of(Args.notNull(value, "value"));
      return this;
    }

    /**
     * Builds the circumstances.
     *
     * @return the circumstances
     */
    public PsrModification build() {
      return new PsrModification(originalProcess, providedForInContract, providerSuccession, basicSelectionCriteriaMet,
          externalFactors, attributableToAuthority, materiallyDifferentInCharacter, originalLifetimeValue,
          cumulativeChange, modificationValue.orElse(cumulativeChange));
    }
  }
}
