package io.github.commissioningvfm.model.payment;

/**
 * When the money for a line of a payment statement reaches the provider, relative to the
 * financial year the statement covers. These are the library's default profiles, stated so that
 * cash-flow views can be compared; real contracts may schedule differently.
 *
 * @since 0.1.0
 */
public enum PaymentTiming {
  /** Paid in four equal quarterly instalments during the year (fixed and block elements). */
  SPREAD_EVENLY,
  /**
   * Paid one quarter in arrears: activity is taken as even through the year, a quarter's share is
   * paid in the following quarter, so the fourth quarter's share arrives in Q1 of the next year.
   */
  IN_ARREARS,
  /** Paid once, in Q1 of the next year, after year-end reconciliation (outcomes, adjustments). */
  AFTER_YEAR_END,
  /**
   * Paid in full at the start of the year, before any activity: a grant paid as a lump sum in
   * advance (Sheaff et al. 2024, HSDR 12(39), ch. 4 "Agreements and payments": a grant "paid as a
   * lump sum upfront at the start of the financial year").
   */
  IN_ADVANCE
}
