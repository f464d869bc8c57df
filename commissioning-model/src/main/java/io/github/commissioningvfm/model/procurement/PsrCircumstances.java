package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * The facts the Provider Selection Regime turns on (Health Care Services (Provider Selection
 * Regime) Regulations 2023, SI 2023/1348, regulation 6). Build with {@link #builder()}; every
 * answer defaults to "no" and values to zero.
 *
 * @param existingProvider there is an existing provider of the services (regulation 6(3)(a))
 * @param onlyExistingProviderCapable the services can be provided only by the existing provider,
 *     owing to their nature (regulation 6(3)(b))
 * @param unrestrictedPatientChoice patients are offered a choice of provider, numbers are not
 *     restricted, contracts go to every provider meeting the requirements and providers can express
 *     an interest (regulation 6(4)(a) to (d))
 * @param frameworkAgreement the procurement is to conclude a framework agreement (regulation 6(3)(c) and
 *     (4)(e))
 * @param existingContractExpiring an existing contract is due to expire and is to be replaced by a
 *     new one on expiry (regulation 6(5)(b))
 * @param incumbentSatisfactory the existing provider is satisfying the existing contract and will
 *     likely satisfy the new one to a sufficient standard (regulation 6)
 * @param materiallyDifferentInCharacter the proposed arrangements are materially different in
 *     character from the existing contract when it was entered into (regulation 6)
 * @param changeAttributableToAuthority changes in the services are attributable to a decision of
 *     the authority (regulation 6)
 * @param existingLifetimeValue the existing contract's lifetime value when it was entered into
 * @param proposedLifetimeValue the proposed arrangements' lifetime value
 * @param mostSuitableProviderIdentifiable the authority can identify the most suitable provider
 *     without running a competitive process (regulation 6)
 * @since 0.1.0
 */
public record PsrCircumstances(boolean existingProvider, boolean onlyExistingProviderCapable,
    boolean unrestrictedPatientChoice, boolean frameworkAgreement, boolean existingContractExpiring,
    boolean incumbentSatisfactory, boolean materiallyDifferentInCharacter, boolean changeAttributableToAuthority,
    Money existingLifetimeValue, Money proposedLifetimeValue, boolean mostSuitableProviderIdentifiable) {

  /**
   * Creates the circumstances.
   *
   * @param existingProvider see the record description
   * @param onlyExistingProviderCapable see the record description
   * @param unrestrictedPatientChoice see the record description
   * @param frameworkAgreement see the record description
   * @param existingContractExpiring see the record description
   * @param incumbentSatisfactory see the record description
   * @param materiallyDifferentInCharacter see the record description
   * @param changeAttributableToAuthority see the record description
   * @param existingLifetimeValue see the record description
   * @param proposedLifetimeValue see the record description
   * @param mostSuitableProviderIdentifiable see the record description
   */
  public PsrCircumstances {
    Args.notNull(existingLifetimeValue, "existingLifetimeValue");
    Args.notNull(proposedLifetimeValue, "proposedLifetimeValue");
    Args.check(!existingLifetimeValue.isNegative(), "existingLifetimeValue", "not be negative", existingLifetimeValue);
    Args.check(!proposedLifetimeValue.isNegative(), "proposedLifetimeValue", "not be negative", proposedLifetimeValue);
    Args.check(existingProvider || !onlyExistingProviderCapable && !existingContractExpiring && !incumbentSatisfactory,
        "existingProvider", "be true when the existing provider or contract is described", existingProvider);
  }

  /**
   * Starts a description; every answer is "no" until set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PsrCircumstances}. */
  public static final class Builder {
    private boolean existingProvider;
    private boolean onlyExistingProviderCapable;
    private boolean unrestrictedPatientChoice;
    private boolean frameworkAgreement;
    private boolean existingContractExpiring;
    private boolean incumbentSatisfactory;
    private boolean materiallyDifferentInCharacter;
    private boolean changeAttributableToAuthority;
    private Money existingLifetimeValue = Money.ZERO;
    private Money proposedLifetimeValue = Money.ZERO;
    private boolean mostSuitableProviderIdentifiable;

    private Builder() {
    }

    /**
     * There is an existing provider.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder existingProvider(boolean value) {
      existingProvider = value;
      return this;
    }

    /**
     * Only the existing provider can provide the services.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder onlyExistingProviderCapable(boolean value) {
      onlyExistingProviderCapable = value;
      return this;
    }

    /**
     * Patients have an unrestricted choice of provider (regulation 6).
     *
     * @param value the answer
     * @return this builder
     */
    public Builder unrestrictedPatientChoice(boolean value) {
      unrestrictedPatientChoice = value;
      return this;
    }

    /**
     * The procurement is to conclude a framework agreement.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder frameworkAgreement(boolean value) {
      frameworkAgreement = value;
      return this;
    }

    /**
     * An existing contract is due to expire and is to be replaced on expiry.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder existingContractExpiring(boolean value) {
      existingContractExpiring = value;
      return this;
    }

    /**
     * The existing provider is performing satisfactorily.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder incumbentSatisfactory(boolean value) {
      incumbentSatisfactory = value;
      return this;
    }

    /**
     * The proposed arrangements are materially different in character.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder materiallyDifferentInCharacter(boolean value) {
      materiallyDifferentInCharacter = value;
      return this;
    }

    /**
     * Changes in the services are attributable to the authority's decision.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder changeAttributableToAuthority(boolean value) {
      changeAttributableToAuthority = value;
      return this;
    }

    /**
     * The existing and proposed lifetime values.
     *
     * @param existing the existing contract's lifetime value when entered into
     * @param proposed the proposed lifetime value
     * @return this builder
     */
    public Builder lifetimeValues(Money existing, Money proposed) {
      existingLifetimeValue = Args.notNull(existing, "existing");
      proposedLifetimeValue = Args.notNull(proposed, "proposed");
      return this;
    }

    /**
     * The authority can identify the most suitable provider without a competition.
     *
     * @param value the answer
     * @return this builder
     */
    public Builder mostSuitableProviderIdentifiable(boolean value) {
      mostSuitableProviderIdentifiable = value;
      return this;
    }

    /**
     * Builds the circumstances.
     *
     * @return the circumstances
     */
    public PsrCircumstances build() {
      return new PsrCircumstances(existingProvider, onlyExistingProviderCapable, unrestrictedPatientChoice,
          frameworkAgreement, existingContractExpiring, incumbentSatisfactory, materiallyDifferentInCharacter,
          changeAttributableToAuthority, existingLifetimeValue, proposedLifetimeValue,
          mostSuitableProviderIdentifiable);
    }
  }
}
