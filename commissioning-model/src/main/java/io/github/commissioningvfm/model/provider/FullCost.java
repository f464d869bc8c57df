package io.github.commissioningvfm.model.provider;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;

/**
 * The full cost of delivering a volume of activity for a year, by component. The total is always
 * the sum of the components (checked on construction).
 *
 * <pre>
 *   total = direct + overhead + volunteer support + backfill
 * </pre>
 *
 * @param volume the activity costed
 * @param direct the direct cost of delivery (staff, premises, materials)
 * @param overhead the share of central costs (management, finance, HR, IT, governance)
 * @param volunteerSupport the cost of recruiting, training, supervising and insuring volunteers
 * @param backfill the cost of staff time spent in meetings and on reporting, which must be covered
 * @param total the full cost
 * @since 0.1.0
 */
public record FullCost(long volume, Money direct, Money overhead, Money volunteerSupport, Money backfill,
    Money total) {

  /**
   * Creates a full cost, checking the total.
   *
   * @param volume the activity costed
   * @param direct the direct cost
   * @param overhead the overhead share
   * @param volunteerSupport the volunteer support cost
   * @param backfill the backfill cost
   * @param total the full cost
   */
  public FullCost {
    Args.notNegative(volume, "volume");
    Args.notNull(direct, "direct");
    Args.notNull(overhead, "overhead");
    Args.notNull(volunteerSupport, "volunteerSupport");
    Args.notNull(backfill, "backfill");
    Args.notNull(total, "total");
    Money sum = direct.plus(overhead).plus(volunteerSupport).plus(backfill);
    Args.check(sum.equals(total), "total", "equal direct + overhead + volunteer support + backfill (" + sum + ")",
        total);
  }

  /**
   * The part of the full cost that a price built from direct costs alone leaves out: overhead,
   * volunteer support and backfill.
   *
   * @return total - direct
   */
  public Money hiddenCost() {
    return total.minus(direct);
  }

  @Override
  public String toString() {
    return "FullCost[" + volume + " cases: direct " + direct + " + overhead " + overhead + " + volunteer support "
        + volunteerSupport + " + backfill " + backfill + " = " + total + "]";
  }
}
