package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;

/**
 * One item an agreement requires the provider to report.
 *
 * <pre>
 *   annual hours = times per year x hours per return
 * </pre>
 *
 * @param item what is reported, e.g. "activity and waiting times"
 * @param frequency how often
 * @param hoursPerReturn staff hours to prepare one return; not negative
 * @since 0.1.0
 */
public record ReportingRequirement(String item, ReportingFrequency frequency, BigDecimal hoursPerReturn) {

  /**
   * Creates a requirement.
   *
   * @param item what is reported
   * @param frequency how often
   * @param hoursPerReturn hours per return
   */
  public ReportingRequirement {
    Args.notBlank(item, "item");
    Args.notNull(frequency, "frequency");
    Args.notNegative(hoursPerReturn, "hoursPerReturn");
  }

  /**
   * Creates a requirement.
   *
   * @param item what is reported
   * @param frequency how often
   * @param hoursPerReturn hours per return, e.g. "6"
   * @return the requirement
   */
  public static ReportingRequirement of(String item, ReportingFrequency frequency, String hoursPerReturn) {
    return new ReportingRequirement(item, frequency, new BigDecimal(Args.notNull(hoursPerReturn, "hoursPerReturn")));
  }

  /**
   * The staff hours this item takes in a year.
   *
   * @return times per year x hours per return
   */
  public BigDecimal annualHours() {
    return hoursPerReturn.multiply(BigDecimal.valueOf(frequency.timesPerYear()));
  }
}
