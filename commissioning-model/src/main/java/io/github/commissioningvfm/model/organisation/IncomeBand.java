package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.Optional;

/**
 * Size bands of voluntary organisations by annual income, as commonly used in the NCVO UK Civil
 * Society Almanac: micro under GBP 10k, small GBP 10k to 100k, medium GBP 100k to 1m, large
 * GBP 1m to 10m, major GBP 10m to 100m, super-major GBP 100m and over. Each band includes its lower
 * bound and excludes its upper. The same cut points are the income bands of the national survey in
 * Sheaff et al. (2024), HSDR 12(39), appendix questionnaire (source lines 3250-3262), whose top
 * band is "More than £100M".
 *
 * @since 0.1.0
 */
public enum IncomeBand {
  /** Under GBP 10,000. */
  MICRO(Money.ofPounds(0), Money.ofPounds(10_000)),
  /** GBP 10,000 to under GBP 100,000. */
  SMALL(Money.ofPounds(10_000), Money.ofPounds(100_000)),
  /** GBP 100,000 to under GBP 1m. */
  MEDIUM(Money.ofPounds(100_000), Money.ofPounds(1_000_000)),
  /** GBP 1m to under GBP 10m. */
  LARGE(Money.ofPounds(1_000_000), Money.ofPounds(10_000_000)),
  /** GBP 10m to under GBP 100m. */
  MAJOR(Money.ofPounds(10_000_000), Money.ofPounds(100_000_000)),
  /** GBP 100m and over. */
  SUPER_MAJOR(Money.ofPounds(100_000_000), null);

  private final Money lower;
  private final Money upper;

  IncomeBand(Money lower, Money upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * The band's lowest income (included).
   *
   * @return the lower bound
   */
  public Money lowerBound() {
    return lower;
  }

  /**
   * The band's upper income (excluded), empty for the open top band.
   *
   * @return the upper bound
   */
  public Optional<Money> upperBound() {
    return Optional.ofNullable(upper);
  }

  /**
   * The band an annual income falls in.
   *
   * @param annualIncome the income; not negative
   * @return the band
   */
  public static IncomeBand of(Money annualIncome) {
    Args.notNull(annualIncome, "annualIncome");
    Args.check(!annualIncome.isNegative(), "annualIncome", "not be negative", annualIncome);
    for (IncomeBand band : values()) {
      if (band.upper == null || annualIncome.compareTo(band.upper) < 0) {
        return band;
      }
    }
    throw new IllegalStateException("no income band for " + annualIncome);
  }
}
