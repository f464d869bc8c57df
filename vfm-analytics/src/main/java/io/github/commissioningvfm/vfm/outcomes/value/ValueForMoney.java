package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Value for money of a programme from participant-level change. Both VfM figures are always
 * present and labelled; see the package documentation for the formulas.
 *
 * @param programmeCost the cost allocated (with allocation by financial year, the sum of the years' costs)
 * @param allocation how it was allocated
 * @param costByYear each cohort year's cost when allocated by financial year, in year order; empty otherwise
 * @param participants participants analysed
 * @param totalImprovement sum of oriented improvements (points)
 * @param allocatedCost sum of the costs allocated to the analysed participants (GBP)
 * @param costPerSession programme cost / sessions in the allocation base (undefined for equal share)
 * @param unweightedMeanVfm mean of improvement_i / cost_i, with a t interval
 * @param weightedVfm sum improvement / sum cost, with a delta-method interval
 * @param costPerPoint sum cost / sum improvement
 * @param costPerMeaningfulChange cost per participant reaching the meaningful change:
 *     {@code sum cost / count(improvement_i >= threshold)} (what the programme spent per person who
 *     reached the threshold)
 * @param costPerThresholdGain cost per meaningful change at the programme's rate:
 *     {@code threshold / weightedVfm = threshold * sum cost / sum improvement} (what one
 *     threshold-sized improvement costs on average, however it is spread among participants)
 * @param byDose results per number of sessions attended, in dose order
 * @param diminishingReturns marginal gain per extra session
 * @since 0.1.0
 */
public record ValueForMoney(Cost programmeCost, CostAllocation allocation, SortedMap<FinancialYear, Cost> costByYear,
    int participants, double totalImprovement, double allocatedCost, Estimate costPerSession, Estimate unweightedMeanVfm,
    Estimate weightedVfm, Estimate costPerPoint, Estimate costPerMeaningfulChange, Estimate costPerThresholdGain,
    List<DoseVfm> byDose, DiminishingReturns diminishingReturns) {

  /**
   * Creates a result.
   *
   * @param programmeCost cost
   * @param allocation allocation
   * @param costByYear cost per cohort year (empty unless allocated by financial year)
   * @param participants n
   * @param totalImprovement sum of improvements
   * @param allocatedCost sum of allocated costs
   * @param costPerSession cost per session
   * @param unweightedMeanVfm unweighted VfM
   * @param weightedVfm weighted VfM
   * @param costPerPoint cost per point
   * @param costPerMeaningfulChange cost per participant reaching the threshold
   * @param costPerThresholdGain threshold / cost-weighted VfM
   * @param byDose by dose
   * @param diminishingReturns diminishing returns
   */
  public ValueForMoney {
    Args.notNull(programmeCost, "programmeCost");
    Args.notNull(allocation, "allocation");
    costByYear = Collections.unmodifiableSortedMap(new TreeMap<>(Args.noNullEntries(costByYear, "costByYear")));
    Args.positive(participants, "participants");
    Args.finite(totalImprovement, "totalImprovement");
    Args.positive(allocatedCost, "allocatedCost");
    Args.notNull(costPerSession, "costPerSession");
    Args.notNull(unweightedMeanVfm, "unweightedMeanVfm");
    Args.notNull(weightedVfm, "weightedVfm");
    Args.notNull(costPerPoint, "costPerPoint");
    Args.notNull(costPerMeaningfulChange, "costPerMeaningfulChange");
    Args.notNull(costPerThresholdGain, "costPerThresholdGain");
    byDose = List.copyOf(Args.noNullElements(byDose, "byDose"));
    Args.notNull(diminishingReturns, "diminishingReturns");
  }

  /**
   * A plain-text summary with every figure and its definition.
   *
   * @return the text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder("Value for money: programme cost ").append(programmeCost)
        .append(", allocation: ").append(allocation.describe()).append(", n = ").append(participants).append('\n');
    costByYear.forEach((year, cost) -> sb.append("  cost of the ").append(year).append(" cohort: ").append(cost)
        .append('\n'));
    for (Estimate f : List.of(costPerSession, unweightedMeanVfm, weightedVfm, costPerPoint, costPerThresholdGain,
        costPerMeaningfulChange)) {
      sb.append("  ").append(f).append('\n');
    }
    sb.append("  ").append(diminishingReturns.summary()).append('\n');
    return sb.toString();
  }

  /**
   * The same as {@link #describe()}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return describe();
  }
}
