package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.agreement.Agreement;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What one agreement requires the provider to report, and whether that load is proportionate to
 * the agreement's value. Sheaff et al. (2024), HSDR 12(39), ch. 4 "Monitoring and adjustment"
 * (p. 41, source lines 1328-1354): commissioners "often stated that monitoring should be
 * proportionate", and providing monitoring data "could be onerous"; ch. 7 (line 2615): avoid
 * "overmonitoring".
 *
 * <pre>
 *   annual hours = sum of the requirements' annual hours
 *   annual cost  = round(annual hours x hourly rate)                 (half up, to the penny)
 *   share        = annual cost / annual value                        (4 decimal places of the fraction)
 *   finding      = DISPROPORTIONATE_REPORTING when share &gt; threshold
 * </pre>
 *
 * <p>The threshold is an input. The study gives no figure, so {@link #DEFAULT_THRESHOLD} is argued,
 * not published: 5% of the contract's value is a twentieth of the money spent telling the
 * commissioner about the service rather than delivering it, and is below the overhead rates VCSEs
 * already struggle to recover, so reporting alone above it would consume a provider's whole
 * overhead margin. Set your own where a local standard exists.
 *
 * @param agreement the agreement's reference
 * @param annualValue the agreement's annual value; positive
 * @param requirements the reporting requirements; may be empty (the agreement asks for nothing)
 * @since 0.1.0
 */
public record ReportingSchedule(String agreement, Money annualValue, List<ReportingRequirement> requirements) {

  /** The default threshold, argued above: 5% of the annual value. */
  public static final Proportion DEFAULT_THRESHOLD = Proportion.ofPercent("5");

  /**
   * Creates a schedule.
   *
   * @param agreement the agreement's reference
   * @param annualValue its annual value
   * @param requirements the requirements
   */
  public ReportingSchedule {
    Args.notBlank(agreement, "agreement");
    Args.notNull(annualValue, "annualValue");
    Args.check(annualValue.isPositive(), "annualValue", "be positive", annualValue);
    requirements = List.copyOf(Args.noNullElements(requirements, "requirements"));
  }

  /**
   * The schedule of an agreement, at its original annual value.
   *
   * @param agreement the agreement
   * @param requirements what it requires to be reported
   * @return the schedule
   */
  public static ReportingSchedule of(Agreement agreement, List<ReportingRequirement> requirements) {
    Args.notNull(agreement, "agreement");
    return new ReportingSchedule(agreement.details().reference(), agreement.details().annualValue(), requirements);
  }

  /**
   * The staff hours reporting takes in a year.
   *
   * @return the sum of the requirements' annual hours
   */
  public BigDecimal annualHours() {
    BigDecimal hours = BigDecimal.ZERO;
    for (ReportingRequirement r : requirements) {
      hours = hours.add(r.annualHours());
    }
    return hours;
  }

  /**
   * The annual cost of reporting.
   *
   * @param hourlyRate the cost of an hour of the staff time; not negative
   * @return annual hours x hourly rate, half up to the penny
   */
  public Money annualCost(Money hourlyRate) {
    Args.notNull(hourlyRate, "hourlyRate");
    Args.check(!hourlyRate.isNegative(), "hourlyRate", "not be negative", hourlyRate);
    return hourlyRate.multipliedBy(annualHours(), RoundingMode.HALF_UP);
  }

  /**
   * The annual cost of reporting as a share of the annual value.
   *
   * @param hourlyRate the hourly cost of the staff time
   * @return annual cost / annual value, to four decimal places of the fraction (half up)
   */
  public Percentage shareOfValue(Money hourlyRate) {
    return new Percentage(annualCost(hourlyRate).amount().divide(annualValue.amount(), 4, RoundingMode.HALF_UP));
  }

  /**
   * A finding when reporting costs more than a share of the agreement's value.
   *
   * @param hourlyRate the hourly cost of the staff time
   * @param threshold the largest proportionate share, e.g. {@link #DEFAULT_THRESHOLD}
   * @return a {@link FindingKind#DISPROPORTIONATE_REPORTING} finding, or empty when within the threshold
   */
  public Optional<Finding> finding(Money hourlyRate, Proportion threshold) {
    Args.notNull(threshold, "threshold");
    Percentage share = shareOfValue(hourlyRate);
    if (share.fraction().compareTo(threshold.fraction()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Finding(FindingKind.DISPROPORTIONATE_REPORTING, agreement, Optional.empty(),
        "reporting takes " + annualHours().stripTrailingZeros().toPlainString() + " hours a year costing "
            + annualCost(hourlyRate) + ", " + share + " of the annual value " + annualValue + ", above the threshold "
            + threshold));
  }
}
