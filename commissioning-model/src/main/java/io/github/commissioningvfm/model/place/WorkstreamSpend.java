package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spend recorded on two independent axes: the Place (geography) and the programme or workstream
 * (for example mental health, urgent care), so that spend rolls up per Place across workstreams
 * and per workstream across Places.
 *
 * @param place the Place, e.g. "North"
 * @param workstream the programme or workstream, e.g. "mental health"
 * @param amount the spend; not negative
 * @since 0.1.0
 */
public record WorkstreamSpend(String place, String workstream, Money amount) {

  /**
   * Creates a spend record.
   *
   * @param place the Place
   * @param workstream the workstream
   * @param amount the spend
   */
  public WorkstreamSpend {
    Args.notBlank(place, "place");
    Args.notBlank(workstream, "workstream");
    Args.notNull(amount, "amount");
    Args.check(!amount.isNegative(), "amount", "not be negative", amount);
  }

  /**
   * Total spend per Place, across workstreams: the sum of amounts by place.
   *
   * @param spend the records
   * @return totals by Place, in name order
   */
  public static Map<String, Money> byPlace(List<WorkstreamSpend> spend) {
    Map<String, Money> out = new TreeMap<>();
    Args.noNullElements(spend, "spend").forEach(s -> out.merge(s.place(), s.amount(), Money::plus));
    return out;
  }

  /**
   * Total spend per workstream, across Places: the sum of amounts by workstream.
   *
   * @param spend the records
   * @return totals by workstream, in name order
   */
  public static Map<String, Money> byWorkstream(List<WorkstreamSpend> spend) {
    Map<String, Money> out = new TreeMap<>();
    Args.noNullElements(spend, "spend").forEach(s -> out.merge(s.workstream(), s.amount(), Money::plus));
    return out;
  }
}
