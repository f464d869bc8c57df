package io.github.commissioningvfm.unitcosts;

/**
 * How a price index is published: as levels, or as annual percentage changes.
 *
 * @since 0.1.0
 */
public enum IndexForm {
  /** Index levels against a reference year, e.g. the GDP deflator with 2024/25 = 100. */
  LEVEL,
  /**
   * Annual increases in per cent on the previous year, e.g. the NHS cost inflation index; levels
   * are chained from 100 in the year before the first published change.
   */
  ANNUAL_PERCENT_CHANGE
}
