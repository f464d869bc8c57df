package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.payment.ActivityReport;

/**
 * Low, expected and high activity for a year, to test payment options against.
 *
 * @param low a low-activity year
 * @param expected the expected year
 * @param high a high-activity year
 * @since 0.1.0
 */
public record ActivityScenarios(ActivityReport low, ActivityReport expected, ActivityReport high) {

  /**
   * Creates the scenarios; total volumes must be ordered low &lt;= expected &lt;= high.
   *
   * @param low a low-activity year
   * @param expected the expected year
   * @param high a high-activity year
   */
  public ActivityScenarios {
    Args.notNull(low, "low");
    Args.notNull(expected, "expected");
    Args.notNull(high, "high");
    Args.check(low.totalVolume() <= expected.totalVolume(), "low", "not exceed the expected volume ("
        + expected.totalVolume() + ")", low.totalVolume());
    Args.check(expected.totalVolume() <= high.totalVolume(), "high", "not be below the expected volume ("
        + expected.totalVolume() + ")", high.totalVolume());
  }

  /**
   * Scenarios that differ only in a single count of local units, with no outcome met and no
   * quality element earned.
   *
   * @param low units in the low year
   * @param expected units in the expected year
   * @param high units in the high year
   * @return the scenarios
   */
  public static ActivityScenarios ofVolumes(long low, long expected, long high) {
    return new ActivityScenarios(ActivityReport.ofVolume(low), ActivityReport.ofVolume(expected),
        ActivityReport.ofVolume(high));
  }
}
