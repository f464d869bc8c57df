package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.PaymentLine;
import io.github.commissioningvfm.model.payment.PaymentStatement;
import io.github.commissioningvfm.model.payment.PaymentTiming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One agreed local variation or local modification, and its effect on a payment statement.
 *
 * @param kind local variation, or local modification by agreement or application
 * @param service the service whose scheme price it changes
 * @param adjustment the change to the year's payment: positive adds, negative deducts; not zero
 * @param reason why, in words (for a modification, the cost evidence)
 * @param agreed the day it was agreed or approved
 * @since 0.1.0
 */
public record LocalPriceChange(LocalPriceChangeKind kind, String service, Money adjustment, String reason,
    LocalDate agreed) {

  /**
   * Creates a change.
   *
   * @param kind the kind
   * @param service the service
   * @param adjustment the change to the year's payment
   * @param reason why
   * @param agreed when agreed
   */
  public LocalPriceChange {
    Args.notNull(kind, "kind");
    Args.notBlank(service, "service");
    Args.notNull(adjustment, "adjustment");
    Args.check(!adjustment.isZero(), "adjustment", "not be zero", adjustment);
    Args.notBlank(reason, "reason");
    Args.notNull(agreed, "agreed");
  }

  /**
   * The statement with this change as one more line: the adjustment, paid spread evenly like the
   * price it adjusts, whose basis names the kind, who agreed it and what was submitted. The new
   * total is the old total plus the adjustment.
   *
   * @param statement the statement under the scheme's price
   * @return the adjusted statement
   */
  public PaymentStatement applyTo(PaymentStatement statement) {
    Args.notNull(statement, "statement");
    List<PaymentLine> lines = new ArrayList<>(statement.lines());
    lines.add(new PaymentLine(kind.label() + ": " + service, adjustment, PaymentTiming.SPREAD_EVENLY,
        reason + "; agreed " + agreed + " by " + kind.agreedBy() + "; submitted to NHS England: " + kind.submission()));
    return PaymentStatement.of(statement.mechanism(), lines);
  }

  @Override
  public String toString() {
    return kind.label() + " for " + service + ": " + adjustment.format() + " a year (" + reason + "); changes "
        + kind.changes() + "; agreed by " + kind.agreedBy() + " on " + agreed + "; NHS England receives "
        + kind.submission();
  }
}
