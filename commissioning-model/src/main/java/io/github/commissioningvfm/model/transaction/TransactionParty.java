package io.github.commissioningvfm.model.transaction;

/**
 * Who bears a transaction cost.
 *
 * @since 0.1.0
 */
public enum TransactionParty {
  /** The provider (bidder or contract holder). */
  PROVIDER,
  /** The commissioner. */
  COMMISSIONER
}
