package io.github.commissioningvfm.vfm.internal;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.Collection;
import java.util.List;

/** Checks that amounts meant to be combined share one price base. */
public final class PriceBases {

  private PriceBases() {
  }

  /**
   * Refuses costs in more than one price base.
   *
   * @param what what combines them, e.g. "combine in a cost-benefit result"
   * @param costs the costs
   * @throws PriceBaseMismatchException naming both price bases if they differ
   */
  public static void requireOne(String what, Cost... costs) {
    requireOne(what, List.of(costs));
  }

  /**
   * Refuses costs in more than one price base.
   *
   * @param what what combines them
   * @param costs the costs
   * @throws PriceBaseMismatchException naming both price bases if they differ
   */
  public static void requireOne(String what, Collection<Cost> costs) {
    FinancialYear first = null;
    for (Cost c : Args.noNullElements(costs, "costs")) {
      if (first == null) {
        first = c.priceBase();
      } else if (!first.equals(c.priceBase())) {
        throw new PriceBaseMismatchException(what, first, c.priceBase());
      }
    }
  }
}
