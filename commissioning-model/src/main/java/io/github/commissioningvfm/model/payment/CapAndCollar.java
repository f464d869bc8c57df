package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A "sophisticated block": a block adjusted when the volume delivered leaves an agreed band, with
 * the adjustment limited in both directions.
 *
 * <p>For volume {@code v}, band {@code [collar, cap]}, rate {@code r} and limit {@code m}:
 * <pre>
 *   raw = r x (v - cap)       if v &gt; cap
 *       = -r x (collar - v)   if v &lt; collar
 *       = 0                   otherwise
 *   adjustment = max(-m, min(m, raw))
 *   payment    = annual value + adjustment
 * </pre>
 * so the payment never decreases as volume rises and always lies in
 * {@code [annual value - m, annual value + m]}.
 *
 * @param annualValue the block's annual value; not negative
 * @param band the volume band inside which no adjustment is made
 * @param ratePerUnit the adjustment per unit outside the band; not negative
 * @param maximumAdjustment the largest adjustment either way; not negative, at most the annual value
 * @since 0.1.0
 */
public record CapAndCollar(Money annualValue, VolumeBand band, Money ratePerUnit, Money maximumAdjustment)
    implements PaymentMechanism {

  /**
   * Creates a cap-and-collar block.
   *
   * @param annualValue the block's annual value
   * @param band the volume band
   * @param ratePerUnit the adjustment per unit outside the band
   * @param maximumAdjustment the largest adjustment either way
   */
  public CapAndCollar {
    Lines.notNegative(annualValue, "annualValue");
    Args.notNull(band, "band");
    Lines.notNegative(ratePerUnit, "ratePerUnit");
    Lines.notNegative(maximumAdjustment, "maximumAdjustment");
    Args.check(maximumAdjustment.compareTo(annualValue) <= 0, "maximumAdjustment",
        "not exceed the annual value (" + annualValue + ")", maximumAdjustment);
  }

  @Override
  public String name() {
    return "cap and collar";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    long v = actual.totalVolume();
    BigDecimal raw;
    String why;
    if (v > band.cap()) {
      raw = ratePerUnit.amount().multiply(BigDecimal.valueOf(v - band.cap()));
      why = ratePerUnit + " x (" + v + " - cap " + band.cap() + ")";
    } else if (v < band.collar()) {
      raw = ratePerUnit.amount().multiply(BigDecimal.valueOf(band.collar() - v)).negate();
      why = "-" + ratePerUnit + " x (collar " + band.collar() + " - " + v + ")";
    } else {
      raw = BigDecimal.ZERO;
      why = "volume " + v + " within band [" + band.collar() + ", " + band.cap() + "]";
    }
    BigDecimal limit = maximumAdjustment.amount();
    BigDecimal limited = raw.min(limit).max(limit.negate());
    if (limited.compareTo(raw) != 0) {
      why = why + ", limited to " + (limited.signum() < 0 ? "-" : "+") + maximumAdjustment;
    }
    return PaymentStatement.of(name(), List.of(
        Lines.line("block", annualValue, PaymentTiming.SPREAD_EVENLY, "agreed annual value " + annualValue),
        Lines.line("volume adjustment", limited, PaymentTiming.AFTER_YEAR_END, why)));
  }
}
