package io.github.commissioningvfm.model.organisation;

/**
 * Where a VCSE organisation's income comes from, in the groups the national survey of Sheaff et
 * al. (2024), HSDR 12(39), appendix questionnaire, asks about, and ch. 6 (source line 2273): grants
 * from trusts and foundations, donations from the public, fees from trading, and statutory money.
 *
 * @since 0.1.0
 */
public enum IncomeSourceKind {
  /** A contract with a statutory commissioner (NHS body or local authority). */
  STATUTORY_CONTRACT(true),
  /** A grant from a statutory body. */
  STATUTORY_GRANT(true),
  /** A grant from a charitable trust, foundation or the National Lottery. */
  TRUSTS_AND_FOUNDATIONS(false),
  /** Donations and legacies from the public. */
  DONATIONS(false),
  /** Fees and sales from trading. */
  TRADING(false),
  /** Investment income. */
  INVESTMENT(false),
  /** Anything else. */
  OTHER(false);

  private final boolean statutory;

  IncomeSourceKind(boolean statutory) {
    this.statutory = statutory;
  }

  /**
   * Whether the money comes from a statutory body.
   *
   * @return true for statutory contracts and grants
   */
  public boolean isStatutory() {
    return statutory;
  }
}
