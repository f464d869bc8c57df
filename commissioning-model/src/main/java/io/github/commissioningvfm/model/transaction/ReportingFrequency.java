package io.github.commissioningvfm.model.transaction;

/**
 * How often a report is due.
 *
 * @since 0.1.0
 */
public enum ReportingFrequency {
  /** Every week. */
  WEEKLY(52),
  /** Every month. */
  MONTHLY(12),
  /** Every quarter. */
  QUARTERLY(4),
  /** Twice a year. */
  SIX_MONTHLY(2),
  /** Once a year. */
  ANNUAL(1);

  private final int timesPerYear;

  ReportingFrequency(int timesPerYear) {
    this.timesPerYear = timesPerYear;
  }

  /**
   * How many reports a year.
   *
   * @return the number of returns a year
   */
  public int timesPerYear() {
    return timesPerYear;
  }
}
