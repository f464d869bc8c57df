package io.github.commissioningvfm.model.transaction;

/** Who bears a transaction cost. */
public enum TransactionParty {
  /** The provider (bidder or contract holder). */
  PROVIDER,
  /** The commissioner. */
  COMMISSIONER
}
