package io.github.commissioningvfm.vfm.sroi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import java.util.ArrayList;
import java.util.List;

/**
 * An SROI impact map: the investment and the outcomes it produces.
 *
 * @param name the analysis' name
 * @param investment the value of the inputs
 * @param rows the outcome rows, at least one
 * @since 0.1.0
 */
public record ImpactMap(String name, Cost investment, List<ImpactMapRow> rows) {

  /** Validates and copies. */
  public ImpactMap {
    Args.notBlank(name, "name");
    Args.notNull(investment, "investment");
    rows = List.copyOf(Args.notEmpty(rows, "rows"));
  }

  /**
   * Computes the SROI: each row's present value {@code sum_{k=1..duration} value(k) x D(k)}, the
   * total, and the ratios (see the package documentation).
   *
   * @param schedule the discount schedule
   * @return the result
   */
  public SroiResult evaluate(DiscountSchedule schedule) {
    Args.notNull(schedule, "schedule");
    List<SroiLine> lines = new ArrayList<>();
    for (ImpactMapRow r : rows) {
      List<Cost> values = r.yearlyValues();
      Cost pv = Cost.zero(values.get(0).priceBase());
      for (int k = 1; k <= values.size(); k++) {
        pv = pv.plus(values.get(k - 1).multipliedBy(schedule.factor(k)));
      }
      lines.add(new SroiLine(r.stakeholder(), r.outcome(), pv, r.financialProxy().provenance().describe()));
    }
    return SroiResult.of(SroiStrategy.ID, name, List.of(SroiAccount.of(name, investment, lines)), schedule,
        List.of("Present values discount each outcome from year 1; the investment is made at the start"));
  }
}
