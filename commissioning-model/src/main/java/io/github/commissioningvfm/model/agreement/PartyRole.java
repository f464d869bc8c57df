package io.github.commissioningvfm.model.agreement;

/**
 * The part an organisation plays in an agreement.
 *
 * @since 0.1.0
 */
public enum PartyRole {
  /** Commissions and pays for the service. */
  COMMISSIONER,
  /** Delivers the service. */
  PROVIDER,
  /** Holds the contract and sub-contracts parts of it. */
  LEAD_PROVIDER,
  /** Delivers part of another provider's obligations. */
  SUBCONTRACTOR,
  /** Funds activity by grant. */
  FUNDER,
  /** Receives a grant. */
  GRANTEE,
  /** Contributes to a pooled budget. */
  POOLED_BUDGET_PARTNER,
  /** Hosts a pooled budget. */
  HOST,
  /** Belongs to an alliance. */
  ALLIANCE_MEMBER
}
